/* store-paper-read.c — reading a paper back: in full for callers, as a merge state for puts. */
#include <stdlib.h>
#include <string.h>

#include "store-internal.h"
#include "store.h"

enum {
	SLOT_PAPER = STORE_SLOT_READ,
	SLOT_AUTHORS,
	SLOT_INSTITUTIONS,
	SLOT_TOPICS,
	SLOT_REVIEWS,
	SLOT_LINKS,
	SLOT_USER,
	SLOT_TAGS,
	SLOT_SOURCES,
	SLOT_BY_ID,
	SLOT_BY_ARXIV,
	SLOT_BY_DOI,
	SLOT_TOTAL,
};

/* Runs S (bound to ID) and hands each row to FN; false on an SQLite error. */
static bool each_row(struct store *st, sqlite3_stmt *s, long long id,
		     void (*fn)(sqlite3_stmt *s, struct merge_state *m), struct merge_state *m)
{
	int rc;
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		fn(s, m);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail_sql(st, "cannot read a paper");
	return true;
}

static void row_author(sqlite3_stmt *s, struct merge_state *m)
{
	strlist_add(&m->p.authors, store_column_str(s, 0));
	/* the base list is the leading run of rows not marked extra */
	if (sqlite3_column_int(s, 1) == 0 && m->author_base == m->p.authors.n - 1)
		m->author_base++;
}

static void row_institution(sqlite3_stmt *s, struct merge_state *m)
{
	struct paper *p = &m->p;
	strlist_add(&p->institutions, store_column_str(s, 0));
	if (sqlite3_column_int(s, 1) && !p->primary_known) {
		/* the primary goes first whatever its position says */
		char *t = p->institutions.v[p->institutions.n - 1];
		memmove(p->institutions.v + 1, p->institutions.v,
			(p->institutions.n - 1) * sizeof(char *));
		p->institutions.v[0] = t;
		p->primary_known = true;
	}
}

static void row_topic(sqlite3_stmt *s, struct merge_state *m)
{
	struct paper *p = &m->p;
	p->topics = xrealloc(p->topics, (p->ntopics + 1) * sizeof *p->topics);
	p->topics[p->ntopics].name = store_column_text(s, 0);
	p->topics[p->ntopics].origin = (enum topic_origin)sqlite3_column_int(s, 1);
	p->ntopics++;
}

static void row_review(sqlite3_stmt *s, struct merge_state *m)
{
	enum review_section sec;
	if (review_section_from_name(store_column_str(s, 0), &sec)) {
		free(m->p.reviews[sec]);
		m->p.reviews[sec] = store_column_text(s, 1);
	}
}

static void row_link(sqlite3_stmt *s, struct merge_state *m)
{
	paper_add_link(&m->p, store_column_str(s, 0),
		       store_column_str(s, 1));
}

static void row_tag(sqlite3_stmt *s, struct merge_state *m)
{
	strlist_add(&m->p.tags, store_column_str(s, 0));
}

static void row_source(sqlite3_stmt *s, struct merge_state *m)
{
	strlist_add(&m->p.sources, store_column_str(s, 0));
}

static bool load_row(struct store *st, long long id, struct paper *p, bool *found)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_PAPER,
				     "SELECT arxiv_id, doi, title, abstract, abstract_raw, date, url,"
				     " pdf_url, score, author_count, added_at, updated_at"
				     " FROM paper WHERE id = ?1");
	int rc;
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (rc == SQLITE_ROW) {
		p->id = id;
		p->arxiv_id = store_column_text(s, 0);
		p->doi = store_column_text(s, 1);
		p->title = store_column_text(s, 2);
		p->abstract = store_column_text(s, 3);
		p->abstract_raw = store_column_text(s, 4);
		p->date = store_column_text(s, 5);
		p->url = store_column_text(s, 6);
		p->pdf_url = store_column_text(s, 7);
		p->has_score = sqlite3_column_type(s, 8) != SQLITE_NULL;
		p->score = sqlite3_column_double(s, 8);
		p->author_count = sqlite3_column_int(s, 9);
		p->added_at = sqlite3_column_int64(s, 10);
		p->updated_at = sqlite3_column_int64(s, 11);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail_sql(st, "cannot read a paper");
	return true;
}

static bool load_user(struct store *st, long long id, struct merge_state *m)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_USER,
				     "SELECT EXISTS (SELECT 1 FROM favourite WHERE paper_id = ?1),"
				     " EXISTS (SELECT 1 FROM read_mark WHERE paper_id = ?1),"
				     " (SELECT text FROM note WHERE paper_id = ?1)");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_fail_sql(st, "cannot read a paper");
	}
	m->p.favourite = sqlite3_column_int(s, 0) != 0;
	m->p.read = sqlite3_column_int(s, 1) != 0;
	m->p.note = store_column_text(s, 2);
	sqlite3_reset(s);
	return each_row(st,
			store_stmt(st, SLOT_TAGS,
				   "SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id"
				   " WHERE pt.paper_id = ?1 ORDER BY t.name"),
			id, row_tag, m) &&
	       each_row(st,
			store_stmt(st, SLOT_SOURCES,
				   "SELECT DISTINCT s.path FROM paper_source ps"
				   " JOIN source s ON s.id = ps.source_id"
				   " WHERE ps.paper_id = ?1 ORDER BY s.path"),
			id, row_source, m);
}

