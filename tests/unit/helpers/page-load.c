/* page-load.c — test helper: read and parse saved pages as the ingester does; detect. */
#include "page-load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const int parse_flags =
	HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;

static void parse(struct page_file *out, const char *name, int year)
{
	out->pg.text = out->buf;
	out->pg.len = strlen(out->buf);
	out->pg.year = year;
	out->pg.doc = htmlReadMemory(out->buf, (int)out->pg.len, name, "UTF-8", parse_flags);
}

bool page_load(const char *path, int year, struct page_file *out)
{
	const char *top = getenv("PB_TOP");
	char *full = top ? xasprintf("%s/%s", top, path) : xstrdup(path);
	FILE *f = fopen(full, "rb");
	struct strbuf b = {0};
	char chunk[65536];
	size_t n;

	memset(out, 0, sizeof *out);
	if (!f) {
		fprintf(stderr, "%s: cannot open\n", full);
		free(full);
		return false;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_addn(&b, chunk, n);
	fclose(f);
	free(full);
	out->buf = sb_take(&b);
	out->pg.path = path;
	parse(out, path, year);
	return out->pg.doc != NULL;
}

void page_from_string(const char *html, int year, struct page_file *out)
{
	memset(out, 0, sizeof *out);
	out->buf = xstrdup(html);
	out->pg.path = "-";
	parse(out, "-", year);
}

void page_unload(struct page_file *pf)
{
	if (pf->pg.doc)
		xmlFreeDoc(pf->pg.doc);
	free(pf->buf);
	memset(pf, 0, sizeof *pf);
}

const struct adapter *page_detect(const struct page *pg)
{
	for (size_t i = 0; adapters_html[i]; i++)
		if (adapters_html[i]->detect(pg))
			return adapters_html[i];
	return NULL;
}

const struct adapter *page_extract(const struct page *pg, struct paper_list *out, bool *ok,
                                   struct strbuf *err)
{
	const struct adapter *a = page_detect(pg);

	*ok = false;
	if (a)
		*ok = a->extract(pg, out, err);
	return a;
}

const struct paper *papers_by_arxiv(const struct paper_list *l, const char *id)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].arxiv_id && strcmp(l->v[i].arxiv_id, id) == 0)
			return &l->v[i];
	return NULL;
}

const struct paper *papers_by_title(const struct paper_list *l, const char *title)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].title && strcmp(l->v[i].title, title) == 0)
			return &l->v[i];
	return NULL;
}
