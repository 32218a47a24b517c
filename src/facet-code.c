/* facet-code.c — the facet index's lists once built: each recoded from LEB128 to fixed-width
 * gaps where that is no larger, and read back (filling a bitmap, counting against one).
 *
 * Counting a facet reads every list of the family, some ten million ids for three million
 * papers, and LEB128 decodes an id only after the byte before it says where the id starts:
 * with gaps of one and two bytes mixed, the processor guesses wrong at every other change.
 * A list whose gaps are one byte each (or two) is read a fixed step at a time; a gap that does
 * not fit (or is 0) is the value 0 followed by the gap in LEB128. Lists are recoded in place,
 * in order, a few milliseconds a step, so the index never holds two copies: a list keeps
 * LEB128 where its fixed width would overrun the next list's bytes not yet recoded.
 *
 * A list of long runs of consecutive ids (a day's papers, where papers were added in date
 * order) is kept as runs instead: the gap to each run's first id and the run's length less
 * one, both LEB128; it is filled and counted a word of 64 ids at a time.
 *
 * A list that holds more than an eighth of the library (a large topic) is smaller as a bitmap
 * of every id below the index's limit, and is then counted against a set with a popcount a
 * word, where its gaps would be a test an id: the few largest lists are most of the work of
 * counting a facet. */
#include "facet-index.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Lists recoded between two looks at the clock. */
#define RECODE_CHECK_EVERY 16

static double clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static unsigned long long leb_get(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	unsigned long long d = 0;
	unsigned sh = 0;
	while (*p & 0x80) {
		d |= (unsigned long long)(*p++ & 0x7f) << sh;
		sh += 7;
	}
	d |= (unsigned long long)*p++ << sh;
	*pp = p;
	return d;
}

static size_t leb_len(unsigned long long v)
{
	size_t n = 1;
	for (; v >= 0x80; v >>= 7)
		n++;
	return n;
}

