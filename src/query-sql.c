/* query-sql.c — a query tree to SQL conditions over `paper AS p`, every value bound.
 *
 * Full-text terms (words, phrases, author:) that are ANDed or ORed side by side become one
 * FTS5 MATCH expression, so SQLite asks the index once. The MATCH expression is built only
 * from quoted strings ("a ""b"" c"), so nothing the user types is read as FTS5 syntax.
 */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "paper.h"
#include "query-internal.h"

/* Sorts after every real character, so [k, k + TOP) is every key that starts with k. */
#define KEY_TOP "\xf4\x8f\xbf\xbf" /* U+10FFFF */
/* Sorts after digits and '-', so [d, d + DATE_TOP) is every date within the period d. */
#define DATE_TOP "~"
/* A word of an institution's name starts after one of these (GLOB class; '-' first is literal). */
#define INST_WORD_START "[-( /,]"
/* The institutions an inst: term names (binds: the key and the pattern, twice; see
 * sql_bind_inst), and the topics a topic: term names (the key, then the key + KEY_TOP);
 * query_compile_values gives them alone. instr() first: a plain substring search turns away
 * nearly every name before the GLOB (ten times slower) looks for the word start; both scan
 * every name. */
#define SQL_INST_VALUES                                                                    \
	"SELECT i.id FROM institution AS i WHERE instr(i.key, ?) AND ' ' || i.key GLOB ?"  \
	" UNION SELECT a.institution_id FROM institution_alias AS a"                       \
	" WHERE instr(a.key, ?) AND ' ' || a.key GLOB ?"
#define SQL_TOPIC_VALUES "SELECT t.id FROM topic AS t WHERE t.key >= ? AND t.key < ?"

struct compiler {
	bool probe;           /* each term tests the one paper p (see query_compile_probe) */
	bool ids;             /* ranges too are id sets (see query_compile_ids) */
	struct strbuf sql;    /* the condition so far */
	struct qbind *binds;  /* its values */
	size_t nbinds;        /* how many */
	size_t cap;           /* allocated */
};

static void sql_bind(struct compiler *c, char *text, double real)
{
	if (c->nbinds == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 8;
		c->binds = xrealloc(c->binds, c->cap * sizeof *c->binds);
	}
	c->binds[c->nbinds++] = (struct qbind){.is_real = !text, .real = real, .text = text};
}

static bool sql_is_fts(const struct query_node *n)
{
	return n->kind == QN_TERM && (n->field == QF_WORDS || n->field == QF_AUTHOR);
}

/* One FTS5 string: "..." with quotes doubled, so its content is only ever tokens. */
static void sql_fts_leaf(struct strbuf *e, const struct query_node *n)
{
	if (n->field == QF_AUTHOR)
		sb_add(e, "authors : ");
	sb_addc(e, '"');
	for (const char *s = n->text; *s; s++) {
		if (*s == '"')
			sb_addc(e, '"');
		sb_addc(e, *s);
	}
	sb_addc(e, '"');
	if (n->prefix || n->field == QF_AUTHOR)
		sb_addc(e, '*');
}

/* Appends the condition that the full-text index matches EXPR (taken). */
static void sql_fts_match(struct compiler *c, struct strbuf *expr)
{
	if (c->probe)
		sb_add(&c->sql, "EXISTS (SELECT 1 FROM paper_fts WHERE paper_fts MATCH ? AND rowid = p.id)");
	else
		sb_add(&c->sql, "p.id IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?)");
	sql_bind(c, sb_take(expr), 0);
}

/* Appends one MATCH over the full-text terms among KIDS, joined by JOIN. */
static void sql_fts(struct compiler *c, struct query_node *const *kids, size_t n,
		    const char *join)
{
	struct strbuf e = {0};
	char *expr = query_fts_expr(kids, n, join);
	if (expr)
		sb_add(&e, expr);
	free(expr);
	sql_fts_match(c, &e);
}

static char *sql_suffix(const char *s, const char *suffix)
{
	return xasprintf("%s%s", s, suffix);
}

