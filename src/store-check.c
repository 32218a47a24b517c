/* store-check.c — `check`: SQLite's integrity and foreign-key checks, the full-text index,
 * and the invariants the store keeps (joined text, year, counts, primary, duplicate keys). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "store-internal.h"
#include "store.h"

/* Lines reported per kind of problem; the rest are counted. */
#define CHECK_MAX_LINES 10

struct check {
	struct store *st;          /* the library */
	struct strlist *problems;  /* where problem lines go */
	long long kind_count;      /* problems of the current kind */
};

static void problem(struct check *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(struct check *c, const char *fmt, ...)
{
	struct strbuf b = {0};
	va_list ap;
	if (c->kind_count++ >= CHECK_MAX_LINES)
		return;
	va_start(ap, fmt);
	sb_vaddf(&b, fmt, ap);
	va_end(ap);
	strlist_take(c->problems, sb_take(&b));
}

static void kind_end(struct check *c, const char *what)
{
	if (c->kind_count > CHECK_MAX_LINES)
		strlist_take(c->problems, xasprintf("... and %lld more %s",
						    c->kind_count - CHECK_MAX_LINES, what));
	c->kind_count = 0;
}

static bool prepare(struct check *c, const char *sql, sqlite3_stmt **s)
{
	if (sqlite3_prepare_v2(c->st->db, sql, -1, s, NULL) == SQLITE_OK)
		return true;
	return store_fail_sql(c->st, "cannot check the library");
}

static bool finish(struct check *c, sqlite3_stmt *s, int rc)
{
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return true;
	return store_fail_sql(c->st, "cannot check the library");
}

/* Papers (ids) an SQL query returns, each reported with WHAT. */
static bool papers_where(struct check *c, const char *sql, const char *what)
{
	sqlite3_stmt *s;
	int rc;
	if (!prepare(c, sql, &s))
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		problem(c, "paper %lld: %s", sqlite3_column_int64(s, 0), what);
	kind_end(c, "papers with that problem");
	return finish(c, s, rc);
}

static bool sqlite_integrity(struct check *c)
{
	sqlite3_stmt *s;
	int rc;
	if (!prepare(c, "PRAGMA integrity_check", &s))
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *msg = store_column_str(s, 0);
		if (msg && strcmp(msg, "ok") != 0)
			problem(c, "database: %s", msg);
	}
	kind_end(c, "database problems");
	return finish(c, s, rc);
}

static bool foreign_keys(struct check *c)
{
	sqlite3_stmt *s;
	int rc;
	if (!prepare(c, "PRAGMA foreign_key_check", &s))
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *table = store_column_str(s, 0);
		const char *parent = store_column_str(s, 2);
		if (sqlite3_column_type(s, 1) != SQLITE_NULL)
			problem(c, "%s row %lld refers to a missing %s", table,
				sqlite3_column_int64(s, 1), parent);
		else
			problem(c, "a row of %s refers to a missing %s", table, parent);
	}
	kind_end(c, "rows that refer to missing rows");
	return finish(c, s, rc);
}

/* FTS5 checks its index only through an INSERT, which a read-only connection refuses; there
 * the check is reduced to entries missing from the index or left over in it. */
static bool fts_entries(struct check *c)
{
	return papers_where(c,
			    "SELECT id FROM paper p WHERE NOT EXISTS"
			    " (SELECT 1 FROM paper_fts_docsize d WHERE d.id = p.id)",
			    "missing from the full-text index") &&
	       papers_where(c,
			    "SELECT id FROM paper_fts_docsize d WHERE NOT EXISTS"
			    " (SELECT 1 FROM paper p WHERE p.id = d.id)",
			    "in the full-text index but not in the library");
}

static bool fts_integrity(struct check *c)
{
	char *msg = NULL;
	int rc;

	if (c->st->readonly)
		return fts_entries(c);
	rc = sqlite3_exec(c->st->db,
			      "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)",
			      NULL, NULL, &msg);
	if (rc == SQLITE_CORRUPT_VTAB || rc == SQLITE_CORRUPT)
		problem(c, "the full-text index is out of step with the papers (%s)",
			msg ? msg : "corrupt");
	else if (rc != SQLITE_OK)
		problem(c, "the full-text index could not be checked: %s", msg ? msg : "error");
	sqlite3_free(msg);
	kind_end(c, "");
	return true;
}

/* Names an SQL query returns, each reported with WHAT. */
static bool names_where(struct check *c, const char *sql, const char *what)
{
	sqlite3_stmt *s;
	int rc;
	if (!prepare(c, sql, &s))
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		problem(c, "%s '%s': %s", store_column_str(s, 0),
			store_column_str(s, 1), what);
	kind_end(c, "with that problem");
	return finish(c, s, rc);
}

/* Compares each paper's joined text column with the text its rows give, walking both tables
 * in paper order at once. Rows: (paper_id, pos, name, alias-or-NULL). */