static unsigned char *leb_put(unsigned char *p, unsigned long long v)
{
	while (v >= 0x80) {
		*p++ = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	*p++ = (unsigned char)v;
	return p;
}

/* Whether gap D is written as itself in WIDTH bytes (else: 0, then LEB128). */
static bool fits(unsigned long long d, unsigned width)
{
	return d && d < (1ull << (8 * width));
}

/* A list's coding: its width (1, 2), LEB128 (0), runs or a bitmap. */
#define WIDTH_RUNS 3
#define WIDTH_BITS 4

/* Word I of a list kept as a bitmap (the blob has no alignment to rely on). */
static inline uint64_t bits_word(const unsigned char *p, size_t i)
{
	uint64_t w;
	memcpy(&w, p + 8 * i, sizeof w);
	return w;
}

/* L as a bitmap of WORDS words into BUF. */
static size_t list_encode_bits(const struct facet_family *f, const struct facet_list *l,
			       size_t words, unsigned char *buf)
{
	const unsigned char *p = f->blob + l->off;
	unsigned long long id = 0;
	memset(buf, 0, words * 8);
	for (uint32_t i = 0; i < l->n; i++) {
		id += leb_get(&p);
		uint64_t w = bits_word(buf, id >> 6) | (uint64_t)1 << (id & 63);
		memcpy(buf + 8 * (id >> 6), &w, sizeof w);
	}
	return words * 8;
}

/* The bytes of L's gaps in LEB128 (as built), in widths 1 and 2, and as runs. */
static void list_sizes(const struct facet_family *f, const struct facet_list *l, size_t size[4])
{
	const unsigned char *p = f->blob + l->off;
	unsigned long long run = 0, gap = 0; /* the run being read: its length less one, its gap */
	size[0] = size[1] = size[2] = size[3] = 0;
	for (uint32_t i = 0; i < l->n; i++) {
		unsigned long long d = leb_get(&p);
		size_t len = leb_len(d);
		size[0] += len;
		for (unsigned w = 1; w <= 2; w++)
			size[w] += fits(d, w) ? w : w + len;
		if (i && d == 1) {
			run++;
			continue;
		}
		if (i)
			size[3] += leb_len(gap) + leb_len(run);
		gap = d;
		run = 0;
	}
	if (l->n)
		size[3] += leb_len(gap) + leb_len(run);
}

/* L as runs into BUF. */
static size_t list_encode_runs(const struct facet_family *f, const struct facet_list *l,
			       unsigned char *buf)
{
	const unsigned char *p = f->blob + l->off;
	unsigned char *o = buf;
	unsigned long long run = 0, gap = 0;
	for (uint32_t i = 0; i < l->n; i++) {
		unsigned long long d = leb_get(&p);
		if (i && d == 1) {
			run++;
			continue;
		}
		if (i)
			o = leb_put(leb_put(o, gap), run);
		gap = d;
		run = 0;
	}
	if (l->n)
		o = leb_put(leb_put(o, gap), run);
	return (size_t)(o - buf);
}

/* L's gaps in WIDTH into BUF (room enough). */
static size_t list_encode(const struct facet_family *f, const struct facet_list *l, unsigned width,
			  unsigned char *buf)
{
	const unsigned char *p = f->blob + l->off;
	unsigned char *o = buf;
	for (uint32_t i = 0; i < l->n; i++) {
		unsigned long long d = leb_get(&p);
		if (fits(d, width)) {
			*o++ = (unsigned char)d;
			if (width == 2)
				*o++ = (unsigned char)(d >> 8);
		} else {
			memset(o, 0, width);
			o = leb_put(o + width, d);
		}
	}
	return (size_t)(o - buf);
}

/* The family's blob shrinks to what it holds: it grew by doubling, and a family recoded to
 * runs holds a small part of what it was built in. */
static void family_trim(struct facet_family *f)
{
	if (f->blob && f->len < f->blobcap) {
		f->blob = xrealloc(f->blob, f->len ? f->len : 1);
		f->blobcap = f->len ? f->len : 1;
	}
}

bool facet_index_recode_step(struct facet_index *ix, int upto)
{
	double until = clock_ms() + FACET_INDEX_STEP_MS;
	unsigned char *buf = NULL;
	size_t bufcap = 0;
	/* a bitmap's words: every id below the limit (none for an index not built from a store) */
	size_t words = ix->limit > 0 ? (size_t)(ix->limit + 63) / 64 : 0;
	for (; ix->recode_fam < upto; ix->recode_fam++, ix->recode_list = 0, ix->recode_off = 0) {
		struct facet_family *f = &ix->fam[ix->recode_fam];
		f->bitwords = words;
		for (; ix->recode_list < f->n; ix->recode_list++) {
			size_t i = ix->recode_list;
			struct facet_list *l = &f->lists[i];
			size_t end = i + 1 < f->n ? f->lists[i + 1].off : f->len; /* not yet recoded */
			size_t size[4], room = end - ix->recode_off;
			if (i % RECODE_CHECK_EVERY == RECODE_CHECK_EVERY - 1 && clock_ms() >= until) {
				free(buf);
				return false;
			}
			list_sizes(f, l, size);
			unsigned w = size[1] <= size[2] ? 1 : 2;
			if (size[3] < size[w] && size[3] <= size[0])
				w = WIDTH_RUNS;
			if (size[w] > size[0] + size[0] / 4 || size[w] > room)
				w = 0; /* LEB128 stays: moved down to where the lists before it end */
			size_t bitmap = words * 8;
			if (words && bitmap < (w ? size[w] : size[0]) && bitmap <= room)
				w = WIDTH_BITS;
			size_t len = w == WIDTH_BITS ? bitmap : w ? size[w] : size[0];
			if (w) {
				if (len > bufcap) {
					bufcap = len;
					buf = xrealloc(buf, bufcap);
				}
				if (w == WIDTH_BITS)
					list_encode_bits(f, l, words, buf);
				else if (w == WIDTH_RUNS)
					list_encode_runs(f, l, buf);
				else
					list_encode(f, l, w, buf);
				memcpy(f->blob + ix->recode_off, buf, len);
			} else {
				memmove(f->blob + ix->recode_off, f->blob + l->off, len);
			}
			l->off = ix->recode_off;
			l->width = (uint8_t)w;
			ix->recode_off += len;
		}
		f->len = ix->recode_off;
		family_trim(f);
	}
	free(buf);
	return true;
}

/* Walks the ids of L (any coding) with ID the running id; BODY sees each. */
#define LIST_EACH(f, l, id, body)                                                             \
	do {                                                                                   \
		const unsigned char *p_ = (f)->blob + (l)->off;                                \
		unsigned long long id = 0;                                                     \
		uint32_t i_ = 0, n_ = (l)->n;                                                  \
		if ((l)->width == 1) {                                                         \
			for (; i_ < n_; i_++) {                                                \
				unsigned long long d_ = *p_++;                                 \
				if (__builtin_expect(!d_, 0))                                  \
					d_ = leb_get(&p_);                                     \
				id += d_;                                                      \
				body;                                                          \
			}                                                                      \
		} else if ((l)->width == 2) {                                                  \
			for (; i_ < n_; i_++) {                                                \
				unsigned long long d_ = p_[0] | (unsigned)p_[1] << 8;          \
				p_ += 2;                                                       \
				if (__builtin_expect(!d_, 0))                                  \
					d_ = leb_get(&p_);                                     \
				id += d_;                                                      \
				body;                                                          \
			}                                                                      \
		} else {                                                                       \
			for (; i_ < n_; i_++) {                                                \
				id += leb_get(&p_);                                            \
				body;                                                          \
			}                                                                      \
		}                                                                              \
	} while (0)

/* Walks the runs of L (coded as runs): FIRST and LAST the ids of each. */
#define RUNS_EACH(f, l, first, last, body)                                                    \
	do {                                                                                   \
		const unsigned char *p_ = (f)->blob + (l)->off;                                \
		long long last = 0;                                                            \
		for (uint32_t seen_ = 0; seen_ < (l)->n;) {                                    \
			long long first = last + (long long)leb_get(&p_);                      \
			last = first + (long long)leb_get(&p_);                                \
			seen_ += (uint32_t)(last - first + 1);                                 \
			body;                                                                  \
		}                                                                              \
	} while (0)

/* The words a list kept as a bitmap and SET have in common. */
static size_t bits_common(const struct facet_family *f, const struct bits *set)
{
	return f->bitwords < set->nwords ? f->bitwords : set->nwords;
}

void facet_list_fill(const struct facet_family *f, const struct facet_list *l, struct bits *out)
{
	if (l->width == WIDTH_BITS) {
		const unsigned char *p = f->blob + l->off;
		for (size_t i = 0, k = bits_common(f, out); i < k; i++)
			out->w[i] |= bits_word(p, i);
		return;
	}
	if (l->width == WIDTH_RUNS) {
		RUNS_EACH(f, l, first, last, bits_set_range(out, first, last));
		return;
	}
	LIST_EACH(f, l, id, bits_set(out, (long long)id));
}

long long facet_list_count(const struct facet_family *f, const struct facet_list *l,
			   const struct bits *set)
{
	/* every id of a list is below the index's limit, which the matches' bitmap covers (a
	 * shorter set counts as empty past its end) */
	const uint64_t *w = set->w;
	unsigned long long words = set->nwords;
	long long n = 0;
	if (l->width == WIDTH_BITS) {
		const unsigned char *p = f->blob + l->off;
		for (size_t i = 0, k = bits_common(f, set); i < k; i++)
			n += __builtin_popcountll(bits_word(p, i) & w[i]);
		return n;
	}
	if (l->width == WIDTH_RUNS) {
		RUNS_EACH(f, l, first, last, n += bits_count_range(set, first, last));
		return n;
	}
	LIST_EACH(f, l, id, n += (id >> 6) < words ? (long long)((w[id >> 6] >> (id & 63)) & 1) : 0);
	return n;
}

/* The set bits of SET in LO..HI into OUT, ascending; returns how many. */
static size_t range_ids(const struct bits *set, long long lo, long long hi, long long *out)
{
	size_t n = 0;
	long long top = (long long)set->nwords * 64 - 1;
	if (hi > top)
		hi = top;
	for (long long i = lo >> 6; lo <= hi && i <= hi >> 6; i++) {
		uint64_t w = set->w[i];
		if (i == lo >> 6)
			w &= ~(uint64_t)0 << (lo & 63);
		if (i == hi >> 6 && (hi & 63) != 63)
			w &= ~(~(uint64_t)0 << ((hi & 63) + 1));
		for (; w; w &= w - 1)
			out[n++] = i * 64 + __builtin_ctzll(w);
	}
	return n;
}

size_t facet_list_matches(const struct facet_family *f, const struct facet_list *l,
			  const struct bits *set, long long *out)
{
	size_t n = 0;
	if (l->width == WIDTH_BITS) {
		const unsigned char *p = f->blob + l->off;
		for (size_t i = 0, k = bits_common(f, set); i < k; i++)
			for (uint64_t w = bits_word(p, i) & set->w[i]; w; w &= w - 1)
				out[n++] = (long long)i * 64 + __builtin_ctzll(w);
		return n;
	}
	if (l->width == WIDTH_RUNS) {
		RUNS_EACH(f, l, first, last, n += range_ids(set, first, last, out + n));
		return n;
	}
	LIST_EACH(f, l, id, if (bits_test(set, (long long)id)) out[n++] = (long long)id);
	return n;
}
