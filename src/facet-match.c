/* facet-match.c — a query tree evaluated to a bitmap of papers; facet counts from the bitmap. */
#include "facet-match.h"

#include <stdlib.h>
#include <string.h>

#include "fts-ids.h"
#include "query-internal.h"
#include "store-internal.h"
#include "store-list.h"

/* What a date range compiles to (query-sql.c): the bound, or just past every date within it. */
#define DATE_TOP "~"

struct matcher {
	const struct facet_index *ix; /* the lists */
	struct store *st;             /* for the terms SQL answers */
	struct strbuf *err;           /* the first error */
	const struct facet_fts *ff;   /* full-text sets read ahead, or NULL */
};

/* Sets in OUT the ids column 0 of SQL gives, with the binds of S's one part. */
static bool match_sql(struct matcher *mt, const char *sql, const struct query_sql *s,
		      struct bits *out)
{
	sqlite3_stmt *stmt = store_list_prepare(mt->st, sql, mt->err);
	int rc;
	if (!stmt)
		return false;
	if (s)
		store_list_bind(stmt, s, 1);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		bits_set(out, sqlite3_column_int64(stmt, 0));
	return store_list_finish(mt->st, stmt, rc, mt->err);
}

/* The full-text terms among KIDS, joined by JOIN, as one MATCH. */
static bool match_fts(struct matcher *mt, struct query_node *const *kids, size_t n,
		      const char *join, struct bits *out)
{
	char *expr = query_fts_expr(kids, n, join);
	for (size_t i = 0; mt->ff && mt->ff->ready && i < mt->ff->n; i++)
		if (!strcmp(mt->ff->exprs[i], expr)) {
			bits_or(out, &mt->ff->sets[i]);
			free(expr);
			return true;
		}
	long long last;
	int fast = fts_phrase_ids(mt->st, expr, out, &last, 0, mt->err);
	if (fast) {
		free(expr);
		return fast > 0;
	}
	struct qbind b = {.text = expr};
	struct query_part part = {.kind = QP_FTS, .binds = &b, .nbinds = 1};
	struct query_sql s = {.parts = &part, .nparts = 1};
	bool ok = match_sql(mt, "SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?", &s, out);
	free(expr);
	return ok;
}

/* inst: and topic: from the lists of the values the term names. */
static bool match_values(struct matcher *mt, const struct query_node *n, struct bits *out)
{
	struct query_sql s;
	const struct facet_family *f = &mt->ix->fam[n->field == QF_INST ? FAM_INST : FAM_TOPIC];
	sqlite3_stmt *stmt;
	int rc;
	query_compile_values(n, &s);
	stmt = store_list_prepare(mt->st, s.parts[0].sql, mt->err);
	if (!stmt) {
		query_sql_free(&s);
		return false;
	}
	store_list_bind(stmt, &s, 1);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const struct facet_list *l = facet_family_find(f, sqlite3_column_int64(stmt, 0));
		if (l)
			facet_list_fill(f, l, out);
	}
	query_sql_free(&s);
	return store_list_finish(mt->st, stmt, rc, mt->err);
}

/* A date range: dates compare as SQLite compares text (bytewise), as the SQL of
 * query-sql.c's sql_range does. */
static void match_dates(const struct facet_family *f, const struct qrange *r, struct bits *out)
{
	char *lo = r->has_lo ? xasprintf("%s%s", r->lo, r->lo_incl ? "" : DATE_TOP) : NULL;
	char *hi = r->has_hi ? xasprintf("%s%s", r->hi, r->hi_incl ? DATE_TOP : "") : NULL;
	size_t a = 0, b = f->n;
	while (lo && a < b) { /* the first date >= lo */
		size_t mid = a + (b - a) / 2;
		if (strcmp(f->texts[mid], lo) < 0)
			a = mid + 1;
		else
			b = mid;
	}
	for (size_t i = a; i < f->n && (!hi || strcmp(f->texts[i], hi) < 0); i++)
		facet_list_fill(f, &f->lists[i], out);
	free(lo);
	free(hi);
}

static void match_scores(const struct facet_family *f, const struct qrange *r, struct bits *out)
{
	for (size_t i = 0; i < f->n; i++) {
		double v = f->nums[i];
		if (r->has_lo && (r->lo_incl ? v < r->lo_num : v <= r->lo_num))
			continue;
		if (r->has_hi && (r->hi_incl ? v > r->hi_num : v >= r->hi_num))
			break;
		facet_list_fill(f, &f->lists[i], out);
	}
}

