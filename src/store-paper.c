/* store-paper.c — adding a paper: finding every paper it duplicates, merging them into one,
 * and writing the result.
 *
 * Duplicates are found by arXiv id, then DOI, then normalised title, then abstract fingerprint,
 * and the search follows what it finds: a page that carries both a title and an abstract can
 * join a title-only paper and an abstract-only paper that arrived earlier. Two papers whose
 * arXiv ids (or DOIs) differ are never merged. When one put joins several stored papers, the
 * oldest (lowest id) absorbs the others, taking over their sources and the user's data on
 * them, so the library ends up the same whatever order the pages came in.
 *
 * A description that could join two papers which cannot be one (it has no arXiv id or DOI, and
 * its title or abstract matches papers with different ones) joins the paper with the smallest
 * arXiv id, then the smallest DOI: the rule does not look at arrival order. What order can
 * still change: when the description and the paper it did not choose are both stored before
 * the chosen one arrives, the two are already one paper, and a merge is not undone. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "dedup.h"
#include "store-internal.h"
#include "store.h"

enum {
	SLOT_BY_ARXIV = STORE_SLOT_PAPER,
	SLOT_BY_DOI,
	SLOT_BY_TITLE,
	SLOT_BY_FP,
	SLOT_LINK_SOURCE,
	SLOT_MOVE_SOURCES,
	SLOT_MOVE_TAGS,
	SLOT_MOVE_FAVOURITE,
	SLOT_MOVE_READ,
	SLOT_MOVE_NOTE,
	SLOT_DELETE,
	SLOT_COUNT_MOVED_TAGS,
	SLOT_DELETE_ROWS, /* ..+N_PAPER_ROWS-1 */
};

/* Every table with rows of a paper (ON DELETE CASCADE in the schema). A batch runs with
 * foreign keys off (store.c), so a paper's deletion does not reach them by itself. */
static const char *const paper_rows_delete[] = {
	"DELETE FROM author WHERE paper_id = ?1",
	"DELETE FROM paper_institution WHERE paper_id = ?1",
	"DELETE FROM paper_topic WHERE paper_id = ?1",
	"DELETE FROM review WHERE paper_id = ?1",
	"DELETE FROM link WHERE paper_id = ?1",
	"DELETE FROM paper_source WHERE paper_id = ?1",
	"DELETE FROM paper_tag WHERE paper_id = ?1",
	"DELETE FROM favourite WHERE paper_id = ?1",
	"DELETE FROM read_mark WHERE paper_id = ?1",
	"DELETE FROM note WHERE paper_id = ?1",
};
enum { N_PAPER_ROWS = sizeof paper_rows_delete / sizeof paper_rows_delete[0] };

enum key_kind { KEY_ARXIV, KEY_DOI, KEY_TITLE, KEY_FP, KEY_N };

static const struct {
	int slot;        /* statement cache slot */
	const char *sql; /* papers holding a key, oldest first */
} key_queries[KEY_N] = {
	{SLOT_BY_ARXIV, "SELECT id, arxiv_id, doi FROM paper WHERE arxiv_id = ?1"},
	{SLOT_BY_DOI, "SELECT id, arxiv_id, doi FROM paper WHERE doi = ?1"},
	{SLOT_BY_TITLE, "SELECT id, arxiv_id, doi FROM paper WHERE title_key = ?1 ORDER BY id"},
	{SLOT_BY_FP, "SELECT id, arxiv_id, doi FROM paper WHERE abstract_fp = ?1 ORDER BY id"},
};

/* The stored papers one put merges with. */
struct group {
	struct strlist keys[KEY_N]; /* every key the put and its members carry */
	long long *ids;             /* members, in the order found */
	size_t n;
	long long *rejected;        /* matched a key but conflict on arXiv id or DOI */
	size_t nrejected;
	struct merge_state oldest;  /* the lowest-id member as it was stored */
	long long survivor;         /* its id (0: no member yet) */
};

static bool id_in(const long long *v, size_t n, long long id)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == id)
			return true;
	return false;
}

static void push_id(long long **v, size_t *n, long long id)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = id;
}

static void key_add(struct strlist *l, char *key)
{
	if (key && !strlist_has(l, key))
		strlist_take(l, key);
	else
		free(key);
}

/* Adds P's keys; KEYS, when not NULL, are its title key and fingerprint already worked out. */
static void group_add_keys(struct group *g, const struct paper *p, const struct paper_keys *keys)
{
	key_add(&g->keys[KEY_ARXIV], xstrdup(p->arxiv_id));
	key_add(&g->keys[KEY_DOI], xstrdup(p->doi));
	key_add(&g->keys[KEY_TITLE], keys ? xstrdup(keys->title_key) : dedup_title_key(p->title));
	key_add(&g->keys[KEY_FP], keys ? xstrdup(keys->fp) : dedup_abstract_fp(p->abstract));
}

