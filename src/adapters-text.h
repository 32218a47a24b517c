/* adapters-text.h — the plain-text adapters, tried in the order of adapters_text[]. */
#ifndef PB_ADAPTERS_TEXT_H
#define PB_ADAPTERS_TEXT_H

#include "adapter.h"

extern const struct adapter adapter_digest_text; /* ingest-text-digest.c */
extern const struct adapter adapter_hf_text;     /* ingest-text-hf.c */
extern const struct adapter adapter_author_text; /* ingest-text-author.c */

#endif
