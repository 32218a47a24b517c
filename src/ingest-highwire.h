/* ingest-highwire.h — the body fallbacks of the citation_* adapter (ingest-highwire-body.c). */
#ifndef PB_INGEST_HIGHWIRE_H
#define PB_INGEST_HIGHWIRE_H

#include <libxml/tree.h>

#include "html.h"
#include "paper.h"

/* The abstract from the page body: site containers (blockquote.abstract, div.acl-abstract,
 * section#Abs1, div.abstract.author, ...), then the text after a heading "Abstract". The
 * "Abstract" label itself is left out. NULL when none. */
char *highwire_body_abstract(xmlNodePtr top);
/* Authors written only in the body as given-name / surname pairs (ScienceDirect). */
void highwire_body_authors(struct paper *p, xmlNodePtr top);
/* og:description / description as a last resort, rejected when it is site boilerplate, too
 * short to be an abstract, the title again, or a citation line naming the authors. */
char *highwire_description(const struct html_metas *m, const struct paper *p);

#endif
