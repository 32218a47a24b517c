/* text-lines.c — a plain-text dump split into cleaned lines, for the text adapters. */
#include "text-lines.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

void text_lines_split(const char *text, size_t len, struct strlist *out)
{
	size_t i = 0;

	if (!text)
		return;
	while (i < len) {
		size_t start = i;
		while (i < len && text[i] != '\n' && text[i] != '\r' && text[i] != '\0')
			i++;
		char *raw = xstrndup(text + start, i - start);
		char *clean = text_clean(raw);
		free(raw);
		if (clean)
			strlist_take(out, clean);
		if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
			i++;
		i++;
	}
}

const char *text_lines_after(const char *line, const char *prefix)
{
	size_t n = strlen(prefix);

	if (!line || strncasecmp(line, prefix, n) != 0)
		return NULL;
	line += n;
	while (*line == ' ')
		line++;
	return line;
}
