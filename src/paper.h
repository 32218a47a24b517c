/* paper.h — one paper as adapters produce it and the store reads it back: plain data, no SQL. */
#ifndef PB_PAPER_H
#define PB_PAPER_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* Where a topic came from; stored with the topic so `retopic` can redo only the rules' part. */
enum topic_origin {
	TOPIC_ARXIV = 1,   /* an arXiv category such as cs.LG */
	TOPIC_KEYWORD = 2, /* a keyword the site gives (HF ai_keywords, citation_keywords) */
	TOPIC_RULE = 3,    /* a topic rule matched the title/abstract */
	TOPIC_OPTION = 4,  /* `ingest --topic NAME` */
};

struct topic_ref {
	char *name;               /* "cs.LG", "agents", ... */
	enum topic_origin origin; /* see above */
};

/* The digest's review sections, in the order the digest prints them. */
enum review_section {
	REVIEW_TLDR,
	REVIEW_METHODOLOGY,
	REVIEW_EXPERIMENTS,
	REVIEW_REPRODUCIBILITY,
	REVIEW_LIMITATIONS,
	REVIEW_IMPACT,
	REVIEW_N
};

/* Extra links beyond the abstract page and the PDF. */
struct paper_link {
	char *kind; /* "code", "project", "page" (where the paper was listed), "doi", ... */
	char *url;  /* absolute http(s) URL */
};

/* One paper. Every pointer may be NULL: a field the page does not carry stays empty. */
struct paper {
	long long id;          /* library id; 0 until stored */
	char *arxiv_id;        /* "2106.09608" or "hep-th/9901001", no "arXiv:" and no version */
	char *doi;             /* "10.1103/PhysRevX.12.041027", no "https://doi.org/" */
	char *title;           /* readable text, one line */
	char *abstract;        /* readable text: LaTeX turned into plain text */
	char *abstract_raw;    /* the abstract as the page had it (LaTeX kept), when it differs */
	char *date;            /* ISO 8601: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when that is all */
	char *url;             /* abstract or landing page */
	char *pdf_url;         /* the PDF */
	struct paper_link *links; /* further links */
	size_t nlinks;
	struct strlist authors;   /* display names, in the page's order */
	int author_count;         /* authors the page says there are (a card may show only "6 authors");
	                           * 0 = unknown; when authors.n > 0 it is at least authors.n */
	struct strlist institutions; /* canonical names; the primary one first when primary_known */
	bool primary_known;       /* the page names institutions.v[0] as the primary institution */
	struct topic_ref *topics; /* no duplicates */
	size_t ntopics;
	bool has_score;           /* false: the page shows no score (not the same as 0) */
	double score;             /* upvotes or the digest's score */
	char *reviews[REVIEW_N];  /* digest review sections, NULL when absent */

	/* Filled by the store when reading, never by adapters. */
	bool favourite;           /* the user's favourite flag */
	bool read;                /* the user's read mark */
	char *note;               /* the user's note */
	struct strlist tags;      /* the user's tags, sorted */
	struct strlist sources;   /* paths of every file this paper came from */
	long long added_at;       /* unix seconds */
	long long updated_at;     /* unix seconds */
};

/* A growable array of papers, as an adapter returns them. */
struct paper_list {
	struct paper *v; /* the papers */
	size_t n;        /* how many */
	size_t cap;      /* allocated */
};

/* Appends a zeroed paper and returns it (the pointer is valid until the next push). */
struct paper *paper_list_push(struct paper_list *l);
void paper_list_free(struct paper_list *l);
void paper_free(struct paper *p); /* frees the members, not p itself */

void paper_add_topic(struct paper *p, const char *name, enum topic_origin origin); /* skips dups */
void paper_add_link(struct paper *p, const char *kind, const char *url);
void paper_add_institution(struct paper *p, const char *name); /* skips case-insensitive dups */

const char *review_section_name(enum review_section s);   /* "tldr", "methodology", ... */
const char *review_section_title(enum review_section s);  /* "TL;DR", "Methodology", ... */
bool review_section_from_name(const char *name, enum review_section *out);

const char *topic_origin_name(enum topic_origin o);       /* "arxiv", "keyword", "rule", "option" */

#endif
