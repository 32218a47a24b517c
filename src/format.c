/* format.c — format names and a stream of papers in one machine format. */
#include "format.h"

#include <string.h>

static const char *const format_names[] = {
	[FORMAT_TABLE] = "table",
	[FORMAT_TSV] = "tsv",
	[FORMAT_CSV] = "csv",
	[FORMAT_JSON] = "json",
	[FORMAT_BIBTEX] = "bibtex",
};

bool format_from_name(const char *name, enum format_kind *out)
{
	for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
		if (name && strcmp(name, format_names[i]) == 0) {
			*out = (enum format_kind)i;
			return true;
		}
	return false;
}

const char *format_name(enum format_kind k)
{
	return (unsigned)k < sizeof format_names / sizeof format_names[0] ? format_names[k] : "?";
}

void format_begin(struct format_out *o, FILE *f, enum format_kind kind)
{
	memset(o, 0, sizeof *o);
	o->f = f;
	o->kind = kind;
	if (kind == FORMAT_JSON)
		fputc('[', f);
	else if (kind == FORMAT_CSV)
		format_csv_header(f);
	else if (kind == FORMAT_BIBTEX)
		o->keys = format_bibkeys_new();
}

void format_paper(struct format_out *o, const struct paper *p)
{
	struct list_row row;

	switch (o->kind) {
	case FORMAT_JSON:
		format_json_paper(o->f, p, o->count == 0);
		break;
	case FORMAT_CSV:
		format_csv_paper(o->f, p);
		break;
	case FORMAT_BIBTEX:
		if (o->count)
			fputc('\n', o->f);
		format_bibtex_paper(o->f, p, o->keys);
		break;
	case FORMAT_TSV:
	case FORMAT_TABLE:
		/* The callers draw tables from rows; a paper given here goes out as its tsv line. */
		row = (struct list_row){.id = p->id, .arxiv_id = p->arxiv_id,
					.has_score = p->has_score, .score = p->score,
					.date = p->date, .title = p->title,
					.favourite = p->favourite, .read = p->read};
		format_tsv_row(o->f, &row);
		break;
	}
	o->count++;
}

void format_end(struct format_out *o)
{
	if (o->kind == FORMAT_JSON)
		fputs(o->count ? "\n]\n" : "]\n", o->f);
	format_bibkeys_free(o->keys);
	o->keys = NULL;
}
