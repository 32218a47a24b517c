/* store-names.c — institutions (with aliases) and topics by name, and the institutions text
 * the full-text index holds for each paper.
 *
 * A name that arrives in two spellings differing only in case ("Tsinghua university",
 * "Tsinghua University") is one row; the byte-smallest spelling seen is the one kept, so the
 * library does not depend on which page came first. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "store-internal.h"
#include "store.h"

enum {
	SLOT_INST_BY_NAME = STORE_SLOT_NAMES,
	SLOT_INST_BY_ALIAS,
	SLOT_INST_INSERT,
	SLOT_INST_RENAME,
	SLOT_TOPIC_BY_NAME,
	SLOT_TOPIC_INSERT,
	SLOT_TOPIC_RENAME,
	SLOT_ALIASES_OF,
	SLOT_PAPER_INST_TEXT,
	SLOT_PAPERS_OF_INST,
	SLOT_PI_DELETE,
	SLOT_PI_INSERT,
	SLOT_SET_INST_TEXT,
};

/* Finds NAME (case-insensitively) with statement S; sets *id and *stored (malloc'd). */
static bool find_name(struct store *st, sqlite3_stmt *s, const char *name, long long *id,
		      char **stored)
{
	int rc;
	*id = 0;
	*stored = NULL;
	if (!s)
		return false;
	store_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*stored = store_column_text(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail_sql(st, "cannot look up a name");
	return true;
}

static bool set_name(struct store *st, int slot, const char *sql, long long id, const char *name)
{
	sqlite3_stmt *s = store_stmt(st, slot, sql);
	char *key = fold_key(name);
	bool ok;
	if (!s) {
		free(key);
		return false;
	}
	store_bind_text(s, 1, name);
	store_bind_text(s, 2, key);
	sqlite3_bind_int64(s, 3, id);
	ok = store_step_done(st, s, "cannot write a name");
	free(key);
	return ok;
}

/* A name answered before: *NAME becomes the stored spelling; 0 when not cached. */
static long long cached(const struct store_namecache *c, char **name)
{
	const struct store_name_entry *e = store_namecache_get(c, *name);
	if (!e)
		return 0;
	free(*name);
	*name = xstrdup(e->value);
	return e->id;
}

/* The shared part of institution and topic lookups: found -> maybe respell, else insert.
 * What it answers goes into CACHE under the name as asked for. */
static long long ensure(struct store *st, char **name, sqlite3_stmt *by_name, int insert_slot,
			const char *insert_sql, int rename_slot, const char *rename_sql,
			struct store_namecache *cache, bool *renamed)
{
	char *asked = xstrdup(*name);
	long long id;
	char *stored;

	*renamed = false;
	if (!find_name(st, by_name, *name, &id, &stored))
		goto fail;
	if (id) {
		if (strcmp(*name, stored) < 0) {
			free(stored);
			if (!set_name(st, rename_slot, rename_sql, id, *name))
				goto fail;
			/* every cached answer that gave the old spelling is now wrong */
			store_names_forget(st);
			*renamed = true;
		} else {
			free(*name);
			*name = stored;
		}
	} else {
		if (!set_name(st, insert_slot, insert_sql, 0, *name))
			goto fail;
		id = sqlite3_last_insert_rowid(st->db);
	}
	store_namecache_put(cache, asked, id, *name);
	free(asked);
	return id;
fail:
	free(asked);
	return 0;
}

long long store_institution_ensure(struct store *st, char **name)
{
	sqlite3_stmt *alias;
	long long id;
	char *stored;
	bool renamed;

	if (str_empty(*name)) {
		store_fail(st, "an institution needs a name");
		return 0;
	}
	if ((id = cached(&st->inst_names, name)))
		return id;
	/* an alias first: "THU" may be both an alias and, from an older page, a name */
	alias = store_stmt(st, SLOT_INST_BY_ALIAS,
			   "SELECT i.id, i.name FROM institution_alias a"
			   " JOIN institution i ON i.id = a.institution_id WHERE a.alias = ?1");
	if (!find_name(st, alias, *name, &id, &stored))
		return 0;
	if (id) {
		store_namecache_put(&st->inst_names, *name, id, stored);
		free(*name);
		*name = stored;
		return id;
	}
	id = ensure(st, name,
		    store_stmt(st, SLOT_INST_BY_NAME,
			       "SELECT id, name FROM institution WHERE name = ?1"),
		    SLOT_INST_INSERT, "INSERT INTO institution (name, key) VALUES (?1, ?2)",
		    SLOT_INST_RENAME, "UPDATE institution SET name = ?1, key = ?2 WHERE id = ?3",
		    &st->inst_names, &renamed);
	if (id && renamed && !store_institution_refresh_papers(st, id))
		return 0;
	return id;
}

long long store_topic_ensure(struct store *st, char **name)
{
	bool renamed;
	long long id;
	if (str_empty(*name)) {
		store_fail(st, "a topic needs a name");
		return 0;
	}
	if ((id = cached(&st->topic_names, name)))
		return id;
	return ensure(st, name,
		      store_stmt(st, SLOT_TOPIC_BY_NAME, "SELECT id, name FROM topic WHERE name = ?1"),
		      SLOT_TOPIC_INSERT, "INSERT INTO topic (name, key) VALUES (?1, ?2)",
		      SLOT_TOPIC_RENAME, "UPDATE topic SET name = ?1, key = ?2 WHERE id = ?3",
		      &st->topic_names, &renamed);
}

bool store_institutions_text(struct store *st, const struct strlist *names, char **out)
{
	struct strbuf b = {0};
	sqlite3_stmt *s = store_stmt(st, SLOT_ALIASES_OF,
				     "SELECT a.alias FROM institution_alias a"
				     " JOIN institution i ON i.id = a.institution_id"
				     " WHERE i.name = ?1 ORDER BY a.alias");
	int rc = SQLITE_DONE;

	*out = NULL;
	if (!s)
		return false;
	for (size_t i = 0; i < names->n; i++) {
		const struct store_name_entry *e = store_namecache_get(&st->inst_aliases, names->v[i]);
		size_t from;
		if (b.len)
			sb_add(&b, ", ");
		sb_add(&b, names->v[i]);
		if (e) {
			if (e->value)
				sb_add(&b, e->value);
			continue;
		}
		from = b.len;
		store_bind_text(s, 1, names->v[i]);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			sb_add(&b, ", ");
			sb_add(&b, store_column_str(s, 0));
		}
		sqlite3_reset(s);
		if (rc != SQLITE_DONE) {
			sb_free(&b);
			return store_fail_sql(st, "cannot read institution aliases");
		}
		store_namecache_put(&st->inst_aliases, names->v[i], 0,
				    b.len > from ? b.s + from : NULL);
	}
	*out = b.len ? sb_take(&b) : NULL;
	return true;
}

