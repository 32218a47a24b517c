/* store-source.c — the ingested files: which were seen, with what content. */
#include <time.h>

#include "store-internal.h"
#include "store.h"

enum {
	SLOT_UNCHANGED = STORE_SLOT_SOURCE,
	SLOT_INSERT,
	SLOT_ID,
};

bool store_source_unchanged(struct store *st, const char *path, const char *hash)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_UNCHANGED,
				     "SELECT 1 FROM source WHERE path = ?1 AND hash = ?2");
	bool found;
	if (!s || !path || !hash)
		return false;
	store_bind_text(s, 1, path);
	store_bind_text(s, 2, hash);
	found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return found;
}

long long store_source_add(struct store *st, const char *path, const char *hash,
			   const char *adapter)
{
	sqlite3_stmt *ins = store_stmt(st, SLOT_INSERT,
				       "INSERT OR IGNORE INTO source (path, hash, adapter, ingested_at)"
				       " VALUES (?1, ?2, ?3, ?4)");
	sqlite3_stmt *sel;
	long long id = 0;

	if (str_empty(path) || str_empty(hash)) {
		store_fail(st, "a source needs a path and a content hash");
		return 0;
	}
	if (!ins)
		return 0;
	store_bind_text(ins, 1, path);
	store_bind_text(ins, 2, hash);
	store_bind_text(ins, 3, adapter);
	sqlite3_bind_int64(ins, 4, (long long)time(NULL));
	if (!store_step_done(st, ins, "cannot record an ingested file"))
		return 0;
	sel = store_stmt(st, SLOT_ID, "SELECT id FROM source WHERE path = ?1 AND hash = ?2");
	if (!sel)
		return 0;
	store_bind_text(sel, 1, path);
	store_bind_text(sel, 2, hash);
	if (sqlite3_step(sel) == SQLITE_ROW)
		id = sqlite3_column_int64(sel, 0);
	else
		store_fail_sql(st, "cannot record an ingested file");
	sqlite3_reset(sel);
	return id;
}
