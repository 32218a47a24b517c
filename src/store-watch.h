/* store-watch.h — what a long-lived reader of the library needs beyond store.h: noticing
 * writes made by other processes, and giving up a slow read when the user has moved on. */
#ifndef PB_STORE_WATCH_H
#define PB_STORE_WATCH_H

#include <stdbool.h>

#include "util.h"

struct store;

/* A number that changes whenever another connection commits to the library
 * (PRAGMA data_version). -1 on error. */
long long store_data_version(struct store *st);

/* While set, SQLite calls CHECK(CTX) every few thousand steps of a running statement; when it
 * returns true the statement stops with an error (the store function fails). NULL clears it.
 * Only for reads: the reader sets it around counts and facet counts, never around writes. */
void store_set_interrupt(struct store *st, bool (*check)(void *ctx), void *ctx);
/* Whether the check set by store_set_interrupt says to stop now: for work done outside SQLite
 * (counting in memory) that should give way to a key as a statement does. */
bool store_interrupt_pending(void);
/* Whether a statement running now would be stopped, by that check or by the budget of
 * store_budget_begin (which it then counts as spent): for work SQLite hands back to the
 * program row by row (an FTS5 auxiliary function's callbacks), where its own check never runs. */
bool store_progress_stop(void);

/* The reader keeps a smaller page cache than an ingest needs (its peak memory is a target:
 * issue 6); what it reads again is in the OS's page cache anyway. 2 MB: once the facet index
 * is built, the windows of few matches come from its lists (facet-order.c), not from
 * paper_scored, which no cache the target allows holds at three million papers anyway. */
#define STORE_READER_CACHE_KIB 2048
void store_reader_tune(struct store *st);

/* A budget for the statements run until store_budget_end: once they have used MS of this
 * thread's CPU time (checked every thousand SQLite steps) the running statement stops with
 * SQLITE_INTERRUPT. CPU time, not steps: a step that probes the full-text index costs a
 * hundred plain ones, and not the wall clock, which a loaded machine stretches. For a plan
 * that may be the wrong one (store-list.c): it gives way to the other. store_budget_end
 * tells whether the budget stopped a statement (a user's interrupt is not counted). */
void store_budget_begin(struct store *st, double ms);
bool store_budget_end(struct store *st);

/* Counts up to LIMIT papers with an id above *AFTER, in id order, from an index of ids and sort
 * keys (tens of MB a million papers, where the table is gigabytes), and moves *AFTER to the last
 * id counted: the library's size a bounded piece at a time, each piece a statement the
 * reader's interrupt can stop (count(*) is one step SQLite cannot break off). Returns how many
 * (fewer than LIMIT: the end), -1 on error (ERR filled). */
long long store_count_papers_after(struct store *st, long long *after, long long limit,
				   struct strbuf *err);

#endif
