/* ui-text.c — sanitising page text for the terminal and measuring it in columns. */
#include "ui-text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

size_t uitext_decode(const char *str, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (!s[0]) {
		*cp = 0;
		return 0;
	}
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		if (*cp >= 0x80)
			return 2;
	} else if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		if (*cp >= 0x800 && (*cp < 0xD800 || *cp > 0xDFFF))
			return 3;
	} else if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
		   (s[3] & 0xC0) == 0x80) {
		*cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
		      ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		if (*cp >= 0x10000 && *cp <= 0x10FFFF)
			return 4;
	}
	*cp = 0xFFFD;
	return 1;
}

void uitext_add_cp(struct strbuf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	sb_addn(b, u, n);
}

/* Bidi embeddings, overrides, isolates and marks: they reorder what follows on screen. */
static bool is_bidi_control(uint32_t c)
{
	return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
	       c == 0x200F || c == 0x061C;
}

/* Skips a control string (OSC, DCS, SOS, PM, APC) up to and including its terminator:
 * BEL, ESC \ or ST. Returns the position after it. */
static const char *skip_string(const char *p)
{
	uint32_t cp;
	size_t n;
	while ((n = uitext_decode(p, &cp)) > 0) {
		p += n;
		if (cp == 0x07 || cp == 0x9C)
			return p;
		if (cp == 0x1B) {
			if (*p == '\\')
				p++;
			return p;
		}
	}
	return p;
}

/* Skips the parameters and final byte of a CSI. A control character in the middle ends the
 * sequence without being consumed, as terminals do. */
static const char *skip_csi(const char *p)
{
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c <= 0x3F) {
			p++;
			continue;
		}
		if (c >= 0x40 && c <= 0x7E)
			p++;
		return p;
	}
	return p;
}

/* Skips what follows an ESC: the whole sequence it introduces. */
static const char *skip_escape(const char *p)
{
	unsigned char c = (unsigned char)*p;
	if (c == '[')
		return skip_csi(p + 1);
	if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
		return skip_string(p + 1);
	while (c >= 0x20 && c <= 0x2F) /* intermediates, as in ESC ( B */
		c = (unsigned char)*++p;
	if (c >= 0x30 && c <= 0x7E)
		p++;
	return p;
}

char *uitext_sanitize(const char *s, bool keep_newlines)
{
	struct strbuf b = {0};
	const char *p = s ? s : "";
	uint32_t cp;
	size_t n;

	sb_addn(&b, "", 0);
	while ((n = uitext_decode(p, &cp)) > 0) {
		p += n;
		if (cp == 0x1B) {
			p = skip_escape(p);
		} else if (cp == 0x9B) { /* the one-character CSI: its parameters go too */
			p = skip_csi(p);
		} else if (cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E || cp == 0x9F) {
			p = skip_string(p); /* C1 DCS, SOS, OSC, PM, APC */
		} else if (cp == '\n' && keep_newlines) {
			sb_addc(&b, '\n');
		} else if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') {
			sb_addc(&b, ' ');
		} else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || is_bidi_control(cp)) {
			continue;
		} else if (wcwidth((wchar_t)cp) < 0) {
			continue;
		} else {
			uitext_add_cp(&b, cp);
		}
	}
	return sb_take(&b);
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
