/* query-format.c — a query back to text, error lines, and sort orders by name. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "query-internal.h"

/* Binding strength, for deciding where parentheses are needed. */
enum { PREC_OR = 1, PREC_AND = 2, PREC_NOT = 3, PREC_TERM = 4 };

static int format_prec(const struct query_node *n)
{
	switch (n->kind) {
	case QN_OR: return PREC_OR;
	case QN_AND: return PREC_AND;
	case QN_NOT: return PREC_NOT;
	default: return PREC_TERM;
	}
}

/* A field value needs quotes when it holds a character that ends a bare value: a blank, a
 * parenthesis, or any control character (the lexer reads those as blanks too). */
static void format_value(struct strbuf *b, const char *v)
{
	bool quote = !*v;
	for (const unsigned char *c = (const unsigned char *)v; *c && !quote; c++)
		quote = *c <= ' ' || *c == '(' || *c == ')';
	if (quote)
		sb_addc(b, '"');
	sb_add(b, v);
	if (quote)
		sb_addc(b, '"');
}

static void format_range(struct strbuf *b, const char *name, const struct qrange *r)
{
	sb_add(b, name);
	if (r->has_lo && r->has_hi && !strcmp(r->lo, r->hi))
		sb_addf(b, ":%s", r->lo);
	else if (r->has_lo && r->has_hi)
		sb_addf(b, ":%s..%s", r->lo, r->hi);
	else if (r->has_lo)
		sb_addf(b, "%s%s", r->lo_incl ? ">=" : ">", r->lo);
	else
		sb_addf(b, "%s%s", r->hi_incl ? "<=" : "<", r->hi);
}

static void format_term(struct strbuf *b, const struct query_node *n)
{
	switch (n->field) {
	case QF_WORDS:
		if (n->quoted)
			sb_addf(b, "\"%s\"", n->text);
		else
			sb_add(b, n->text);
		if (n->prefix)
			sb_addc(b, '*');
		break;
	case QF_FAV: sb_add(b, "fav"); break;
	case QF_READ: sb_add(b, "read"); break;
	case QF_UNREAD: sb_add(b, "unread"); break;
	case QF_YEAR:
	case QF_DATE:
	case QF_SCORE: format_range(b, query_field_name(n->field), &n->range); break;
	default:
		sb_addf(b, "%s:", query_field_name(n->field));
		format_value(b, n->text);
	}
}

static void format_node(struct strbuf *b, const struct query_node *n, int outer)
{
	bool parens = format_prec(n) < outer;
	if (parens)
		sb_addc(b, '(');
	switch (n->kind) {
	case QN_AND:
	case QN_OR:
		for (size_t i = 0; i < n->nkids; i++) {
			if (i)
				sb_add(b, n->kind == QN_OR ? " or " : " ");
			/* no AND holds an AND; an OR inside an AND needs parentheses */
			format_node(b, n->kids[i], format_prec(n) + 1);
		}
		break;
	case QN_NOT:
		sb_addc(b, '-');
		format_node(b, n->kids[0], PREC_NOT);
		break;
	case QN_TERM: format_term(b, n); break;
	}
	if (parens)
		sb_addc(b, ')');
}

char *query_format(const struct query *q)
{
	struct strbuf b = {0};
	if (q && q->root)
		format_node(&b, q->root, PREC_OR);
	return sb_take(&b);
}

void query_error_format(const struct query_error *err, struct strbuf *out)
{
	sb_addf(out, "paperboat: query: column %d: %s", err->column, err->msg);
}

static const char *const sort_names[] = {
	[SORT_SCORE] = "score",
	[SORT_DATE] = "date",
	[SORT_TITLE] = "title",
	[SORT_ADDED] = "added",
};

const char *sort_key_name(enum sort_key k)
{
	return (unsigned)k < sizeof sort_names / sizeof sort_names[0] ? sort_names[k] : "score";
}

struct sort sort_default(void)
{
	return (struct sort){.key = SORT_SCORE, .ascending = false};
}

bool sort_parse(const char *text, struct sort *out)
{
	if (!text)
		return false;
	const char *colon = strchr(text, ':');
	size_t n = colon ? (size_t)(colon - text) : strlen(text);
	for (size_t k = 0; k < sizeof sort_names / sizeof sort_names[0]; k++) {
		if (strlen(sort_names[k]) != n || strncasecmp(text, sort_names[k], n))
			continue;
		struct sort s = {.key = (enum sort_key)k, .ascending = k == SORT_TITLE};
		if (colon && !strcasecmp(colon + 1, "asc"))
			s.ascending = true;
		else if (colon && !strcasecmp(colon + 1, "desc"))
			s.ascending = false;
		else if (colon)
			return false;
		*out = s;
		return true;
	}
	return false;
}
