/* facet-match.h — a query's matching papers as a bitmap over a built facet index, and the
 * counts the reader shows from it: "N of M", facet values, favourites and unread. Each gives
 * the same figures as the SQL of store_count and store_facets (the unit tests compare them).
 *
 * Institution, topic, date and score terms are read from the index's lists; every other term
 * (full-text words, categories, tags, favourites, read marks) is its own SQL set of ids, which
 * SQLite takes from an index; AND, OR and NOT are word operations on the bitmaps. */
#ifndef PB_FACET_MATCH_H
#define PB_FACET_MATCH_H

#include <stdbool.h>

#include "facet-bits.h"
#include "facet-index.h"
#include "query.h"

/* The papers Q matches, into OUT (initialised here; IX must be ready). False with ERR filled
 * on an error or an interruption (store_set_interrupt). */
bool facet_match(const struct facet_index *ix, struct store *st, const struct query *q,
		 struct bits *out, struct strbuf *err);
/* The full-text sets of a query read ahead of facet_match, a piece at a time, so that no one
 * call reads a common word's whole list (a third of the library) at once: each idle step of
 * the reader stays short. */
struct facet_fts {
	char **exprs;      /* each MATCH facet_match runs for the query */
	struct bits *sets; /* the ids each gives, as read so far */
	size_t n;          /* how many */
	size_t at;         /* the one being read */
	long long after;   /* its last id read (0: none yet) */
	bool begun;        /* exprs collected */
	bool ready;        /* every set read */
	long long check_every; /* a set read whole: ids between checks of the interrupt
				* (0: FTS_IDS_CHECK; tests use fewer) */
};
void facet_fts_free(struct facet_fts *ff);
/* Reads up to ROWS more ids of Q's full-text sets into FF (zeroed or freed to begin); a set
 * of one phrase is read whole at once (fts-ids.c), as fast as a piece of ROWS the other way,
 * and a key interrupts it all the same. Returns
 * 1 while some are left, 0 once all are read (FF->ready), -1 on an error or an interruption
 * (in ERR; what was read is kept and the next call goes on from there). */
int facet_fts_step(const struct facet_index *ix, struct store *st, const struct query *q,
		   struct facet_fts *ff, long long rows, struct strbuf *err);
/* facet_match taking Q's full-text sets from FF where it has read them whole (FF may be NULL);
 * FF must have been read for Q. */
bool facet_match_with(const struct facet_index *ix, struct store *st, const struct query *q,
		      const struct facet_fts *ff, struct bits *out, struct strbuf *err);

/* Whether Q has terms and facet_match answers each from the index's lists (institutions,
 * topics, dates and scores), without a set of ids from SQL. */
bool facet_match_in_lists(const struct facet_index *ix, const struct query *q);
/* The values of KIND among the papers of SET, most frequent first, then by name (COLLATE
 * NOCASE) and id, as store_facets orders them; LIMIT < 0: all. */
bool facet_match_counts(const struct facet_index *ix, struct store *st, const struct bits *set,
			enum facet_kind kind, long long limit, struct facet_count **out, size_t *n,
			struct strbuf *err);
/* How many of the papers of SET are favourites (READ false) or marked read (READ true); -1 on
 * an error. */
long long facet_match_marked(struct store *st, const struct bits *set, bool read,
			     struct strbuf *err);

/* Whether the built index orders papers by ORDER's key (score or date, with no value SQLite
 * would order apart from the lists: see struct facet_family's odd) (facet-order.c). */
bool facet_order_usable(const struct facet_index *ix, struct sort order);
/* The ids of the papers of SET at OFFSET.. (LIMIT of them) in ORDER, as store_list_ids gives
 * them for a query that matches SET (REVERSE: counted from the end, as store_list_rows_end
 * reads them, last first). *IDS is allocated (free it). False when the index cannot order
 * by ORDER (facet_order_usable). */
bool facet_order_window(const struct facet_index *ix, const struct bits *set, struct sort order,
			bool reverse, long long offset, long long limit, long long **ids, size_t *n);

#endif