bool store_paper_institutions_text(struct store *st, long long id, char **out)
{
	struct strbuf b = {0};
	sqlite3_stmt *s = store_stmt(st, SLOT_PAPER_INST_TEXT,
				     "SELECT pi.pos, i.name, a.alias FROM paper_institution pi"
				     " JOIN institution i ON i.id = pi.institution_id"
				     " LEFT JOIN institution_alias a ON a.institution_id = i.id"
				     " WHERE pi.paper_id = ?1 ORDER BY pi.pos, a.alias");
	long long last_pos = -1;
	int rc;

	*out = NULL;
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		long long pos = sqlite3_column_int64(s, 0);
		if (pos != last_pos || b.len == 0) {
			if (b.len)
				sb_add(&b, ", ");
			sb_add(&b, store_column_str(s, 1));
			last_pos = pos;
		}
		if (sqlite3_column_type(s, 2) != SQLITE_NULL) {
			sb_add(&b, ", ");
			sb_add(&b, store_column_str(s, 2));
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		sb_free(&b);
		return store_fail_sql(st, "cannot read a paper's institutions");
	}
	*out = b.len ? sb_take(&b) : NULL;
	return true;
}

bool store_paper_write_institutions(struct store *st, long long id, const struct merge_state *m,
				    bool fresh, char **text_out)
{
	const struct strlist *names = &m->p.institutions;
	sqlite3_stmt *del = store_stmt(st, SLOT_PI_DELETE,
				       "DELETE FROM paper_institution WHERE paper_id = ?1");
	sqlite3_stmt *ins = store_stmt(st, SLOT_PI_INSERT,
				       "INSERT INTO paper_institution"
				       " (paper_id, institution_id, pos, is_primary)"
				       " VALUES (?1, ?2, ?3, ?4)");
	if (!del || !ins)
		return false;
	if (!fresh) {
		sqlite3_bind_int64(del, 1, id);
		if (!store_counts_drop_paper(st, COUNT_INSTITUTION, id) ||
		    !store_step_done(st, del, "cannot write a paper's institutions"))
			return false;
	}
	for (size_t i = 0; i < names->n; i++) {
		char *name = xstrdup(names->v[i]);
		long long inst = store_institution_ensure(st, &name);
		free(name);
		if (!inst)
			return false;
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_int64(ins, 2, inst);
		sqlite3_bind_int64(ins, 3, (long long)i);
		sqlite3_bind_int(ins, 4, i == 0 && m->p.primary_known);
		if (!store_step_done(st, ins, "cannot write a paper's institutions"))
			return false;
		store_count_add(st, COUNT_INSTITUTION, inst, 1);
	}
	return !text_out || store_institutions_text(st, names, text_out);
}