bool store_paper_load(struct store *st, long long id, struct merge_state *m, bool with_user)
{
	bool found = false;

	memset(m, 0, sizeof *m);
	if (!load_row(st, id, &m->p, &found))
		goto fail;
	if (!found) {
		store_fail(st, "no paper with id %lld", id);
		goto fail;
	}
	if (!each_row(st,
		      store_stmt(st, SLOT_AUTHORS,
				 "SELECT name, extra FROM author WHERE paper_id = ?1 ORDER BY pos"),
		      id, row_author, m) ||
	    !each_row(st,
		      store_stmt(st, SLOT_INSTITUTIONS,
				 "SELECT i.name, pi.is_primary FROM paper_institution pi"
				 " JOIN institution i ON i.id = pi.institution_id"
				 " WHERE pi.paper_id = ?1 ORDER BY pi.pos"),
		      id, row_institution, m) ||
	    !each_row(st,
		      store_stmt(st, SLOT_TOPICS,
				 "SELECT t.name, pt.origin FROM paper_topic pt"
				 " JOIN topic t ON t.id = pt.topic_id WHERE pt.paper_id = ?1"
				 " ORDER BY pt.pos, t.name"),
		      id, row_topic, m) ||
	    !each_row(st,
		      store_stmt(st, SLOT_REVIEWS,
				 "SELECT section, text FROM review WHERE paper_id = ?1"),
		      id, row_review, m) ||
	    !each_row(st,
		      store_stmt(st, SLOT_LINKS, "SELECT kind, url FROM link WHERE paper_id = ?1"),
		      id, row_link, m))
		goto fail;
	if (with_user && !load_user(st, id, m))
		goto fail;
	merge_state_canonical(m);
	return true;
fail:
	merge_state_free(m);
	return false;
}

bool store_paper_get(struct store *st, long long id, struct paper *out)
{
	struct merge_state m;
	if (!store_paper_load(st, id, &m, true))
		return false;
	*out = m.p;
	return true;
}

/* Looks up one id with a statement that takes one value. */
static long long lookup(struct store *st, int slot, const char *sql, const char *text,
			long long num)
{
	sqlite3_stmt *s = store_stmt(st, slot, sql);
	long long id = 0;
	if (!s)
		return 0;
	if (text)
		store_bind_text(s, 1, text);
	else
		sqlite3_bind_int64(s, 1, num);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return id;
}

long long store_paper_find(struct store *st, const char *ref)
{
	static const char *const prefixes[] = {
		"https://arxiv.org/abs/", "http://arxiv.org/abs/", "https://arxiv.org/pdf/",
		"http://arxiv.org/pdf/",  "arxiv.org/abs/",        "arxiv.org/pdf/",
	};
	char *arxiv, *buf;
	size_t n;
	long long id = 0;

	if (str_empty(ref))
		return 0;
	while (*ref == ' ')
		ref++;
	buf = xstrdup(ref);
	n = strlen(buf);
	while (n && buf[n - 1] == ' ')
		buf[--n] = '\0';
	if (n && strspn(buf, "0123456789") == n) {
		if (n <= 18)
			id = lookup(st, SLOT_BY_ID, "SELECT id FROM paper WHERE id = ?1", NULL,
				    strtoll(buf, NULL, 10));
		free(buf);
		return id;
	}
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (str_starts(buf, prefixes[i])) {
			memmove(buf, buf + strlen(prefixes[i]), n - strlen(prefixes[i]) + 1);
			if (str_ends(buf, ".pdf"))
				buf[strlen(buf) - 4] = '\0';
			break;
		}
	arxiv = merge_arxiv_id(buf);
	if (arxiv)
		id = lookup(st, SLOT_BY_ARXIV, "SELECT id FROM paper WHERE arxiv_id = ?1", arxiv, 0);
	else if (str_starts(buf, "10.") && strchr(buf, '/'))
		id = lookup(st, SLOT_BY_DOI, "SELECT id FROM paper WHERE doi = ?1", buf, 0);
	free(arxiv);
	free(buf);
	return id;
}

long long store_paper_total(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_TOTAL, "SELECT count(*) FROM paper");
	long long n = -1;
	if (!s)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	else
		store_fail_sql(st, "cannot count the papers");
	sqlite3_reset(s);
	return n;
}
