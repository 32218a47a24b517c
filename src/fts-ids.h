/* fts-ids.h — the papers a full-text match of one phrase holds, read in one pass of FTS5's own
 * phrase cursor (xQueryPhrase through an auxiliary function) instead of a SELECT stepped row
 * by row: some 18 ns a paper where the statement takes 60, which is most of what counting a
 * common word costs (issue 6: counts at three million papers). */
#ifndef PB_FTS_IDS_H
#define PB_FTS_IDS_H

#include "facet-bits.h"
#include "util.h"

struct store;

/* Ids read between two checks of the reader's interrupt: about a tenth of a millisecond. */
#define FTS_IDS_CHECK 4096

/* Sets in OUT the ids EXPR (an FTS5 MATCH expression) matches, when it is one phrase.
 * Returns 1 when done; 0 when EXPR is not one phrase or the library's full-text index cannot
 * be read this way (OUT untouched: the caller asks SQL); -1 on an error (ERR filled), an
 * interruption too (store_progress_stop, checked every EVERY ids; 0: FTS_IDS_CHECK). *LAST
 * is the greatest id set so far (0: none): the ids come in ascending order, so after an
 * interruption the rest are those above it. */
int fts_phrase_ids(struct store *st, const char *expr, struct bits *out, long long *last,
		   long long every, struct strbuf *err);

#endif
