/* fold.c — case- and accent-insensitive keys for names, pickers and prefix matching. */
#include "fold.h"

#include <stdint.h>
#include <string.h>

#include "util.h"

/* Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A);
 * "" keeps the character, a longer string expands it. */
static const char *const latin[] = {
	/* C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* D0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	/* E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* F0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	/* 100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	/* 110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	/* 120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	/* 130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	/* 140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	/* 150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	/* 160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	/* 170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

char *fold_key(const char *s)
{
	struct strbuf b = {0};
	const unsigned char *p = (const unsigned char *)s;
	if (!s)
		return NULL;
	while (*p) {
		if (*p < 0x80) {
			unsigned char c = *p++;
			sb_addc(&b, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
			continue;
		}
		/* two-byte sequences cover U+0080..U+07FF, which holds every letter we fold */
		if ((p[0] & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
			uint32_t cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
			if (cp >= 0xC0 && cp <= 0x17F && latin[cp - 0xC0][0]) {
				sb_add(&b, latin[cp - 0xC0]);
				p += 2;
				continue;
			}
			if (cp >= 0x391 && cp <= 0x3A9) { /* Greek capitals -> small */
				cp += 0x20;
				sb_addc(&b, (char)(0xC0 | (cp >> 6)));
				sb_addc(&b, (char)(0x80 | (cp & 0x3F)));
				p += 2;
				continue;
			}
			if (cp >= 0x410 && cp <= 0x42F) { /* Cyrillic capitals -> small */
				cp += 0x20;
				sb_addc(&b, (char)(0xC0 | (cp >> 6)));
				sb_addc(&b, (char)(0x80 | (cp & 0x3F)));
				p += 2;
				continue;
			}
		}
		sb_addc(&b, (char)*p++);
	}
	return sb_take(&b);
}
