/* store-paper-write.c — writing a merged paper: every row for a new one, only what differs
 * for an existing one (so re-putting what the library already holds writes nothing, and the
 * full-text index is touched only when its columns change). */
#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "store-internal.h"
#include "store.h"

enum {
	SLOT_INSERT = STORE_SLOT_WRITE,
	SLOT_UPDATE,
	SLOT_UPDATE_FTS,
	SLOT_UPDATE_INST,
	SLOT_AUTHOR_DELETE,
	SLOT_AUTHOR_INSERT,
	SLOT_TOPIC_DELETE,
	SLOT_TOPIC_INSERT,
	SLOT_REVIEW_SET,
	SLOT_REVIEW_DELETE,
	SLOT_LINK_DELETE,
	SLOT_LINK_INSERT,
	SLOT_ARXIV_OWNER,
	SLOT_DOI_OWNER,
	SLOT_REVIEW_INSERT,
};

static bool str_eq(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static bool strlist_eq(const struct strlist *a, const struct strlist *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return false;
	return true;
}

static bool topics_eq(const struct paper *a, const struct paper *b)
{
	if (a->ntopics != b->ntopics)
		return false;
	for (size_t i = 0; i < a->ntopics; i++)
		if (strcmp(a->topics[i].name, b->topics[i].name) != 0 ||
		    a->topics[i].origin != b->topics[i].origin)
			return false;
	return true;
}

static bool links_eq(const struct paper *a, const struct paper *b)
{
	if (a->nlinks != b->nlinks)
		return false;
	for (size_t i = 0; i < a->nlinks; i++)
		if (strcmp(a->links[i].url, b->links[i].url) != 0 ||
		    strcmp(a->links[i].kind, b->links[i].kind) != 0)
			return false;
	return true;
}

/* Which paper holds a unique value (0: none). */
static long long owner(struct store *st, int slot, const char *sql, const char *value)
{
	sqlite3_stmt *s = store_stmt(st, slot, sql);
	long long id = 0;
	if (!s || !value)
		return 0;
	store_bind_static(s, 1, value);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return id;
}

/* An id another paper already holds cannot be given to this one (the two papers conflict on
 * something else, or they would have been merged): keep what this paper had. */
static void keep_unique_ids(struct store *st, long long id, struct paper *p, const struct paper *old)
{
	long long o;
	o = owner(st, SLOT_ARXIV_OWNER, "SELECT id FROM paper WHERE arxiv_id = ?1", p->arxiv_id);
	if (o && o != id) {
		free(p->arxiv_id);
		p->arxiv_id = old ? xstrdup(old->arxiv_id) : NULL;
	}
	o = owner(st, SLOT_DOI_OWNER, "SELECT id FROM paper WHERE doi = ?1", p->doi);
	if (o && o != id) {
		free(p->doi);
		p->doi = old ? xstrdup(old->doi) : NULL;
	}
}

static int date_year(const char *date)
{
	return date && strlen(date) >= 4 ? atoi(date) : 0;
}

/* Binds the columns both INSERT and UPDATE write, as parameters 1..12. */
static void bind_plain_columns(sqlite3_stmt *s, const struct paper *p, const struct paper_keys *keys)
{
	int year = date_year(p->date);

	store_bind_static(s, 1, p->arxiv_id);
	store_bind_static(s, 2, p->doi);
	store_bind_static(s, 3, keys->title_key);
	store_bind_static(s, 4, p->abstract_raw);
	store_bind_static(s, 5, keys->fp);
	store_bind_static(s, 6, p->date);
	if (year)
		sqlite3_bind_int(s, 7, year);
	else
		sqlite3_bind_null(s, 7);
	store_bind_static(s, 8, p->url);
	store_bind_static(s, 9, p->pdf_url);
	if (p->has_score)
		sqlite3_bind_double(s, 10, p->score);
	else
		sqlite3_bind_null(s, 10);
	if (p->author_count > 0)
		sqlite3_bind_int(s, 11, p->author_count);
	else
		sqlite3_bind_null(s, 11);
	sqlite3_bind_int64(s, 12, p->added_at);
}

static bool write_authors(struct store *st, long long id, const struct merge_state *m, bool fresh)
{
	sqlite3_stmt *del = store_stmt(st, SLOT_AUTHOR_DELETE, "DELETE FROM author WHERE paper_id = ?1");
	sqlite3_stmt *ins = store_stmt(st, SLOT_AUTHOR_INSERT,
				       "INSERT INTO author (paper_id, pos, name, extra)"
				       " VALUES (?1, ?2, ?3, ?4)");
	if (!del || !ins)
		return false;
	if (!fresh) {
		sqlite3_bind_int64(del, 1, id);
		if (!store_step_done(st, del, "cannot write a paper's authors"))
			return false;
	}
	for (size_t i = 0; i < m->p.authors.n; i++) {
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_int64(ins, 2, (long long)i);
		store_bind_static(ins, 3, m->p.authors.v[i]);
		sqlite3_bind_int(ins, 4, i >= m->author_base);
		if (!store_step_done(st, ins, "cannot write a paper's authors"))
			return false;
	}
	return true;
}

static bool write_topics(struct store *st, long long id, const struct paper *p, bool fresh)
{
	sqlite3_stmt *del = store_stmt(st, SLOT_TOPIC_DELETE,
				       "DELETE FROM paper_topic WHERE paper_id = ?1");
	sqlite3_stmt *ins = store_stmt(st, SLOT_TOPIC_INSERT,
				       "INSERT INTO paper_topic (paper_id, topic_id, origin, pos)"
				       " VALUES (?1, ?2, ?3, ?4)");
	if (!del || !ins)
		return false;
	if (!fresh) {
		sqlite3_bind_int64(del, 1, id);
		if (!store_counts_drop_paper(st, COUNT_TOPIC, id) ||
		    !store_step_done(st, del, "cannot write a paper's topics"))
			return false;
	}
	for (size_t i = 0; i < p->ntopics; i++) {
		char *name = xstrdup(p->topics[i].name);
		long long topic = store_topic_ensure(st, &name);
		free(name);
		if (!topic)
			return false;
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_int64(ins, 2, topic);
		sqlite3_bind_int(ins, 3, (int)p->topics[i].origin);
		sqlite3_bind_int64(ins, 4, (long long)i);
		if (!store_step_done(st, ins, "cannot write a paper's topics"))
			return false;
		store_count_add(st, COUNT_TOPIC, topic, 1);
	}
	return true;
}

/* OLD is NULL for a new paper: its id has no review rows yet, so a plain INSERT does. OR
 * REPLACE would make SQLite open a statement journal for it, and closing one walks the whole
 * in-memory journal of the file's savepoint (a few MB in 1 KB pieces) each time. */
static bool write_reviews(struct store *st, long long id, const struct paper *p,
			  const struct paper *old)
{
	sqlite3_stmt *set = old ? store_stmt(st, SLOT_REVIEW_SET,
					     "INSERT OR REPLACE INTO review (paper_id, section, text)"
					     " VALUES (?1, ?2, ?3)")
				: store_stmt(st, SLOT_REVIEW_INSERT,
					     "INSERT INTO review (paper_id, section, text)"
					     " VALUES (?1, ?2, ?3)");
	sqlite3_stmt *del = store_stmt(st, SLOT_REVIEW_DELETE,
				       "DELETE FROM review WHERE paper_id = ?1 AND section = ?2");
	if (!set || !del)
		return false;
	for (int i = 0; i < REVIEW_N; i++) {
		sqlite3_stmt *s = p->reviews[i] ? set : del;
		if (old && str_eq(p->reviews[i], old->reviews[i]))
			continue;
		if (!old && !p->reviews[i])
			continue;
		sqlite3_bind_int64(s, 1, id);
		store_bind_static(s, 2, review_section_name((enum review_section)i));
		if (p->reviews[i])
			store_bind_static(s, 3, p->reviews[i]);
		if (!store_step_done(st, s, "cannot write a paper's reviews"))
			return false;
	}
	return true;
}

static bool write_links(struct store *st, long long id, const struct paper *p, bool fresh)
{
	sqlite3_stmt *del = store_stmt(st, SLOT_LINK_DELETE, "DELETE FROM link WHERE paper_id = ?1");
	sqlite3_stmt *ins = store_stmt(st, SLOT_LINK_INSERT,
				       "INSERT INTO link (paper_id, kind, url) VALUES (?1, ?2, ?3)");
	if (!del || !ins)
		return false;
	if (!fresh) {
		sqlite3_bind_int64(del, 1, id);
		if (!store_step_done(st, del, "cannot write a paper's links"))
			return false;
	}
	for (size_t i = 0; i < p->nlinks; i++) {
		sqlite3_bind_int64(ins, 1, id);
		store_bind_static(ins, 2, p->links[i].kind);
		store_bind_static(ins, 3, p->links[i].url);
		if (!store_step_done(st, ins, "cannot write a paper's links"))
			return false;
	}
	return true;
}

bool store_paper_insert(struct store *st, struct merge_state *m, const struct paper_keys *keys,
			long long now, long long *id)
{
	struct paper *p = &m->p;
	sqlite3_stmt *s;
	char *authors = merge_authors_text(p);
	char *institutions = NULL;
	bool ok = false;

	*id = 0;
	keep_unique_ids(st, 0, p, NULL);
	if (!store_institutions_text(st, &p->institutions, &institutions))
		goto done;
	s = store_stmt(st, SLOT_INSERT,
		       "INSERT INTO paper (arxiv_id, doi, title_key, abstract_raw, abstract_fp, date,"
		       " year, url, pdf_url, score, author_count, added_at, updated_at, title,"
		       " abstract, authors, institutions)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
		       " ?16, ?17)");
	if (!s)
		goto done;
	p->added_at = p->updated_at = now;
	bind_plain_columns(s, p, keys);
	sqlite3_bind_int64(s, 13, now);
	store_bind_static(s, 14, p->title);
	store_bind_static(s, 15, p->abstract);
	store_bind_static(s, 16, authors);
	store_bind_static(s, 17, institutions);
	if (!store_step_done(st, s, "cannot add a paper"))
		goto done;
	*id = sqlite3_last_insert_rowid(st->db);
	p->id = *id;
	if (!store_fts_add(st, *id))
		goto done;
	/* a new row id has no rows of its own yet: nothing to delete first */
	ok = write_authors(st, *id, m, true) && store_paper_write_institutions(st, *id, m, true, NULL) &&
	     write_topics(st, *id, p, true) && write_reviews(st, *id, p, NULL) &&
	     write_links(st, *id, p, true);
done:
	free(authors);
	free(institutions);
	return ok;
}

bool store_paper_update(struct store *st, long long id, const struct merge_state *old,
			struct merge_state *m, long long now, bool *changed)
{
	struct paper *p = &m->p;
	const struct paper *o = &old->p;
	char *authors = NULL, *old_authors = NULL, *institutions = NULL;
	struct paper_keys keys;
	bool authors_changed, inst_changed, topics_changed, links_changed, reviews_changed = false;
	bool plain_changed, text_changed, step_ok, ok = false;
	sqlite3_stmt *s;

	*changed = false;
	keep_unique_ids(st, id, p, o);
	for (int i = 0; i < REVIEW_N; i++)
		reviews_changed |= !str_eq(p->reviews[i], o->reviews[i]);
	authors_changed = m->author_base != old->author_base || !strlist_eq(&p->authors, &o->authors);
	inst_changed = p->primary_known != o->primary_known ||
		       !strlist_eq(&p->institutions, &o->institutions);
	topics_changed = !topics_eq(p, o);
	links_changed = !links_eq(p, o);
	plain_changed = !str_eq(p->arxiv_id, o->arxiv_id) || !str_eq(p->doi, o->doi) ||
			!str_eq(p->title, o->title) || !str_eq(p->abstract, o->abstract) ||
			!str_eq(p->abstract_raw, o->abstract_raw) || !str_eq(p->date, o->date) ||
			!str_eq(p->url, o->url) || !str_eq(p->pdf_url, o->pdf_url) ||
			p->has_score != o->has_score || (p->has_score && p->score != o->score) ||
			p->author_count != o->author_count || p->added_at != o->added_at;
	*changed = plain_changed || authors_changed || inst_changed || topics_changed ||
		   links_changed || reviews_changed;
	if (!*changed)
		return true;

	if (authors_changed && !write_authors(st, id, m, false))
		goto done;
	if (inst_changed && !store_paper_write_institutions(st, id, m, false, &institutions))
		goto done;
	if ((topics_changed && !write_topics(st, id, p, false)) ||
	    (reviews_changed && !write_reviews(st, id, p, o)) ||
	    (links_changed && !write_links(st, id, p, false)))
		goto done;

	s = store_stmt(st, SLOT_UPDATE,
		       "UPDATE paper SET arxiv_id = ?1, doi = ?2, title_key = ?3, abstract_raw = ?4,"
		       " abstract_fp = ?5, date = ?6, year = ?7, url = ?8, pdf_url = ?9, score = ?10,"
		       " author_count = ?11, added_at = ?12, updated_at = ?13 WHERE id = ?14");
	if (!s)
		goto done;
	p->updated_at = now;
	keys.title_key = dedup_title_key(p->title);
	keys.fp = dedup_abstract_fp(p->abstract);
	bind_plain_columns(s, p, &keys);
	sqlite3_bind_int64(s, 13, now);
	sqlite3_bind_int64(s, 14, id);
	step_ok = store_step_done(st, s, "cannot update a paper");
	free(keys.title_key);
	free(keys.fp);
	if (!step_ok)
		goto done;

	authors = merge_authors_text(p);
	old_authors = merge_authors_text(o);
	text_changed = !str_eq(p->title, o->title) || !str_eq(p->abstract, o->abstract) ||
		       !str_eq(authors, old_authors);
	if ((text_changed || inst_changed) && !store_fts_remove(st, id))
		goto done;
	if (text_changed) {
		s = store_stmt(st, SLOT_UPDATE_FTS,
			       "UPDATE paper SET title = ?1, abstract = ?2, authors = ?3 WHERE id = ?4");
		if (!s)
			goto done;
		store_bind_static(s, 1, p->title);
		store_bind_static(s, 2, p->abstract);
		store_bind_text(s, 3, authors);
		sqlite3_bind_int64(s, 4, id);
		if (!store_step_done(st, s, "cannot update a paper"))
			goto done;
	}
	if (inst_changed) {
		s = store_stmt(st, SLOT_UPDATE_INST,
			       "UPDATE paper SET institutions = ?1"
			       " WHERE id = ?2 AND institutions IS NOT ?1");
		if (!s)
			goto done;
		store_bind_text(s, 1, institutions);
		sqlite3_bind_int64(s, 2, id);
		if (!store_step_done(st, s, "cannot update a paper"))
			goto done;
	}
	if ((text_changed || inst_changed) && !store_fts_add(st, id))
		goto done;
	ok = true;
done:
	free(authors);
	free(old_authors);
	free(institutions);
	return ok;
}
