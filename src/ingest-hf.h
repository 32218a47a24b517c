/* ingest-hf.h — the two readers of the Hugging Face adapter: the JSON the page embeds in
 * data-props (ingest-hf-json.c) and the server-rendered cards (ingest-hf-cards.c). */
#ifndef PB_INGEST_HF_H
#define PB_INGEST_HF_H

#include <libxml/tree.h>

#include "paper.h"
#include "util.h"

/* Walks one data-props JSON text for paper objects and appends them to OUT, skipping arXiv
 * ids already in SEEN (and adding new ones). Returns false when PROPS is not JSON. */
bool hf_json_papers(const char *props, struct paper_list *out, struct strlist *seen);
/* Papers from the SSR cards below TOP: article elements with an h3 link to /papers/<id>. */
void hf_card_papers(xmlNodePtr top, int page_year, struct paper_list *out, struct strlist *seen);
/* Does TOP hold at least one such card? */
bool hf_has_cards(xmlNodePtr top);
/* The arXiv id in a /papers/<id> link, false when HREF is not one. */
bool hf_paper_href(const char *href, char *id, size_t idlen);

#endif
