/* ui-text.c — sanitising page text for the terminal and measuring it in columns. */
#include "ui-text.h"

#include "format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The UTF-8 helpers and the sanitiser are the command line's (src/format-text.c), so the
 * reader and `paperboat list` show page text the same way. */
size_t uitext_decode(const char *s, uint32_t *cp)
{
	const char *p = s;
	if (!format_utf8_next(&p, cp)) {
		*cp = 0;
		return 0;
	}
	return (size_t)(p - s);
}

void uitext_add_cp(struct strbuf *b, uint32_t cp)
{
	format_utf8_add(b, cp);
}

char *uitext_sanitize(const char *s, bool keep_newlines)
{
	return format_terminal_text(s ? s : "",
				    TERM_DROP_UNKNOWN | (keep_newlines ? TERM_KEEP_NEWLINES : 0));
}

int uitext_cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 0 : w;
}

int uitext_width(const char *s)
{
	uint32_t cp;
	size_t n;
	int w = 0;
	if (!s)
		return 0;
	while ((n = uitext_decode(s, &cp)) > 0) {
		w += uitext_cp_width(cp);
		s += n;
	}
	return w;
}

int uitext_fit(const char *s, int width, struct strbuf *out)
{
	const char *p = s ? s : "";
	const char *cut = p; /* end of the prefix that leaves a column for "…" */
	int used = 0, cut_used = 0;
	uint32_t cp;
	size_t n;

	if (width <= 0)
		return 0;
	while ((n = uitext_decode(p, &cp)) > 0) {
		int w = uitext_cp_width(cp);
		if (used + w > width) {
			sb_addn(out, s, (size_t)(cut - s));
			sb_add(out, "…");
			return cut_used + 1;
		}
		used += w;
		p += n;
		if (used <= width - 1) {
			/* combining marks stay with their base: the cut moves past them too */
			cut = p;
			cut_used = used;
		}
	}
	sb_addn(out, s ? s : "", (size_t)(p - (s ? s : "")));
	return used;
}

/* Appends the line [start, end) with trailing blanks removed. */
static void push_line(struct strlist *lines, const char *start, const char *end)
{
	while (end > start && end[-1] == ' ')
		end--;
	strlist_take(lines, xstrndup(start, (size_t)(end - start)));
}

void uitext_wrap(const char *s, int width, struct strlist *lines)
{
	const char *p = s ? s : "";
	if (width < 1)
		width = 1;
	for (;;) {
		const char *line = p, *brk = NULL, *q = p;
		int used = 0;
		uint32_t cp;
		size_t n;

		while (*line == ' ') /* a wrapped line does not start with the blank it broke at */
			line++;
		q = line;
		while ((n = uitext_decode(q, &cp)) > 0 && cp != '\n') {
			int w = uitext_cp_width(cp);
			if (used + w > width && q > line) {
				if (cp == ' ')
					brk = q;
				break;
			}
			if (cp == ' ')
				brk = q;
			used += w;
			q += n;
		}
		if (n == 0 || cp == '\n') {
			push_line(lines, line, q);
			if (n == 0)
				return;
			p = q + 1;
			continue;
		}
		if (brk && brk > line) {
			push_line(lines, line, brk);
			p = brk + 1;
		} else { /* one word wider than the line: break it at the edge */
			push_line(lines, line, q);
			p = q;
		}
	}
}

char *uitext_thousands(long long n, char *buf, size_t size)
{
	char digits[32];
	int len = snprintf(digits, sizeof digits, "%lld", n < 0 ? -n : n);
	size_t o = 0;
	if (n < 0 && o + 1 < size)
		buf[o++] = '-';
	for (int i = 0; i < len && o + 1 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0 && o + 1 < size)
			buf[o++] = ',';
		if (o + 1 < size)
			buf[o++] = digits[i];
	}
	buf[o] = '\0';
	return buf;
}
