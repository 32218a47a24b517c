/* ingest-digest.c — the weekly digest as an HTML page. No saved copy of the real site is
 * known, so nothing here relies on class names or ids: the page's text blocks (paragraphs,
 * headings, list items, cells) are laid out as lines in document order and read exactly as
 * the text dump is (digest.h): labels "Primary:" / "All Institutions:", review sections by
 * their headings or, unlabelled, by paragraph order. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "digest.h"
#include "html.h"
#include "text.h"

/* Elements that start a new block of text. */
static bool digest_html_block(const char *name)
{
	static const char *const blocks[] = {
		"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody",
		"thead", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
		"header", "footer", "main", "aside", "nav", "pre", "figure", "figcaption", "details",
		"summary", "form", "body", "html", "hr", "address", NULL,
	};
	for (int i = 0; blocks[i]; i++)
		if (html_name_is(name, blocks[i]))
			return true;
	return false;
}

/* Elements whose content is never page text. */
static bool digest_html_skipped(const char *name)
{
	return html_name_is(name, "script") || html_name_is(name, "style") ||
	       html_name_is(name, "noscript") || html_name_is(name, "template") ||
	       html_name_is(name, "head");
}

/* Elements whose end is a break between records or review sections (digest.h). */
static bool digest_html_sectioning(const char *name)
{
	return html_name_is(name, "article") || html_name_is(name, "section") ||
	       html_name_is(name, "main") || html_name_is(name, "aside") ||
	       html_name_is(name, "footer") || html_name_is(name, "nav") ||
	       html_name_is(name, "body");
}

/* Ends the line being gathered. */
static void digest_html_flush(struct strbuf *line, struct strlist *out)
{
	char *clean = text_clean(line->s ? line->s : "");
	if (clean)
		strlist_take(out, clean);
	sb_clear(line);
}

/* Lays out the children of NODE: inline text gathers into the current line, every block
 * element and <br> ends it. */
static void digest_html_lines(xmlNodePtr node, struct strbuf *line, struct strlist *out)
{
	for (xmlNodePtr n = node->children; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			sb_add(line, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)n->name;
		if (digest_html_skipped(name))
			continue;
		if (html_name_is(name, "br")) {
			digest_html_flush(line, out);
			continue;
		}
		bool block = digest_html_block(name);
		if (block)
			digest_html_flush(line, out);
		digest_html_lines(n, line, out);
		if (block)
			digest_html_flush(line, out);
		if (digest_html_sectioning(name) && out->n && *out->v[out->n - 1])
			strlist_add(out, "");
	}
}

static void digest_html_split(const struct page *pg, struct strlist *out)
{
	struct strbuf line = {0};
	xmlNodePtr root = xmlDocGetRootElement(pg->doc);

	if (root) {
		digest_html_lines((xmlNodePtr)pg->doc, &line, out);
		digest_html_flush(&line, out);
	}
	sb_free(&line);
}

static bool digest_html_detect(const struct page *pg)
{
	struct strlist l = {0};
	bool yes;

	if (!pg->doc)
		return false;
	digest_html_split(pg, &l);
	yes = digest_detect(&l);
	strlist_free(&l);
	return yes;
}

static bool digest_html_extract(const struct page *pg, struct paper_list *out,
				struct strbuf *err)
{
	struct strlist l = {0};

	(void)err;
	digest_html_split(pg, &l);
	digest_read(&l, out);
	strlist_free(&l);
	return true;
}

const struct adapter adapter_digest = {
	.name = "digest",
	.detect = digest_html_detect,
	.extract = digest_html_extract,
};
