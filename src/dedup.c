/* dedup.c — normalised titles and abstract fingerprints for duplicate detection. */
#include "dedup.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "util.h"

/* Makes room for N bytes (and a NUL) in B. */
static void sb_grow_to(struct strbuf *b, size_t n)
{
	if (b->cap > n)
		return;
	b->cap = n + 1;
	b->s = xrealloc(b->s, b->cap);
	b->s[b->len] = '\0';
}

enum cp_class {
	CP_SEP,    /* ends a word: punctuation, symbols, maths, Greek (rendered LaTeX) */
	CP_WORD,   /* part of a word */
	CP_SINGLE, /* a word on its own: CJK ideographs, kana, hangul (no spaces between words) */
	CP_SKIP,   /* vanishes: combining accents, zero-width and soft-hyphen characters */
};

/* Greek letters count as separators on purpose: in abstracts they are maths, written "\alpha"
 * on one page and "α" on another, and both must give the same words. */
static enum cp_class cp_classify(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')
			       ? CP_WORD
			       : CP_SEP;
	if (cp == 0xAD || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) ||
	    (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF)
		return CP_SKIP;
	if (cp == 0xD7 || cp == 0xF7)
		return CP_SEP;
	if ((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x400 && cp <= 0x52F) ||
	    (cp >= 0x590 && cp <= 0x6FF) || (cp >= 0x900 && cp <= 0xEFF) ||
	    (cp >= 0x1E00 && cp <= 0x1EFF))
		return CP_WORD;
	if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3040 && cp <= 0x30FF) ||
	    (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
	    (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0x20000 && cp <= 0x2FFFF))
		return CP_SINGLE;
	return CP_SEP;
}

/* Decodes one UTF-8 character at S; returns its length (an invalid byte counts as one
 * separator byte, U+FFFD). */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
	size_t n;
	uint32_t c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if ((c & 0xE0) == 0xC0) {
		n = 2;
		c &= 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3;
		c &= 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4;
		c &= 0x07;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return n;
}

/* Splits S into normalised words, each written to OUT (when not NULL; room for 2 * strlen + 2
 * bytes of the folded text) followed by a space, stopping after MAX words; sets *LEN to the
 * bytes written and returns the number of words. Runs once or more per paper put, so it avoids
 * allocating per byte. */
static unsigned scan_words(const char *s, char *out, size_t *len, unsigned max)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned words = 0;
	size_t n = 0;
	bool in_word = false;

	while (*p && words < max) {
		uint32_t cp;
		size_t clen;
		enum cp_class cls;

		if (*p == '\\') {
			/* A LaTeX command ("\emph", "\to") or escape ("\%") says nothing about
			 * the paper; readable text on another page will not have it. */
			p++;
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
				while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
					p++;
			} else if (*p) {
				p += utf8_decode(p, &cp);
			}
			cls = CP_SEP;
			clen = 0;
		} else {
			clen = utf8_decode(p, &cp);
			cls = cp_classify(cp);
		}
		if (cls == CP_SKIP) {
			p += clen;
			continue;
		}
		if ((cls == CP_SEP || cls == CP_SINGLE) && in_word) {
			if (out)
				out[n] = ' ';
			n++;
			words++;
			in_word = false;
		}
		if (cls == CP_WORD || cls == CP_SINGLE) {
			for (size_t i = 0; out && i < clen; i++)
				out[n + i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
			n += clen;
			if (cls == CP_WORD) {
				in_word = true;
			} else {
				if (out)
					out[n] = ' ';
				n++;
				words++;
			}
		}
		p += clen;
	}
	if (in_word) {
		if (out)
			out[n] = ' ';
		n++;
		words++;
	}
	if (out)
		out[n] = '\0';
	*len = n;
	return words;
}

static bool is_ascii(const char *s)
{
	for (; *s; s++)
		if (*s & 0x80)
			return false;
	return true;
}

/* Splits S into normalised words (at most MAX), each written to OUT followed by a space;
 * returns the count. Pure ASCII (most abstracts) needs no folding: scan_words lower-cases as it
 * copies. */
static unsigned split_words(const char *s, struct strbuf *out, unsigned max)
{
	char *folded = is_ascii(s) ? NULL : fold_key(s);
	const char *src = folded ? folded : s;
	size_t cap = 2 * strlen(src) + 2, len;
	unsigned words;

	sb_grow_to(out, out->len + cap);
	words = scan_words(src, out->s + out->len, &len, max);
	out->len += len;
	free(folded);
	return words;
}

unsigned dedup_words(const char *s, struct strbuf *out)
{
	unsigned n = split_words(s, out, UINT_MAX);
	if (out->len && out->s[out->len - 1] == ' ')
		out->s[--out->len] = '\0';
	return n;
}

