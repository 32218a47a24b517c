/* ui-text.h — text as the terminal will show it: hostile bytes removed, widths in columns.
 * Nothing here includes curses, so it is unit-tested on its own. */
#ifndef PB_UI_TEXT_H
#define PB_UI_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Returns a copy of S fit for a terminal, by the command line's sanitiser
 * (format_terminal_text): escape sequences (CSI, OSC, DCS, SOS, PM, APC) removed whole, other
 * C0/C1 controls (a C1 introducer such as U+009B alone) and DEL dropped, bidi overrides/isolates/
 * marks dropped, invalid UTF-8 shown as U+FFFD, characters the terminal cannot place
 * (wcwidth < 0) dropped. Tabs and line separators become spaces; newlines too unless
 * KEEP_NEWLINES. Never NULL (NULL in, "" out). */
char *uitext_sanitize(const char *s, bool keep_newlines);

/* Decodes one UTF-8 character of S into *CP; returns its length, 1 with U+FFFD for a bad byte,
 * 0 at the end of the string. */
size_t uitext_decode(const char *s, uint32_t *cp);

/* Appends CP to B as UTF-8. */
void uitext_add_cp(struct strbuf *b, uint32_t cp);

/* Columns one code point takes (0 for combining marks, 2 for wide ones, never negative). */
int uitext_cp_width(uint32_t cp);
/* Columns the sanitised string S takes. */
int uitext_width(const char *s);

/* Appends to OUT the longest prefix of sanitised S that fits in WIDTH columns; when S does not
 * fit, the prefix is cut one column earlier and ends in "…". Returns the columns used. */
int uitext_fit(const char *s, int width, struct strbuf *out);

/* Word-wraps sanitised S to WIDTH columns, appending one string per line to LINES. Newlines
 * break lines; a word longer than WIDTH is broken where it reaches the edge. */
void uitext_wrap(const char *s, int width, struct strlist *lines);

/* "52,311": an integer with thousands separators, into BUF (at least 32 bytes). */
char *uitext_thousands(long long n, char *buf, size_t size);

#endif
