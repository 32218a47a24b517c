/* text-lines.h — a plain-text dump split into cleaned lines, for the text adapters. */
#ifndef PB_TEXT_LINES_H
#define PB_TEXT_LINES_H

#include <stddef.h>

#include "util.h"

/* Splits TEXT (LEN bytes, UTF-8) at LF, CRLF or a lone CR and appends each line cleaned as
 * text_clean() does: trimmed, inner whitespace runs collapsed, control and zero-width
 * characters dropped. Lines left empty are skipped, so blank-line layout never matters. */
void text_lines_split(const char *text, size_t len, struct strlist *out);

/* LINE after PREFIX, when LINE starts with PREFIX (case-insensitive) followed by optional
 * spaces; NULL otherwise. "Primary: X" with prefix "Primary:" gives "X". */
const char *text_lines_after(const char *line, const char *prefix);

#endif
