/* store-merge.h — the rules that merge two descriptions of one paper (store-merge.c).
 *
 * A library built from a set of pages must not depend on the order the pages arrive in, so
 * every rule here is a deterministic choice or union: merge_join(a, b) and merge_join(b, a)
 * give the same paper, and so do the joins of three states in any grouping. Pure C, no SQL. */
#ifndef PB_STORE_MERGE_H
#define PB_STORE_MERGE_H

#include <stddef.h>

#include "paper.h"

/* One paper as the store merges it. */
struct merge_state {
	struct paper p;     /* the paper; p.authors holds the base list, then the extras */
	size_t author_base; /* p.authors.v[0 .. author_base) is the best list any page gave;
	                     * the rest are names other pages added, in canonical order */
};

/* Copies what a page says about a paper (not the user's data) into a fresh state and puts it
 * in canonical form: "" becomes NULL, ids normalised ("arXiv:2106.09608v2" -> "2106.09608",
 * an arXiv DOI becomes the arXiv id), duplicates dropped, institutions primary first and then
 * sorted, topics and links sorted, author_count at least the names given. */
void merge_state_from_paper(struct merge_state *m, const struct paper *src);
/* Puts a state read back from the library in canonical form (the same rules). */
void merge_state_canonical(struct merge_state *m);
void merge_state_free(struct merge_state *m);

/* Merges FROM into INTO (both canonical; INTO stays canonical). */
void merge_join(struct merge_state *into, const struct merge_state *from);

/* "2106.09608", "hep-th/9901001": the arXiv id without prefix, version or subject class;
 * NULL when S does not look like one. Malloc'd. */
char *merge_arxiv_id(const char *s);

/* The author names as one line (", " between names), as the FTS index holds them. */
char *merge_authors_text(const struct paper *p);

#endif
