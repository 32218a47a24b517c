/* page-load.h — test helper: a saved page read and parsed the way the ingester parses it
 * (libxml2's HTML parser, recover, no network, no messages), and adapter detection in the
 * order of adapters_html[]. */
#ifndef PB_TEST_PAGE_LOAD_H
#define PB_TEST_PAGE_LOAD_H

#include <stdbool.h>

#include "adapter.h"

/* A page and the memory behind it. */
struct page_file {
	struct page pg; /* what adapters get */
	char *buf;      /* the file's bytes, NUL-terminated */
};

/* Reads PATH (relative to the checkout: $PB_TOP when set, else the current directory) and
 * parses it. YEAR goes to pg.year. False with a message on stderr when it cannot be read. */
bool page_load(const char *path, int year, struct page_file *out);
/* The same from a string, for small hand-written cases. */
void page_from_string(const char *html, int year, struct page_file *out);
void page_unload(struct page_file *pf);

/* The first adapter of adapters_html[] whose detect() says yes, NULL when none. */
const struct adapter *page_detect(const struct page *pg);

/* Detects and extracts into OUT; returns the adapter used (NULL: none detected). *OK is what
 * extract() returned; its message, if any, goes to ERR. */
const struct adapter *page_extract(const struct page *pg, struct paper_list *out, bool *ok,
                                   struct strbuf *err);

/* The paper in L with this arXiv id / this exact title, NULL when none. */
const struct paper *papers_by_arxiv(const struct paper_list *l, const char *id);
const struct paper *papers_by_title(const struct paper_list *l, const char *title);

#endif
