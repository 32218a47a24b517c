/* store-list.c — runs a query: the ids or rows of one window in a sort order, and counts.
 *
 * Only the window asked for leaves SQLite (LIMIT/OFFSET in the statement); the count is its
 * own statement, so the reader can ask for the rows it draws without counting every time.
 */
#include <stdlib.h>
#include <string.h>

#include "query-internal.h"
#include "store-internal.h"
#include "store-list.h"
#include "store.h"

/* ORDER BY for each key and direction. Papers without the value come last either way; ties go
 * by id in the same direction, which keeps the order stable and lets SQLite walk an index
 * (score, date, added_at and title are indexed) backwards as well as forwards. */
static const char *list_order(struct sort s)
{
	switch (s.key) {
	case SORT_DATE:
		return s.ascending ? "p.date ASC NULLS LAST, p.id ASC" : "p.date DESC, p.id DESC";
	case SORT_TITLE:
		return s.ascending ? "p.title COLLATE NOCASE ASC NULLS LAST, p.id ASC"
				   : "p.title COLLATE NOCASE DESC, p.id DESC";
	case SORT_ADDED:
		return s.ascending ? "p.added_at ASC, p.id ASC" : "p.added_at DESC, p.id DESC";
	case SORT_SCORE:
	default:
		return s.ascending ? "p.score ASC NULLS LAST, p.id ASC" : "p.score DESC, p.id DESC";
	}
}

sqlite3_stmt *store_list_prepare(struct store *st, const char *sql, struct strbuf *err)
{
	sqlite3_stmt *stmt = NULL;
	if (sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		if (err)
			sb_addf(err, "%s: cannot run the query: %s", st->path,
				sqlite3_errmsg(st->db));
		sqlite3_finalize(stmt);
		return NULL;
	}
	return stmt;
}

int store_list_bind(sqlite3_stmt *stmt, const struct query_sql *s, int index)
{
	for (size_t i = 0; i < s->nparts; i++) {
		for (size_t k = 0; k < s->parts[i].nbinds; k++, index++) {
			const struct qbind *b = &s->parts[i].binds[k];
			if (b->is_real)
				sqlite3_bind_double(stmt, index, b->real);
			else
				store_bind_text(stmt, index, b->text);
		}
	}
	return index;
}

bool store_list_finish(struct store *st, sqlite3_stmt *stmt, int rc, struct strbuf *err)
{
	if (rc != SQLITE_DONE && err)
		sb_addf(err, "%s: cannot run the query: %s", st->path, sqlite3_errmsg(st->db));
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE;
}

char *store_list_sql(const struct query_sql *s, struct sort order, bool rows)
{
	struct strbuf b = {0};
	if (rows)
		sb_add(&b, "SELECT p.id, p.arxiv_id, p.score, p.date, p.title,"
			   " EXISTS (SELECT 1 FROM favourite AS f WHERE f.paper_id = p.id),"
			   " EXISTS (SELECT 1 FROM read_mark AS r WHERE r.paper_id = p.id)"
			   " FROM paper AS p WHERE p.id IN (");
	sb_add(&b, "SELECT p.id FROM paper AS p WHERE ");
	query_sql_where(s, &b);
	sb_addf(&b, " ORDER BY %s LIMIT ? OFFSET ?", list_order(order));
	if (rows)
		sb_addf(&b, ") ORDER BY %s", list_order(order));
	return sb_take(&b);
}

static sqlite3_stmt *list_run(struct store *st, const struct query *q, struct sort order,
			      long long offset, long long limit, bool rows, struct strbuf *err)
{
	struct query_sql s;
	query_compile(q, &s);
	char *sql = store_list_sql(&s, order, rows);
	sqlite3_stmt *stmt = store_list_prepare(st, sql, err);
	free(sql);
	if (stmt) {
		int i = store_list_bind(stmt, &s, 1);
		sqlite3_bind_int64(stmt, i, limit < 0 ? -1 : limit);
		sqlite3_bind_int64(stmt, i + 1, offset < 0 ? 0 : offset);
	}
	query_sql_free(&s);
	return stmt;
}

static char *list_text(sqlite3_stmt *stmt, int col)
{
	const char *t = store_column_str(stmt, col);
	return t ? xstrdup((const char *)t) : NULL;
}

bool store_list_rows(struct store *st, const struct query *q, struct sort order, long long offset,
		     long long limit, struct list_row **rows, size_t *nrows, struct strbuf *err)
{
	size_t n = 0, cap = 0;
	struct list_row *v = NULL;
	int rc;
	*rows = NULL;
	*nrows = 0;
	sqlite3_stmt *stmt = list_run(st, q, order, offset, limit, true, err);
	if (!stmt)
		return false;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			v = xrealloc(v, cap * sizeof *v);
		}
		struct list_row *r = &v[n++];
		r->id = sqlite3_column_int64(stmt, 0);
		r->arxiv_id = list_text(stmt, 1);
		r->has_score = sqlite3_column_type(stmt, 2) != SQLITE_NULL;
		r->score = r->has_score ? sqlite3_column_double(stmt, 2) : 0;
		r->date = list_text(stmt, 3);
		r->title = list_text(stmt, 4);
		r->favourite = sqlite3_column_int(stmt, 5) != 0;
		r->read = sqlite3_column_int(stmt, 6) != 0;
	}
	if (!store_list_finish(st, stmt, rc, err)) {
		list_rows_free(v, n);
		return false;
	}
	*rows = v;
	*nrows = n;
	return true;
}

bool store_list_ids(struct store *st, const struct query *q, struct sort order, long long offset,
		    long long limit, long long **ids, size_t *nids, struct strbuf *err)
{
	size_t n = 0, cap = 0;
	long long *v = NULL;
	int rc;
	*ids = NULL;
	*nids = 0;
	sqlite3_stmt *stmt = list_run(st, q, order, offset, limit, false, err);
	if (!stmt)
		return false;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[n++] = sqlite3_column_int64(stmt, 0);
	}
	if (!store_list_finish(st, stmt, rc, err)) {
		free(v);
		return false;
	}
	*ids = v;
	*nids = n;
	return true;
}

long long store_count(struct store *st, const struct query *q, struct strbuf *err)
{
	struct query_sql s;
	struct strbuf sql = {0};
	long long count = -1;
	query_compile(q, &s);
	sb_add(&sql, "SELECT count(*) FROM paper AS p WHERE ");
	query_sql_where(&s, &sql);
	sqlite3_stmt *stmt = store_list_prepare(st, sql.s, err);
	sb_free(&sql);
	if (stmt) {
		store_list_bind(stmt, &s, 1);
		int rc = sqlite3_step(stmt);
		if (rc == SQLITE_ROW) {
			count = sqlite3_column_int64(stmt, 0);
			rc = sqlite3_step(stmt);
		}
		if (!store_list_finish(st, stmt, rc, err))
			count = -1;
	}
	query_sql_free(&s);
	return count;
}

void list_row_free(struct list_row *r)
{
	if (!r)
		return;
	free(r->arxiv_id);
	free(r->date);
	free(r->title);
	memset(r, 0, sizeof *r);
}

void list_rows_free(struct list_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		list_row_free(&v[i]);
	free(v);
}
