/* store-internal.h — what store-*.c files share: the handle and cached statements. */
#ifndef PB_STORE_INTERNAL_H
#define PB_STORE_INTERNAL_H

#include <stdbool.h>
#include <sqlite3.h>

/* How long a writer waits for another process's lock before giving up. */
#define STORE_BUSY_TIMEOUT_MS 10000

/* Cached prepared statements, by fixed slot; see store_stmt(). */
enum { STORE_STMT_SLOTS = 96 };

struct store {
	sqlite3 *db;          /* the connection */
	char *path;           /* the library file, for messages */
	bool readonly;        /* opened with STORE_READ_ONLY */
	bool in_transaction;  /* between store_begin and commit/rollback */
	sqlite3_stmt *stmts[STORE_STMT_SLOTS]; /* prepared once, reset after each use */
};

/* Returns the cached statement in SLOT, preparing SQL the first time (NULL on error).
 * Callers sqlite3_reset() it when done. Each file owns a range of slots (STORE_SLOT_*). */
sqlite3_stmt *store_stmt(struct store *st, int slot, const char *sql);
void store_statements_finalize(struct store *st);

/* Slot ranges, one per file, so files never collide. */
enum {
	STORE_SLOT_PAPER = 0,  /* store-paper.c: 0..39 */
	STORE_SLOT_USER = 40,  /* store-user.c: 40..55 */
	STORE_SLOT_LIST = 56,  /* store-list.c: 56..79 */
	STORE_SLOT_STATS = 80, /* store-stats.c: 80..95 */
};

#endif
