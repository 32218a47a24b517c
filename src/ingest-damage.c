/* ingest-damage.c — signs that a decoded input is not a page at all (binary data) or is a page
 * cut short (an interrupted download), so neither is stored as if it were a whole paper. */
#include "ingest-input.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "format.h"

/* How much of the text the binary test looks at: enough for a verdict, bounded for 32 MiB. */
#define BINARY_WINDOW 65536

bool ingest_is_binary(const char *text, size_t len)
{
	const char *p = text, *end = text + (len < BINARY_WINDOW ? len : BINARY_WINDOW);
	size_t chars = 0, odd = 0;
	uint32_t cp;

	/* Text, even badly decoded text, has almost no control characters; random bytes read as
	 * Windows-1252 have about one in ten. */
	while (p < end && format_utf8_next(&p, &cp)) {
		chars++;
		if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f' && cp != '\v') ||
		    cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFD)
			odd++;
	}
	return odd >= 8 && odd * 20 > chars; /* a stray byte or two in a short text is not enough */
}

/* True when TAG (like "<html", lower case) opens or closes at P: the name ends there. */
static bool tag_at(const char *p, const char *end, const char *tag)
{
	size_t n = strlen(tag);
	if ((size_t)(end - p) <= n || strncasecmp(p, tag, n) != 0)
		return false;
	return p[n] == '>' || p[n] == '/' || p[n] == ' ' || p[n] == '\t' || p[n] == '\n' ||
	       p[n] == '\r' || p[n] == '\f';
}

/* The first '<' at or after P that starts one of TAGS; NULL when none does. */
static const char *find_tag(const char *p, const char *end, const char *const *tags)
{
	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		for (int i = 0; tags[i]; i++)
			if (tag_at(p, end, tags[i]))
				return p;
		p++;
	}
	return NULL;
}

bool ingest_html_cut(const char *text, size_t len)
{
	static const char *const open[] = {"<html", "<body", NULL};
	static const char *const close[] = {"</html", "</body", NULL};
	const char *end = text + len, *start = find_tag(text, end, open);

	/* A fragment (a saved selection) has neither and cannot tell; a whole page that opened
	 * <html> or <body> and closes neither was cut off, and its last paper with it. */
	return start && !find_tag(start, end, close);
}
