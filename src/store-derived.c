/* store-derived.c — what the store keeps in step with the rows it writes: the full-text index
 * and the paper counts of institutions, topics and tags.
 *
 * The schema's triggers do this for other writers (the sqlite3 shell, a script). The store's
 * own connection runs with triggers off (store.c): a statement that fires a trigger needs a
 * statement journal, which copies every page the statement touches (16 KB each) and asks the
 * full-text index for a savepoint, and that was most of what writing a paper cost. So the
 * store indexes and counts itself, here: counts of new links add up in memory and are written
 * once per unit of work or batch; everything else is one statement where it happens. */
#include <stdlib.h>
#include <string.h>

#include "store-internal.h"

enum {
	SLOT_FTS_ADD = STORE_SLOT_DERIVED,
	SLOT_FTS_REMOVE,
	SLOT_FTS_KEEP,
	SLOT_FTS_BATCH,
	SLOT_COUNT_INST,
	SLOT_COUNT_TOPIC,
	SLOT_COUNT_TAG,
	SLOT_DROP_INST,
	SLOT_DROP_TOPIC,
	SLOT_DROP_TAG,
};

static const struct {
	int slot;        /* statement cache slot */
	const char *sql; /* adds ?2 to the count of ?1 */
} count_sql[COUNT_KINDS] = {
	[COUNT_INSTITUTION] = {SLOT_COUNT_INST,
			       "UPDATE institution SET paper_count = paper_count + ?2 WHERE id = ?1"},
	[COUNT_TOPIC] = {SLOT_COUNT_TOPIC, "UPDATE topic SET paper_count = paper_count + ?2 WHERE id = ?1"},
	[COUNT_TAG] = {SLOT_COUNT_TAG, "UPDATE tag SET paper_count = paper_count + ?2 WHERE id = ?1"},
};

static const struct {
	int slot;        /* statement cache slot */
	const char *sql; /* one less for everything paper ?1 links to */
} drop_sql[COUNT_KINDS] = {
	[COUNT_INSTITUTION] = {SLOT_DROP_INST,
			       "UPDATE institution SET paper_count = paper_count - 1 WHERE id IN"
			       " (SELECT institution_id FROM paper_institution WHERE paper_id = ?1)"},
	[COUNT_TOPIC] = {SLOT_DROP_TOPIC,
			 "UPDATE topic SET paper_count = paper_count - 1 WHERE id IN"
			 " (SELECT topic_id FROM paper_topic WHERE paper_id = ?1)"},
	[COUNT_TAG] = {SLOT_DROP_TAG,
		       "UPDATE tag SET paper_count = paper_count - 1 WHERE id IN"
		       " (SELECT tag_id FROM paper_tag WHERE paper_id = ?1)"},
};

bool store_fts_deferred(const struct store *st, long long id)
{
	return st->batch && id > st->fts_after;
}

bool store_fts_add(struct store *st, long long id)
{
	sqlite3_stmt *s;
	if (st->batch)
		return true; /* the batch indexes it as it is at commit */
	s = store_stmt(st, SLOT_FTS_ADD,
		       "INSERT INTO paper_fts (rowid, title, abstract, authors, institutions)"
		       " SELECT id, title, abstract, authors, institutions FROM paper WHERE id = ?1");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	return store_step_done(st, s, "cannot update the full-text index");
}

bool store_fts_remove(struct store *st, long long id)
{
	sqlite3_stmt *s;
	if (store_fts_deferred(st, id))
		return true; /* not indexed yet */
	/* the index holds no copy of the text: it must be told exactly what it indexed, which is
	 * the row as it still is. A batch keeps that aside and tells the index at commit: each
	 * statement that writes to the index ends with a flush of it, a segment of its own. */
	if (st->batch) {
		s = store_stmt(st, SLOT_FTS_KEEP,
			       "INSERT OR IGNORE INTO temp.fts_old (id, title, abstract, authors,"
			       " institutions) SELECT id, title, abstract, authors, institutions"
			       " FROM paper WHERE id = ?1");
		if (!s)
			return false;
		sqlite3_bind_int64(s, 1, id);
		return store_step_done(st, s, "cannot update the full-text index");
	}
	s = store_stmt(st, SLOT_FTS_REMOVE,
		       "INSERT INTO paper_fts (paper_fts, rowid, title, abstract, authors, institutions)"
		       " SELECT 'delete', id, title, abstract, authors, institutions FROM paper"
		       " WHERE id = ?1");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	return store_step_done(st, s, "cannot update the full-text index");
}

