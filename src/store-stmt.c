/* store-stmt.c — the cache of prepared statements that every store-*.c file uses. */
#include <stddef.h>

#include "store-internal.h"

sqlite3_stmt *store_stmt(struct store *st, int slot, const char *sql)
{
	if (slot < 0 || slot >= STORE_STMT_SLOTS)
		return NULL;
	if (!st->stmts[slot] &&
	    sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->stmts[slot], NULL) !=
		    SQLITE_OK)
		return NULL;
	return st->stmts[slot];
}

void store_statements_finalize(struct store *st)
{
	for (int i = 0; i < STORE_STMT_SLOTS; i++) {
		sqlite3_finalize(st->stmts[i]);
		st->stmts[i] = NULL;
	}
}
