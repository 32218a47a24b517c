/* ingest-highwire.c — landing pages described by Highwire citation_* meta tags (journals,
 * proceedings, repositories), as Zotero reads them: names matched exactly, authors in order
 * with each citation_author_institution belonging to the author before it, dates in every
 * form, keywords, DOI; the body and the description metas only fill what the metas lack. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-highwire.h"
#include "ingest-html.h"
#include "text.h"
#include "util.h"

static bool highwire_detect(const struct page *pg)
{
	struct html_metas m;
	bool yes;

	html_metas_read(pg->doc, &m);
	yes = html_metas_get(&m, "citation_title") != NULL;
	html_metas_free(&m);
	return yes;
}

static bool name_is(const struct html_meta *t, const char *name)
{
	return strcmp(t->name, name) == 0;
}

/* citation_author / citation_author_institution in page order. */
static void read_authors(struct paper *p, const struct html_metas *m)
{
	bool have_author = false;

	for (size_t i = 0; i < m->n; i++) {
		if (name_is(&m->v[i], "citation_author")) {
			paper_add_author(p, m->v[i].content);
			have_author = true;
		} else if (name_is(&m->v[i], "citation_author_institution") && have_author) {
			char *inst = text_clean(m->v[i].content);
			paper_add_institution(p, inst);
			free(inst);
		}
	}
	if (p->authors.n > 0)
		return;
	/* Legacy single tag: "Last, First; Last, First" or "A, B and C". */
	const char *all = html_metas_get(m, "citation_authors");
	if (all && strchr(all, ';')) {
		char *copy = xstrdup(all), *save = NULL;
		for (char *a = strtok_r(copy, ";", &save); a; a = strtok_r(NULL, ";", &save))
			paper_add_author(p, a);
		free(copy);
	} else if (all) {
		ingest_add_authors(p, all);
	}
	for (size_t i = 0; i < m->n; i++)
		if (strcasecmp(m->v[i].name, "DC.creator") == 0)
			paper_add_author(p, m->v[i].content);
}

/* citation_keywords, repeated or joined with ";". */
static void read_keywords(struct paper *p, const struct html_metas *m)
{
	for (size_t i = 0; i < m->n; i++) {
		char *copy, *save = NULL;
		const char *sep;
		if (!name_is(&m->v[i], "citation_keywords"))
			continue;
		sep = strchr(m->v[i].content, ';') ? ";" : ",";
		copy = xstrdup(m->v[i].content);
		for (char *k = strtok_r(copy, sep, &save); k; k = strtok_r(NULL, sep, &save)) {
			char *clean = text_clean(k);
			paper_add_topic(p, clean, TOPIC_KEYWORD);
			free(clean);
		}
		free(copy);
	}
}

static void read_dates(struct paper *p, const struct html_metas *m, int year)
{
	static const char *const names[] = {
		"citation_publication_date", "citation_date", "citation_cover_date",
		"citation_online_date", "citation_year", "DC.date", "DC.issued", "DC.date.issued",
		"prism.publicationDate",
	};
	/* citation_* names exactly; the Dublin Core and PRISM ones in any case */
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !p->date; i++)
		paper_set_date(p, str_starts(names[i], "citation_") ? html_metas_get(m, names[i])
		                                                     : html_metas_get_nocase(m, names[i]),
		               year);
}

static void read_links(struct paper *p, const struct html_metas *m, xmlNodePtr top)
{
	static const char *const landing[] = {"citation_abstract_html_url", "og:url",
	                                      "citation_fulltext_html_url"};
	const char *pdf = html_metas_get(m, "citation_pdf_url");
	char *canon = NULL;

	for (xmlNodePtr l = html_find(top, "link", NULL); l && !canon; l = html_find_after(top, l, "link", NULL)) {
		char *rel = html_attr(l, "rel");
		if (rel && strcasecmp(rel, "canonical") == 0)
			canon = html_attr(l, "href");
		free(rel);
	}
	paper_set_url(&p->url, html_metas_get(m, landing[0]));
	paper_set_url(&p->url, canon);
	for (size_t i = 1; i < sizeof landing / sizeof landing[0]; i++)
		paper_set_url(&p->url, html_metas_get(m, landing[i]));
	free(canon);
	if (pdf) {
		char *abs = html_url_resolve(pdf, p->url);
		paper_set_url(&p->pdf_url, abs);
		free(abs);
	}
}

static void read_ids(struct paper *p, const struct html_metas *m)
{
	char id[ARXIV_ID_MAX];
	const char *v;

	paper_set_doi(p, html_metas_get(m, "citation_doi"));
	if (!p->doi) {
		for (size_t i = 0; i < m->n && !p->doi; i++)
			if (strcasecmp(m->v[i].name, "DC.identifier") == 0)
				paper_set_doi(p, m->v[i].content);
	}
	v = html_metas_get(m, "citation_arxiv_id");
	if (v && arxiv_id_parse(v, id))
		paper_set_arxiv(p, id);
	else if (p->doi && arxiv_id_find(p->doi, id))
		paper_set_arxiv(p, id);
}

static void read_abstract(struct paper *p, const struct html_metas *m, xmlNodePtr top)
{
	paper_set_abstract(p, html_metas_get(m, "citation_abstract"));
	paper_set_abstract(p, html_metas_get_nocase(m, "DC.description"));
	paper_set_abstract(p, html_metas_get_nocase(m, "DCTERMS.abstract"));
	if (!p->abstract)
		paper_take_abstract(p, highwire_body_abstract(top));
	if (!p->abstract)
		paper_take_abstract(p, highwire_description(m, p));
}

static bool highwire_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	struct html_metas m;
	xmlNodePtr top = html_root(pg->doc);
	struct paper *p;

	(void)err;
	html_metas_read(pg->doc, &m);
	p = paper_list_push(out);
	paper_set_title(p, html_metas_get(&m, "citation_title"));
	if (!p->title)
		paper_set_title(p, html_metas_get_nocase(&m, "DC.title"));
	read_authors(p, &m);
	if (p->authors.n == 0)
		highwire_body_authors(p, top);
	read_links(p, &m, top);
	read_ids(p, &m);
	read_dates(p, &m, pg->year);
	read_keywords(p, &m);
	read_abstract(p, &m, top);
	html_metas_free(&m);
	if (!p->title) {
		paper_free(p);
		out->n--;
	}
	return true;
}

const struct adapter adapter_highwire = {
	.name = "highwire",
	.detect = highwire_detect,
	.extract = highwire_extract,
};
