/* ingest-listing-abstracts.c — pages about one author or institution that list papers as
 * "Abstract:" blocks (CatalyzeX author pages and the like). Each block is one paper; a title,
 * arXiv and code links are taken from the block's own card when it has them. The heading
 * above the list (or an element classed as the affiliation), when it names an institution
 * (ingest-heading.h, shared with the text dumps), goes to every entry as context. */
#include "ingest-listing.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-heading.h"
#include "text.h"
#include "util.h"

/* Shortest abstract text worth a paper. */
#define MIN_ABSTRACT 40
/* Most blocks a page may have (a guard against pathological pages). */
#define MAX_BLOCKS 4096

/* Length of the "Abstract:" label at the start of T, 0 when there is none. */
static size_t label_len(const char *t)
{
	size_t n = 8;
	if (!t || strncasecmp(t, "Abstract", 8) != 0)
		return 0;
	while (t[n] == ' ')
		n++;
	if (t[n] != ':')
		return 0;
	n++;
	while (t[n] == ' ')
		n++;
	return n;
}

/* Text of N when it is an abstract block (label, then enough text), else NULL. */
static char *block_text(xmlNodePtr n)
{
	char *t;
	size_t skip;

	if (!html_is(n, NULL) || html_is(n, "body") || html_is(n, "html"))
		return NULL;
	t = html_text(n);
	skip = label_len(t);
	if (!skip || strlen(t + skip) < MIN_ABSTRACT) {
		free(t);
		return NULL;
	}
	memmove(t, t + skip, strlen(t + skip) + 1);
	return t;
}

static bool inside(xmlNodePtr n, xmlNodePtr box)
{
	for (; n; n = n->parent)
		if (n == box)
			return true;
	return false;
}

/* The deepest blocks: an element qualifies when none of its descendants does. A walk in
 * document order meets an element's descendants right after it, so a qualifying element is
 * deepest unless the next qualifying one lies inside it: one look per element, where asking
 * every descendant made nested pages quadratic in their depth. */
static size_t find_blocks(xmlNodePtr top, xmlNodePtr *blocks, size_t max)
{
	size_t n = 0;
	xmlNodePtr pending = NULL;

	for (xmlNodePtr e = top; e && n < max; e = html_next(e, top)) {
		char *t = block_text(e);
		if (!t)
			continue;
		free(t);
		if (pending && !inside(e, pending))
			blocks[n++] = pending;
		pending = e;
	}
	if (pending && n < max)
		blocks[n++] = pending;
	return n;
}

static int depth_of(xmlNodePtr n)
{
	int d = 0;
	for (; n; n = n->parent)
		d++;
	return d;
}

/* The nearest node holding both A and B. */
static xmlNodePtr common_ancestor(xmlNodePtr a, xmlNodePtr b)
{
	int da = depth_of(a), db = depth_of(b);
	for (; da > db; da--)
		a = a->parent;
	for (; db > da; db--)
		b = b->parent;
	while (a != b) {
		a = a->parent;
		b = b->parent;
	}
	return a;
}

/* The widest ancestor of blocks[I] that holds no other block: the paper's card. Blocks are in
 * document order and none holds another, so the blocks inside any element are a run of
 * neighbours: the card stops below where blocks[I] meets the block before or after it. */
static xmlNodePtr card_of(size_t i, xmlNodePtr *blocks, size_t n)
{
	xmlNodePtr card = blocks[i];
	xmlNodePtr before = i > 0 ? common_ancestor(blocks[i], blocks[i - 1]) : NULL;
	xmlNodePtr after = i + 1 < n ? common_ancestor(blocks[i], blocks[i + 1]) : NULL;

	while (card->parent && card->parent->type == XML_ELEMENT_NODE &&
	       !html_is(card->parent, "body") && card->parent != before && card->parent != after)
		card = card->parent;
	return card;
}

/* The card's title: a heading or title-classed element before the block. */
static void read_card(struct paper *p, xmlNodePtr card, xmlNodePtr block)
{
	for (xmlNodePtr n = card == block ? NULL : html_next(card, card); n && n != block;
	     n = html_next(n, card)) {
		char *t;
		if (inside(block, n) || !(html_is_heading(n) || html_has_class(n, "title") ||
		                          html_has_class(n, "paper-title")))
			continue;
		t = html_text(n);
		if (t && strlen(t) >= 10 && strlen(t) <= 400 && !label_len(t)) {
			paper_take_title(p, t);
			break;
		}
		free(t);
	}
	for (xmlNodePtr a = html_find(card, "a", NULL); a; a = html_find_after(card, a, "a", NULL)) {
		char *href = html_attr(a, "href"), *label = html_text(a);
		char *url = href ? html_url_resolve(href, NULL) : NULL;
		char id[ARXIV_ID_MAX];
		if (url && arxiv_id_find(url, id))
			paper_set_arxiv(p, id);
		else if (url && (strstr(url, "github.com/") || (label && strcasestr(label, "code"))))
			paper_add_link(p, "code", url);
		free(url);
		free(label);
		free(href);
	}
}

/* An element that says what it holds is an affiliation. */
static bool is_affiliation(xmlNodePtr n)
{
	char *cls = html_attr(n, "class");
	bool yes = cls && (strcasestr(cls, "affiliation") || strcasestr(cls, "institution"));
	free(cls);
	return yes;
}

/* The last heading (or affiliation element) before the first card, outside every card, that
 * names an institution: "Tsinghua University" yes, a person's name or nickname ("Atlas") no. */
static char *context_heading(xmlNodePtr top, xmlNodePtr first_card)
{
	char *found = NULL;

	for (xmlNodePtr n = top; n && n != first_card; n = html_next(n, top)) {
		char *t;
		if (!(html_is_heading(n) || is_affiliation(n)) || inside(first_card, n) ||
		    html_find(n, "a", NULL))
			continue;
		t = html_text(n);
		if (t && ingest_heading_is_institution(t)) {
			free(found);
			found = t;
		} else {
			free(t);
		}
	}
	return found;
}

size_t listing_abstract_papers(xmlNodePtr top, struct paper_list *out)
{
	xmlNodePtr *blocks = xcalloc(MAX_BLOCKS, sizeof *blocks);
	size_t n = find_blocks(top, blocks, MAX_BLOCKS);
	char *context = NULL;

	if (out && n >= LISTING_MIN_ENTRIES)
		context = context_heading(top, card_of(0, blocks, n));
	for (size_t i = 0; out && n >= LISTING_MIN_ENTRIES && i < n; i++) {
		struct paper *p = paper_list_push(out);
		xmlNodePtr card = card_of(i, blocks, n);
		paper_take_abstract(p, block_text(blocks[i]));
		read_card(p, card, blocks[i]);
		paper_add_institution(p, context);
	}
	free(context);
	free(blocks);
	return n;
}
