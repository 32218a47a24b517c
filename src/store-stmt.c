/* store-stmt.c — the cache of prepared statements that every store-*.c file uses. */
#include <stddef.h>

#include "store-internal.h"

sqlite3_stmt *store_stmt(struct store *st, int slot, const char *sql)
{
	if (slot < 0 || slot >= STORE_STMT_SLOTS) {
		store_fail(st, "%s: internal error: statement slot %d out of range", st->path, slot);
		return NULL;
	}
	/* SQLite rolls a transaction back by itself after some errors (no memory, a full or
	 * failing disk); a statement run after that would commit on its own, half a file */
	if (store_transaction_lost(st))
		return NULL;
	if (!st->stmts[slot] &&
	    sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->stmts[slot], NULL) !=
		    SQLITE_OK) {
		store_fail_sql(st, "cannot prepare a statement");
		return NULL;
	}
	/* a new operation begins: an old message must not stand for an error it did not set */
	sb_clear(&st->err);
	st->err_code = 0;
	return st->stmts[slot];
}

void store_statements_finalize(struct store *st)
{
	for (int i = 0; i < STORE_STMT_SLOTS; i++) {
		sqlite3_finalize(st->stmts[i]);
		st->stmts[i] = NULL;
	}
}
