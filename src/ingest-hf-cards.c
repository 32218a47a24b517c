/* ingest-hf-cards.c — Hugging Face paper cards as the server renders them, for saves whose
 * data-props JSON is gone: <article> with an <h3><a href="/papers/<id>">title</a></h3>, the
 * upvote count, "N authors", and on search results the abstract and the paper's date. */
#include "ingest-hf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "date.h"
#include "html.h"
#include "util.h"

bool hf_paper_href(const char *href, char *id, size_t idlen)
{
	const char *p;
	char aid[ARXIV_ID_MAX];

	if (!href)
		return false;
	if (str_starts(href, "/papers/"))
		p = href + 8;
	else if ((p = strstr(href, "huggingface.co/papers/")) != NULL)
		p += 22;
	else
		return false;
	if (!arxiv_id_parse(p, aid) || strlen(aid) >= idlen)
		return false;
	strcpy(id, aid);
	return true;
}

/* The card's title link: an h3 holding a link to a paper page. */
static xmlNodePtr card_title(xmlNodePtr card, char id[ARXIV_ID_MAX])
{
	for (xmlNodePtr h = html_find(card, "h3", NULL); h; h = html_find_after(card, h, "h3", NULL)) {
		xmlNodePtr a = html_find(h, "a", NULL);
		char *href = html_attr(a, "href");
		bool ok = hf_paper_href(href, id, ARXIV_ID_MAX);
		free(href);
		if (ok)
			return h;
	}
	return NULL;
}

bool hf_has_cards(xmlNodePtr top)
{
	char id[ARXIV_ID_MAX];
	for (xmlNodePtr c = html_find(top, "article", NULL); c; c = html_find_after(top, c, "article", NULL))
		if (card_title(c, id))
			return true;
	return false;
}

static bool all_digits(const char *s)
{
	if (str_empty(s))
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* Counts and dates are short elements of their own; the outermost short one wins. */
static void read_small_texts(struct paper *p, xmlNodePtr card, int year)
{
	for (xmlNodePtr n = html_next(card, card); n; n = html_next(n, card)) {
		char *t;
		if (html_is(n, "h3") || html_ancestor(n, "h3", NULL))
			continue;
		t = html_text(n);
		if (!t || strlen(t) > 40) {
			free(t);
			continue;
		}
		if (!p->has_score && html_has_class(n, "leading-none") && all_digits(t)) {
			p->has_score = true;
			p->score = atof(t);
		} else if (!p->author_count && strstr(t, " author")) {
			const char *d = t;
			while (*d && !isdigit((unsigned char)*d))
				d++;
			p->author_count = atoi(d);
		} else if (!p->date && !html_is(n, "time")) {
			char iso[11];
			const char *d = t;
			while (*d && !isalnum((unsigned char)*d))
				d++; /* "· Nov 24, 2025" */
			if (date_normalise(d, year, iso) && strlen(iso) == 10 && !isdigit((unsigned char)*d))
				p->date = xstrdup(iso);
		}
		free(t);
	}
}

static void read_card(xmlNodePtr card, int year, struct paper_list *out, struct strlist *seen)
{
	char id[ARXIV_ID_MAX], *page;
	xmlNodePtr h = card_title(card, id);
	struct paper *p;

	if (!h || strlist_has(seen, id))
		return;
	strlist_add(seen, id);
	p = paper_list_push(out);
	paper_take_title(p, html_text(h));
	read_small_texts(p, card, year);
	/* Search cards show the abstract as a paragraph of its own. */
	for (xmlNodePtr para = html_find(card, "p", NULL); para && !p->abstract;
	     para = html_find_after(card, para, "p", NULL)) {
		char *t = html_text(para);
		if (t && strlen(t) >= 100)
			paper_take_abstract(p, t);
		else
			free(t);
	}
	page = xasprintf("https://huggingface.co/papers/%s", id);
	paper_add_link(p, "page", page);
	free(page);
	paper_set_arxiv(p, id);
}

void hf_card_papers(xmlNodePtr top, int page_year, struct paper_list *out, struct strlist *seen)
{
	for (xmlNodePtr c = html_find(top, "article", NULL); c; c = html_find_after(top, c, "article", NULL))
		read_card(c, page_year, out, seen);
}
