/* adapter.h — one adapter per kind of page: detect it from the markup, extract plain papers.
 * Adapters never touch the library; the ingest run canonicalises, applies topic rules and
 * context, and hands the papers to the store.
 *
 *   ingest-hf*.c         Hugging Face papers pages (embedded JSON, SSR cards as fallback)
 *   ingest-arxiv-*.c     arXiv abstract pages, listings, search results
 *   ingest-highwire*.c   pages with citation_* meta tags (and site abstract containers)
 *   ingest-digest.c      the weekly digest (Primary / All Institutions / review sections)
 *   ingest-listing*.c    institution, author and lab pages (heading + entries)
 *   ingest-generic.c     the last resort: schema.org JSON-LD or Dublin Core title + authors
 *   ingest-text-*.c      the same kinds saved as plain text
 *   adapters-html.c, adapters-text.c   the two tables below, in the order they are tried
 */
#ifndef PB_ADAPTER_H
#define PB_ADAPTER_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/HTMLparser.h>

#include "paper.h"
#include "util.h"

/* One input document, decoded to UTF-8. */
struct page {
	const char *path; /* for messages: the file name, or "-" for stdin */
	const char *text; /* the whole document as UTF-8, NUL-terminated */
	size_t len;       /* bytes in text */
	htmlDocPtr doc;   /* the parsed HTML; NULL for a plain-text dump */
	int year;         /* the year to give a date that has none ("Feb 17"); 0 when unknown.
	                   * The run sets it from the file's time; an adapter may know better
	                   * from the page itself. */
};

struct adapter {
	const char *name; /* short kind name, stored with the source: "hf", "arxiv-abs", ... */
	/* Cheap look at the markup (or text): is this page of my kind? */
	bool (*detect)(const struct page *pg);
	/* Appends the page's papers to out. Returns false with one line in err when the page is
	 * of this kind but damaged; returning true with no papers means "no papers on it". */
	bool (*extract)(const struct page *pg, struct paper_list *out, struct strbuf *err);
};

/* Tried in order; the first whose detect() says yes extracts. NULL-terminated. */
extern const struct adapter *const adapters_html[];
extern const struct adapter *const adapters_text[];

#endif
