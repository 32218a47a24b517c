/* facet-bits.h — a set of paper ids as a dense bitmap (a million ids: 125 KB): what a query
 * matches, combined with AND, OR and NOT and counted with popcount. */
#ifndef PB_FACET_BITS_H
#define PB_FACET_BITS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct bits {
	uint64_t *w;  /* the words; bit i of word i/64 is id i */
	size_t nwords; /* how many */
};

/* An empty set able to hold ids below LIMIT. */
void bits_init(struct bits *b, long long limit);
void bits_free(struct bits *b);
void bits_copy(struct bits *dst, const struct bits *src);
void bits_clear(struct bits *b);
/* Ids at or past the limit are left out: a paper added after the index was built is not in
 * any of its sets either. */
static inline void bits_set(struct bits *b, long long id)
{
	if (id >= 0 && (size_t)(id >> 6) < b->nwords)
		b->w[id >> 6] |= (uint64_t)1 << (id & 63);
}
static inline bool bits_test(const struct bits *b, long long id)
{
	return id >= 0 && (size_t)(id >> 6) < b->nwords && (b->w[id >> 6] >> (id & 63)) & 1;
}
void bits_and(struct bits *dst, const struct bits *src);
void bits_or(struct bits *dst, const struct bits *src);
void bits_andnot(struct bits *dst, const struct bits *src);
long long bits_count(const struct bits *b);
/* Sets ids LO..HI (both included; past the limit left out). */
void bits_set_range(struct bits *b, long long lo, long long hi);
/* How many of ids LO..HI (both included) are set. */
long long bits_count_range(const struct bits *b, long long lo, long long hi);
/* |A AND B| without building it. */
long long bits_count_and(const struct bits *a, const struct bits *b);

#endif