bool store_fts_batch(struct store *st)
{
	/* one statement, so one flush of the index: the old text of changed papers out, then
	 * every paper the batch added or changed in as it now is */
	sqlite3_stmt *s = store_stmt(st, SLOT_FTS_BATCH,
				     "INSERT INTO paper_fts (paper_fts, rowid, title, abstract, authors,"
				     " institutions)"
				     " SELECT 'delete', id, title, abstract, authors, institutions"
				     " FROM temp.fts_old"
				     " UNION ALL SELECT NULL, id, title, abstract, authors, institutions"
				     " FROM paper WHERE id > ?1"
				     " UNION ALL SELECT NULL, p.id, p.title, p.abstract, p.authors,"
				     " p.institutions FROM temp.fts_old o JOIN paper p ON p.id = o.id");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, st->fts_after);
	return store_step_done(st, s, "cannot update the full-text index");
}

/* The slot of (KIND, ID) in the index of st->counts (open addressing; -1: free). */
static size_t count_slot(const struct store *st, enum count_kind kind, long long id)
{
	size_t mask = st->counts_index_cap - 1;
	size_t i = (size_t)(((unsigned long long)id * 0x9E3779B97F4A7C15ULL) >> 20 ^ (size_t)kind) & mask;
	while (st->counts_index[i] >= 0) {
		const struct count_delta *d = &st->counts[st->counts_index[i]];
		if (d->kind == kind && d->id == id)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

static void counts_reindex(struct store *st, size_t cap)
{
	free(st->counts_index);
	st->counts_index_cap = cap;
	st->counts_index = xmalloc(cap * sizeof *st->counts_index);
	for (size_t i = 0; i < cap; i++)
		st->counts_index[i] = -1;
	for (size_t k = 0; k < st->ncounts; k++)
		st->counts_index[count_slot(st, st->counts[k].kind, st->counts[k].id)] = (long)k;
}

void store_count_add(struct store *st, enum count_kind kind, long long id, int delta)
{
	struct count_delta *d;
	size_t slot;
	if ((st->ncounts + 1) * 2 > st->counts_index_cap)
		counts_reindex(st, st->counts_index_cap ? st->counts_index_cap * 2 : 128);
	slot = count_slot(st, kind, id);
	if (st->counts_index[slot] >= 0) {
		st->counts[st->counts_index[slot]].delta += delta;
		return;
	}
	if (st->ncounts == st->counts_cap) {
		st->counts_cap = st->counts_cap ? st->counts_cap * 2 : 64;
		st->counts = xrealloc(st->counts, st->counts_cap * sizeof *st->counts);
	}
	st->counts_index[slot] = (long)st->ncounts;
	d = &st->counts[st->ncounts++];
	d->kind = kind;
	d->id = id;
	d->delta = delta;
}

bool store_counts_flush(struct store *st)
{
	bool ok = true;
	for (size_t i = 0; i < st->ncounts && ok; i++) {
		const struct count_delta *d = &st->counts[i];
		sqlite3_stmt *s;
		if (!d->delta)
			continue;
		s = store_stmt(st, count_sql[d->kind].slot, count_sql[d->kind].sql);
		if (!s) {
			ok = false;
			break;
		}
		sqlite3_bind_int64(s, 1, d->id);
		sqlite3_bind_int64(s, 2, d->delta);
		ok = store_step_done(st, s, "cannot update paper counts");
	}
	store_counts_discard(st);
	return ok;
}

void store_counts_mark(struct store *st)
{
	if (st->ncounts > st->counts_mark_cap) {
		st->counts_mark_cap = st->counts_cap;
		st->counts_mark = xrealloc(st->counts_mark, st->counts_mark_cap * sizeof *st->counts_mark);
	}
	if (st->ncounts)
		memcpy(st->counts_mark, st->counts, st->ncounts * sizeof *st->counts);
	st->ncounts_mark = st->ncounts;
}

void store_counts_back(struct store *st)
{
	/* the entries added since the mark come after its own, in the same order */
	if (st->ncounts_mark)
		memcpy(st->counts, st->counts_mark, st->ncounts_mark * sizeof *st->counts);
	st->ncounts = st->ncounts_mark;
	if (st->counts_index_cap)
		counts_reindex(st, st->counts_index_cap);
}

void store_counts_discard(struct store *st)
{
	for (size_t i = 0; st->ncounts && i < st->counts_index_cap; i++)
		st->counts_index[i] = -1;
	st->ncounts = 0;
}

bool store_counts_drop_paper(struct store *st, enum count_kind kind, long long paper_id)
{
	sqlite3_stmt *s = store_stmt(st, drop_sql[kind].slot, drop_sql[kind].sql);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, paper_id);
	return store_step_done(st, s, "cannot update paper counts");
}

bool store_count_now(struct store *st, enum count_kind kind, long long id, int delta)
{
	sqlite3_stmt *s = store_stmt(st, count_sql[kind].slot, count_sql[kind].sql);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, delta);
	return store_step_done(st, s, "cannot update paper counts");
}
