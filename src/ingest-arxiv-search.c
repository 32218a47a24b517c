/* ingest-arxiv-search.c — arXiv search results (arxiv.org/search/): one li.arxiv-result per
 * paper. The abstract is span.abstract-full without its "△ Less" toggle; the short span is a
 * truncated copy and only used when the full one is missing. */
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-html.h"
#include "util.h"

static bool arxiv_search_detect(const struct page *pg)
{
	return html_find(html_root(pg->doc), "li", "arxiv-result") != NULL;
}

/* The More/Less toggles inside the abstract spans, and the "Abstract:" label. */
static bool is_toggle(xmlNodePtr el, void *ctx)
{
	char *text;
	bool yes;

	(void)ctx;
	if (html_has_class(el, "search-hit") && !html_ancestor(el, "span", "abstract-full") &&
	    !html_ancestor(el, "span", "abstract-short")) {
		/* the bold "Abstract" label is a search-hit span; hits inside the text stay */
		text = html_text(el);
		yes = text && strcmp(text, "Abstract") == 0;
		free(text);
		return yes;
	}
	if (!html_is(el, "a"))
		return false;
	text = html_text(el);
	yes = text && (strstr(text, "Less") || strstr(text, "More")) &&
	      (strncmp(text, "\xe2\x96\xb3", 3) == 0 || strncmp(text, "\xe2\x96\xbd", 3) == 0);
	free(text);
	return yes;
}

static void read_abstract(struct paper *p, xmlNodePtr li)
{
	xmlNodePtr full = html_find(li, "span", "abstract-full");
	xmlNodePtr para = html_find(li, "p", "abstract");
	char *text;

	if (full) {
		paper_take_abstract(p, html_text_except(full, is_toggle, NULL));
		return;
	}
	if (!para)
		return;
	text = html_text_except(para, is_toggle, NULL);
	/* Without the spans the paragraph reads "Abstract: text". */
	if (text && strncmp(text, "Abstract", 8) == 0) {
		size_t skip = 8;
		while (text[skip] == ':' || text[skip] == ' ')
			skip++;
		memmove(text, text + skip, strlen(text + skip) + 1);
	}
	paper_take_abstract(p, text);
}

static void read_tags(struct paper *p, xmlNodePtr li)
{
	for (xmlNodePtr t = html_find(li, "span", "tag"); t; t = html_find_after(li, t, "span", "tag")) {
		/* Category tags carry their long name as a tooltip; DOI tags hold a doi.org link. */
		if (html_has_attr(t, "data-tooltip")) {
			char *code = html_text(t), clean[64];
			if (code && arxiv_category_parse(code, clean, sizeof clean))
				paper_add_topic(p, clean, TOPIC_ARXIV);
			free(code);
		} else if (!p->doi) {
			xmlNodePtr a = html_find(t, "a", NULL);
			char *href = html_attr(a, "href");
			if (href && strstr(href, "doi.org/"))
				paper_set_doi(p, href);
			free(href);
		}
	}
}

static void read_result(struct paper_list *out, xmlNodePtr li, int year)
{
	xmlNodePtr head = html_find(li, "p", "list-title");
	xmlNodePtr authors = html_find(li, "p", "authors");
	char id[ARXIV_ID_MAX];
	struct paper *p = paper_list_push(out);

	for (xmlNodePtr a = html_find(head, "a", NULL); a; a = html_find_after(head, a, "a", NULL)) {
		char *href = html_attr(a, "href");
		char *abs = href ? html_url_resolve(href, "https://arxiv.org/") : NULL;
		if (abs && strstr(abs, "/pdf/"))
			paper_set_url(&p->pdf_url, abs);
		else if (abs && strstr(abs, "/abs/") && !p->url && arxiv_id_find(abs, id)) {
			paper_set_url(&p->url, abs);
			paper_set_arxiv(p, id);
		}
		free(abs);
		free(href);
	}
	read_tags(p, li);
	paper_take_title(p, html_text(html_find(li, "p", "title")));
	if (authors)
		for (xmlNodePtr a = html_find(authors, "a", NULL); a; a = html_find_after(authors, a, "a", NULL))
			ingest_add_author_node(p, a);
	read_abstract(p, li);
	for (xmlNodePtr d = html_find(li, "p", "is-size-7"); d; d = html_find_after(li, d, "p", "is-size-7")) {
		char *text = html_text(d);
		bool dated = text && strstr(text, "Submitted") && paper_set_date(p, text, year);
		free(text);
		if (dated)
			break;
	}
}

static bool arxiv_search_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	xmlNodePtr top = html_root(pg->doc);
	size_t before = out->n;

	(void)err;
	for (xmlNodePtr li = html_find(top, "li", "arxiv-result"); li;
	     li = html_find_after(top, li, "li", "arxiv-result"))
		read_result(out, li, pg->year);
	papers_drop_unusable(out, before);
	return true;
}

const struct adapter adapter_arxiv_search = {
	.name = "arxiv-search",
	.detect = arxiv_search_detect,
	.extract = arxiv_search_extract,
};