/* A GLOB pattern for keys with a word that starts with VALUE: "*" + a word start + the folded
 * value with GLOB's own characters bracketed + "*". Keys get a space in front, so the name's
 * first word counts too. */
static char *sql_inst_pattern(const char *value)
{
	char *key = fold_key(value);
	struct strbuf b = {0};
	sb_add(&b, "*" INST_WORD_START);
	for (const char *s = key; *s; s++) {
		if (*s == '*' || *s == '?' || *s == '[')
			sb_addf(&b, "[%c]", *s);
		else
			sb_addc(&b, *s);
	}
	sb_addc(&b, '*');
	free(key);
	return sb_take(&b);
}

/* SQL_INST_VALUES's binds: each table's substring (the folded key), then its GLOB pattern. */
static void sql_bind_inst(struct compiler *c, const char *value)
{
	char *key = fold_key(value);
	for (int k = 0; k < 2; k++) {
		sql_bind(c, xstrdup(key), 0);
		sql_bind(c, sql_inst_pattern(value), 0);
	}
	free(key);
}

static void sql_range(struct compiler *c, const struct query_node *n)
{
	const struct qrange *r = &n->range;
	/* in ids mode the range is the set of ids its index holds: no paper row is read */
	const char *t = c->ids ? "" : "p.";
	sb_add(&c->sql, c->ids ? "p.id IN (SELECT id FROM paper WHERE " : "(");
	if (n->field == QF_SCORE) {
		sb_addf(&c->sql, "%sscore IS NOT NULL", t);
		if (r->has_lo) {
			sb_addf(&c->sql, r->lo_incl ? " AND %sscore >= ?" : " AND %sscore > ?", t);
			sql_bind(c, NULL, r->lo_num);
		}
		if (r->has_hi) {
			sb_addf(&c->sql, r->hi_incl ? " AND %sscore <= ?" : " AND %sscore < ?", t);
			sql_bind(c, NULL, r->hi_num);
		}
		sb_addc(&c->sql, ')');
		return;
	}
	/* a year is the period YYYY; "after 2026-06" starts where June 2026 ends */
	sb_addf(&c->sql, "%sdate IS NOT NULL", t);
	if (r->has_lo) {
		sb_addf(&c->sql, " AND %sdate >= ?", t);
		sql_bind(c, sql_suffix(r->lo, r->lo_incl ? "" : DATE_TOP), 0);
	}
	if (r->has_hi) {
		sb_addf(&c->sql, " AND %sdate < ?", t);
		sql_bind(c, sql_suffix(r->hi, r->hi_incl ? DATE_TOP : ""), 0);
	}
	sb_addc(&c->sql, ')');
}