bool dedup_is_truncated(const char *text)
{
	size_t n;
	if (!text)
		return false;
	n = strlen(text);
	while (n && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\n'))
		n--;
	return (n >= 3 && memcmp(text + n - 3, "\xE2\x80\xA6", 3) == 0) ||
	       (n >= 3 && memcmp(text + n - 3, "...", 3) == 0);
}

char *dedup_title_key(const char *title)
{
	struct strbuf words = {0};
	struct strbuf key = {0};
	unsigned n;

	if (str_empty(title) || dedup_is_truncated(title))
		return NULL;
	n = split_words(title, &words, UINT_MAX);
	for (size_t i = 0; i < words.len; i++)
		if (words.s[i] != ' ')
			sb_addc(&key, words.s[i]);
	sb_free(&words);
	if (n < 3 && key.len < 16) {
		sb_free(&key);
		return NULL;
	}
	return sb_take(&key);
}

static int cmp_word(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Splits a name key back into its words (pointers into the malloc'd copy *buf). */
static size_t key_words(const char *key, char **buf, char ***words)
{
	size_t n = 0;
	char *save = NULL;
	*buf = xstrdup(key);
	*words = xcalloc(strlen(key) / 2 + 2, sizeof **words);
	for (char *w = strtok_r(*buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
		(*words)[n++] = w;
	return n;
}

char *dedup_name_key(const char *name)
{
	struct strbuf words = {0};
	struct strbuf key = {0};
	char *buf, **v;
	size_t n;

	split_words(name, &words, UINT_MAX);
	n = key_words(words.s ? words.s : "", &buf, &v);
	qsort(v, n, sizeof *v, cmp_word);
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_addc(&key, ' ');
		sb_add(&key, v[i]);
	}
	free(buf);
	free(v);
	sb_free(&words);
	return sb_take(&key);
}

unsigned dedup_name_initials(const char *key)
{
	unsigned n = 0;
	for (const char *p = key; *p; p++)
		if ((p == key || p[-1] == ' ') && (p[1] == ' ' || p[1] == '\0'))
			n++;
	return n;
}

/* Pairs the words of A with those of B: a full word with the same word, an initial with a word
 * of that first letter. Full-word pairs are made first. */
static bool pair_words(char **a, size_t na, char **b, size_t nb)
{
	bool *used = xcalloc(nb + 1, sizeof *used);
	bool *done = xcalloc(na + 1, sizeof *done);
	size_t full = 0, paired = 0;

	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; a[i][1] && j < nb; j++)
			if (!used[j] && strcmp(a[i], b[j]) == 0) {
				used[j] = done[i] = true;
				full++;
				paired++;
				break;
			}
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; !done[i] && j < nb; j++)
			if (!used[j] && a[i][0] == b[j][0] && (!a[i][1] || !b[j][1])) {
				used[j] = done[i] = true;
				paired++;
			}
	free(used);
	free(done);
	return full > 0 && paired == na;
}

bool dedup_names_match(const char *key_a, const char *key_b)
{
	char *ba, *bb, **wa, **wb;
	size_t na, nb;
	bool match;

	if (strcmp(key_a, key_b) == 0)
		return true;
	na = key_words(key_a, &ba, &wa);
	nb = key_words(key_b, &bb, &wb);
	match = na == nb && na > 1 && pair_words(wa, na, wb, nb);
	free(ba);
	free(bb);
	free(wa);
	free(wb);
	return match;
}

unsigned dedup_word_count(const char *s)
{
	char *folded;
	size_t len;
	unsigned n;
	if (!s)
		return 0;
	if (is_ascii(s))
		return scan_words(s, NULL, &len, UINT_MAX);
	folded = fold_key(s);
	n = scan_words(folded, NULL, &len, UINT_MAX);
	free(folded);
	return n;
}

/* FNV-1a, 64 bits: plenty to keep a million fingerprints apart, and needs no library. */
static uint64_t fnv1a(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* Where a text may be cut without changing its first words: a space at or after FROM (not one
 * a backslash escapes), or its end. */
static size_t word_cut(const char *s, size_t from)
{
	size_t n = strlen(s);
	for (size_t i = from; i < n; i++)
		if (s[i] == ' ' && s[i - 1] != '\\')
			return i;
	return n;
}

/* The words a fingerprint is made of: one past DEDUP_FP_WORDS is enough to tell whether there
 * are more. Folding (for text that is not ASCII) works a character at a time, so a beginning
 * cut at a space folds and splits into the same first words as the whole text: that
 * beginning is tried first, the whole text only when it holds too few words. */
static unsigned fp_words(const char *abstract, struct strbuf *out)
{
	enum { FP_PREFIX = 768 }; /* bytes: ~100 words of English */
	size_t cut = word_cut(abstract, FP_PREFIX);
	unsigned n;

	if (abstract[cut] && !is_ascii(abstract)) {
		char *head = xstrndup(abstract, cut);
		n = split_words(head, out, DEDUP_FP_WORDS + 1);
		free(head);
		if (n > DEDUP_FP_WORDS)
			return n;
		sb_clear(out);
	}
	return split_words(abstract, out, DEDUP_FP_WORDS + 1);
}

char *dedup_abstract_fp(const char *abstract)
{
	struct strbuf words = {0};
	unsigned n, use;
	size_t end = 0;
	bool truncated = dedup_is_truncated(abstract);

	if (str_empty(abstract))
		return NULL;
	n = fp_words(abstract, &words);
	if (truncated && n > 0)
		n--; /* the last word of a snippet may be cut in the middle */
	if (n >= DEDUP_FP_WORDS)
		use = DEDUP_FP_WORDS;
	else if (!truncated && n >= DEDUP_FP_MIN_WORDS)
		use = n;
	else
		use = 0;
	if (use == 0) {
		sb_free(&words);
		return NULL;
	}
	/* find the end of word number USE */
	for (unsigned seen = 0; end < words.len; end++)
		if (words.s[end] == ' ' && ++seen == use)
			break;
	char *fp = xasprintf("%016llx", (unsigned long long)fnv1a(words.s, end));
	sb_free(&words);
	return fp;
}
