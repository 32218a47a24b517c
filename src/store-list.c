/* store-list.c — runs a query: the ids or rows of one window in a sort order, and counts.
 *
 * Only the window asked for leaves SQLite (LIMIT/OFFSET in the statement); the count is its
 * own statement, so the reader can ask for the rows it draws without counting every time.
 *
 * Two plans, chosen by selectivity (issue 6: a million papers):
 * - filter first: every term a set (p.id IN (...)); SQLite computes the smallest and sorts
 *   what passes, their sort keys read from paper_sort_keys. Right when few papers match: a
 *   rare word, a small institution.
 * - walk: the order's own index is walked from the top and each paper tested (correlated
 *   EXISTS, the FTS match probed by rowid) until the window is full. Right when many match:
 *   a common word sorted by score needs a few hundred probes, where the first plan would
 *   gather and sort a third of the library.
 * Where one ends and the other begins depends on the library's size and the window's depth
 * (store_list_rare_cap): a term whose set of ids holds fewer matches than that (counted up to
 * it) means filter first at once; otherwise the walk runs with a budget of CPU time and, when
 * the matches are too sparse near the top of the order for it to fill the window within it,
 * gives way to the first plan. Both return the same rows in the same order.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "query-internal.h"
#include "store-internal.h"
#include "store-list.h"
#include "store-watch.h"
#include "store.h"

/* The least CPU time (ms) a walk may take before the filter-first plan is tried instead. */
#define LIST_BUDGET_MIN_MS 3.0

/* ORDER BY for each key and direction. Papers without the value come last either way; ties go
 * by id in the same direction, which keeps the order stable and lets SQLite walk an index
 * (score, date, added_at and title are indexed) backwards as well as forwards. */