/* Any term as its SQL set of ids (unread is every paper less the read ones). */
static bool match_term_sql(struct matcher *mt, const struct query_node *n, struct bits *out)
{
	struct query_sql s;
	bool ok;
	if (n->field == QF_UNREAD) {
		struct bits read;
		bits_init(&read, mt->ix->limit);
		ok = match_sql(mt, "SELECT paper_id FROM read_mark", NULL, &read);
		bits_or(out, &mt->ix->all);
		bits_andnot(out, &read);
		bits_free(&read);
		return ok;
	}
	query_compile_term_ids(n, &s);
	if (s.nparts != 1 || !s.parts[0].set) { /* cannot be: every other term is an IN set */
		sb_addf(mt->err, "cannot count the facets of this query");
		query_sql_free(&s);
		return false;
	}
	ok = match_sql(mt, s.parts[0].set, &s, out);
	query_sql_free(&s);
	return ok;
}

static bool match_term(struct matcher *mt, const struct query_node *n, struct bits *out)
{
	const struct facet_family *dates = &mt->ix->fam[FAM_DATE];
	const struct facet_family *scores = &mt->ix->fam[FAM_SCORE];
	switch (n->field) {
	case QF_INST:
	case QF_TOPIC: return match_values(mt, n, out);
	case QF_YEAR:
	case QF_DATE:
		if (dates->odd)
			break;
		match_dates(dates, &n->range, out);
		return true;
	case QF_SCORE:
		if (scores->odd)
			break;
		match_scores(scores, &n->range, out);
		return true;
	case QF_WORDS:
	case QF_AUTHOR: return match_fts(mt, (struct query_node *const *)&n, 1, " AND ", out);
	default: break;
	}
	return match_term_sql(mt, n, out);
}

static bool match_node(struct matcher *mt, const struct query_node *n, struct bits *out);

/* AND and OR: the full-text kids as one MATCH (as query-sql.c compiles them), then the rest. */
static bool match_group(struct matcher *mt, const struct query_node *n, struct bits *out)
{
	bool and = n->kind == QN_AND, first = true, ok = true;
	struct bits t;
	size_t nfts = 0;
	for (size_t i = 0; i < n->nkids; i++)
		nfts += query_node_is_fts(n->kids[i]);
	if (nfts) {
		ok = match_fts(mt, n->kids, n->nkids, and ? " AND " : " OR ", out);
		first = false;
	}
	bits_init(&t, mt->ix->limit);
	for (size_t i = 0; ok && i < n->nkids; i++) {
		if (query_node_is_fts(n->kids[i]))
			continue;
		struct bits *dst = first ? out : &t;
		if (!first)
			bits_clear(&t);
		ok = match_node(mt, n->kids[i], dst);
		if (ok && !first) {
			if (and)
				bits_and(out, &t);
			else
				bits_or(out, &t);
		}
		first = false;
	}
	bits_free(&t);
	return ok;
}

/* Sets in OUT (empty on entry) the papers N matches. */
static bool match_node(struct matcher *mt, const struct query_node *n, struct bits *out)
{
	if (n->kind == QN_TERM)
		return match_term(mt, n, out);
	if (n->kind == QN_NOT) {
		struct bits t;
		bits_init(&t, mt->ix->limit);
		bool ok = match_node(mt, n->kids[0], &t);
		bits_or(out, &mt->ix->all);
		bits_andnot(out, &t);
		bits_free(&t);
		return ok;
	}
	return match_group(mt, n, out);
}

static bool node_in_lists(const struct facet_index *ix, const struct query_node *n)
{
	if (n->kind != QN_TERM) {
		for (size_t i = 0; i < n->nkids; i++)
			if (!node_in_lists(ix, n->kids[i]))
				return false;
		return true;
	}
	switch (n->field) {
	case QF_INST:
	case QF_TOPIC: return true;
	case QF_YEAR:
	case QF_DATE: return !ix->fam[FAM_DATE].odd;
	case QF_SCORE: return !ix->fam[FAM_SCORE].odd;
	default: return false;
	}
}

bool facet_match_in_lists(const struct facet_index *ix, const struct query *q)
{
	return q && q->root && node_in_lists(ix, q->root);
}

bool facet_match(const struct facet_index *ix, struct store *st, const struct query *q,
		 struct bits *out, struct strbuf *err)
{
	return facet_match_with(ix, st, q, NULL, out, err);
}

