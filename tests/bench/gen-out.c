/* gen-out.c — the page buffer, escaping for each place text goes (HTML text, attribute, JSON,
 * URL) and the page templates with their {{holes}}. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static void out_grow(struct out *o, size_t n)
{
	if (o->len + n + 1 <= o->cap)
		return;
	while (o->len + n + 1 > o->cap)
		o->cap = o->cap ? 2 * o->cap : 1 << 20;
	o->s = realloc(o->s, o->cap);
	if (!o->s)
		abort();
}

void out_mem(struct out *o, const void *p, size_t n)
{
	out_grow(o, n);
	memcpy(o->s + o->len, p, n);
	o->len += n;
}

void out_str(struct out *o, const char *s)
{
	out_mem(o, s, strlen(s));
}

void out_fmt(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	out_grow(o, 256);
	va_start(ap, fmt);
	n = vsnprintf(o->s + o->len, o->cap - o->len, fmt, ap);
	va_end(ap);
	if ((size_t)n >= o->cap - o->len) {
		out_grow(o, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(o->s + o->len, o->cap - o->len, fmt, ap);
		va_end(ap);
	}
	o->len += (size_t)n;
}

/* Escapes one byte for HTML text or a double-quoted attribute; false if it needs none. */
static const char *html_entity(char c, bool attr)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return attr ? "&quot;" : NULL;
	default: return NULL;
	}
}

static void out_escaped(struct out *o, const char *s, bool attr)
{
	const char *run = s;
	for (; *s; s++) {
		const char *e = html_entity(*s, attr);
		if (!e)
			continue;
		out_mem(o, run, (size_t)(s - run));
		out_str(o, e);
		run = s + 1;
	}
	out_mem(o, run, (size_t)(s - run));
}

void out_html(struct out *o, const char *s)
{
	out_escaped(o, s, false);
}

void out_attr(struct out *o, const char *s)
{
	out_escaped(o, s, true);
}

void out_url(struct out *o, const char *s, bool plus)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~') {
			out_mem(o, p, 1);
		} else if (c == ' ' && plus) {
			out_mem(o, "+", 1);
		} else {
			char e[3] = {'%', hex[c >> 4], hex[c & 15]};
			out_mem(o, e, 3);
		}
	}
}

/* Where the line breaks go when a text is hard-wrapped at WRAP columns: after the last space
 * before the column, as arXiv's abstracts are stored. */
static size_t wrap_next(const char *s, int wrap)
{
	size_t n = strlen(s), cut = 0;
	if (wrap <= 0 || n <= (size_t)wrap)
		return n;
	for (size_t i = 0; i <= (size_t)wrap; i++)
		if (s[i] == ' ')
			cut = i;
	return cut ? cut : n;
}

void out_json(struct out *o, const char *s, bool in_attr, int wrap)
{
	const char *quote = in_attr ? "&quot;" : "\"";
	out_str(o, quote);
	while (*s) {
		size_t line = wrap_next(s, wrap);
		for (size_t i = 0; i < line; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c == '"')
				out_str(o, in_attr ? "\\&quot;" : "\\\"");
			else if (c == '\\')
				out_str(o, "\\\\");
			else if (c < 0x20)
				out_fmt(o, "\\u%04x", c);
			else if (in_attr && html_entity((char)c, true))
				out_str(o, html_entity((char)c, true));
			else
				out_mem(o, &s[i], 1);
		}
		s += line;
		if (*s == ' ') {
			out_str(o, "\\n");
			s++;
		}
	}
	out_str(o, quote);
}

void out_wrapped(struct out *o, const char *s, int wrap, bool attr)
{
	char *line = NULL;
	size_t cap = 0;
	while (*s) {
		size_t n = wrap_next(s, wrap);
		if (n + 1 > cap) {
			cap = n + 1;
			line = realloc(line, cap);
			if (!line)
				abort();
		}
		memcpy(line, s, n);
		line[n] = 0;
		out_escaped(o, line, attr);
		s += n;
		if (*s == ' ') {
			out_str(o, "\n");
			s++;
		}
	}
	free(line);
}

void out_free(struct out *o)
{
	free(o->s);
	o->s = NULL;
	o->len = o->cap = 0;
}

bool tpl_load(struct tpl *t, const char *dir, const char *name, const char *const *names)
{
	char path[4096];
	FILE *f;
	long size;
	size_t cap = 16;
	char *p;

	memset(t, 0, sizeof *t);
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fprintf(stderr, "pbgen: %s: cannot read\n", path);
		if (f)
			fclose(f);
		return false;
	}
	t->buf = malloc((size_t)size + 1);
	t->text = malloc(cap * sizeof *t->text);
	t->len = malloc(cap * sizeof *t->len);
	t->hole = malloc(cap * sizeof *t->hole);
	if (!t->buf || !t->text || !t->len || !t->hole || fread(t->buf, 1, (size_t)size, f) != (size_t)size)
		abort();
	fclose(f);
	t->buf[size] = 0;
	for (p = t->buf;;) {
		char *open = strstr(p, "{{"), *close = open ? strstr(open, "}}") : NULL;
		int hole = -1;
		if (t->n == cap) {
			cap *= 2;
			t->text = realloc(t->text, cap * sizeof *t->text);
			t->len = realloc(t->len, cap * sizeof *t->len);
			t->hole = realloc(t->hole, cap * sizeof *t->hole);
			if (!t->text || !t->len || !t->hole)
				abort();
		}
		t->text[t->n] = p;
		t->len[t->n] = open && close ? (size_t)(open - p) : strlen(p);
		if (open && close) {
			*close = 0;
			for (int i = 0; names[i]; i++)
				if (strcmp(names[i], open + 2) == 0)
					hole = i;
			if (hole < 0) {
				fprintf(stderr, "pbgen: %s: unknown hole {{%s}}\n", path, open + 2);
				return false;
			}
			p = close + 2;
		}
		t->hole[t->n++] = hole;
		if (hole < 0)
			return true;
	}
}

void tpl_emit(const struct tpl *t, struct out *o, void (*fill)(int, void *, struct out *), void *ctx)
{
	for (size_t i = 0; i < t->n; i++) {
		out_mem(o, t->text[i], t->len[i]);
		if (t->hole[i] >= 0)
			fill(t->hole[i], ctx, o);
	}
}

void tpl_free(struct tpl *t)
{
	free(t->buf);
	free(t->text);
	free(t->len);
	free(t->hole);
	memset(t, 0, sizeof *t);
}
