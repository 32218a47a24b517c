/* ingest-html.h — the HTML adapters, in the order adapters_html[] tries them, and the small
 * pieces they share (authors from DOM nodes and from "A, B and C" text). */
#ifndef PB_INGEST_HTML_H
#define PB_INGEST_HTML_H

#include <libxml/tree.h>

#include "adapter.h"

extern const struct adapter adapter_hf;            /* ingest-hf.c */
extern const struct adapter adapter_arxiv_abs;     /* ingest-arxiv-abs.c */
extern const struct adapter adapter_arxiv_search;  /* ingest-arxiv-search.c */
extern const struct adapter adapter_arxiv_listing; /* ingest-arxiv-listing.c */
extern const struct adapter adapter_highwire;      /* ingest-highwire.c */
extern const struct adapter adapter_listing;       /* ingest-listing.c */
extern const struct adapter adapter_generic;       /* ingest-generic.c */

/* The text of N (descriptor labels dropped) as one author. */
void ingest_add_author_node(struct paper *p, xmlNodePtr n);
/* One author per <a> below CONTAINER; without links, its text split as ingest_add_authors. */
void ingest_add_author_links(struct paper *p, xmlNodePtr container);
/* "A. One*, B. Two, and C. Three, et al." -> three authors. Returns how many were added. */
size_t ingest_add_authors(struct paper *p, const char *text);

#endif
