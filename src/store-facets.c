/* store-facets.c — institutions, topics or tags among the papers a query matches, with counts. */
#include <stdlib.h>

#include "query-internal.h"
#include "store-internal.h"
#include "store-list.h"
#include "store.h"

/* Where each facet's values live and how papers link to them (fixed names, never user text). */
static const struct {
	const char *values; /* the table of names */
	const char *link;   /* paper_id -> value id */
	const char *column; /* the value id in link */
} facet_tables[] = {
	[FACET_INSTITUTION] = {"institution", "paper_institution", "institution_id"},
	[FACET_TOPIC] = {"topic", "paper_topic", "topic_id"},
	[FACET_TAG] = {"tag", "paper_tag", "tag_id"},
};

/* Most frequent first; equal counts by name, then id, so the order never wobbles. */
#define FACET_ORDER "ORDER BY n DESC, v.name COLLATE NOCASE, v.id LIMIT ?"

/* S is compiled by query_compile_ids: its conditions read only p.id, so p can be the link
 * table's rows themselves and no paper row is read. The links are counted by value id first
 * and only the values counted are joined to their names. */
static char *facet_sql(const struct query_sql *s, enum facet_kind kind)
{
	struct strbuf b = {0};
	sb_addf(&b,
		"SELECT v.name, c.n AS n FROM (SELECT p.value AS value, count(*) AS n FROM"
		" (SELECT l.paper_id AS id, l.%s AS value FROM %s AS l) AS p WHERE ",
		facet_tables[kind].column, facet_tables[kind].link);
	query_sql_where(s, &b);
	sb_addf(&b, " GROUP BY p.value) AS c JOIN %s AS v ON v.id = c.value " FACET_ORDER,
		facet_tables[kind].values);
	return sb_take(&b);
}

/* With no filter, the counts the store keeps on each value (schema v2) answer at once; a
 * library without them (v1) gets NULL and the counting query instead. */
static sqlite3_stmt *facet_stored(struct store *st, enum facet_kind kind)
{
	char *sql = xasprintf("SELECT v.name, v.paper_count AS n FROM %s AS v"
			      " WHERE v.paper_count > 0 " FACET_ORDER,
			      facet_tables[kind].values);
	sqlite3_stmt *stmt = store_list_prepare(st, sql, NULL);
	free(sql);
	return stmt;
}

bool store_facets(struct store *st, const struct query *q, enum facet_kind kind, long long limit,
		  struct facet_count **out, size_t *n, struct strbuf *err)
{
	struct query_sql s;
	struct facet_count *v = NULL;
	size_t count = 0, cap = 0;
	int rc = SQLITE_ERROR, next = 1;
	sqlite3_stmt *stmt = NULL;
	*out = NULL;
	*n = 0;
	if ((unsigned)kind >= sizeof facet_tables / sizeof facet_tables[0])
		return false;
	query_compile_ids(q, &s);
	if (!s.nparts)
		stmt = facet_stored(st, kind);
	if (!stmt) {
		char *sql = facet_sql(&s, kind);
		stmt = store_list_prepare(st, sql, err);
		free(sql);
		if (!stmt)
			goto done;
		next = store_list_bind(stmt, &s, 1);
	}
	sqlite3_bind_int64(stmt, next, limit < 0 ? -1 : limit);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (count == cap) {
			cap = cap ? cap * 2 : 32;
			v = xrealloc(v, cap * sizeof *v);
		}
		const char *name = store_column_str(stmt, 0);
		v[count].name = xstrdup(name ? (const char *)name : "");
		v[count++].count = sqlite3_column_int64(stmt, 1);
	}
	if (!store_list_finish(st, stmt, rc, err)) {
		facet_counts_free(v, count);
		v = NULL;
		count = 0;
		rc = SQLITE_ERROR;
	}
done:
	query_sql_free(&s);
	*out = v;
	*n = count;
	return rc == SQLITE_DONE;
}

void facet_counts_free(struct facet_count *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}