/* Adds to FF each MATCH that facet_match runs for N (as match_group and match_term make them). */
static void fts_collect(const struct query_node *n, struct facet_fts *ff)
{
	char *expr = NULL;
	if (n->kind == QN_TERM) {
		if (n->field == QF_WORDS || n->field == QF_AUTHOR)
			expr = query_fts_expr((struct query_node *const *)&n, 1, " AND ");
	} else if (n->kind == QN_NOT) {
		fts_collect(n->kids[0], ff);
	} else {
		size_t nfts = 0;
		for (size_t i = 0; i < n->nkids; i++)
			nfts += query_node_is_fts(n->kids[i]);
		if (nfts)
			expr = query_fts_expr(n->kids, n->nkids, n->kind == QN_AND ? " AND " : " OR ");
		for (size_t i = 0; i < n->nkids; i++)
			if (!query_node_is_fts(n->kids[i]))
				fts_collect(n->kids[i], ff);
	}
	if (!expr)
		return;
	ff->exprs = xrealloc(ff->exprs, (ff->n + 1) * sizeof *ff->exprs);
	ff->exprs[ff->n++] = expr;
}

void facet_fts_free(struct facet_fts *ff)
{
	for (size_t i = 0; i < ff->n; i++) {
		free(ff->exprs[i]);
		if (ff->sets)
			bits_free(&ff->sets[i]);
	}
	free(ff->exprs);
	free(ff->sets);
	memset(ff, 0, sizeof *ff);
}

/* The expression at hand is read whole: on to the next. */
static int facet_fts_next(struct facet_fts *ff)
{
	ff->at++;
	ff->after = 0;
	ff->ready = ff->at >= ff->n;
	return ff->ready ? 0 : 1;
}

int facet_fts_step(const struct facet_index *ix, struct store *st, const struct query *q,
		   struct facet_fts *ff, long long rows, struct strbuf *err)
{
	if (!ff->begun) {
		if (q && q->root)
			fts_collect(q->root, ff);
		ff->sets = xcalloc(ff->n ? ff->n : 1, sizeof *ff->sets);
		for (size_t i = 0; i < ff->n; i++)
			bits_init(&ff->sets[i], ix->limit);
		ff->begun = true;
	}
	if (ff->at >= ff->n) {
		ff->ready = true;
		return 0;
	}
	if (!ff->after) { /* one phrase: read whole in one pass, which a key still interrupts */
		long long last;
		int fast = fts_phrase_ids(st, ff->exprs[ff->at], &ff->sets[ff->at], &last,
					  ff->check_every, err);
		if (fast < 0) /* what was read stays read: the next step goes on from there */
			ff->after = last;
		if (fast)
			return fast < 0 ? -1 : facet_fts_next(ff);
	}
	/* the full-text index seeks to the rowid: a piece costs its own rows */
	sqlite3_stmt *stmt = store_list_prepare(st, "SELECT rowid FROM paper_fts WHERE paper_fts"
						    " MATCH ?1 AND rowid > ?2 ORDER BY rowid LIMIT ?3", err);
	long long got = 0;
	int rc;
	if (!stmt)
		return -1;
	store_bind_text(stmt, 1, ff->exprs[ff->at]);
	sqlite3_bind_int64(stmt, 2, ff->after);
	sqlite3_bind_int64(stmt, 3, rows);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		ff->after = sqlite3_column_int64(stmt, 0);
		bits_set(&ff->sets[ff->at], ff->after);
		got++;
	}
	if (!store_list_finish(st, stmt, rc, err))
		return -1;
	return got < rows ? facet_fts_next(ff) : 1; /* fewer: this one is read whole */
}

bool facet_match_with(const struct facet_index *ix, struct store *st, const struct query *q,
		      const struct facet_fts *ff, struct bits *out, struct strbuf *err)
{
	struct matcher mt = {.ix = ix, .st = st, .err = err, .ff = ff};
	bits_init(out, ix->limit);
	if (!q || !q->root) {
		bits_or(out, &ix->all);
		return true;
	}
	if (match_node(&mt, q->root, out))
		return true;
	bits_free(out);
	return false;
}

long long facet_match_marked(struct store *st, const struct bits *set, bool read,
			     struct strbuf *err)
{
	sqlite3_stmt *stmt = store_list_prepare(
		st, read ? "SELECT paper_id FROM read_mark" : "SELECT paper_id FROM favourite", err);
	long long n = 0;
	int rc;
	if (!stmt)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		n += bits_test(set, sqlite3_column_int64(stmt, 0));
	return store_list_finish(st, stmt, rc, err) ? n : -1;
}