static bool joined_text(struct check *c, const char *papers_sql, const char *rows_sql,
			const char *what)
{
	sqlite3_stmt *p = NULL, *r = NULL;
	int prc, rrc = SQLITE_DONE;
	bool ok = false;

	if (!prepare(c, papers_sql, &p) || !prepare(c, rows_sql, &r))
		goto done;
	rrc = sqlite3_step(r);
	while ((prc = sqlite3_step(p)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(p, 0);
		const char *have = store_column_str(p, 1);
		struct strbuf want = {0};
		long long last_pos = -1;

		while (rrc == SQLITE_ROW && sqlite3_column_int64(r, 0) < id)
			rrc = sqlite3_step(r); /* rows of missing papers: the FK check reports them */
		while (rrc == SQLITE_ROW && sqlite3_column_int64(r, 0) == id) {
			long long pos = sqlite3_column_int64(r, 1);
			if (pos != last_pos || want.len == 0) {
				if (want.len)
					sb_add(&want, ", ");
				sb_add(&want, store_column_str(r, 2));
				last_pos = pos;
			}
			if (sqlite3_column_type(r, 3) != SQLITE_NULL) {
				sb_add(&want, ", ");
				sb_add(&want, store_column_str(r, 3));
			}
			rrc = sqlite3_step(r);
		}
		if (!(want.len == 0 ? have == NULL : have && strcmp(have, want.s) == 0))
			problem(c, "paper %lld: %s", id, what);
		sb_free(&want);
	}
	kind_end(c, "papers with that problem");
	if (prc != SQLITE_DONE || (rrc != SQLITE_ROW && rrc != SQLITE_DONE)) {
		store_fail_sql(c->st, "cannot check the library");
		goto done;
	}
	ok = true;
done:
	sqlite3_finalize(p);
	sqlite3_finalize(r);
	return ok;
}

static bool str_same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0) || (!a && b && !*b) || (!b && a && !*a);
}

/* title_key and abstract_fp must be what dedup.c computes now, or duplicates go unnoticed. */
static bool dedup_keys(struct check *c)
{
	sqlite3_stmt *s;
	int rc;
	if (!prepare(c, "SELECT id, title, title_key, abstract, abstract_fp FROM paper ORDER BY id",
		     &s))
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *key = dedup_title_key(store_column_str(s, 1));
		char *fp = dedup_abstract_fp(store_column_str(s, 3));
		if (!str_same(key, store_column_str(s, 2)) ||
		    !str_same(fp, store_column_str(s, 4)))
			problem(c, "paper %lld: duplicate-detection keys are stale",
				sqlite3_column_int64(s, 0));
		free(key);
		free(fp);
	}
	kind_end(c, "papers with that problem");
	return finish(c, s, rc);
}

#define COUNT_SQL(parent, link, col)                                                          \
	"SELECT '" parent "', name FROM " parent " x WHERE paper_count IS NOT"                   \
	" (SELECT count(*) FROM " link " WHERE " col " = x.id)"

static bool invariants(struct check *c)
{
	return joined_text(c, "SELECT id, authors FROM paper ORDER BY id",
			   "SELECT paper_id, pos, name, NULL FROM author ORDER BY paper_id, pos",
			   "the authors text does not match its authors") &&
	       joined_text(c, "SELECT id, institutions FROM paper ORDER BY id",
			   "SELECT pi.paper_id, pi.pos, i.name, a.alias FROM paper_institution pi"
			   " JOIN institution i ON i.id = pi.institution_id"
			   " LEFT JOIN institution_alias a ON a.institution_id = i.id"
			   " ORDER BY pi.paper_id, pi.pos, a.alias",
			   "the institutions text does not match its institutions") &&
	       papers_where(c,
			    "SELECT id FROM paper WHERE year IS NOT"
			    " (CASE WHEN date IS NULL THEN NULL"
			    " ELSE CAST(substr(date, 1, 4) AS INTEGER) END)",
			    "the year does not match the date") &&
	       papers_where(c,
			    "SELECT id FROM paper WHERE date IS NOT NULL AND NOT ("
			    " date GLOB '[0-9][0-9][0-9][0-9]' OR"
			    " date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR"
			    " date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')",
			    "the date is not YYYY-MM-DD, YYYY-MM or YYYY") &&
	       papers_where(c,
			    "SELECT p.id FROM paper p WHERE"
			    " (SELECT count(*) FROM author a WHERE a.paper_id = p.id)"
			    " > coalesce(p.author_count, 0)",
			    "author_count is below the number of authors") &&
	       papers_where(c,
			    "SELECT id FROM paper WHERE arxiv_id = '' OR doi = '' OR title = ''"
			    " OR abstract = '' OR abstract_raw = '' OR date = '' OR url = ''"
			    " OR pdf_url = ''",
			    "an empty text stands where unknown should be NULL") &&
	       papers_where(c,
			    "SELECT paper_id FROM paper_institution GROUP BY paper_id"
			    " HAVING sum(is_primary) > 1 OR sum(is_primary AND pos <> 0) > 0",
			    "the primary institution is not the single first one") &&
	       names_where(c,
			   COUNT_SQL("institution", "paper_institution", "institution_id")
			   " UNION ALL " COUNT_SQL("topic", "paper_topic", "topic_id")
			   " UNION ALL " COUNT_SQL("tag", "paper_tag", "tag_id"),
			   "the paper count is wrong") &&
	       dedup_keys(c);
}

bool store_check(struct store *st, struct strlist *problems)
{
	struct check c = {st, problems, 0};
	return sqlite_integrity(&c) && foreign_keys(&c) && fts_integrity(&c) && invariants(&c);
}
