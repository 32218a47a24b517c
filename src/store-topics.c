/* store-topics.c — what `paperboat retopic` needs from the library: papers' text in id order,
 * replacing a paper's rule topics, forgetting topics no paper has. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "store-internal.h"
#include "store.h"

enum {
	SLOT_TEXT = STORE_SLOT_TOPICS,
	SLOT_TOPICS_OF,
	SLOT_DROP_RULE,
	SLOT_ADD_TOPIC,
	SLOT_TOUCH,
	SLOT_PRUNE,
	SLOT_DROP_RULE_COUNTS,
};

void store_paper_texts_free(struct store_paper_text *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].title);
		free(v[i].abstract);
	}
	memset(v, 0, n * sizeof *v);
}

bool store_paper_texts(struct store *st, long long after, size_t limit, struct store_paper_text *out,
		       size_t *n)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_TEXT,
				     "SELECT id, title, abstract FROM paper WHERE id > ?1 ORDER BY id LIMIT ?2");
	int rc;
	*n = 0;
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, after);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out[*n].id = sqlite3_column_int64(s, 0);
		out[*n].title = store_column_text(s, 1);
		out[*n].abstract = store_column_text(s, 2);
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_paper_texts_free(out, *n);
		*n = 0;
		return store_fail_sql(st, "cannot read the papers");
	}
	return true;
}

/* The paper's topics: those from rules into RULE, the others into OTHER. */
static bool topics_of(struct store *st, long long id, struct strlist *rule, struct strlist *other)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_TOPICS_OF,
				     "SELECT t.name, pt.origin FROM paper_topic pt"
				     " JOIN topic t ON t.id = pt.topic_id WHERE pt.paper_id = ?1");
	int rc;
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		strlist_add(sqlite3_column_int(s, 1) == TOPIC_RULE ? rule : other,
			    store_column_str(s, 0));
	sqlite3_reset(s);
	return rc == SQLITE_DONE || store_fail_sql(st, "cannot read a paper's topics");
}

/* True when A and B hold the same names, case aside. */
static bool same_names(const struct strlist *a, const struct strlist *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (!strlist_has_nocase(b, a->v[i]))
			return false;
	return true;
}

/* One paper less for each topic paper ID has from the rules, which are about to go. */
static bool drop_rule_counts(struct store *st, long long id)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_DROP_RULE_COUNTS,
				     "UPDATE topic SET paper_count = paper_count - 1 WHERE id IN"
				     " (SELECT topic_id FROM paper_topic WHERE paper_id = ?1 AND origin = ?2)");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, TOPIC_RULE);
	return store_step_done(st, s, "cannot change a paper's topics");
}

static bool write_rule_topics(struct store *st, long long id, const struct strlist *wanted)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_DROP_RULE,
				     "DELETE FROM paper_topic WHERE paper_id = ?1 AND origin = ?2");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, TOPIC_RULE);
	if (!drop_rule_counts(st, id) || !store_step_done(st, s, "cannot change a paper's topics"))
		return false;
	for (size_t i = 0; i < wanted->n; i++) {
		char *name = xstrdup(wanted->v[i]);
		long long topic = store_topic_ensure(st, &name);
		free(name);
		if (!topic)
			return false;
		s = store_stmt(st, SLOT_ADD_TOPIC,
			       "INSERT INTO paper_topic (paper_id, topic_id, origin, pos) VALUES (?1, ?2, ?3,"
			       " (SELECT count(*) FROM paper_topic WHERE paper_id = ?1))"
			       " ON CONFLICT DO NOTHING");
		if (!s)
			return false;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, topic);
		sqlite3_bind_int(s, 3, TOPIC_RULE);
		if (!store_step_done(st, s, "cannot change a paper's topics"))
			return false;
		if (sqlite3_changes(st->db) > 0)
			store_count_add(st, COUNT_TOPIC, topic, 1);
	}
	s = store_stmt(st, SLOT_TOUCH, "UPDATE paper SET updated_at = ?2 WHERE id = ?1");
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	return store_step_done(st, s, "cannot change a paper's topics");
}

bool store_paper_rule_topics_set(struct store *st, long long id, const struct strlist *names,
				 bool *changed)
{
	struct strlist rule = {0}, other = {0}, wanted = {0};
	bool ok = false;

	*changed = false;
	if (!topics_of(st, id, &rule, &other))
		goto done;
	/* A topic the paper has from elsewhere (its arXiv category, a site keyword) stays that. */
	for (size_t i = 0; i < names->n; i++)
		if (!strlist_has_nocase(&other, names->v[i]) && !strlist_has_nocase(&wanted, names->v[i]))
			strlist_add(&wanted, names->v[i]);
	if (same_names(&rule, &wanted)) {
		ok = true;
		goto done;
	}
	if (!store_work_begin(st))
		goto done;
	ok = store_work_end(st, write_rule_topics(st, id, &wanted));
	*changed = ok;
done:
	strlist_free(&rule);
	strlist_free(&other);
	strlist_free(&wanted);
	return ok;
}

bool store_topics_prune(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_PRUNE,
				     "DELETE FROM topic WHERE NOT EXISTS"
				     " (SELECT 1 FROM paper_topic WHERE topic_id = topic.id)");
	bool ok;
	if (!s || !store_work_begin(st))
		return false;
	ok = store_step_done(st, s, "cannot forget unused topics");
	store_names_forget(st); /* a deleted topic's id may be given to a new one */
	return store_work_end(st, ok);
}