static void sql_term(struct compiler *c, const struct query_node *n)
{
	char *key = NULL;
	struct strbuf e = {0};
	switch (n->field) {
	case QF_WORDS:
	case QF_AUTHOR:
		sql_fts_leaf(&e, n);
		sql_fts_match(c, &e);
		break;
	case QF_INST:
		sb_add(&c->sql, c->probe ? "EXISTS (SELECT 1 FROM paper_institution AS pi"
					   " WHERE pi.paper_id = p.id AND"
					 : "p.id IN (SELECT pi.paper_id FROM paper_institution AS pi WHERE");
		sb_add(&c->sql, " pi.institution_id IN (" SQL_INST_VALUES "))");
		sql_bind_inst(c, n->text);
		break;
	case QF_TOPIC:
	case QF_CAT:
		key = fold_key(n->text);
		sb_add(&c->sql, c->probe ? "EXISTS (SELECT 1 FROM paper_topic AS pt WHERE pt.paper_id = p.id AND "
					 : "p.id IN (SELECT pt.paper_id FROM paper_topic AS pt WHERE ");
		if (n->field == QF_CAT)
			sb_addf(&c->sql, "pt.origin = %d AND ", TOPIC_ARXIV);
		sb_add(&c->sql, "pt.topic_id IN (" SQL_TOPIC_VALUES);
		sql_bind(c, xstrdup(key), 0);
		sql_bind(c, sql_suffix(key, KEY_TOP), 0);
		if (n->field == QF_CAT) { /* cs.LG itself; cs and every cs.*; hep: hep-th ... */
			sb_add(&c->sql, " AND (t.key = ?"
					" OR substr(t.key, length(?) + 1, 1) IN ('.', '-'))");
			sql_bind(c, xstrdup(key), 0);
			sql_bind(c, xstrdup(key), 0);
		}
		sb_add(&c->sql, "))");
		free(key);
		break;
	case QF_TAG:
		sb_add(&c->sql, c->probe ? "EXISTS (SELECT 1 FROM paper_tag AS pg"
					   " JOIN tag AS g ON g.id = pg.tag_id WHERE pg.paper_id = p.id AND"
					 : "p.id IN (SELECT pg.paper_id FROM paper_tag AS pg"
					   " JOIN tag AS g ON g.id = pg.tag_id WHERE");
		sb_add(&c->sql, " g.name = ? COLLATE NOCASE)");
		sql_bind(c, xstrdup(n->text), 0);
		break;
	case QF_FAV:
		sb_add(&c->sql, c->probe ? "EXISTS (SELECT 1 FROM favourite AS f WHERE f.paper_id = p.id)"
					 : "p.id IN (SELECT f.paper_id FROM favourite AS f)");
		break;
	case QF_READ:
		sb_add(&c->sql, c->probe ? "EXISTS (SELECT 1 FROM read_mark AS r WHERE r.paper_id = p.id)"
					 : "p.id IN (SELECT r.paper_id FROM read_mark AS r)");
		break;
	case QF_UNREAD:
		sb_add(&c->sql, c->probe ? "NOT EXISTS (SELECT 1 FROM read_mark AS r WHERE r.paper_id = p.id)"
					 : "p.id NOT IN (SELECT r.paper_id FROM read_mark AS r)");
		break;
	case QF_YEAR:
	case QF_DATE:
	case QF_SCORE: sql_range(c, n); break;
	}
}

/* How tightly the context binds, so that parentheses go only where SQL needs them: SQLite's
 * parser has a fixed stack, and every needless level brings its limit nearer. */
enum { CTX_OR, CTX_AND, CTX_NOT };

static void sql_node(struct compiler *c, const struct query_node *n, int ctx)
{
	if (n->kind == QN_TERM) { /* each term is one IN (...) or a parenthesised range */
		sql_term(c, n);
		return;
	}
	if (n->kind == QN_NOT) {
		sb_add(&c->sql, "NOT ");
		sql_node(c, n->kids[0], CTX_NOT);
		return;
	}
	bool and = n->kind == QN_AND;
	bool parens = and ? ctx == CTX_NOT : ctx != CTX_OR;
	const char *join = and ? " AND " : " OR ";
	size_t nfts = 0, done = 0;
	for (size_t i = 0; i < n->nkids; i++)
		nfts += sql_is_fts(n->kids[i]);
	if (parens)
		sb_addc(&c->sql, '(');
	if (nfts) {
		sql_fts(c, n->kids, n->nkids, join);
		done++;
	}
	for (size_t i = 0; i < n->nkids; i++) {
		if (sql_is_fts(n->kids[i]))
			continue;
		if (done++)
			sb_add(&c->sql, join);
		sql_node(c, n->kids[i], and ? CTX_AND : CTX_OR);
	}
	if (parens)
		sb_addc(&c->sql, ')');
}

static void sql_part(struct query_sql *out, struct compiler *c, enum qpart_kind kind, bool single)
{
	out->parts = xrealloc(out->parts, (out->nparts + 1) * sizeof *out->parts);
	struct query_part *p = &out->parts[out->nparts++];
	p->kind = kind;
	p->sql = sb_take(&c->sql);
	p->binds = c->binds;
	p->nbinds = c->nbinds;
	p->fts = kind == QP_FTS ? xstrdup(c->binds[0].text) : NULL;
	p->set = NULL;
	p->lone = single;
	/* a lone term written "p.id IN (SELECT ...)": that SELECT is its set of ids */
	static const char in[] = "p.id IN (";
	size_t len = strlen(p->sql);
	if (c->ids && single && !strncmp(p->sql, in, sizeof in - 1) && len > sizeof in &&
	    p->sql[len - 1] == ')')
		p->set = xasprintf("%.*s", (int)(len - sizeof in), p->sql + sizeof in - 1);
	*c = (struct compiler){.probe = c->probe, .ids = c->ids};
}