bool store_institution_refresh_papers(struct store *st, long long inst_id)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_PAPERS_OF_INST,
				     "SELECT paper_id FROM paper_institution"
				     " WHERE institution_id = ?1 ORDER BY paper_id");
	sqlite3_stmt *set;
	long long *ids = NULL;
	size_t n = 0;
	int rc;
	bool ok = false;

	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, inst_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		ids = xrealloc(ids, (n + 1) * sizeof *ids);
		ids[n++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(ids);
		return store_fail_sql(st, "cannot find an institution's papers");
	}
	set = store_stmt(st, SLOT_SET_INST_TEXT,
			 "UPDATE paper SET institutions = ?1 WHERE id = ?2 AND institutions IS NOT ?1");
	if (!set)
		goto done;
	for (size_t i = 0; i < n; i++) {
		struct merge_state m;
		char *text = NULL;
		bool step_ok;
		if (!store_paper_load(st, ids[i], &m, false))
			goto done;
		step_ok = store_paper_write_institutions(st, ids[i], &m, false, &text);
		merge_state_free(&m);
		if (!step_ok)
			goto done;
		if (!store_fts_remove(st, ids[i])) {
			free(text);
			goto done;
		}
		store_bind_text(set, 1, text);
		sqlite3_bind_int64(set, 2, ids[i]);
		free(text);
		if (!store_step_done(st, set, "cannot update a paper's institutions") ||
		    !store_fts_add(st, ids[i]))
			goto done;
	}
	ok = true;
done:
	free(ids);
	return ok;
}

/* Runs a one-off statement with two integer parameters. */
static bool run2(struct store *st, const char *sql, long long a, long long b)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail_sql(st, "cannot prepare a statement");
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	bool ok = store_step_done(st, s, "cannot merge two institutions");
	sqlite3_finalize(s);
	return ok;
}

/* Folds institution FROM into INTO: its papers, primaries and aliases move; FROM goes. */
static bool fold_institution(struct store *st, long long from, long long into)
{
	/* INTO's count is counted again at the end: nothing may still be on its way to it */
	return store_counts_flush(st) &&
	       run2(st,
		    "UPDATE paper_institution SET is_primary = 1 WHERE institution_id = ?2"
		    " AND paper_id IN (SELECT paper_id FROM paper_institution"
		    "  WHERE institution_id = ?1 AND is_primary = 1)",
		    from, into) &&
	       run2(st,
		    "UPDATE OR IGNORE paper_institution SET institution_id = ?2"
		    " WHERE institution_id = ?1",
		    from, into) &&
	       run2(st, "DELETE FROM paper_institution WHERE institution_id = ?1", from,
		    into) &&
	       run2(st,
		    "UPDATE OR REPLACE institution_alias SET institution_id = ?2"
		    " WHERE institution_id = ?1",
		    from, into) &&
	       run2(st, "DELETE FROM institution WHERE id = ?1", from, into) &&
	       run2(st,
		    "UPDATE institution SET paper_count = (SELECT count(*) FROM paper_institution"
		    " WHERE institution_id = ?2) WHERE id = ?2",
		    from, into);
}

/* The id of the institution or alias named NAME with the given SQL; 0 when none. */
static bool id_of(struct store *st, const char *sql, const char *name, long long *id)
{
	sqlite3_stmt *s;
	int rc;
	*id = 0;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail_sql(st, "cannot prepare a statement");
	store_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail_sql(st, "cannot look up an institution");
	return true;
}

static bool record_alias(struct store *st, const char *alias, const char *canonical)
{
	char *canon = xstrdup(canonical);
	char *key = fold_key(alias);
	long long cid, old, named;
	sqlite3_stmt *s = NULL;
	bool ok = false;

	cid = store_institution_ensure(st, &canon);
	if (!cid)
		goto done;
	if (strcasecmp(alias, canon) == 0) {
		ok = true; /* a name is not its own alias */
		goto done;
	}
	if (!id_of(st, "SELECT institution_id FROM institution_alias WHERE alias = ?1", alias,
		   &old))
		goto done;
	if (old == cid) {
		ok = true; /* already known: nothing changes */
		goto done;
	}
	/* pages ingested before the alias was known may have it as an institution of its own */
	if (!id_of(st, "SELECT id FROM institution WHERE name = ?1", alias, &named))
		goto done;
	/* what follows changes which institution a name or alias stands for */
	store_names_forget(st);
	if (named && named != cid && !fold_institution(st, named, cid))
		goto done;
	if (sqlite3_prepare_v2(st->db,
			       "INSERT INTO institution_alias (alias, institution_id, key)"
			       " VALUES (?1, ?2, ?3) ON CONFLICT (alias) DO UPDATE SET"
			       " alias = excluded.alias, institution_id = excluded.institution_id,"
			       " key = excluded.key",
			       -1, &s, NULL) != SQLITE_OK) {
		store_fail_sql(st, "cannot prepare a statement");
		goto done;
	}
	store_bind_text(s, 1, alias);
	sqlite3_bind_int64(s, 2, cid);
	store_bind_text(s, 3, key);
	if (!store_step_done(st, s, "cannot record an institution alias"))
		goto done;
	store_names_forget(st);
	ok = store_institution_refresh_papers(st, cid) &&
	     (!old || store_institution_refresh_papers(st, old));
done:
	sqlite3_finalize(s);
	free(canon);
	free(key);
	return ok;
}

bool store_institution_alias(struct store *st, const char *alias, const char *canonical)
{
	if (str_empty(alias) || str_empty(canonical))
		return store_fail(st, "an institution alias needs both names");
	if (!store_work_begin(st))
		return false;
	return store_work_end(st, record_alias(st, alias, canonical));
}
