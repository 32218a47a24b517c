/* text-dump.c — what text dumps and snippets need beyond text_clean(): HTML entities left in
 * the text, and recognising a snippet the site cut short ("…"). */
#include "text.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static void add_utf8(struct strbuf *b, uint32_t cp)
{
	char u[4];
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		sb_addc(b, (char)cp);
		return;
	}
	if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		sb_addn(b, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		sb_addn(b, u, 3);
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		sb_addn(b, u, 4);
	}
}

/* Decodes the entity at P ("&amp;", "&#233;", "&#x2013;"); returns its length, 0 if none. */
static size_t entity_at(const char *p, struct strbuf *out)
{
	const char *semi;
	size_t len;
	if (p[1] == '#') {
		bool hex = p[2] == 'x' || p[2] == 'X';
		const char *d = p + (hex ? 3 : 2);
		char *end;
		unsigned long v;
		if (!(hex ? isxdigit((unsigned char)*d) : isdigit((unsigned char)*d)))
			return 0;
		v = strtoul(d, &end, hex ? 16 : 10);
		if (*end != ';' || end - d > 8)
			return 0;
		add_utf8(out, v > 0x10FFFF ? 0xFFFD : (uint32_t)v);
		return (size_t)(end - p) + 1;
	}
	semi = strchr(p + 1, ';');
	if (!semi || semi - p > 32 || semi == p + 1)
		return 0;
	len = (size_t)(semi - p - 1);
	for (size_t k = 1; k <= len; k++)
		if (!isalnum((unsigned char)p[k]))
			return 0;
	char name[33];
	memcpy(name, p + 1, len);
	name[len] = '\0';
	const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
	if (!e)
		return 0;
	add_utf8(out, e->value);
	return len + 2;
}

char *text_decode_entities(const char *s)
{
	struct strbuf b = {0};
	if (!s)
		return NULL;
	for (const char *p = s; *p;) {
		size_t n;
		if (*p == '&' && (n = entity_at(p, &b))) {
			p += n;
			continue;
		}
		/* A dump whose "&#x2013;" lost its "&#" between two words: "layersx2013coupled". */
		if (*p == 'x' && p > s && p[-1] >= 'a' && p[-1] <= 'z' && strncmp(p, "x201", 4) == 0 &&
		    (p[4] == '3' || p[4] == '4') && p[5] >= 'a' && p[5] <= 'z') {
			sb_add(&b, p[4] == '3' ? "–" : "—");
			p += 5;
			continue;
		}
		sb_addc(&b, *p++);
	}
	return sb_take(&b);
}

bool text_is_truncated(const char *s)
{
	size_t n;
	if (str_empty(s))
		return false;
	while (*s == ' ')
		s++;
	if (str_starts(s, "…") || str_starts(s, "..."))
		return true;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
		n--;
	/* "… more" / "...]" / "…)" end a cut snippet as well. */
	while (n > 0 && (s[n - 1] == ')' || s[n - 1] == ']'))
		n--;
	if (n >= 3 && strncmp(s + n - 3, "…", 3) == 0)
		return true;
	if (n >= 3 && strncmp(s + n - 3, "...", 3) == 0)
		return true;
	if (n >= 8 && (strncmp(s + n - 8, "… more", 8) == 0 || strncmp(s + n - 8, "... more", 8) == 0))
		return true;
	return n >= 7 && strncmp(s + n - 7, "...more", 7) == 0;
}
