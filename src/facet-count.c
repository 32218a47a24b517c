/* facet-count.c — facet values with counts among a bitmap of papers, in store_facets' order. */
#include <stdlib.h>
#include <string.h>

#include "facet-match.h"
#include "store-internal.h"
#include "store-list.h"
#include "store-watch.h"

/* Values counted between two looks at the user's keys (a few hundred microseconds). */
#define COUNT_CHECK_EVERY 256

/* A value with its count, before its name is read. */
struct counted {
	long long id;      /* institution, topic or tag id */
	long long count;   /* papers of the set that hold it */
	uint32_t rank;     /* place of its name in (name COLLATE NOCASE, id) order */
	char *name;        /* tags: the name (sorted by it); else NULL until read */
};

static int cmp_counted(const void *a, const void *b)
{
	const struct counted *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->name && y->name) {
		int c = sqlite3_stricmp(x->name, y->name); /* what COLLATE NOCASE compares */
		if (c)
			return c;
		return x->id < y->id ? -1 : x->id > y->id;
	}
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static void counted_add(struct counted **v, size_t *n, size_t *cap, struct counted c)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = c;
}

/* The K largest counts so far, as a min-heap: its top is what a value must beat to be shown. */
struct topk {
	long long *v; /* the heap */
	size_t n, k;  /* used, and K (0: every value is wanted) */
};

static void topk_add(struct topk *h, long long c)
{
	size_t i;
	if (!h->k)
		return;
	if (h->n < h->k) {
		for (i = h->n++; i && h->v[(i - 1) / 2] > c; i = (i - 1) / 2)
			h->v[i] = h->v[(i - 1) / 2];
		h->v[i] = c;
		return;
	}
	if (c <= h->v[0])
		return;
	for (i = 0;;) { /* the smallest goes; C sinks to its place */
		size_t m = 2 * i + 1;
		if (m >= h->n)
			break;
		if (m + 1 < h->n && h->v[m + 1] < h->v[m])
			m++;
		if (h->v[m] >= c)
			break;
		h->v[i] = h->v[m];
		i = m;
	}
	h->v[i] = c;
}

/* Whether no value holding at most MOST papers can be among the K shown: K counts are
 * already larger (an equal count could still win on its name). */
static bool topk_beyond(const struct topk *h, long long most)
{
	return h->k && h->n == h->k && most < h->v[0];
}

/* Counts the values of F among SET into V, largest lists first, and stops where the lists
 * left are too short to reach the LIMIT counts shown (LIMIT < 0: every value): a value's
 * count is at most its list's length, and the K-th count found so far is what it must beat.
 * When SET is every paper, each count is the list's length and nothing is decoded. */
static bool count_values(const struct facet_index *ix, struct store *st,
			 const struct facet_family *f, const struct bits *set, long long limit,
			 struct counted **v, size_t *nv, struct strbuf *err)
{
	size_t cap = 0;
	struct topk h = {.k = limit > 0 ? (size_t)limit : 0};
	long long size = bits_count(set);
	bool whole = size == ix->papers && bits_count_and(set, &ix->all) == size;
	if (limit == 0)
		return true;
	if (h.k)
		h.v = xmalloc(h.k * sizeof *h.v);
	for (size_t j = 0; j < f->n; j++) {
		if (j % COUNT_CHECK_EVERY == COUNT_CHECK_EVERY - 1 && store_interrupt_pending()) {
			sb_addf(err, "%s: counting stopped for a key", st->path);
			free(h.v);
			return false;
		}
		size_t i = f->by_size ? f->by_size[j] : j;
		const struct facet_list *l = &f->lists[i];
		if (topk_beyond(&h, l->n))
			break; /* the lists after it are no longer */
		long long c = whole ? (long long)l->n : facet_list_count(f, l, set);
		if (c) {
			counted_add(v, nv, &cap, (struct counted){.id = f->ids[i], .count = c,
								   .rank = l->rank});
			topk_add(&h, c);
		}
	}
	free(h.v);
	return true;
}

/* Tags are the user's and change under the reader: counted from the table each time (it holds
 * what the user tagged, a few rows beside the library's millions). */
static bool count_tags(struct store *st, const struct bits *set, struct counted **v, size_t *n,
		       struct strbuf *err)
{
	size_t cap = 0;
	int rc;
	sqlite3_stmt *s = store_list_prepare(
		st, "SELECT g.id, g.name, pg.paper_id FROM tag AS g JOIN paper_tag AS pg"
		    " ON pg.tag_id = g.id ORDER BY g.id",
		err);
	if (!s)
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(s, 0);
		if (!bits_test(set, sqlite3_column_int64(s, 2)))
			continue;
		if (*n && (*v)[*n - 1].id == id) {
			(*v)[*n - 1].count++;
			continue;
		}
		const char *name = store_column_str(s, 1);
		counted_add(v, n, &cap, (struct counted){.id = id, .count = 1,
							 .name = xstrdup(name ? name : "")});
	}
	return store_list_finish(st, s, rc, err);
}

/* The names of the values kept (institutions and topics). */
static bool read_names(struct store *st, enum facet_kind kind, struct counted *v, size_t n,
		       struct strbuf *err)
{
	sqlite3_stmt *s = store_list_prepare(st, kind == FACET_INSTITUTION
							 ? "SELECT name FROM institution WHERE id = ?"
							 : "SELECT name FROM topic WHERE id = ?",
					     err);
	int rc = SQLITE_DONE;
	if (!s)
		return false;
	for (size_t i = 0; i < n && rc == SQLITE_DONE; i++) {
		sqlite3_bind_int64(s, 1, v[i].id);
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			const char *name = store_column_str(s, 0);
			v[i].name = xstrdup(name ? name : "");
			rc = SQLITE_DONE;
		} else if (rc == SQLITE_DONE) { /* removed since the index was built */
			v[i].name = xstrdup("");
		}
		sqlite3_reset(s);
	}
	return store_list_finish(st, s, rc, err);
}

bool facet_match_counts(const struct facet_index *ix, struct store *st, const struct bits *set,
			enum facet_kind kind, long long limit, struct facet_count **out, size_t *n,
			struct strbuf *err)
{
	struct counted *v = NULL;
	size_t nv = 0, keep;
	bool ok = true;
	*out = NULL;
	*n = 0;
	if (kind == FACET_TAG) {
		ok = count_tags(st, set, &v, &nv, err);
	} else {
		const struct facet_family *f = &ix->fam[kind == FACET_INSTITUTION ? FAM_INST : FAM_TOPIC];
		ok = count_values(ix, st, f, set, limit, &v, &nv, err);
	}
	if (ok && nv)
		qsort(v, nv, sizeof *v, cmp_counted);
	keep = limit >= 0 && (size_t)limit < nv ? (size_t)limit : nv;
	if (ok && kind != FACET_TAG)
		ok = read_names(st, kind, v, keep, err);
	if (ok) {
		*out = xcalloc(keep ? keep : 1, sizeof **out);
		for (size_t i = 0; i < keep; i++) {
			(*out)[i].name = v[i].name;
			(*out)[i].count = v[i].count;
			v[i].name = NULL;
		}
		*n = keep;
	}
	for (size_t i = 0; i < nv; i++)
		free(v[i].name);
	free(v);
	return ok;
}
