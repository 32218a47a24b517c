/* paper-spec.h — papers for tests written as one compact struct of strings. */
#ifndef PB_TEST_PAPER_SPEC_H
#define PB_TEST_PAPER_SPEC_H

#include "paper.h"

struct paper_spec {
	const char *arxiv;        /* arXiv id or NULL */
	const char *doi;          /* DOI or NULL */
	const char *title;        /* NULL: the page has none */
	const char *abstract;     /* readable abstract */
	const char *raw;          /* abstract_raw (with LaTeX) */
	const char *date;         /* ISO date, any precision */
	const char *score;        /* "12", "3.5"; NULL: no score */
	const char *authors;      /* "Ann Lee; Bo Chen" in page order */
	int author_count;         /* what the page says ("6 authors"); 0 unknown */
	const char *institutions; /* "Tsinghua University; MIT" */
	bool primary;             /* the first institution is the primary one */
	const char *topics;       /* "cs.LG@arxiv; agents@rule" (origin: arxiv keyword rule option) */
	const char *url;          /* abstract page */
	const char *pdf;          /* PDF link */
	const char *links;        /* "code=https://...; project=https://..." */
	const char *reviews[REVIEW_N]; /* digest sections */
};

/* Fills P (zeroed first) from S. */
void paper_from_spec(struct paper *p, const struct paper_spec *s);

#endif
