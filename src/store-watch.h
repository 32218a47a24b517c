/* store-watch.h — what a long-lived reader of the library needs beyond store.h: noticing
 * writes made by other processes, and giving up a slow read when the user has moved on. */
#ifndef PB_STORE_WATCH_H
#define PB_STORE_WATCH_H

#include <stdbool.h>

struct store;

/* A number that changes whenever another connection commits to the library
 * (PRAGMA data_version). -1 on error. */
long long store_data_version(struct store *st);

/* While set, SQLite calls CHECK(CTX) every few thousand steps of a running statement; when it
 * returns true the statement stops with an error (the store function fails). NULL clears it.
 * Only for reads: the reader sets it around counts and facet counts, never around writes. */
void store_set_interrupt(struct store *st, bool (*check)(void *ctx), void *ctx);

#endif
