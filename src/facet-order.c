/* facet-order.c — a window of a bitmap of papers in score or date order, read from the facet
 * index's lists instead of each paper's sort key in SQLite.
 *
 * The lists of a family are in the order SQLite's own index gives its values (facet-index.c
 * reads them with ORDER BY value, id), and each holds its ids ascending: walking the lists one
 * way or the other and each list's matches the same way is the list's ORDER BY (value, then id
 * in the same direction, store-list.c's list_order). The papers without a value are the
 * matches in no list: last, or first where the order is read from its end. Looking a match's
 * key up in SQLite costs a page of its score index each, which a large library's cache does
 * not hold; here the cost is the lists walked until the window is full. */
#include "facet-match.h"

#include <stdlib.h>
#include <string.h>

/* What a walk collects: the window's ids and how many matches are still to be passed over. */
struct window {
	long long skip;  /* matches before the window not yet passed */
	long long want;  /* ids still wanted */
	long long *ids;  /* the window so far */
	size_t n;        /* how many */
};

/* Takes the IDS (ascending, N of them) of one group of equal keys, walked DOWN or up. */
static void window_take(struct window *w, const long long *ids, size_t n, bool down)
{
	if ((long long)n <= w->skip) {
		w->skip -= (long long)n;
		return;
	}
	for (size_t k = (size_t)w->skip; k < n && w->want > 0; k++, w->want--)
		w->ids[w->n++] = ids[down ? n - 1 - k : k];
	w->skip = 0;
}

/* The papers of SET without a value in family F, walked DOWN or up into W. */
static void window_nulls(struct window *w, const struct facet_family *f, const struct bits *set,
			 long long limit, bool down)
{
	struct bits rest;
	bits_init(&rest, limit);
	for (size_t i = 0; i < f->n; i++)
		facet_list_fill(f, &f->lists[i], &rest);
	for (size_t i = 0; i < rest.nwords; i++) /* rest: the matches without a value */
		rest.w[i] = (i < set->nwords ? set->w[i] : 0) & ~rest.w[i];
	for (size_t k = 0; k < rest.nwords && w->want > 0; k++) {
		size_t i = down ? rest.nwords - 1 - k : k;
		uint64_t bits = rest.w[i];
		long long c = __builtin_popcountll(bits);
		if (c <= w->skip) {
			w->skip -= c;
			continue;
		}
		long long ids[64];
		size_t n = 0;
		for (; bits; bits &= bits - 1)
			ids[n++] = (long long)i * 64 + __builtin_ctzll(bits);
		window_take(w, ids, n, down);
	}
	bits_free(&rest);
}

bool facet_order_usable(const struct facet_index *ix, struct sort order)
{
	if (!ix->ready || (order.key != SORT_SCORE && order.key != SORT_DATE))
		return false;
	return !ix->fam[order.key == SORT_SCORE ? FAM_SCORE : FAM_DATE].odd;
}

bool facet_order_window(const struct facet_index *ix, const struct bits *set, struct sort order,
			bool reverse, long long offset, long long limit, long long **ids, size_t *n)
{
	*ids = NULL;
	*n = 0;
	if (!facet_order_usable(ix, order))
		return false;
	const struct facet_family *f = &ix->fam[order.key == SORT_SCORE ? FAM_SCORE : FAM_DATE];
	/* descending: the highest first, ties by id downwards, no value last; read from the end,
	 * all of it the other way round, no value first */
	bool down = !order.ascending != reverse;
	struct window w = {.skip = offset > 0 ? offset : 0, .want = limit};
	if (limit <= 0)
		return true;
	w.ids = xmalloc((size_t)limit * sizeof *w.ids);
	long long *buf = NULL;
	size_t bufcap = 0;
	if (reverse)
		window_nulls(&w, f, set, ix->limit, down);
	for (size_t k = 0; k < f->n && w.want > 0; k++) {
		const struct facet_list *l = &f->lists[down ? f->n - 1 - k : k];
		long long c = facet_list_count(f, l, set);
		if (c <= w.skip) {
			w.skip -= c;
			continue;
		}
		if ((size_t)c > bufcap) {
			bufcap = (size_t)c;
			buf = xrealloc(buf, bufcap * sizeof *buf);
		}
		size_t got = facet_list_matches(f, l, set, buf);
		window_take(&w, buf, got, down);
	}
	free(buf);
	if (!reverse && w.want > 0)
		window_nulls(&w, f, set, ix->limit, down);
	*ids = w.ids;
	*n = w.n;
	return true;
}
