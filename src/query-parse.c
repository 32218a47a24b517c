/* query-parse.c — tokens to a tree: not binds tighter than and, and tighter than or.
 *
 *   or_expr  := and_expr ( "or" and_expr )*
 *   and_expr := unary ( ["and"] unary )*
 *   unary    := ( "-" | "not" ) unary | "(" or_expr ")" | term
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "query-internal.h"

struct parser {
	const char *text;         /* the query text, for columns */
	struct qtok_list toks;    /* its tokens */
	size_t i;                 /* the current token */
	int depth;                /* open groups and negations */
	int terms;                /* terms so far */
	struct query_error *err;  /* where the first error goes */
};

static struct query_node *parse_or(struct parser *p, const char *after);

static const struct qtok *parse_cur(const struct parser *p)
{
	return &p->toks.v[p->i];
}

static struct query_node *parse_fail(struct parser *p, size_t pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static struct query_node *parse_fail(struct parser *p, size_t pos, const char *fmt, ...)
{
	va_list ap;
	p->err->column = query_column(p->text, pos);
	va_start(ap, fmt);
	vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
	va_end(ap);
	query_error_clean(p->err->msg);
	return NULL;
}

/* A keyword is a bare word: a quoted "or" is an ordinary word. */
static bool parse_keyword(const struct qtok *t, const char *kw)
{
	return t->kind == QT_WORD && !t->quoted && !t->prefix && !strcasecmp(t->text, kw);
}

static bool parse_starts_term(const struct qtok *t)
{
	if (t->kind == QT_WORD)
		return !parse_keyword(t, "or") && !parse_keyword(t, "and");
	return t->kind == QT_LPAREN || t->kind == QT_MINUS || t->kind == QT_FIELD;
}

/* Says why the current token cannot start a term; AFTER names what came before (NULL: the
 * start of the query). */
static struct query_node *parse_no_term(struct parser *p, const char *after)
{
	const struct qtok *t = parse_cur(p);
	if (t->kind == QT_WORD && (!after || !strcmp(after, "(")))
		return parse_fail(p, t->pos, "expected a term before '%s'",
				  parse_keyword(t, "or") ? "or" : "and");
	if (t->kind == QT_RPAREN && !after)
		return parse_fail(p, t->pos, "unmatched ')'");
	return parse_fail(p, t->pos, "expected a term after '%s'", after ? after : "");
}

/* Adds KID to the AND or OR node N, splicing in a kid of the same kind: (a b) c == a b c. */
static void parse_add_kid(struct query_node *n, struct query_node *kid)
{
	size_t add = kid->kind == n->kind ? kid->nkids : 1;
	n->kids = xrealloc(n->kids, (n->nkids + add) * sizeof *n->kids);
	if (kid->kind == n->kind) {
		memcpy(n->kids + n->nkids, kid->kids, add * sizeof *n->kids);
		free(kid->kids);
		free(kid);
	} else {
		n->kids[n->nkids] = kid;
	}
	n->nkids += add;
}

static struct query_node *parse_join(enum qnode_kind kind, struct query_node *left,
				     struct query_node *right)
{
	struct query_node *n = left;
	if (left->kind != kind) {
		n = xcalloc(1, sizeof *n);
		n->kind = kind;
		n->column = left->column;
		parse_add_kid(n, left);
	}
	parse_add_kid(n, right);
	return n;
}

static bool parse_deeper(struct parser *p, const struct qtok *t)
{
	if (++p->depth <= QUERY_MAX_DEPTH)
		return true;
	parse_fail(p, t->pos, "too deeply nested (at most %d levels)", QUERY_MAX_DEPTH);
	return false;
}

static struct query_node *parse_group(struct parser *p)
{
	const struct qtok *open = parse_cur(p);
	if (!parse_deeper(p, open))
		return NULL;
	p->i++;
	struct query_node *n = parse_or(p, "(");
	if (!n)
		return NULL;
	if (parse_cur(p)->kind != QT_RPAREN) {
		query_node_free(n);
		return parse_fail(p, parse_cur(p)->pos,
				  "expected ')' to close the '(' at column %d",
				  query_column(p->text, open->pos));
	}
	p->i++;
	p->depth--;
	return n;
}

static struct query_node *parse_unary(struct parser *p, const char *after)
{
	const struct qtok *t = parse_cur(p);
	if (!parse_starts_term(t))
		return parse_no_term(p, after);
	if (t->kind == QT_MINUS || parse_keyword(t, "not")) {
		if (!parse_deeper(p, t))
			return NULL;
		p->i++;
		struct query_node *kid = parse_unary(p, t->kind == QT_MINUS ? "-" : "not");
		if (!kid)
			return NULL;
		p->depth--;
		struct query_node *n = xcalloc(1, sizeof *n);
		n->kind = QN_NOT;
		n->column = query_column(p->text, t->pos);
		n->kids = xmalloc(sizeof *n->kids);
		n->kids[0] = kid;
		n->nkids = 1;
		return n;
	}
	if (t->kind == QT_LPAREN)
		return parse_group(p);
	if (++p->terms > QUERY_MAX_TERMS)
		return parse_fail(p, t->pos, "too many terms (at most %d)", QUERY_MAX_TERMS);
	p->i++;
	return query_term(p->text, t, p->err);
}

static struct query_node *parse_and(struct parser *p, const char *after)
{
	struct query_node *n = parse_unary(p, after);
	while (n) {
		const struct qtok *t = parse_cur(p);
		struct query_node *right;
		if (parse_keyword(t, "and")) {
			p->i++;
			right = parse_unary(p, "and");
		} else if (parse_starts_term(t)) {
			right = parse_unary(p, NULL);
		} else {
			break;
		}
		if (!right) {
			query_node_free(n);
			return NULL;
		}
		n = parse_join(QN_AND, n, right);
	}
	return n;
}

static struct query_node *parse_or(struct parser *p, const char *after)
{
	struct query_node *n = parse_and(p, after);
	while (n && parse_keyword(parse_cur(p), "or")) {
		p->i++;
		struct query_node *right = parse_and(p, "or");
		if (!right) {
			query_node_free(n);
			return NULL;
		}
		n = parse_join(QN_OR, n, right);
	}
	return n;
}

struct query *query_parse(const char *text, struct query_error *err)
{
	struct query_error scratch;
	struct parser p = {.text = text ? text : "", .err = err ? err : &scratch};
	struct query *q = NULL;
	memset(p.err, 0, sizeof *p.err);
	if (!query_lex(p.text, &p.toks, p.err))
		return NULL;
	q = xcalloc(1, sizeof *q);
	if (parse_cur(&p)->kind == QT_END)
		goto done;
	q->root = parse_or(&p, NULL);
	if (!q->root)
		goto fail;
	if (parse_cur(&p)->kind != QT_END) { /* parse_or stops only at the end or at a ')' */
		parse_fail(&p, parse_cur(&p)->pos, "unmatched ')'");
		goto fail;
	}
done:
	qtok_list_free(&p.toks);
	return q;
fail:
	qtok_list_free(&p.toks);
	query_free(q);
	return NULL;
}

void query_node_free(struct query_node *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->nkids; i++)
		query_node_free(n->kids[i]);
	free(n->kids);
	free(n->text);
	free(n);
}

void query_free(struct query *q)
{
	if (!q)
		return;
	query_node_free(q->root);
	free(q);
}
