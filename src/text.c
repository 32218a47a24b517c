/* text.c — text clean-up shared by every adapter (DOM text, whitespace, invisible characters). */
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "format.h"
#include "html.h"
#include "util.h"

/* Decodes one UTF-8 sequence; returns its length, or 0 when the bytes are not valid UTF-8. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		return *cp >= 0x80 ? 2 : 0;
	}
	if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return *cp >= 0x800 && (*cp < 0xD800 || *cp > 0xDFFF) ? 3 : 0;
	}
	if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
	    (s[3] & 0xC0) == 0x80) {
		*cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
		      ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return *cp >= 0x10000 && *cp <= 0x10FFFF ? 4 : 0;
	}
	return 0;
}

static bool is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
	       c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
	       c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Characters that must never reach the screen or the library: controls, zero-width
 * characters, bidi overrides and isolates, the BOM, soft hyphens. */
static bool is_invisible_cp(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
	       (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF ||
	       c == 0x061C;
}

char *text_clean(const char *s)
{
	struct strbuf b = {0};
	bool pending_space = false;
	const unsigned char *p = (const unsigned char *)s;

	if (!s)
		return NULL;
	while (*p) {
		uint32_t cp;
		size_t n;
		/* runs of printable ASCII, most of any text, go over as they are */
		if (*p > 0x20 && *p < 0x7F) {
			const unsigned char *q = p + 1;
			while (*q > 0x20 && *q < 0x7F)
				q++;
			if (pending_space)
				sb_addc(&b, ' ');
			pending_space = false;
			sb_addn(&b, (const char *)p, (size_t)(q - p));
			p = q;
			continue;
		}
		if (*p == ' ') {
			pending_space = b.len > 0;
			p++;
			continue;
		}
		n = utf8_decode(p, &cp);
		if (n == 0) { /* invalid byte: keep the place visible */
			cp = 0xFFFD;
			n = 1;
		}
		if (cp == 0x1B || (cp >= 0x90 && cp <= 0x9F)) {
			/* an escape sequence goes whole, not just its ESC ("[31m" would stay) */
			const char *q = (const char *)p + n;
			if (format_skip_control(&q, cp)) {
				p = (const unsigned char *)q;
				continue;
			}
		}
		if (is_space_cp(cp)) {
			pending_space = b.len > 0;
		} else if (!is_invisible_cp(cp)) {
			if (pending_space)
				sb_addc(&b, ' ');
			pending_space = false;
			if (cp == 0xFFFD && n == 1)
				sb_add(&b, "\xEF\xBF\xBD");
			else
				sb_addn(&b, (const char *)p, n);
		}
		p += n;
	}
	if (b.len == 0) {
		sb_free(&b);
		return NULL;
	}
	return sb_take(&b);
}

/* Does the class list V hold the word CLS (words split at space, tab, newline)? */
static bool class_list_has(const char *v, const char *cls)
{
	size_t len = strlen(cls);
	for (const char *p = v; *p;) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		const char *e = p;
		while (*e && *e != ' ' && *e != '\t' && *e != '\n')
			e++;
		if ((size_t)(e - p) == len && strncmp(p, cls, len) == 0)
			return true;
		p = e;
	}
	return false;
}

/* Is N one of MathJax's rendered elements? The class is read once for the five names. */
static bool is_mathjax(xmlNodePtr n)
{
	static const char *const classes[] = {"MathJax", "MathJax_Preview", "MathJax_Display",
					      "MathJax_SVG", "MathJax_CHTML"};
	xmlAttrPtr a = html_prop(n, "class");
	xmlChar *owned = NULL;
	const char *v;
	bool found = false;

	if (!a)
		return false;
	/* the value straight from the tree when it is one text node, as the parser makes it */
	if (a->type == XML_ATTRIBUTE_NODE && a->children && !a->children->next &&
	    a->children->type == XML_TEXT_NODE)
		v = (const char *)a->children->content;
	else
		v = (const char *)(owned = xmlGetProp(n, (const xmlChar *)"class"));
	/* every name starts so */
	if (v && !strstr(v, "MathJax"))
		v = NULL;
	for (size_t i = 0; v && !found && i < sizeof classes / sizeof classes[0]; i++)
		found = class_list_has(v, classes[i]);
	xmlFree(owned);
	return found;
}

static bool is_block(const char *name)
{
	static const char *const blocks[] = {
		"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
		"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
		"footer", "hr", "pre", NULL,
	};
	for (int i = 0; blocks[i]; i++)
		if (html_name_is(name, blocks[i]))
			return true;
	return false;
}

static void collect_text(xmlNodePtr n, struct strbuf *b)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			sb_add(b, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)n->name;
		if (html_name_is(name, "script")) {
			xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
			/* MathJax keeps the TeX source here; the rendered glyph spans are dropped. The
			 * page's own spacing surrounds the script already ("$z$: The"). */
			if (type && strncasecmp((const char *)type, "math/tex", 8) == 0) {
				xmlChar *tex = xmlNodeGetContent(n);
				sb_addc(b, '$');
				sb_add(b, (const char *)tex);
				sb_addc(b, '$');
				xmlFree(tex);
			}
			xmlFree(type);
			continue;
		}
		if (html_name_is(name, "style") || html_name_is(name, "noscript") || html_name_is(name, "template"))
			continue;
		if (is_mathjax(n))
			continue;
		bool block = is_block(name);
		if (block)
			sb_addc(b, ' ');
		collect_text(n->children, b);
		if (block)
			sb_addc(b, ' ');
	}
}

char *text_node(xmlNodePtr node)
{
	struct strbuf b = {0};
	char *out;
	if (!node)
		return NULL;
	if (node->type == XML_TEXT_NODE)
		sb_add(&b, (const char *)node->content);
	else
		collect_text(node->children, &b);
	out = text_clean(b.s ? b.s : "");
	sb_free(&b);
	return out;
}