static void group_free(struct group *g)
{
	for (int k = 0; k < KEY_N; k++)
		strlist_free(&g->keys[k]);
	free(g->ids);
	free(g->rejected);
	if (g->survivor)
		merge_state_free(&g->oldest);
}

/* Two descriptions may be one paper unless their arXiv ids or DOIs say otherwise. */
static bool compatible(const struct paper *a, const struct paper *b)
{
	if (a->arxiv_id && b->arxiv_id)
		return strcmp(a->arxiv_id, b->arxiv_id) == 0;
	return !(a->doi && b->doi && strcasecmp(a->doi, b->doi) != 0);
}

/* <0 when stored paper A (id, arXiv id, DOI) is to be met before B: papers with an arXiv id
 * first, by id; then those with a DOI, by DOI; then the rest, oldest first. Row ids say only
 * when a page came, so they decide only between papers that are all joined anyway. */
static int candidate_cmp(long long ida, const char *arxiva, const char *doia, long long idb,
			 const char *arxivb, const char *doib)
{
	int c;
	if (!arxiva != !arxivb)
		return arxiva ? -1 : 1;
	if (arxiva && (c = strcmp(arxiva, arxivb)) != 0)
		return c;
	if (!doia != !doib)
		return doia ? -1 : 1;
	if (doia && (c = strcasecmp(doia, doib)) != 0)
		return c;
	return ida < idb ? -1 : ida > idb;
}

/* The next stored paper that holds one of the group's keys and is not yet decided on, the
 * first in candidate_cmp's order. A description that matches two papers which cannot be one
 * (a title-only digest entry whose title two arXiv papers share) so joins the same one
 * whichever of them came first; see store_paper_put for what order can still change. */
static bool next_candidate(struct store *st, struct group *g, long long *out)
{
	char *best_arxiv = NULL, *best_doi = NULL;
	bool ok = true;

	*out = 0;
	for (int k = 0; k < KEY_N && ok; k++) {
		sqlite3_stmt *s = store_stmt(st, key_queries[k].slot, key_queries[k].sql);
		if (!s) {
			ok = false;
			break;
		}
		for (size_t i = 0; i < g->keys[k].n && ok; i++) {
			int rc;
			store_bind_static(s, 1, g->keys[k].v[i]);
			while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
				long long id = sqlite3_column_int64(s, 0);
				const char *arxiv = (const char *)sqlite3_column_text(s, 1);
				const char *doi = (const char *)sqlite3_column_text(s, 2);
				if (id_in(g->ids, g->n, id) || id_in(g->rejected, g->nrejected, id))
					continue;
				if (*out && candidate_cmp(id, arxiv, doi, *out, best_arxiv, best_doi) >= 0)
					continue;
				*out = id;
				free(best_arxiv);
				free(best_doi);
				best_arxiv = xstrdup(arxiv);
				best_doi = xstrdup(doi);
			}
			sqlite3_reset(s);
			if (rc != SQLITE_DONE)
				ok = store_fail_sql(st, "cannot look for duplicates");
		}
	}
	free(best_arxiv);
	free(best_doi);
	if (!ok)
		*out = 0;
	return ok;
}

/* Grows the group until no stored paper matches it; S (whose keys are KEYS) accumulates every
 * member. */
static bool group_find(struct store *st, struct group *g, struct merge_state *s,
		       const struct paper_keys *keys)
{
	long long id;

	group_add_keys(g, &s->p, keys);
	for (;;) {
		struct merge_state m;
		if (!next_candidate(st, g, &id))
			return false;
		if (!id)
			return true;
		if (!store_paper_load(st, id, &m, false))
			return false;
		if (!compatible(&s->p, &m.p)) {
			push_id(&g->rejected, &g->nrejected, id);
			merge_state_free(&m);
			continue;
		}
		merge_join(s, &m);
		push_id(&g->ids, &g->n, id);
		group_add_keys(g, &m.p, NULL);
		if (!g->survivor || id < g->survivor) {
			if (g->survivor)
				merge_state_free(&g->oldest);
			g->oldest = m;
			g->survivor = id;
		} else {
			merge_state_free(&m);
		}
	}
}

static bool run_pair(struct store *st, int slot, const char *sql, long long a, long long b)
{
	sqlite3_stmt *s = store_stmt(st, slot, sql);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	return store_step_done(st, s, "cannot merge two papers");
}

/* Deletes paper ID and every row of it. */
static bool delete_paper(struct store *st, long long id)
{
	for (int i = 0; i < N_PAPER_ROWS; i++)
		if (!run_pair(st, SLOT_DELETE_ROWS + i, paper_rows_delete[i], id, 0))
			return false;
	return run_pair(st, SLOT_DELETE, "DELETE FROM paper WHERE id = ?1", id, 0);
}

/* Paper FROM becomes part of INTO: its sources and the user's data on it move over (nothing
 * the user set is lost; two notes are kept one after the other), then it goes. */
