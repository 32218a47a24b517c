/* fts-ids.c — a one-phrase full-text match read into a bitmap by FTS5's phrase cursor. */
#include "fts-ids.h"

#include <sqlite3.h>
#include <stdbool.h>

#include "store-internal.h"
#include "store-watch.h"

/* The auxiliary function's name, and the pointer type its collector is passed as. */
#define FTS_IDS_FN "pb_phrase_ids"
#define FTS_IDS_PTR "pb_phrase_ids_collector"

struct collector {
	struct bits *out;  /* the set */
	long long last;    /* the greatest id set */
	long long n;       /* ids read */
	long long every;   /* ids between two checks of the interrupt */
};

static int collect_one(const Fts5ExtensionApi *api, Fts5Context *fc, void *arg)
{
	struct collector *c = arg;
	long long id = api->xRowid(fc);
	bits_set(c->out, id);
	c->last = id;
	return ++c->n % c->every == 0 && store_progress_stop() ? SQLITE_INTERRUPT : SQLITE_OK;
}

/* pb_phrase_ids(paper_fts, collector): called on the match's first row, reads every row of
 * its one phrase; 0 when the match has more than one phrase (nothing read), 1 when read. */
static void phrase_ids_fn(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx,
			  int nval, sqlite3_value **val)
{
	struct collector *c = nval == 1 ? sqlite3_value_pointer(val[0], FTS_IDS_PTR) : NULL;
	int rc;
	if (!c) {
		sqlite3_result_error(ctx, FTS_IDS_FN ": no collector", -1);
		return;
	}
	if (api->xPhraseCount(fc) != 1) {
		sqlite3_result_int(ctx, 0);
		return;
	}
	rc = api->xQueryPhrase(fc, 0, c, collect_one);
	if (rc != SQLITE_OK)
		sqlite3_result_error_code(ctx, rc);
	else
		sqlite3_result_int(ctx, 1);
}

/* Registers the function on the connection once; false when FTS5 will not have it. */
static bool fts_ids_ready(struct store *st)
{
	if (st->fts_ids == 0) {
		fts5_api *api = NULL;
		sqlite3_stmt *stmt;
		st->fts_ids = -1;
		if (sqlite3_prepare_v2(st->db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
			return false;
		sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(stmt);
		sqlite3_finalize(stmt);
		if (api && api->iVersion >= 2 &&
		    api->xCreateFunction(api, FTS_IDS_FN, NULL, phrase_ids_fn, NULL) == SQLITE_OK)
			st->fts_ids = 1;
	}
	return st->fts_ids > 0;
}

int fts_phrase_ids(struct store *st, const char *expr, struct bits *out, long long *last,
		   long long every, struct strbuf *err)
{
	struct collector c = {.out = out, .every = every > 0 ? every : FTS_IDS_CHECK};
	sqlite3_stmt *stmt;
	int rc, done = 1;
	*last = 0;
	if (!fts_ids_ready(st))
		return 0;
	/* the function runs on the first row, which any match with rows has */
	if (sqlite3_prepare_v2(st->db,
			       "SELECT " FTS_IDS_FN "(paper_fts, ?1) FROM paper_fts"
			       " WHERE paper_fts MATCH ?2 LIMIT 1",
			       -1, &stmt, NULL) != SQLITE_OK) {
		sb_addf(err, "%s: cannot run the query: %s", st->path, sqlite3_errmsg(st->db));
		return -1;
	}
	sqlite3_bind_pointer(stmt, 1, &c, FTS_IDS_PTR, NULL);
	store_bind_text(stmt, 2, expr);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		done = sqlite3_column_int(stmt, 0);
	else if (rc != SQLITE_DONE) /* no row: nothing matches, the set is empty */
		sb_addf(err, "%s: cannot run the query: %s", st->path, sqlite3_errmsg(st->db));
	sqlite3_finalize(stmt);
	*last = c.last;
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? done : -1;
}
