/* query-term.c — one term of a query: a word, a flag or a field with its value checked. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "query-internal.h"

static const struct {
	const char *name;  /* as typed before the operator */
	enum qfield field; /* what it tests */
	const char *what;  /* what its value is, for messages */
} fields[] = {
	{"inst", QF_INST, "a name"},
	{"topic", QF_TOPIC, "a topic"},
	{"cat", QF_CAT, "a category"},
	{"author", QF_AUTHOR, "a name"},
	{"tag", QF_TAG, "a tag"},
	{"year", QF_YEAR, "a year (YYYY)"},
	{"date", QF_DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)"},
	{"score", QF_SCORE, "a number"},
};
#define FIELD_LIST "inst, topic, cat, author, tag, year, date, score"

static const char *const op_text[] = {
	[QOP_COLON] = ":", [QOP_EQ] = "=", [QOP_GE] = ">=",
	[QOP_GT] = ">",    [QOP_LE] = "<=", [QOP_LT] = "<",
};

const char *query_field_name(enum qfield f)
{
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (fields[i].field == f)
			return fields[i].name;
	return "";
}

static struct query_node *term_fail(struct query_error *err, const char *text, size_t pos,
				    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static struct query_node *term_fail(struct query_error *err, const char *text, size_t pos,
				    const char *fmt, ...)
{
	va_list ap;
	err->column = query_column(text, pos);
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	query_error_clean(err->msg);
	return NULL;
}

static struct query_node *term_new(enum qfield f, size_t pos, const char *text)
{
	struct query_node *n = xcalloc(1, sizeof *n);
	n->kind = QN_TERM;
	n->field = f;
	n->column = query_column(text, pos);
	return n;
}

/* Decodes one UTF-8 character at *s (advancing it); bad bytes come back as themselves. */
static unsigned long term_utf8(const unsigned char **s)
{
	const unsigned char *p = *s;
	int extra = p[0] >= 0xF0 ? 3 : p[0] >= 0xE0 ? 2 : p[0] >= 0xC0 ? 1 : 0;
	unsigned long cp = extra ? p[0] & (0x3F >> extra) : p[0];
	for (int i = 1; i <= extra; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*s = p + 1;
			return p[0];
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	*s = p + 1 + extra;
	return cp;
}

/* Whether the full-text tokenizer (unicode61) will find a token in S: it keeps letters and
 * digits and drops punctuation, symbols and spaces. A phrase with no token matches nothing,
 * so such a word is refused rather than silently emptying the result. */
bool query_text_has_token(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned long c = term_utf8(&p);
		if (c < 0x80) {
			if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
				return true;
			continue;
		}
		bool punct = c <= 0xBF || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
			     (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x23FF) ||
			     (c >= 0x2500 && c <= 0x27BF) || (c >= 0x3000 && c <= 0x303F) ||
			     (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0x1F300 && c <= 0x1FAFF);
		if (!punct)
			return true;
	}
	return false;
}

static struct query_node *term_word(const char *text, const struct qtok *t,
				    struct query_error *err)
{
	static const struct {
		const char *word;  /* a bare word that is a flag */
		enum qfield field; /* the flag */
	} flags[] = {{"fav", QF_FAV}, {"read", QF_READ}, {"unread", QF_UNREAD}};
	if (!t->quoted && !t->prefix)
		for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
			if (!strcasecmp(t->text, flags[i].word))
				return term_new(flags[i].field, t->pos, text);
	if (!query_text_has_token(t->text)) {
		if (t->quoted)
			return term_fail(err, text, t->pos,
					 "expected letters or digits inside the quotes");
		if (!t->text[0])
			return term_fail(err, text, t->pos,
					 "expected letters or digits before '*'");
		return term_fail(err, text, t->pos, "expected letters or digits in '%.40s'",
				 t->text);
	}
	struct query_node *n = term_new(QF_WORDS, t->pos, text);
	n->text = xstrdup(t->text);
	n->quoted = t->quoted;
	n->prefix = t->prefix;
	return n;
}

static bool term_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Checks one bound of a range field; S is NUL-terminated. */
static bool term_bound_ok(enum qfield f, const char *s)
{
	size_t n = strlen(s);
	if (f == QF_YEAR)
		return n == 4 && term_digits(s, 4);
	if (f == QF_DATE) {
		if (!(n == 4 || n == 7 || n == 10) || !term_digits(s, 4))
			return false;
		if (n >= 7) {
			int m = (s[5] - '0') * 10 + (s[6] - '0');
			if (s[4] != '-' || !term_digits(s + 5, 2) || m < 1 || m > 12)
				return false;
		}
		if (n == 10) {
			int d = (s[8] - '0') * 10 + (s[9] - '0');
			if (s[7] != '-' || !term_digits(s + 8, 2) || d < 1 || d > 31)
				return false;
		}
		return true;
	}
	/* a score: up to 15 digits, an optional fraction of up to 6 */
	const char *dot = strchr(s, '.');
	size_t whole = dot ? (size_t)(dot - s) : n;
	if (whole < 1 || whole > 15 || !term_digits(s, whole))
		return false;
	size_t frac = dot ? n - whole - 1 : 0;
	return !dot || (frac >= 1 && frac <= 6 && term_digits(dot + 1, frac));
}

/* Whether lo..hi is empty. Dates compare as periods: 2026-06..2026 is June to December. */
static bool term_range_empty(enum qfield f, const struct qrange *r)
{
	if (f == QF_SCORE)
		return r->lo_num > r->hi_num;
	return strcmp(r->lo, r->hi) > 0 && strncmp(r->lo, r->hi, strlen(r->hi)) != 0;
}

/* Copies N bytes of S into a bound buffer and checks it; false when it is no valid bound. */
static bool term_bound_set(enum qfield f, char out[24], const char *s, size_t n)
{
	if (n >= 24)
		return false;
	memcpy(out, s, n);
	out[n] = 0;
	return term_bound_ok(f, out);
}

static struct query_node *term_range(const char *text, const struct qtok *t, int fi,
				     struct query_error *err)
{
	enum qfield f = fields[fi].field;
	const char *v = t->text, *what = fields[fi].what;
	const char *dots = t->op == QOP_COLON ? strstr(v, "..") : NULL;
	size_t vpos = t->value_pos + (t->quoted ? 1 : 0);
	struct qrange r = {.lo_incl = true, .hi_incl = true};
	if (dots) {
		size_t lo_len = (size_t)(dots - v), hi_len = strlen(dots + 2);
		if (!lo_len && !hi_len)
			return term_fail(err, text, vpos, "expected %s before or after '..'", what);
		r.has_lo = lo_len > 0;
		r.has_hi = hi_len > 0;
		if (r.has_lo && !term_bound_set(f, r.lo, v, lo_len))
			goto bad;
		if (r.has_hi && !term_bound_set(f, r.hi, dots + 2, hi_len))
			return term_fail(err, text, vpos + lo_len + 2, "expected %s after '..'",
					 what);
	} else {
		bool exact = t->op == QOP_COLON || t->op == QOP_EQ;
		r.has_lo = exact || t->op == QOP_GE || t->op == QOP_GT;
		r.has_hi = exact || t->op == QOP_LE || t->op == QOP_LT;
		r.lo_incl = t->op != QOP_GT;
		r.hi_incl = t->op != QOP_LT;
		if (!term_bound_set(f, r.has_lo ? r.lo : r.hi, v, strlen(v)))
			goto bad;
		if (r.has_lo && r.has_hi)
			strcpy(r.hi, r.lo);
	}
	r.lo_num = r.has_lo ? strtod(r.lo, NULL) : 0;
	r.hi_num = r.has_hi ? strtod(r.hi, NULL) : 0;
	if (r.has_lo && r.has_hi && term_range_empty(f, &r))
		return term_fail(err, text, vpos, "expected the lower bound first in '%s'", v);
	struct query_node *n = term_new(f, t->pos, text);
	n->range = r;
	return n;
bad:
	return term_fail(err, text, t->value_pos, "expected %s after '%s%s'", what,
			 fields[fi].name, op_text[t->op]);
}

static struct query_node *term_field(const char *text, const struct qtok *t,
				     struct query_error *err)
{
	int fi = -1;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (!strcmp(t->name, fields[i].name))
			fi = (int)i;
	if (fi < 0)
		return term_fail(err, text, t->pos, "unknown field '%s' (fields: " FIELD_LIST ")",
				 t->name);
	enum qfield f = fields[fi].field;
	if (f == QF_YEAR || f == QF_DATE || f == QF_SCORE)
		return term_range(text, t, fi, err);
	if (t->op != QOP_COLON)
		return term_fail(err, text, t->op_pos, "expected ':' after '%s'", fields[fi].name);
	/* trim spaces; inst, topic and author match prefixes anyway, so a '*' adds nothing */
	const char *v = t->text;
	size_t n = strlen(v);
	while (*v == ' ')
		v++, n--;
	while (n && (v[n - 1] == ' ' || (v[n - 1] == '*' && f != QF_CAT && f != QF_TAG)))
		n--;
	if (!n || (f == QF_AUTHOR && !query_text_has_token(v)))
		return term_fail(err, text, t->value_pos, "expected %s after '%s:'",
				 fields[fi].what, fields[fi].name);
	struct query_node *node = term_new(f, t->pos, text);
	node->text = xstrndup(v, n);
	return node;
}

struct query_node *query_term(const char *text, const struct qtok *t, struct query_error *err)
{
	return t->kind == QT_FIELD ? term_field(text, t, err) : term_word(text, t, err);
}
