/* format-utf8.c — UTF-8 decoding that never fails: what cannot be decoded becomes U+FFFD. */
#include "format.h"

#include <stdlib.h>

#define REPLACEMENT 0xFFFDu

bool format_utf8_next(const char **s, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)*s;
	uint32_t c, min;
	int len;

	if (!*p)
		return false;
	if (p[0] < 0x80) {
		*cp = p[0];
		*s += 1;
		return true;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		len = 2, c = p[0] & 0x1F, min = 0x80;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		len = 3, c = p[0] & 0x0F, min = 0x800;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		len = 4, c = p[0] & 0x07, min = 0x10000;
	} else {
		goto invalid;
	}
	for (int i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			goto invalid;
		c = (c << 6) | (p[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not characters. */
	if (c < min || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		goto invalid;
	*cp = c;
	*s += len;
	return true;
invalid:
	*cp = REPLACEMENT;
	*s += 1;
	return true;
}

void format_utf8_add(struct strbuf *b, uint32_t cp)
{
	char buf[4];
	size_t n;

	if (cp < 0x80) {
		buf[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		buf[0] = (char)(0xC0 | (cp >> 6));
		buf[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		buf[0] = (char)(0xE0 | (cp >> 12));
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		buf[0] = (char)(0xF0 | (cp >> 18));
		buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	sb_addn(b, buf, n);
}

char *format_utf8_fix(const char *s)
{
	struct strbuf b = {0};
	uint32_t cp;

	if (!s)
		return NULL;
	while (format_utf8_next(&s, &cp))
		format_utf8_add(&b, cp);
	return sb_take(&b);
}