static const char *list_order(struct sort s, bool reverse)
{
	/* [key][ascending][reverse]: the order, and the same list read from its end */
	static const char *const orders[4][2][2] = {
		[SORT_SCORE] = {{"p.score DESC, p.id DESC", "p.score ASC, p.id ASC"},
				{"p.score ASC NULLS LAST, p.id ASC", "p.score DESC NULLS FIRST, p.id DESC"}},
		[SORT_DATE] = {{"p.date DESC, p.id DESC", "p.date ASC, p.id ASC"},
			       {"p.date ASC NULLS LAST, p.id ASC", "p.date DESC NULLS FIRST, p.id DESC"}},
		[SORT_TITLE] = {{"p.title COLLATE NOCASE DESC, p.id DESC",
				 "p.title COLLATE NOCASE ASC, p.id ASC"},
				{"p.title COLLATE NOCASE ASC NULLS LAST, p.id ASC",
				 "p.title COLLATE NOCASE DESC NULLS FIRST, p.id DESC"}},
		[SORT_ADDED] = {{"p.added_at DESC, p.id DESC", "p.added_at ASC, p.id ASC"},
				{"p.added_at ASC, p.id ASC", "p.added_at DESC, p.id DESC"}},
	};
	unsigned k = (unsigned)s.key < 4 ? (unsigned)s.key : SORT_SCORE;
	return orders[k][s.ascending][reverse];
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

static int bind_part(sqlite3_stmt *stmt, const struct query_part *part, int index)
{
	for (size_t k = 0; k < part->nbinds; k++, index++) {
		const struct qbind *b = &part->binds[k];
		if (b->is_real)
			sqlite3_bind_double(stmt, index, b->real);
		else
			store_bind_text(stmt, index, b->text);
	}
	return index;
}

int store_list_bind(sqlite3_stmt *stmt, const struct query_sql *s, int index)
{
	for (size_t i = 0; i < s->nparts; i++)
		index = bind_part(stmt, &s->parts[i], index);
	return index;
}

bool store_list_finish(struct store *st, sqlite3_stmt *stmt, int rc, struct strbuf *err)
{
	if (rc != SQLITE_DONE && err)
		sb_addf(err, "%s: cannot run the query: %s", st->path, sqlite3_errmsg(st->db));
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE;
}

/* The index that lists papers in ORDER (ties by id in the same direction) without a sort,
 * or NULL: ascending score, date and title put papers without one last, where SQLite's
 * indexes keep NULLs first. The same index serves the order read from its end. */
const char *store_list_walk_index(struct sort order)
{
	switch (order.key) {
	case SORT_SCORE: return order.ascending ? NULL : "paper_score";
	case SORT_DATE: return order.ascending ? NULL : "paper_date";
	case SORT_TITLE: return order.ascending ? NULL : "paper_title";
	case SORT_ADDED: return "paper_added";
	}
	return NULL;
}

/* The index the filter-first plan reads its matches' sort keys from, or NULL: when a term
 * of the top level is a set of ids (the plan starts from one) and the order is by score or
 * date, paper_sort_keys gives each match's key by id without its row. SQLite would fetch the
 * rows by rowid instead, a 16 KB page each. */
static const char *gather_index(const struct query_sql *s, struct sort order)
{
	if (order.key != SORT_SCORE && order.key != SORT_DATE)
		return NULL;
	for (size_t i = 0; i < s->nparts; i++)
		if (s->parts[i].lone && !strncmp(s->parts[i].sql, "p.id IN (", 9))
			return "paper_sort_keys";
	return NULL;
}

/* Whether SQL reads no column of p but its id. */
static bool ids_only(const char *sql)
{
	for (const char *c = strstr(sql, "p."); c; c = strstr(c + 2, "p.")) {
		bool word_start = c == sql || !(isalnum((unsigned char)c[-1]) || c[-1] == '_');
		if (word_start && (strncmp(c + 2, "id", 2) || isalnum((unsigned char)c[4]) || c[4] == '_'))
			return false;
	}
	return true;
}

/* The part a score-ordered gather starts from, or -1: the first lone set of ids, when no part
 * reads more of the paper than its id. Then the papers are never looked up in paper at all:
 * the matches' scores come from paper_scored, which holds only the papers with a score (a
 * few MB that stay in the cache where paper_sort_keys is read a page per match), and the
 * rest sort after them by id. */
static int scored_driver(const struct query_sql *s, struct sort order)
{
	int d = -1;
	if (order.key != SORT_SCORE)
		return -1;
	for (size_t i = 0; i < s->nparts; i++) {
		if (!ids_only(s->parts[i].sql))
			return -1;
		if (d < 0 && s->parts[i].lone && !strncmp(s->parts[i].sql, "p.id IN (", 9))
			d = (int)i;
	}
	return d;
}

/* Appends SQL with its '?'s numbered from FIRST on (generated text: no '?' in a literal). */
static void sb_add_numbered(struct strbuf *b, const char *sql, int first)
{
	for (; *sql; sql++) {
		if (*sql == '?')
			sb_addf(b, "?%d", first++);
		else
			sb_addc(b, *sql);
	}
}

/* The inner SELECT of a score-ordered gather from part D (scored_driver): D's set first, as
 * the rows to sort, then every other part's test on them. The '?'s are numbered by the binds'
 * order in S, so the statement binds as every other list statement does. */
static void list_scored_sql(struct strbuf *b, const struct query_sql *s, int d, const char *order)
{
	const struct query_part *dp = &s->parts[d];
	int base = 1, at = 1;
	for (int i = 0; i < d; i++)
		base += (int)s->parts[i].nbinds;
	/* a link table may list a paper twice (two of its institutions match) */
	bool once = dp->kind == QP_FTS;
	size_t len = strlen(dp->sql);
	sb_add(b, once ? "WITH m(id) AS (" : "WITH m(id) AS (SELECT DISTINCT * FROM (");
	struct strbuf set = {0};
	sb_addf(&set, "%.*s", (int)(len - 10), dp->sql + 9);
	sb_add_numbered(b, set.s, base);
	sb_free(&set);
	sb_add(b, once ? ")" : "))");
	sb_add(b, " SELECT p.id FROM m AS p LEFT JOIN paper AS s INDEXED BY paper_scored"
		  " ON s.id = p.id AND s.score IS NOT NULL WHERE ");
	bool any = false;
	for (size_t i = 0; i < s->nparts; i++) {
		if ((int)i != d) { /* D's own test is its set */
			sb_add(b, any ? " AND (" : "(");
			sb_add_numbered(b, s->parts[i].sql, at);
			sb_addc(b, ')');
			any = true;
		}
		at += (int)s->parts[i].nbinds;
	}
	if (!any)
		sb_add(b, "1");
	/* the order with the score taken from s; NULLs sort as they do in paper's column */
	sb_add(b, " ORDER BY ");
	for (const char *c = order; *c; c++) {
		if (!strncmp(c, "p.score", 7)) {
			sb_add(b, "s.score");
			c += 6;
		} else {
			sb_addc(b, *c);
		}
	}
	sb_add(b, " LIMIT ? OFFSET ?");
}

static char *list_sql(const struct query_sql *s, struct sort order, bool rows, const char *walk,
		      bool reverse)
{
	struct strbuf b = {0};
	const char *index = walk ? walk : gather_index(s, order);
	int scored = walk ? -1 : scored_driver(s, order);
	if (rows)
		sb_add(&b, "SELECT p.id, p.arxiv_id, p.score, p.date, p.title,"
			   " EXISTS (SELECT 1 FROM favourite AS f WHERE f.paper_id = p.id),"
			   " EXISTS (SELECT 1 FROM read_mark AS r WHERE r.paper_id = p.id)"
			   " FROM paper AS p WHERE p.id IN (");
	if (scored >= 0) {
		list_scored_sql(&b, s, scored, list_order(order, reverse));
	} else {
		sb_add(&b, "SELECT p.id FROM paper AS p ");
		if (index)
			sb_addf(&b, "INDEXED BY %s ", index);
		sb_add(&b, "WHERE ");
		query_sql_where(s, &b);
		sb_addf(&b, " ORDER BY %s LIMIT ? OFFSET ?", list_order(order, reverse));
	}
	if (rows)
		sb_addf(&b, ") ORDER BY %s", list_order(order, reverse));
	return sb_take(&b);
}

char *store_list_sql(const struct query_sql *s, struct sort order, bool rows)
{
	return list_sql(s, order, rows, NULL, false);
}

char *store_list_walk_sql(const struct query_sql *probe, struct sort order, bool rows)
{
	return list_sql(probe, order, rows, store_list_walk_index(order), false);
}

/* What one paper costs each plan (CPU microseconds, measured at 200,000 and 1,000,000 papers
 * on the bench library): the walk's probe of a paper (its term looked up by id, often a page
 * the cache does not hold), and the gather's match (its id from the set, its sort keys from
 * paper_sort_keys, the sorter). */
#define LIST_PROBE_US 5.0
#define LIST_GATHER_US 0.5
/* Below this many matches a set is gathered whatever the library's size. */
#define LIST_RARE_MIN 500

long long store_list_rare_cap(long long papers, long long depth)
{
	/* a walk to DEPTH probes about depth * papers / m papers when m of them match; the
	 * gather handles the m: the two cost the same where m * m = depth * papers * probe /
	 * gather, and each is cheaper on its own side of that m */
	double m = sqrt((double)(papers > 0 ? papers : 0) * (double)(depth > 0 ? depth : 1) *
			(LIST_PROBE_US / LIST_GATHER_US));
	return m < LIST_RARE_MIN ? LIST_RARE_MIN : (long long)m;
}

/* The papers of the library, as its highest id (an index's last entry, where count(*) would
 * read them all); 0 when empty, -1 on error. */
static long long list_papers(struct store *st)
{
	sqlite3_stmt *stmt = store_stmt(st, STORE_SLOT_LIST, "SELECT max(id) FROM paper");
	long long n = -1;
	if (!stmt)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	return n;
}

/* How many ids above AFTER the lone set PART holds ("p.id IN (SELECT ...)"), counted up to
 * CAP; -1 when PART is no such set or on error. Its ids come from an index or the full-text
 * index, which both seek to AFTER, so counting them costs a small part of gathering them. */
static long long list_set_upto(struct store *st, const struct query_part *part, long long after,
			       long long cap)
{
	static const char in[] = "p.id IN (";
	size_t len = strlen(part->sql);
	if (!part->lone || strncmp(part->sql, in, sizeof in - 1) || part->sql[len - 1] != ')')
		return -1;
	char *sql = xasprintf("WITH x(id) AS (%.*s) SELECT count(*) FROM"
			      " (SELECT 1 FROM x WHERE id > ? LIMIT ?)",
			      (int)(len - sizeof in), part->sql + sizeof in - 1);
	sqlite3_stmt *stmt = store_list_prepare(st, sql, NULL);
	long long n = -1;
	free(sql);
	if (!stmt)
		return -1;
	int next = bind_part(stmt, part, 1);
	sqlite3_bind_int64(stmt, next, after);
	sqlite3_bind_int64(stmt, next + 1, cap);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

/* Whether PART's set holds fewer than CAP ids of a library whose highest id is PAPERS; -1
 * when it is no set. The newest eighth of the ids is counted first: a common term fills an
 * eighth of the cap there, and the rest of its ids need not be counted. */
static int list_set_below(struct store *st, const struct query_part *part, long long papers,
			  long long cap)
{
	long long n = list_set_upto(st, part, papers - papers / 8, cap / 8);
	if (n < 0)
		return -1;
	if (n >= cap / 8)
		return 0;
	n = list_set_upto(st, part, -1, cap);
	return n < 0 ? -1 : n < cap;
}

enum list_plan store_list_choose(struct store *st, const struct query_sql *s, struct sort order,
				 long long depth, double *budget_ms)
{
	if (budget_ms)
		*budget_ms = 0;
	if (!s->nparts || !store_list_walk_index(order))
		return LIST_PLAN_FILTER;
	long long papers = list_papers(st);
	long long cap = store_list_rare_cap(papers, depth);
	for (size_t i = 0; i < s->nparts; i++)
		if (list_set_below(st, &s->parts[i], papers, cap) == 1)
			return LIST_PLAN_FILTER;
	/* near the cap the walk costs what gathering would, by the estimates; at twice that,
	 * the matches are sparser near the top of the order than their number said (or the
	 * estimates are off), and gathering wins */
	if (budget_ms) {
		double ms = 4 * (double)cap * LIST_GATHER_US / 1000.0;
		*budget_ms = ms < LIST_BUDGET_MIN_MS ? LIST_BUDGET_MIN_MS : ms;
	}
	return LIST_PLAN_WALK;
}

static sqlite3_stmt *list_run(struct store *st, const struct query *q, struct sort order,
			      long long offset, long long limit, bool rows, bool walk,
			      bool reverse, struct strbuf *err)
{
	struct query_sql s;
	char *sql;
	if (walk) {
		query_compile_probe(q, &s);
		sql = list_sql(&s, order, rows, store_list_walk_index(order), reverse);
	} else {
		query_compile(q, &s);
		sql = list_sql(&s, order, rows, NULL, reverse);
	}
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

/* What a fetch collects: list rows or ids. */
struct list_out {
	bool rows;             /* rows, else ids */
	struct list_row *v;    /* rows */
	long long *ids;        /* ids */
	size_t n, cap;         /* used, allocated */
};

static void list_out_clear(struct list_out *o)
{
	list_rows_free(o->v, o->n * o->rows);
	free(o->ids);
	*o = (struct list_out){.rows = o->rows};
}

static void list_out_add(struct list_out *o, sqlite3_stmt *stmt)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 64;
		if (o->rows)
			o->v = xrealloc(o->v, o->cap * sizeof *o->v);
		else
			o->ids = xrealloc(o->ids, o->cap * sizeof *o->ids);
	}
	if (!o->rows) {
		o->ids[o->n++] = sqlite3_column_int64(stmt, 0);
		return;
	}
	struct list_row *r = &o->v[o->n++];
	r->id = sqlite3_column_int64(stmt, 0);
	r->arxiv_id = list_text(stmt, 1);
	r->has_score = sqlite3_column_type(stmt, 2) != SQLITE_NULL;
	r->score = r->has_score ? sqlite3_column_double(stmt, 2) : 0;
	r->date = list_text(stmt, 3);
	r->title = list_text(stmt, 4);
	r->favourite = sqlite3_column_int(stmt, 5) != 0;
	r->read = sqlite3_column_int(stmt, 6) != 0;
}

/* Windows deeper than this (or unbounded ones) are not walked: the walk would probe most of
 * the library. */
#define LIST_WALK_DEPTH 5000

/* Runs Q's window into OUT: the walk first when store_list_choose says so, the filter-first
 * plan when it is not chosen or runs out of budget. */
static bool list_exec(struct store *st, const struct query *q, struct sort order, long long offset,
		      long long limit, bool reverse, struct list_out *out, struct strbuf *err)
{
	struct query_sql s;
	double budget = 0;
	bool walk;
	query_compile(q, &s);
	walk = limit >= 0 && offset + limit <= LIST_WALK_DEPTH &&
	       store_list_choose(st, &s, order, offset + limit, &budget) == LIST_PLAN_WALK;
	query_sql_free(&s);
	for (;; walk = false) {
		int rc;
		sqlite3_stmt *stmt = list_run(st, q, order, offset, limit, out->rows, walk, reverse, err);
		if (!stmt)
			return false;
		if (walk)
			store_budget_begin(st, budget);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
			list_out_add(out, stmt);
		bool spent = walk && store_budget_end(st);
		if (spent && (rc & 0xff) == SQLITE_INTERRUPT) {
			sqlite3_finalize(stmt);
			list_out_clear(out);
			continue;
		}
		if (!store_list_finish(st, stmt, rc, err)) {
			list_out_clear(out);
			return false;
		}
		return true;
	}
}

bool store_list_gathers(struct store *st, const struct query *q, struct sort order,
			long long depth)
{
	struct query_sql s;
	query_compile(q, &s);
	/* every paper in an order with an index: SQLite reads that index, no sort */
	bool gathers = s.nparts ? depth > LIST_WALK_DEPTH ||
					  store_list_choose(st, &s, order, depth, NULL) == LIST_PLAN_FILTER
				: !store_list_walk_index(order);
	query_sql_free(&s);
	return gathers;
}

bool store_list_rows(struct store *st, const struct query *q, struct sort order, long long offset,
		     long long limit, struct list_row **rows, size_t *nrows, struct strbuf *err)
{
	struct list_out out = {.rows = true};
	bool ok = list_exec(st, q, order, offset, limit, false, &out, err);
	*rows = out.v;
	*nrows = out.n;
	return ok;
}

bool store_list_rows_end(struct store *st, const struct query *q, struct sort order,
			 long long from_end, long long limit, struct list_row **rows, size_t *nrows,
			 struct strbuf *err)
{
	struct list_out out = {.rows = true};
	bool ok = list_exec(st, q, order, from_end, limit, true, &out, err);
	for (size_t i = 0; i < out.n / 2; i++) { /* back to the list's own order */
		struct list_row t = out.v[i];
		out.v[i] = out.v[out.n - 1 - i];
		out.v[out.n - 1 - i] = t;
	}
	*rows = out.v;
	*nrows = out.n;
	return ok;
}

bool store_list_ids(struct store *st, const struct query *q, struct sort order, long long offset,
		    long long limit, long long **ids, size_t *nids, struct strbuf *err)
{
	struct list_out out = {.rows = false};
	bool ok = list_exec(st, q, order, offset, limit, false, &out, err);
	*ids = out.ids;
	*nids = out.n;
	return ok;
}

/* The columns of a list row (list_out_add reads them), for one paper by id. */
static const char list_row_by_id_sql[] =
	"SELECT p.id, p.arxiv_id, p.score, p.date, p.title,"
	" EXISTS (SELECT 1 FROM favourite AS f WHERE f.paper_id = p.id),"
	" EXISTS (SELECT 1 FROM read_mark AS r WHERE r.paper_id = p.id)"
	" FROM paper AS p WHERE p.id = ?";

bool store_list_rows_of(struct store *st, const long long *ids, size_t n, struct list_row **rows,
			size_t *nrows, struct strbuf *err)
{
	struct list_out out = {.rows = true};
	sqlite3_stmt *stmt = store_list_prepare(st, list_row_by_id_sql, err);
	int rc = SQLITE_DONE;
	*rows = NULL;
	*nrows = 0;
	if (!stmt)
		return false;
	for (size_t i = 0; i < n && rc == SQLITE_DONE; i++) {
		sqlite3_bind_int64(stmt, 1, ids[i]);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
			list_out_add(&out, stmt);
		if (rc == SQLITE_DONE)
			sqlite3_reset(stmt);
	}
	if (!store_list_finish(st, stmt, rc, err)) {
		list_out_clear(&out);
		return false;
	}
	*rows = out.v;
	*nrows = out.n;
	return true;
}

/* The part whose own set of ids a count starts from: a full-text one (the index streams its
 * ids), else the first that has a set; -1 when none has (every paper is looked at). */
static int count_driver(const struct query_sql *s)
{
	int d = -1;
	for (size_t i = 0; i < s->nparts; i++)
		if (s->parts[i].set && (d < 0 || (s->parts[i].kind == QP_FTS && s->parts[d].kind != QP_FTS)))
			d = (int)i;
	return d;
}

char *store_count_sql(const struct query_sql *s, int driver)
{
	struct strbuf b = {0};
	size_t rest = 0;
	if (driver < 0) {
		sb_add(&b, "SELECT count(*) FROM paper AS p WHERE ");
		query_sql_where(s, &b);
		return sb_take(&b);
	}
	const struct query_part *d = &s->parts[driver];
	/* full-text and range sets hold each id once; link tables may repeat one */
	bool once = d->kind == QP_FTS || !strncmp(d->set, "SELECT id FROM paper ", 21);
	/* OFFSET 0 keeps the set a subquery of its own: flattened into the count, a full-text
	 * set beside an OR group made SQLite refuse MATCH ("unable to use function MATCH") */
	sb_addf(&b, "WITH d(id) AS (SELECT * FROM (%s) LIMIT -1 OFFSET 0)"
		    " SELECT count(*) FROM %s AS p WHERE ", d->set,
		once ? "d" : "(SELECT DISTINCT id FROM d)");
	for (size_t i = 0; i < s->nparts; i++)
		if ((int)i != driver)
			sb_addf(&b, "%s(%s)", rest++ ? " AND " : "", s->parts[i].sql);
	if (!rest)
		sb_add(&b, "1");
	return sb_take(&b);
}

long long store_count(struct store *st, const struct query *q, struct strbuf *err)
{
	struct query_sql s;
	long long count = -1;
	query_compile_ids(q, &s);
	int driver = count_driver(&s);
	char *sql = store_count_sql(&s, driver);
	sqlite3_stmt *stmt = store_list_prepare(st, sql, err);
	free(sql);
	if (stmt) {
		int next = driver >= 0 ? bind_part(stmt, &s.parts[driver], 1) : 1;
		for (size_t i = 0; i < s.nparts; i++)
			if ((int)i != driver)
				next = bind_part(stmt, &s.parts[i], next);
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

const char store_count_papers_sql[] =
	"SELECT count(*), max(id) FROM (SELECT id FROM paper INDEXED BY paper_sort_keys"
	" WHERE id > ? ORDER BY id LIMIT ?)";

long long store_count_papers_after(struct store *st, long long *after, long long limit,
				   struct strbuf *err)
{
	sqlite3_stmt *stmt = store_list_prepare(st, store_count_papers_sql, err);
	long long n = -1;
	int rc;
	if (!stmt)
		return -1;
	sqlite3_bind_int64(stmt, 1, *after);
	sqlite3_bind_int64(stmt, 2, limit);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		n = sqlite3_column_int64(stmt, 0);
		if (n > 0)
			*after = sqlite3_column_int64(stmt, 1);
		rc = sqlite3_step(stmt);
	}
	return store_list_finish(st, stmt, rc, err) ? n : -1;
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
