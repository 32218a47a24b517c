/* ingest-arxiv-listing.c — arXiv listings (/list/<cat>/pastweek, monthly /list/<cat>/<yymm>,
 * /new with abstracts, /a/<author> pages): one <dt> whose link points to /abs/<id>, then a
 * <dd> with list-title / list-authors / list-subjects; every span.descriptor is dropped. The
 * date is the nearest day heading above the entry ("Fri, 22 Nov 2024"), else the month the
 * page is about ("Authors and titles for January 2023"). */
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "date.h"
#include "html.h"
#include "ingest-html.h"
#include "util.h"

/* The /abs/<id> link of a <dt>, NULL when it has none. */
static xmlNodePtr abs_link(xmlNodePtr dt, char id[ARXIV_ID_MAX])
{
	for (xmlNodePtr a = html_find(dt, "a", NULL); a; a = html_find_after(dt, a, "a", NULL)) {
		char *href = html_attr(a, "href");
		bool ok = href && strstr(href, "/abs/") && arxiv_id_find(href, id);
		free(href);
		if (ok)
			return a;
	}
	return NULL;
}

/* The <dd> that belongs to DT: the next element sibling, when it is a dd. */
static xmlNodePtr entry_dd(xmlNodePtr dt)
{
	xmlNodePtr dd = html_next_element(dt);
	return html_is(dd, "dd") ? dd : NULL;
}

static bool is_entry(xmlNodePtr dt)
{
	char id[ARXIV_ID_MAX];
	xmlNodePtr dd = entry_dd(dt);
	return dd && abs_link(dt, id) && html_find(dd, NULL, "list-title");
}

static bool arxiv_listing_detect(const struct page *pg)
{
	xmlNodePtr top = html_root(pg->doc);

	/* a page with neither <dt> nor <dl> has nothing to look at */
	if (!html_may_have(top, HTML_ELEMENT, "dt") && !html_may_have(top, HTML_ELEMENT, "dl"))
		return false;
	for (xmlNodePtr n = top; n; n = html_next(n, top)) {
		if (html_is(n, "dt") && is_entry(n))
			return true;
		/* An empty listing ("No updates for this time period.") is still a listing. */
		if (html_is(n, "dl")) {
			char *id = html_attr(n, "id");
			bool articles = id && strcmp(id, "articles") == 0;
			free(id);
			if (articles)
				return true;
		}
	}
	return false;
}

/* A date with at least a month, from a heading or dateline; false for "New submissions". */
static bool heading_date(xmlNodePtr n, char iso[11])
{
	char *text = html_text(n);
	bool ok = text && date_normalise(text, 0, iso) && strlen(iso) >= 7;
	free(text);
	return ok;
}

static bool is_date_source(xmlNodePtr n)
{
	return html_is(n, "h2") || html_is(n, "h3") || html_has_class(n, "list-dateline");
}

static void read_links(struct paper *p, xmlNodePtr dt, const char *id)
{
	for (xmlNodePtr a = html_find(dt, "a", NULL); a; a = html_find_after(dt, a, "a", NULL)) {
		char *href = html_attr(a, "href");
		char *abs = href ? html_url_resolve(href, "https://arxiv.org/") : NULL;
		if (abs && strstr(abs, "/pdf/"))
			paper_set_url(&p->pdf_url, abs);
		else if (abs && strstr(abs, "/abs/") && strstr(abs, id))
			paper_set_url(&p->url, abs);
		free(abs);
		free(href);
	}
}

/* The abstract of /new listings: a paragraph in the dd outside the list-* fields. */
static void read_abstract(struct paper *p, xmlNodePtr dd)
{
	for (xmlNodePtr n = html_find(dd, "p", NULL); n; n = html_find_after(dd, n, "p", NULL)) {
		if (html_ancestor(n, "div", "list-comments") || html_ancestor(n, "div", "list-title"))
			continue;
		paper_take_abstract(p, html_text_nodesc(n));
		if (p->abstract)
			return;
	}
}

static void read_entry(struct paper_list *out, xmlNodePtr dt, const char *date)
{
	char id[ARXIV_ID_MAX];
	xmlNodePtr dd = entry_dd(dt);
	xmlNodePtr authors = html_find(dd, NULL, "list-authors");
	struct paper *p;
	char *text;

	abs_link(dt, id);
	p = paper_list_push(out);
	read_links(p, dt, id);
	paper_set_arxiv(p, id);
	paper_take_title(p, html_text_nodesc(html_find(dd, NULL, "list-title")));
	if (authors)
		ingest_add_author_links(p, authors);
	text = html_text_nodesc(html_find(dd, NULL, "list-subjects"));
	if (text)
		arxiv_add_categories(p, text);
	free(text);
	read_abstract(p, dd);
	if (date)
		p->date = xstrdup(date);
}

static bool arxiv_listing_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	xmlNodePtr top = html_root(pg->doc);
	char day[11] = "", month[11] = "";
	size_t before = out->n;

	(void)err;
	for (xmlNodePtr n = top; n; n = html_next(n, top)) {
		char iso[11];
		if (is_date_source(n) && heading_date(n, iso)) {
			/* Day headings name one day; a month heading covers the page. */
			if (strlen(iso) == 10)
				memcpy(day, iso, sizeof day);
			else
				memcpy(month, iso, sizeof month);
			continue;
		}
		if (html_is(n, "dt") && is_entry(n))
			read_entry(out, n, day[0] ? day : month[0] ? month : NULL);
	}
	papers_drop_unusable(out, before);
	return true;
}

const struct adapter adapter_arxiv_listing = {
	.name = "arxiv-listing",
	.detect = arxiv_listing_detect,
	.extract = arxiv_listing_extract,
};
