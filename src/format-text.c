/* format-text.c — page text made safe for a terminal, measured in columns, fitted and wrapped. */
#include "format.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* Bidi embeddings, overrides, isolates and marks: they can make a line display in an order
 * other than the one it is stored in (the "Trojan Source" problem). */
static bool is_bidi_control(uint32_t cp)
{
	return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

static bool is_line_break(uint32_t cp)
{
	return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 ||
	       cp == 0x2028 || cp == 0x2029;
}

/* After ESC [: parameters and intermediates, then a final byte. */
static void skip_csi(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	while (*p >= 0x20 && *p <= 0x3F)
		p++;
	while (*p >= 0x20 && *p <= 0x2F)
		p++;
	if (*p >= 0x40 && *p <= 0x7E)
		p++;
	*s = (const char *)p;
}

/* After the introducer of OSC, DCS, SOS, PM or APC: everything up to BEL or the string
 * terminator (ESC \ or U+009C). A string without its terminator runs to the end, as it would
 * on a terminal. */
static void skip_control_string(const char **s)
{
	const char *p = *s;
	uint32_t cp;

	while (format_utf8_next(&p, &cp)) {
		if (cp == 0x07 || cp == 0x9C)
			break;
		if (cp == 0x1B) {
			if (*p == '\\')
				p++;
			break;
		}
	}
	*s = p;
}

static void skip_escape(const char **s)
{
	char c = **s;

	if (c == '[') {
		(*s)++;
		skip_csi(s);
	} else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
		(*s)++;
		skip_control_string(s);
	} else if (c == '(' || c == ')' || c == '*' || c == '+' || c == '#' || c == '%') {
		(*s)++; /* character set designation: one more character */
		if (**s >= 0x20 && **s <= 0x7E)
			(*s)++;
	} else if (c >= 0x20 && c <= 0x7E) {
		(*s)++; /* a two-character escape such as ESC c (reset) */
	}
}

bool format_skip_control(const char **s, uint32_t cp)
{
	if (cp == 0x1B)
		skip_escape(s);
	else if (cp == 0x9B)
		skip_csi(s);
	else if (cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E || cp == 0x9F)
		skip_control_string(s);
	else
		return false;
	return true;
}

char *format_terminal_text(const char *s, unsigned flags)
{
	struct strbuf b = {0};
	uint32_t cp;

	if (!s)
		return NULL;
	while (format_utf8_next(&s, &cp)) {
		if (format_skip_control(&s, cp))
			continue;
		else if (cp == '\n' && (flags & TERM_KEEP_NEWLINES))
			sb_addc(&b, '\n');
		else if (is_line_break(cp))
			sb_addc(&b, ' ');
		else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
			 is_bidi_control(cp))
			continue;
		else if ((flags & TERM_DROP_UNKNOWN) && wcwidth((wchar_t)cp) < 0)
			continue;
		else
			format_utf8_add(&b, cp);
	}
	return sb_take(&b);
}

char *format_safe_text(const char *s)
{
	return format_terminal_text(s, 0);
}

static int char_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	/* Not known to the locale (a non-UTF-8 locale, a newer character): one column is the
	 * likeliest and keeps the layout from collapsing. */
	if (w < 0)
		return cp < 0x20 ? 0 : 1;
	return w;
}

int format_width(const char *s)
{
	uint32_t cp;
	int w = 0;

	if (!s)
		return 0;
	while (format_utf8_next(&s, &cp))
		w += char_width(cp);
	return w;
}

char *format_fit(const char *s, int cols)
{
	struct strbuf b = {0};
	uint32_t cp;
	int w = 0;

	if (!s || cols <= 0)
		return xstrdup("");
	if (format_width(s) <= cols)
		return xstrdup(s);
	while (format_utf8_next(&s, &cp)) {
		int cw = char_width(cp);
		if (w + cw > cols - 1)
			break;
		format_utf8_add(&b, cp);
		w += cw;
	}
	while (b.len && b.s[b.len - 1] == ' ') /* "and …" reads worse than "and…" */
		b.s[--b.len] = '\0';
	sb_add(&b, "…");
	return sb_take(&b);
}

void format_pad(struct strbuf *b, const char *s, int cols, bool right)
{
	int pad = cols - format_width(s);

	if (!right)
		sb_add(b, s);
	for (int i = 0; i < pad; i++)
		sb_addc(b, ' ');
	if (right)
		sb_add(b, s);
}

static void add_indent(struct strbuf *b, int indent)
{
	for (int i = 0; i < indent; i++)
		sb_addc(b, ' ');
}

/* One line of TEXT (no '\n') wrapped at word boundaries; a word wider than the line stands
 * alone on its line rather than being broken. */
static void wrap_line(struct strbuf *b, const char *text, size_t len, int width, int indent)
{
	int budget = width - indent < 20 ? 20 : width - indent;
	int used = 0;
	size_t i = 0;

	add_indent(b, indent);
	while (i < len) {
		while (i < len && text[i] == ' ')
			i++;
		size_t start = i;
		while (i < len && text[i] != ' ')
			i++;
		if (i == start)
			break;
		char *word = xstrndup(text + start, i - start);
		int w = format_width(word);
		if (used > 0 && used + 1 + w > budget) {
			sb_addc(b, '\n');
			add_indent(b, indent);
			used = 0;
		}
		if (used > 0) {
			sb_addc(b, ' ');
			used++;
		}
		sb_add(b, word);
		used += w;
		free(word);
	}
	sb_addc(b, '\n');
}

void format_wrap(struct strbuf *b, const char *text, int width, int indent)
{
	const char *p = text ? text : "";

	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		wrap_line(b, p, len, width, indent);
		if (!nl)
			break;
		p = nl + 1;
	}
}
