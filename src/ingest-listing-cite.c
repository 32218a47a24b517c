/* ingest-listing-cite.c — citation-style entries of lab, group and personal publication
 * pages: one <li> (or <p>) per paper with the authors, a title in <b>/<strong> (often in
 * curly quotes), the venue and year, and links ([Paper] to arXiv, DOI links, [Code]). The
 * title may also come first with the authors on the next line. */
#include "ingest-listing.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-html.h"
#include "text.h"
#include "util.h"

/* The pieces of one entry's text around its title element. */
struct cite_parts {
	struct strbuf before; /* text before the title: usually the authors */
	struct strbuf after;  /* text after it: venue, year, link labels */
	struct strbuf line2;  /* the first line after the title (authors when the title leads) */
	int lines_after;      /* <br> seen after the title */
};

/* An element that says it holds the title (academic page themes such as al-folio). */
static bool is_title_class(xmlNodePtr n)
{
	return html_has_class(n, "title") || html_has_class(n, "paper-title") ||
	       html_has_class(n, "pub-title");
}

/* The element holding the title: the first <b>/<strong> or title-classed element with
 * enough text. */
static xmlNodePtr title_element(xmlNodePtr e)
{
	for (xmlNodePtr n = html_next(e, e); n; n = html_next(n, e)) {
		if (html_is(n, "b") || html_is(n, "strong") || is_title_class(n)) {
			char *t = html_text(n);
			size_t len = t ? strlen(t) : 0;
			bool ok = len >= 12 && len <= 400 && t[0] != '[';
			free(t);
			if (ok)
				return n;
		}
	}
	return NULL;
}

static void collect(xmlNodePtr n, xmlNodePtr title, bool *past, struct cite_parts *cp)
{
	for (; n; n = n->next) {
		if (n == title) {
			*past = true;
			continue;
		}
		if (n->type == XML_TEXT_NODE) {
			const char *t = (const char *)n->content;
			if (!*past) {
				sb_add(&cp->before, t);
			} else {
				sb_add(&cp->after, t);
				if (cp->lines_after == 1)
					sb_add(&cp->line2, t);
			}
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || html_is(n, "script") || html_is(n, "style"))
			continue;
		if (html_is(n, "br") || html_is(n, "p") || html_is(n, "div")) {
			if (*past)
				cp->lines_after++;
			sb_addc(*past ? &cp->after : &cp->before, ' ');
		}
		/* Link labels ("[Paper]", "[Code]") are not names or venues. */
		if (html_is(n, "a")) {
			char *t = html_text(n);
			bool label = t && t[0] == '[';
			free(t);
			if (label)
				continue;
		}
		collect(n->children, title, past, cp);
	}
}

/* "“Title,”" -> "Title". */
static char *strip_quotes(char *t)
{
	static const char *const quotes[] = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\"", "\xe2\x80\x98",
	                                     "\xe2\x80\x99", "\xc2\xab", "\xc2\xbb"};
	bool again = true;
	char *out;

	while (again && t && *t) {
		size_t len = strlen(t);
		again = false;
		for (size_t i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
			size_t ql = strlen(quotes[i]);
			if (strncmp(t, quotes[i], ql) == 0) {
				memmove(t, t + ql, len - ql + 1);
				len -= ql;
				again = true;
			}
			if (len >= ql && strcmp(t + len - ql, quotes[i]) == 0) {
				t[len - ql] = '\0';
				len -= ql;
				again = true;
			}
		}
		while (len > 0 && (t[len - 1] == ',' || t[len - 1] == '.' || t[len - 1] == ' ')) {
			t[--len] = '\0';
			again = true;
		}
	}
	out = text_clean(t);
	free(t);
	return out;
}

/* "[12] A. One, B. Two." -> "A. One, B. Two" */
static char *clean_author_text(const char *raw)
{
	char *t = text_clean(raw);
	char *s = t;
	size_t len;

	if (!t)
		return NULL;
	if (*s == '[' && strchr(s, ']'))
		s = strchr(s, ']') + 1;
	while (isdigit((unsigned char)*s) || *s == '.' || *s == ' ')
		s++;
	len = strlen(s);
	while (len > 0 && strchr(" ,;:", s[len - 1]))
		len--;
	/* A final full stop after a family name, not after an initial ("Wang." but "Z."). */
	if (len > 2 && s[len - 1] == '.' && islower((unsigned char)s[len - 2]))
		len--;
	s = xstrndup(s, len);
	free(t);
	t = text_clean(s);
	free(s);
	return t;
}

