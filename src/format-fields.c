/* format-fields.c — a paper as the named, typed fields of DESIGN.md §7 (json keys, csv columns).
 * The null rules live here, once: a field the page did not carry is null, never "" or 0. */
#include "format.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const field_names[FIELD_N] = {
	[FIELD_ID] = "id",
	[FIELD_ARXIV_ID] = "arxiv_id",
	[FIELD_DOI] = "doi",
	[FIELD_TITLE] = "title",
	[FIELD_AUTHORS] = "authors",
	[FIELD_AUTHOR_COUNT] = "author_count",
	[FIELD_INSTITUTIONS] = "institutions",
	[FIELD_PRIMARY_INSTITUTION] = "primary_institution",
	[FIELD_TOPICS] = "topics",
	[FIELD_DATE] = "date",
	[FIELD_SCORE] = "score",
	[FIELD_URL] = "url",
	[FIELD_PDF_URL] = "pdf_url",
	[FIELD_ABSTRACT] = "abstract",
	[FIELD_TAGS] = "tags",
	[FIELD_FAVOURITE] = "favourite",
	[FIELD_READ] = "read",
	[FIELD_NOTE] = "note",
	[FIELD_SOURCES] = "sources",
};

const char *format_field_name(enum format_field f)
{
	return (unsigned)f < FIELD_N ? field_names[f] : "?";
}

static void set_text(struct format_value *v, const char *s)
{
	v->type = FIELD_TEXT;
	v->null = str_empty(s);
	v->text = v->null ? NULL : s;
}

static void set_list(struct format_value *v, char *const *items, size_t n)
{
	v->type = FIELD_LIST;
	v->list = items;
	v->nlist = items ? n : 0;
}

void format_fields_fill(struct format_fields *pf, const struct paper *p)
{
	struct format_value *v = pf->v;
	int count;

	memset(pf, 0, sizeof *pf);
	v[FIELD_ID].type = FIELD_INTEGER;
	v[FIELD_ID].integer = p->id;
	set_text(&v[FIELD_ARXIV_ID], p->arxiv_id);
	set_text(&v[FIELD_DOI], p->doi);
	set_text(&v[FIELD_TITLE], p->title);
	set_list(&v[FIELD_AUTHORS], p->authors.v, p->authors.n);

	/* A card may say "6 authors" and list none; a list is itself a lower bound. */
	count = p->author_count > (int)p->authors.n ? p->author_count : (int)p->authors.n;
	v[FIELD_AUTHOR_COUNT].type = FIELD_INTEGER;
	v[FIELD_AUTHOR_COUNT].null = count <= 0;
	v[FIELD_AUTHOR_COUNT].integer = count;

	set_list(&v[FIELD_INSTITUTIONS], p->institutions.v, p->institutions.n);
	set_text(&v[FIELD_PRIMARY_INSTITUTION],
		 p->primary_known && p->institutions.n ? p->institutions.v[0] : NULL);

	if (p->ntopics) {
		pf->topic_names = xcalloc(p->ntopics, sizeof *pf->topic_names);
		for (size_t i = 0; i < p->ntopics; i++)
			pf->topic_names[i] = p->topics[i].name;
	}
	set_list(&v[FIELD_TOPICS], pf->topic_names, p->ntopics);

	set_text(&v[FIELD_DATE], p->date);
	v[FIELD_SCORE].type = FIELD_NUMBER;
	v[FIELD_SCORE].null = !p->has_score || !isfinite(p->score);
	v[FIELD_SCORE].number = p->score;
	set_text(&v[FIELD_URL], p->url);
	set_text(&v[FIELD_PDF_URL], p->pdf_url);
	set_text(&v[FIELD_ABSTRACT], p->abstract);
	set_list(&v[FIELD_TAGS], p->tags.v, p->tags.n);
	v[FIELD_FAVOURITE].type = FIELD_BOOL;
	v[FIELD_FAVOURITE].boolean = p->favourite;
	v[FIELD_READ].type = FIELD_BOOL;
	v[FIELD_READ].boolean = p->read;
	set_text(&v[FIELD_NOTE], p->note);
	set_list(&v[FIELD_SOURCES], p->sources.v, p->sources.n);
}

void format_fields_free(struct format_fields *pf)
{
	free(pf->topic_names);
	pf->topic_names = NULL;
}

void format_number(double x, char out[32])
{
	if (!isfinite(x)) {
		out[0] = '\0';
		return;
	}
	if (x == floor(x) && fabs(x) < 1e15)
		snprintf(out, 32, "%.0f", x);
	else
		snprintf(out, 32, "%.15g", x);
	if (strcmp(out, "-0") == 0)
		strcpy(out, "0");
}
