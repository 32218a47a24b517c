/* adapters-text.c — the plain-text adapters in the order the ingest run tries them. Each
 * detect() looks for its page's own structure, so the order only settles overlaps: the
 * digest's labels are the most specific, an author page's "Abstract:" lines the least. */
#include "adapters-text.h"

const struct adapter *const adapters_text[] = {
	&adapter_digest_text,
	&adapter_hf_text,
	&adapter_author_text,
	NULL,
};
