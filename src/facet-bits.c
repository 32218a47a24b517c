/* facet-bits.c — dense bitmaps of paper ids: set operations and popcounts. */
#include "facet-bits.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void bits_init(struct bits *b, long long limit)
{
	b->nwords = limit > 0 ? (size_t)((limit + 63) / 64) : 1;
	b->w = xcalloc(b->nwords, sizeof *b->w);
}

void bits_free(struct bits *b)
{
	free(b->w);
	b->w = NULL;
	b->nwords = 0;
}

void bits_copy(struct bits *dst, const struct bits *src)
{
	dst->nwords = src->nwords;
	dst->w = xmalloc(src->nwords * sizeof *dst->w);
	memcpy(dst->w, src->w, src->nwords * sizeof *dst->w);
}

void bits_clear(struct bits *b)
{
	memset(b->w, 0, b->nwords * sizeof *b->w);
}

/* Sets made for one index have one size; a shorter one counts as empty past its end. */
static size_t common_words(const struct bits *a, const struct bits *b)
{
	return a->nwords < b->nwords ? a->nwords : b->nwords;
}

void bits_and(struct bits *dst, const struct bits *src)
{
	size_t n = common_words(dst, src);
	for (size_t i = 0; i < n; i++)
		dst->w[i] &= src->w[i];
	for (size_t i = n; i < dst->nwords; i++)
		dst->w[i] = 0;
}

void bits_or(struct bits *dst, const struct bits *src)
{
	size_t n = common_words(dst, src);
	for (size_t i = 0; i < n; i++)
		dst->w[i] |= src->w[i];
}

void bits_andnot(struct bits *dst, const struct bits *src)
{
	size_t n = common_words(dst, src);
	for (size_t i = 0; i < n; i++)
		dst->w[i] &= ~src->w[i];
}

long long bits_count(const struct bits *b)
{
	long long n = 0;
	for (size_t i = 0; i < b->nwords; i++)
		n += __builtin_popcountll(b->w[i]);
	return n;
}

long long bits_count_and(const struct bits *a, const struct bits *b)
{
	long long n = 0;
	size_t k = common_words(a, b);
	for (size_t i = 0; i < k; i++)
		n += __builtin_popcountll(a->w[i] & b->w[i]);
	return n;
}

/* The bits of word I that lie in LO..HI (I's ids are I*64 .. I*64+63). */
static uint64_t range_mask(size_t i, long long lo, long long hi)
{
	long long first = (long long)i * 64, last = first + 63;
	uint64_t m = ~(uint64_t)0;
	if (lo > first)
		m &= ~(uint64_t)0 << (lo - first);
	if (hi < last)
		m &= ~(uint64_t)0 >> (last - hi);
	return m;
}

void bits_set_range(struct bits *b, long long lo, long long hi)
{
	long long top = (long long)b->nwords * 64 - 1;
	if (lo < 0)
		lo = 0;
	if (hi > top)
		hi = top;
	for (long long i = lo >> 6; lo <= hi && i <= hi >> 6; i++)
		b->w[i] |= range_mask((size_t)i, lo, hi);
}

long long bits_count_range(const struct bits *b, long long lo, long long hi)
{
	long long top = (long long)b->nwords * 64 - 1, n = 0;
	if (lo < 0)
		lo = 0;
	if (hi > top)
		hi = top;
	for (long long i = lo >> 6; lo <= hi && i <= hi >> 6; i++)
		n += __builtin_popcountll(b->w[i] & range_mask((size_t)i, lo, hi));
	return n;
}
