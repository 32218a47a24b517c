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
	size_t nv = 0, cap = 0, keep;
	bool ok = true;
	*out = NULL;
	*n = 0;
	if (kind == FACET_TAG) {
		ok = count_tags(st, set, &v, &nv, err);
	} else {
		const struct facet_family *f = &ix->fam[kind == FACET_INSTITUTION ? FAM_INST : FAM_TOPIC];
		for (size_t i = 0; ok && i < f->n; i++) {
			if (i % COUNT_CHECK_EVERY == COUNT_CHECK_EVERY - 1 && store_interrupt_pending()) {
				sb_addf(err, "%s: counting stopped for a key", st->path);
				ok = false;
				break;
			}
			long long c = facet_list_count(f, &f->lists[i], set);
			if (c)
				counted_add(&v, &nv, &cap, (struct counted){.id = f->ids[i], .count = c,
									    .rank = f->lists[i].rank});
		}
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
