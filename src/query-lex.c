/* query-lex.c — splits query text into tokens, each remembering where it started. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query-internal.h"

static bool lex_space(unsigned char c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0d) || c < 0x20;
}

/* A bare word or value runs until one of these (or the end). */
static bool lex_stop(unsigned char c)
{
	return c == 0 || lex_space(c) || c == '(' || c == ')' || c == '"';
}

static bool lex_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int query_column(const char *text, size_t pos)
{
	int col = 1;
	for (size_t i = 0; i < pos && text[i]; i++)
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			col++;
	return col;
}

void query_error_clean(char *msg)
{
	unsigned char *w = (unsigned char *)msg;
	for (const unsigned char *r = (const unsigned char *)msg; *r;) {
		if (*r < 0x20 || *r == 0x7F) {
			*w++ = '?';
			r++;
		} else if (r[0] == 0xC2 && r[1] >= 0x80 && r[1] < 0xA0) { /* C1 controls */
			*w++ = '?';
			r += 2;
		} else {
			*w++ = *r++;
		}
	}
	*w = 0;
	/* a multi-byte character the length limit cut in two */
	size_t n = strlen(msg), start = n;
	while (start > 0 && ((unsigned char)msg[start - 1] & 0xC0) == 0x80)
		start--;
	if (start > 0 && ((unsigned char)msg[start - 1] & 0xC0) == 0xC0) {
		unsigned char lead = (unsigned char)msg[start - 1];
		size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		if (n - (start - 1) < need)
			msg[start - 1] = 0;
	}
}

static void lex_error(struct query_error *err, const char *text, size_t pos, const char *msg)
{
	err->column = query_column(text, pos);
	snprintf(err->msg, sizeof err->msg, "%s", msg);
	query_error_clean(err->msg);
}

static struct qtok *lex_push(struct qtok_list *l, size_t *cap)
{
	if (l->n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		l->v = xrealloc(l->v, *cap * sizeof *l->v);
	}
	memset(&l->v[l->n], 0, sizeof l->v[l->n]);
	return &l->v[l->n++];
}

/* Reads a quoted string starting at the '"' at *pos; leaves *pos past the closing quote. */
static bool lex_quoted(const char *text, size_t *pos, char **out, struct query_error *err)
{
	size_t open = *pos;
	const char *close = strchr(text + open + 1, '"');
	if (!close) {
		char msg[96];
		snprintf(msg, sizeof msg, "expected '\"' to close the quote at column %d",
			 query_column(text, open));
		lex_error(err, text, strlen(text), msg);
		return false;
	}
	*out = xstrndup(text + open + 1, (size_t)(close - text) - open - 1);
	*pos = (size_t)(close - text) + 1;
	return true;
}

/* Reads the operator after a field name; returns its length (0: none). */
static size_t lex_op(const char *s, enum qop *op)
{
	static const struct {
		const char *text; /* as typed */
		enum qop op;      /* what it means */
	} ops[] = {{">=", QOP_GE}, {"<=", QOP_LE}, {":", QOP_COLON},
		   {"=", QOP_EQ},  {">", QOP_GT},  {"<", QOP_LT}};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		size_t n = strlen(ops[i].text);
		if (!strncmp(s, ops[i].text, n)) {
			*op = ops[i].op;
			return n;
		}
	}
	return 0;
}

/* name OP value, when the text at POS has that shape; false: it is a plain word. */
static bool lex_field(const char *text, size_t *pos, struct qtok *t, bool *ok,
		      struct query_error *err)
{
	size_t i = *pos, n = 0;
	while (lex_alpha((unsigned char)text[i + n]))
		n++;
	size_t oplen = n ? lex_op(text + i + n, &t->op) : 0;
	if (!oplen)
		return false;
	t->kind = QT_FIELD;
	for (size_t k = 0; k < n && k + 1 < sizeof t->name; k++)
		t->name[k] = (char)(text[i + k] | 0x20);
	if (n + 1 > sizeof t->name) /* longer than any field: keep it recognisably wrong */
		memcpy(t->name + sizeof t->name - 4, "...", 4);
	t->op_pos = i + n;
	t->value_pos = i + n + oplen;
	size_t v = t->value_pos;
	if (text[v] == '"') {
		t->quoted = true;
		if (!lex_quoted(text, &v, &t->text, err)) {
			*ok = false;
			return true;
		}
	} else {
		size_t start = v;
		while (!lex_stop((unsigned char)text[v]))
			v++;
		t->text = xstrndup(text + start, v - start);
	}
	*pos = v;
	return true;
}

static bool lex_word(const char *text, size_t *pos, struct qtok *t, struct query_error *err)
{
	size_t i = *pos;
	t->kind = QT_WORD;
	if (text[i] == '"') {
		t->quoted = true;
		if (!lex_quoted(text, &i, &t->text, err))
			return false;
		if (text[i] == '*') {
			t->prefix = true;
			while (text[i] == '*')
				i++;
		}
	} else {
		size_t start = i, end;
		while (!lex_stop((unsigned char)text[i]))
			i++;
		end = i;
		while (end > start && text[end - 1] == '*') {
			t->prefix = true;
			end--;
		}
		t->text = xstrndup(text + start, end - start);
	}
	*pos = i;
	return true;
}

bool query_lex(const char *text, struct qtok_list *out, struct query_error *err)
{
	size_t cap = 0, pos = 0, len = text ? strlen(text) : 0;
	out->v = NULL;
	out->n = 0;
	if (len > QUERY_MAX_LENGTH) {
		char msg[64];
		snprintf(msg, sizeof msg, "query too long (at most %d bytes)", QUERY_MAX_LENGTH);
		lex_error(err, text, QUERY_MAX_LENGTH, msg);
		return false;
	}
	for (;;) {
		while (pos < len && lex_space((unsigned char)text[pos]))
			pos++;
		struct qtok *t = lex_push(out, &cap);
		t->pos = pos;
		if (pos >= len) {
			t->kind = QT_END;
			t->end = pos;
			return true;
		}
		bool ok = true;
		switch (text[pos]) {
		case '(': t->kind = QT_LPAREN; pos++; break;
		case ')': t->kind = QT_RPAREN; pos++; break;
		case '-': t->kind = QT_MINUS; pos++; break;
		default:
			if (!lex_field(text, &pos, t, &ok, err))
				ok = lex_word(text, &pos, t, err);
		}
		t->end = pos;
		if (!ok) {
			qtok_list_free(out);
			return false;
		}
	}
}

void qtok_list_free(struct qtok_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
