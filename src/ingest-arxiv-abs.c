/* ingest-arxiv-abs.c — arXiv abstract pages (arxiv.org/abs/<id>): Highwire metas first, the
 * page body where they are missing (older pages have no citation_abstract; head-only saves
 * have no body). */
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-html.h"
#include "util.h"

static bool is_arxiv_url(const char *s)
{
	return s && strstr(s, "arxiv.org/") != NULL;
}

static bool arxiv_abs_detect(const struct page *pg)
{
	struct html_metas m;
	xmlNodePtr top = html_root(pg->doc);
	bool yes;

	if (!top)
		return false;
	html_metas_read(pg->doc, &m);
	yes = html_metas_get(&m, "citation_arxiv_id") != NULL ||
	      (html_metas_get(&m, "citation_title") &&
	       (is_arxiv_url(html_metas_get(&m, "citation_pdf_url")) ||
	        is_arxiv_url(html_metas_get(&m, "og:url"))));
	html_metas_free(&m);
	/* A body-only save: the title heading and the abstract blockquote of the abs page. */
	if (!yes)
		yes = html_find(top, "blockquote", "abstract") &&
		      (html_find(top, "h1", "title") || html_find(top, "div", "authors"));
	return yes;
}

/* The arXiv id from whatever the page carries, most specific first. */
static void find_id(struct paper *p, const struct html_metas *m, xmlNodePtr top, htmlDocPtr doc)
{
	char id[ARXIV_ID_MAX];
	const char *from_meta[] = {"citation_arxiv_id", "og:url", "citation_pdf_url"};
	char *text;

	for (size_t i = 0; i < sizeof from_meta / sizeof from_meta[0]; i++) {
		const char *v = html_metas_get(m, from_meta[i]);
		if (v && (arxiv_id_parse(v, id) || arxiv_id_find(v, id))) {
			paper_set_arxiv(p, id);
			return;
		}
	}
	text = html_text(html_find(top, NULL, "arxivid"));
	if (text && arxiv_id_find(text, id))
		paper_set_arxiv(p, id);
	free(text);
	if (p->arxiv_id)
		return;
	/* "<title>[2106.09608] Learning ...</title>" */
	text = html_title(doc);
	if (text && text[0] == '[' && arxiv_id_parse(text + 1, id))
		paper_set_arxiv(p, id);
	free(text);
}

static void read_body(struct paper *p, xmlNodePtr top, int year)
{
	xmlNodePtr authors = html_find(top, "div", "authors");
	xmlNodePtr subjects = html_find(top, "td", "subjects");
	char *text;

	if (!p->title)
		paper_take_title(p, html_text_nodesc(html_find(top, "h1", "title")));
	if (!p->abstract)
		paper_take_abstract(p, html_text_nodesc(html_find(top, "blockquote", "abstract")));
	if (authors && p->authors.n == 0)
		for (xmlNodePtr a = html_find(authors, "a", NULL); a; a = html_find_after(authors, a, "a", NULL))
			ingest_add_author_node(p, a);
	if (subjects) {
		text = html_text(subjects);
		if (text)
			arxiv_add_categories(p, text);
		free(text);
	}
	text = html_text(html_find(top, "div", "dateline"));
	if (text)
		paper_set_date(p, text, year);
	free(text);
	if (!p->doi) {
		text = html_text(html_find(top, "td", "doi"));
		if (text)
			paper_set_doi(p, text);
		free(text);
	}
}

static bool arxiv_abs_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	struct html_metas m;
	xmlNodePtr top = html_root(pg->doc);
	struct paper *p;
	const char *v;

	(void)err;
	html_metas_read(pg->doc, &m);
	p = paper_list_push(out);
	paper_set_title(p, html_metas_get(&m, "citation_title"));
	paper_set_abstract(p, html_metas_get(&m, "citation_abstract"));
	paper_set_date(p, html_metas_get(&m, "citation_date"), pg->year);
	paper_set_doi(p, html_metas_get(&m, "citation_doi"));
	v = html_metas_get(&m, "citation_pdf_url");
	if (v)
		paper_set_url(&p->pdf_url, v);
	/* The body spells names as the authors do ("Mark O. Riedl"); the metas are the fallback. */
	read_body(p, top, pg->year);
	if (p->authors.n == 0)
		for (size_t i = 0; i < m.n; i++)
			if (strcmp(m.v[i].name, "citation_author") == 0)
				paper_add_author(p, m.v[i].content);
	find_id(p, &m, top, pg->doc);
	html_metas_free(&m);
	if (!p->title && !p->arxiv_id) {
		/* Nothing that identifies a paper: not an abstract page after all. */
		paper_free(p);
		out->n--;
	}
	return true;
}

const struct adapter adapter_arxiv_abs = {
	.name = "arxiv-abs",
	.detect = arxiv_abs_detect,
	.extract = arxiv_abs_extract,
};