static void sql_compile(const struct query *q, struct query_sql *out, bool probe, bool ids)
{
	struct compiler c = {.probe = probe, .ids = ids};
	const struct query_node *root = q ? q->root : NULL;
	*out = (struct query_sql){0};
	if (!root)
		return;
	if (root->kind != QN_AND) {
		bool fts = sql_is_fts(root);
		if (root->kind == QN_OR) { /* an OR of full-text terms only is one MATCH */
			fts = true;
			for (size_t i = 0; i < root->nkids; i++)
				fts = fts && sql_is_fts(root->kids[i]);
		}
		sql_node(&c, root, CTX_OR);
		sql_part(out, &c, fts ? QP_FTS : QP_OTHER, fts || root->kind == QN_TERM);
		return;
	}
	/* the top level's conditions stay apart, for a planner to order */
	bool any_fts = false;
	for (size_t i = 0; i < root->nkids; i++)
		any_fts = any_fts || sql_is_fts(root->kids[i]);
	if (any_fts) {
		sql_fts(&c, root->kids, root->nkids, " AND ");
		sql_part(out, &c, QP_FTS, true);
	}
	for (size_t i = 0; i < root->nkids; i++) {
		if (sql_is_fts(root->kids[i]))
			continue;
		sql_node(&c, root->kids[i], CTX_OR);
		sql_part(out, &c, QP_OTHER, root->kids[i]->kind == QN_TERM);
	}
}

void query_compile(const struct query *q, struct query_sql *out)
{
	sql_compile(q, out, false, false);
}

void query_compile_probe(const struct query *q, struct query_sql *out)
{
	sql_compile(q, out, true, false);
}

void query_compile_ids(const struct query *q, struct query_sql *out)
{
	sql_compile(q, out, false, true);
}

void query_sql_where(const struct query_sql *s, struct strbuf *sql)
{
	if (!s->nparts)
		sb_add(sql, "1");
	for (size_t i = 0; i < s->nparts; i++)
		sb_addf(sql, "%s(%s)", i ? " AND " : "", s->parts[i].sql);
}

void query_sql_free(struct query_sql *s)
{
	for (size_t i = 0; i < s->nparts; i++) {
		for (size_t k = 0; k < s->parts[i].nbinds; k++)
			free(s->parts[i].binds[k].text);
		free(s->parts[i].binds);
		free(s->parts[i].sql);
		free(s->parts[i].fts);
		free(s->parts[i].set);
	}
	free(s->parts);
	*s = (struct query_sql){0};
}

char *query_fts_expr(struct query_node *const *kids, size_t n, const char *join)
{
	struct strbuf e = {0};
	for (size_t i = 0; i < n; i++) {
		if (!sql_is_fts(kids[i]))
			continue;
		if (e.len)
			sb_add(&e, join);
		sql_fts_leaf(&e, kids[i]);
	}
	return e.len ? sb_take(&e) : NULL;
}

bool query_node_is_fts(const struct query_node *n)
{
	return sql_is_fts(n);
}

void query_compile_term_ids(const struct query_node *n, struct query_sql *out)
{
	struct query q = {.root = (struct query_node *)n};
	sql_compile(&q, out, false, true);
}

bool query_compile_values(const struct query_node *n, struct query_sql *out)
{
	struct compiler c = {0};
	*out = (struct query_sql){0};
	if (n->kind != QN_TERM || (n->field != QF_INST && n->field != QF_TOPIC))
		return false;
	if (n->field == QF_INST) {
		sb_add(&c.sql, SQL_INST_VALUES);
		sql_bind_inst(&c, n->text);
	} else {
		char *key = fold_key(n->text);
		sb_add(&c.sql, SQL_TOPIC_VALUES);
		sql_bind(&c, xstrdup(key), 0);
		sql_bind(&c, sql_suffix(key, KEY_TOP), 0);
		free(key);
	}
	sql_part(out, &c, QP_OTHER, false);
	return true;
}
