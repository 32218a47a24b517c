/* html.h — small DOM helpers for the HTML adapters: walk, find, attributes, metas, text, URLs.
 * Everything reads the parsed document, never the raw bytes, so attribute quoting and order,
 * entities and whitespace do not matter. Strings returned as char * are malloc'd (free()). */
#ifndef PB_HTML_H
#define PB_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/HTMLparser.h>

/* One <meta> tag with a name (name=, property= or itemprop=, as written) and a content. */
struct html_meta {
	char *name;    /* the attribute value exactly as the page wrote it */
	char *content; /* the content attribute, entities decoded */
};

/* Every named <meta> of a document, in document order. */
struct html_metas {
	struct html_meta *v; /* the tags */
	size_t n;            /* how many */
};

/* What a parsed document holds, so that a search for something it lacks ends at once: a Bloom
 * filter of its element names, attribute names and class words (no false "absent"). The
 * parse makes it (ingest_parse_html) and leaves it in doc->_private; documents without one
 * are searched in full. The tree must not gain elements afterwards. */
struct html_census {
	unsigned magic;          /* HTML_CENSUS_MAGIC */
	unsigned long long bits[8]; /* 512 bits, two per name */
	xmlNodePtr *metas;       /* the <meta> elements below the root element, in order (xmlMalloc) */
	size_t nmetas, metas_cap; /* how many, allocated */
	bool metas_known;        /* metas is the full list (false: search the tree) */
};
#define HTML_CENSUS_MAGIC 0x43656e73u

/* What may be in a census: an element name, an attribute name, a word of a class list. */
enum html_census_kind { HTML_ELEMENT, HTML_ATTRIBUTE, HTML_CLASS };

/* Fills C from DOC in one walk; false (C incomplete) when an element sits deeper than
 * MAX_DEPTH below the root. The list of metas is allocated with xmlMalloc. */
bool html_census_fill(htmlDocPtr doc, struct html_census *c, int max_depth);
/* Frees the list of metas and forgets it. */
void html_census_drop_metas(struct html_census *c);
/* False when N's document has a census and NAME (of KIND) is certainly nowhere in it. */
bool html_may_have(xmlNodePtr n, enum html_census_kind kind, const char *name);

/* Root element of DOC (libxml2 adds <html>/<body> to fragments), NULL for an empty doc. */
xmlNodePtr html_root(htmlDocPtr doc);

/* Is the element name NAME the lower-case LIT, ignoring case? (Faster than strcasecmp where
 * most names differ: the first letter decides most.) */
bool html_name_is(const char *name, const char *lit);
/* Is N an element named TAG (case-insensitive)? TAG NULL: any element. */
bool html_is(xmlNodePtr n, const char *tag);
/* Does N's class attribute hold the word CLS? */
bool html_has_class(xmlNodePtr n, const char *cls);
/* Element N matches TAG (NULL: any) and CLS (NULL: any). */
bool html_match(xmlNodePtr n, const char *tag, const char *cls);
/* Attribute NAME of N, NULL when absent. */
char *html_attr(xmlNodePtr n, const char *name);
bool html_has_attr(xmlNodePtr n, const char *name);
/* Attribute NAME of element N as xmlHasProp() finds it (the same node), faster. */
xmlAttrPtr html_prop(xmlNodePtr n, const char *name);

/* Pre-order walk over the elements below TOP: the element after N (N's children first). */
xmlNodePtr html_next(xmlNodePtr n, xmlNodePtr top);
/* Like html_next but skips N's descendants. */
xmlNodePtr html_next_skip(xmlNodePtr n, xmlNodePtr top);
/* First element below TOP matching TAG/CLS; html_find_after continues after AFTER. */
xmlNodePtr html_find(xmlNodePtr top, const char *tag, const char *cls);
xmlNodePtr html_find_after(xmlNodePtr top, xmlNodePtr after, const char *tag, const char *cls);
/* Next / previous element sibling, NULL when none. */
xmlNodePtr html_next_element(xmlNodePtr n);
/* Nearest ancestor of N (not N) matching TAG/CLS, NULL when none. */
xmlNodePtr html_ancestor(xmlNodePtr n, const char *tag, const char *cls);
/* Is N a heading, h1..h6? */
bool html_is_heading(xmlNodePtr n);

/* Reads every named meta tag of DOC. */
void html_metas_read(htmlDocPtr doc, struct html_metas *out);
void html_metas_free(struct html_metas *m);
/* Content of the first meta whose name is exactly NAME, NULL when none (not a copy). */
const char *html_metas_get(const struct html_metas *m, const char *name);
/* The same ignoring case, for Dublin Core names that sites spell DC.title, dc.Title, ... */
const char *html_metas_get_nocase(const struct html_metas *m, const char *name);

/* Text of N as text_node() gives it (MathJax rules, whitespace collapsed); NULL when empty. */
char *html_text(xmlNodePtr n);
/* Text of N leaving out every descendant for which DROP says yes. */
char *html_text_except(xmlNodePtr n, bool (*drop)(xmlNodePtr el, void *ctx), void *ctx);
/* Text of N without its span.descriptor labels ("Title:", "Authors:", "Abstract:"). */
char *html_text_nodesc(xmlNodePtr n);
/* The document's <title>, cleaned. */
char *html_title(htmlDocPtr doc);

/* HREF made absolute against BASE (either may be relative); NULL unless the result is an
 * http(s) URL. What a URL cannot hold (blanks, quotes, angle brackets, non-ASCII) comes out
 * percent-encoded, as a browser would send it. */
char *html_url_resolve(const char *href, const char *base);

#endif
