/* adapters-html.c — the HTML adapters in the order they are tried: the sites with a structure
 * of their own first, then pages described by metadata, then lab/author listings, then the
 * last resort. Earlier entries must not claim pages of later ones (an arXiv abstract page
 * also carries citation_* metas, so arxiv-abs comes before highwire; a digest's records hold
 * abstracts, so the digest comes before the "Abstract:" listings). */
#include "digest.h"
#include "ingest-html.h"

const struct adapter *const adapters_html[] = {
	&adapter_hf,
	&adapter_arxiv_abs,
	&adapter_arxiv_search,
	&adapter_arxiv_listing,
	&adapter_highwire,
	&adapter_digest,
	&adapter_listing,
	&adapter_generic,
	NULL,
};
