/* store-watch.c — data_version polling and interruptible reads for the reader. */
#include "store-watch.h"

#include <sqlite3.h>
#include <stddef.h>

#include "store-internal.h"

long long store_data_version(struct store *st)
{
	sqlite3_stmt *stmt;
	long long v = -1;
	/* not cached: a cached statement would hold nothing, but this runs once a second at
	 * most and keeping it out of the slot table leaves the slots to store-*.c */
	if (sqlite3_prepare_v2(st->db, "PRAGMA data_version", -1, &stmt, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

struct interrupt_hook {
	bool (*check)(void *ctx); /* the caller's test */
	void *ctx;                /* its argument */
};

/* SQLite virtual machine steps between two checks: often enough that a key is answered
 * within a millisecond or so, rarely enough that the check costs nothing measurable. */
#define STORE_INTERRUPT_PERIOD 1000

/* One reader, one library: a single hook is all the program needs. */
static struct interrupt_hook hook;

static int progress(void *arg)
{
	struct interrupt_hook *h = arg;
	return h->check && h->check(h->ctx) ? 1 : 0;
}

void store_set_interrupt(struct store *st, bool (*check)(void *ctx), void *ctx)
{
	hook.check = check;
	hook.ctx = ctx;
	if (check)
		sqlite3_progress_handler(st->db, STORE_INTERRUPT_PERIOD, progress, &hook);
	else
		sqlite3_progress_handler(st->db, 0, NULL, NULL);
}
