/* format-tsv.c — --format tsv: id, arxiv_id, score, date, title; one paper a line, no header.
 * Tabs and newlines inside a field become spaces and other control characters are dropped, so
 * every line has exactly five fields and is safe to show on a terminal. */
#include "format.h"

#include <stdlib.h>

static void add_field(struct strbuf *b, const char *s)
{
	char *safe = format_safe_text(s);
	if (safe)
		sb_add(b, safe);
	free(safe);
}

void format_tsv_row(FILE *f, const struct list_row *r)
{
	struct strbuf line = {0};
	char num[32] = "";

	if (r->has_score)
		format_number(r->score, num);
	sb_addf(&line, "%lld\t", r->id);
	add_field(&line, r->arxiv_id);
	sb_addf(&line, "\t%s\t", num);
	add_field(&line, r->date);
	sb_addc(&line, '\t');
	add_field(&line, r->title);
	sb_addc(&line, '\n');
	fwrite(line.s, 1, line.len, f);
	sb_free(&line);
}