static bool absorb(struct store *st, long long from, long long into)
{
	/* the counts and index first, while FROM's rows are still there to say what changes */
	return run_pair(st, SLOT_COUNT_MOVED_TAGS,
			"UPDATE tag SET paper_count = paper_count + 1 WHERE id IN"
			" (SELECT tag_id FROM paper_tag WHERE paper_id = ?1 AND tag_id NOT IN"
			"  (SELECT tag_id FROM paper_tag WHERE paper_id = ?2))",
			from, into) &&
	       store_counts_drop_paper(st, COUNT_TAG, from) &&
	       store_counts_drop_paper(st, COUNT_INSTITUTION, from) &&
	       store_counts_drop_paper(st, COUNT_TOPIC, from) && store_fts_remove(st, from) &&
	       run_pair(st, SLOT_MOVE_SOURCES,
			"INSERT OR IGNORE INTO paper_source (paper_id, source_id)"
			" SELECT ?2, source_id FROM paper_source WHERE paper_id = ?1",
			from, into) &&
	       run_pair(st, SLOT_MOVE_TAGS,
			"INSERT OR IGNORE INTO paper_tag (paper_id, tag_id, added_at)"
			" SELECT ?2, tag_id, added_at FROM paper_tag WHERE paper_id = ?1",
			from, into) &&
	       run_pair(st, SLOT_MOVE_FAVOURITE,
			"INSERT INTO favourite (paper_id, added_at)"
			" SELECT ?2, added_at FROM favourite WHERE paper_id = ?1"
			" ON CONFLICT (paper_id) DO UPDATE SET"
			" added_at = min(added_at, excluded.added_at)",
			from, into) &&
	       run_pair(st, SLOT_MOVE_READ,
			"INSERT INTO read_mark (paper_id, read_at)"
			" SELECT ?2, read_at FROM read_mark WHERE paper_id = ?1"
			" ON CONFLICT (paper_id) DO UPDATE SET read_at = min(read_at, excluded.read_at)",
			from, into) &&
	       run_pair(st, SLOT_MOVE_NOTE,
			"INSERT INTO note (paper_id, text, updated_at)"
			" SELECT ?2, text, updated_at FROM note WHERE paper_id = ?1"
			" ON CONFLICT (paper_id) DO UPDATE SET"
			" text = note.text || char(10, 10) || excluded.text,"
			" updated_at = max(note.updated_at, excluded.updated_at)",
			from, into) &&
	       delete_paper(st, from);
}

/* Replaces institution and topic names by the library's canonical ones (aliases resolved,
 * one spelling per name), creating those it lacks. */
static bool resolve_names(struct store *st, struct merge_state *m)
{
	struct paper *p = &m->p;
	for (size_t i = 0; i < p->institutions.n; i++)
		if (!store_institution_ensure(st, &p->institutions.v[i]))
			return false;
	for (size_t i = 0; i < p->ntopics; i++)
		if (!store_topic_ensure(st, &p->topics[i].name))
			return false;
	merge_state_canonical(m);
	return true;
}

static bool put(struct store *st, const struct paper *in, long long source_id, long long *id,
		bool *is_new)
{
	struct merge_state s;
	struct group g;
	struct paper_keys keys = {0};
	long long now = (long long)time(NULL);
	bool changed, ok = false;

	memset(&g, 0, sizeof g);
	merge_state_from_paper(&s, in);
	s.p.added_at = s.p.updated_at = 0;
	if (!resolve_names(st, &s))
		goto done;
	keys.title_key = dedup_title_key(s.p.title);
	keys.fp = dedup_abstract_fp(s.p.abstract);
	if (!group_find(st, &g, &s, &keys))
		goto done;
	*is_new = g.n == 0;
	if (g.n == 0) {
		/* nothing joined S: its title and abstract are still the ones the keys are of */
		if (!store_paper_insert(st, &s, &keys, now, id))
			goto done;
	} else {
		*id = g.survivor;
		for (size_t i = 0; i < g.n; i++)
			if (g.ids[i] != g.survivor && !absorb(st, g.ids[i], g.survivor))
				goto done;
		if (!store_paper_update(st, g.survivor, &g.oldest, &s, now, &changed))
			goto done;
	}
	if (source_id > 0 && !run_pair(st, SLOT_LINK_SOURCE,
				       "INSERT OR IGNORE INTO paper_source (paper_id, source_id)"
				       " VALUES (?1, ?2)",
				       *id, source_id))
		goto done;
	ok = true;
done:
	free(keys.title_key);
	free(keys.fp);
	merge_state_free(&s);
	group_free(&g);
	return ok;
}

bool store_paper_put(struct store *st, const struct paper *p, long long source_id,
		     long long *id_out, bool *is_new)
{
	long long id = 0;
	bool fresh = false;

	if (!store_work_begin(st))
		return false;
	if (!store_work_end(st, put(st, p, source_id, &id, &fresh)))
		return false;
	if (id_out)
		*id_out = id;
	if (is_new)
		*is_new = fresh;
	return true;
}
