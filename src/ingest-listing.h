/* ingest-listing.h — the two entry shapes of lab, author and institution pages
 * (ingest-listing-cite.c, ingest-listing-abstracts.c), used by ingest-listing.c. */
#ifndef PB_INGEST_LISTING_H
#define PB_INGEST_LISTING_H

#include <stddef.h>
#include <libxml/tree.h>

#include "paper.h"

/* Fewest entries that make a page a listing: one stray bold line is not a publication list. */
#define LISTING_MIN_ENTRIES 2

/* Citation-style entries below TOP; appends them to OUT unless OUT is NULL (counting only).
 * Returns how many entries there are. */
size_t listing_cite_papers(xmlNodePtr top, struct paper_list *out);
/* "Abstract:" blocks below TOP, each a paper, with the heading above them as the institution.
 * Appends nothing unless there are LISTING_MIN_ENTRIES. Returns how many blocks there are. */
size_t listing_abstract_papers(xmlNodePtr top, struct paper_list *out);

#endif