/* Does TEXT read like a list of names: capitalised words, no sentence-long runs? */
static bool looks_like_names(const char *text)
{
	size_t words = 0, caps = 0;

	if (str_empty(text) || strlen(text) > 3000)
		return false;
	for (const char *s = text; *s;) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		words++;
		if (isupper((unsigned char)*s) || (unsigned char)*s >= 0x80)
			caps++;
		while (*s && *s != ' ')
			s++;
	}
	return words > 0 && caps * 2 >= words;
}

static int find_year(const char *s)
{
	for (const char *p = s; p && *p; p++) {
		if (isdigit((unsigned char)*p) && (p == s || !isalnum((unsigned char)p[-1])) &&
		    isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
		    isdigit((unsigned char)p[3]) && !isalnum((unsigned char)p[4])) {
			int y = atoi(p);
			if (y >= 1900 && y <= 2099)
				return y;
		}
	}
	return 0;
}

static bool is_label(const char *label, const char *word)
{
	return label && strcasestr(label, word) != NULL;
}

static void read_links(struct paper *p, xmlNodePtr e)
{
	for (xmlNodePtr a = html_find(e, "a", NULL); a; a = html_find_after(e, a, "a", NULL)) {
		char *href = html_attr(a, "href"), *label = html_text(a);
		char id[ARXIV_ID_MAX];
		char *url = href ? html_url_resolve(href, NULL) : NULL;

		if (url && arxiv_id_find(url, id)) {
			paper_set_arxiv(p, id);
		} else if (url && (strstr(url, "doi.org/") || strstr(url, "/doi/"))) {
			paper_set_doi(p, url);
			paper_set_url(&p->url, url);
		} else if (url && (is_label(label, "code") || strstr(url, "github.com/"))) {
			paper_add_link(p, "code", url);
		} else if (url && (is_label(label, "project") || is_label(label, "website"))) {
			paper_add_link(p, "project", url);
		} else if (url && str_ends(url, ".pdf")) {
			paper_set_url(&p->pdf_url, url);
		} else if (url) {
			paper_set_url(&p->url, url);
		}
		free(url);
		free(label);
		free(href);
	}
}

/* Reads entry E into OUT (when OUT is not NULL); true when E is a citation entry. */
static bool read_entry(xmlNodePtr e, struct paper_list *out)
{
	xmlNodePtr t = title_element(e);
	xmlNodePtr authors_el = html_find(e, NULL, "author");
	struct cite_parts cp = {0};
	char *authors_text = NULL;
	struct paper tmp = {0};
	char *title, *authors;
	bool past = false, ok;
	int year;

	if (!t)
		return false;
	if (!authors_el)
		authors_el = html_find(e, NULL, "authors");
	collect(e->children, t, &past, &cp);
	title = strip_quotes(html_text(t));
	/* An element classed as the authors beats position. */
	authors_text = authors_el ? html_text(authors_el) : NULL;
	authors = clean_author_text(authors_el ? authors_text : cp.before.s);
	/* Title first, then the authors on the next line. */
	if (!authors && cp.lines_after >= 1)
		authors = clean_author_text(cp.line2.s);
	ok = title && strlen(title) >= 10 && looks_like_names(authors) &&
	     ingest_add_authors(&tmp, authors) > 0;
	year = find_year(cp.after.s);
	if (ok && out) {
		struct paper *p = paper_list_push(out);
		*p = tmp;
		memset(&tmp, 0, sizeof tmp);
		p->title = title;
		title = NULL;
		if (year)
			p->date = xasprintf("%04d", year);
		read_links(p, e);
	}
	paper_free(&tmp);
	free(title);
	free(authors);
	free(authors_text);
	sb_free(&cp.before);
	sb_free(&cp.after);
	sb_free(&cp.line2);
	return ok;
}

size_t listing_cite_papers(xmlNodePtr top, struct paper_list *out)
{
	size_t n = 0;

	for (xmlNodePtr e = top; e; e = html_next(e, top)) {
		/* An item of the innermost list (nested lists give their own items), or a
		 * paragraph outside any list. */
		if (html_is(e, "li") ? html_find(e, "li", NULL) != NULL
		                     : !html_is(e, "p") || html_ancestor(e, "li", NULL))
			continue;
		if (read_entry(e, out))
			n++;
	}
	return n;
}
