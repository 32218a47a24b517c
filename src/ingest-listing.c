/* ingest-listing.c — lab, group, author and institution pages that list several papers
 * without site metadata: citation-style entries, or "Abstract:" blocks under a heading. */
#include "html.h"
#include "ingest-html.h"
#include "ingest-listing.h"

static bool listing_detect(const struct page *pg)
{
	xmlNodePtr top = html_root(pg->doc);
	return top && (listing_abstract_papers(top, NULL) >= LISTING_MIN_ENTRIES ||
	               listing_cite_papers(top, NULL) >= LISTING_MIN_ENTRIES);
}

static bool listing_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	xmlNodePtr top = html_root(pg->doc);
	size_t before = out->n;

	(void)err;
	if (listing_abstract_papers(top, NULL) >= LISTING_MIN_ENTRIES)
		listing_abstract_papers(top, out);
	if (out->n == before && listing_cite_papers(top, NULL) >= LISTING_MIN_ENTRIES)
		listing_cite_papers(top, out);
	return true;
}

const struct adapter adapter_listing = {
	.name = "listing",
	.detect = listing_detect,
	.extract = listing_extract,
};
