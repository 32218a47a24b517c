/* test-query-cases.c — queries against a small library made for their corner cases (accents
 * and aliases in institution names, word starts, GLOB and LIKE characters, FTS5 and SQL syntax
 * in values, date periods, papers without a title, date or score, categories by origin): exact
 * ids, sort orders, windows, rows, counts, facets, the indexes SQLite uses, and the limits.
 * The rows are written with plain SQL, as the store's schema lays them out. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fold.h"
#include "paper.h"
#include "query-check.h"
#include "query-internal.h"
#include "store-list.h"
#include "store.h"

/* --- the library: twelve papers whose facts the expectations below are read from ----------- */

static const char *const insts[][2] = {
	/* canonical name, alias (NULL: none); ids are 1-based positions */
	{"Tsinghua University", "THU"},
	{"University of Oxford", "Oxford University"},
	{"Stanford University", NULL},
	{"Université Paris-Saclay", NULL},
	{"Meta AI", NULL},
	{"A*STAR (Agency for Science, Technology and Research)", "A*STAR"},
	{"Oxford Brookes University", NULL},
};

static const struct {
	const char *title, *abstract, *authors; /* NULL title: the page had none */
	const char *arxiv_id, *date;
	double score; /* < 0: no score */
	long long added_at;
	int inst[3];        /* 1-based into insts, 0 ends */
	const char *topics; /* "name/origin,..." */
	const char *tags;   /* "a,b" */
	bool fav, read;
} papers[] = {
	/* 1 */ {"Calibration, Not Compilation: Detecting and Repairing Probabilistic Programs",
		 "Language models increasingly write probabilistic programs.",
		 "Jian Xu, Delu Zeng, John Paisley", "2606.31630", "2026-06-30", 128, 1005, {1},
		 "cs.LG/1,agents/2", "toread", true, false},
	/* 2 */ {"AutoMem: Memory as a Trainable Policy for Agents",
		 "We learn when to store and when to forget.", "Wei Wang, Li Zhang", "2606.29001",
		 "2026-06-29", 97, 1001, {1, 3}, "agents/2,RL/3", NULL, false, true},
	/* 3 */ {"World Models for Robot Transformers",
		 "We train a world model for manipulation.", "Ana Müller", "2511.00002",
		 "2025-11-02", 12, 1010, {2}, "cs.RO/1,RL/3", "later", true, false},
	/* 4 */ {"Attention Is Not All You Need", "A transformer attention study.", "Wangchun Li",
		 "2503.00004", "2025-03", 5, 1002, {1}, "attention/2,cs.CL/1", NULL, false, true},
	/* 5 */ {"Transformation Invariance in Vision", "Invariance of features to rotation.",
		 "Pierre Dupont", NULL, "2024-12-24", -1, 1003, {4}, "cs.CV/1", NULL, false, false},
	/* 6 */ {"Model Worlds: A Survey", "We survey the model of the world or its parts.",
		 "John Smith", NULL, "2025", 10, 1011, {5}, "cs.LG/2", NULL, false, false},
	/* 7 */ {"Sparse Mixtures of Experts", "Routing tokens to experts.", "Chen Hao",
		 "2601.00007", "2026-01-15", 10, 1003, {1}, "cs.LG/1,RL/3", NULL, false, false},
	/* 8 */ {"Graph Networks at A*STAR", "Message passing on graphs.", "Tan Mei Ling",
		 "2602.00008", "2026-02", 40, 1006, {6, 1}, "stat.ML/1", NULL, false, false},
	/* 9 */ {NULL, "An abstract-only entry about world model learning.", NULL, NULL, NULL, 10,
		 1007, {0}, NULL, NULL, false, false},
	/* 10 */ {"Oxford Brookes Study of Sleep", "Sleep and memory in students.", "Kate Brown",
		  NULL, "2023-07-01", 3, 1008, {7}, "hep-th/1", NULL, false, false},
	/* 11 */ {"Reinforcement Learning from Human Feedback", "Preferences train a reward.",
		  "Zhao Lei", "2508.00011", "2025-08-08", 60, 1009, {5}, "RL/3,cs.AI/1", "toread",
		  true, false},
	/* 12 */ {"year-only Paper", "Known only to the year.", "Sam Lee", NULL, "2026", -1, 1012,
		  {3}, NULL, NULL, false, false},
};
#define NPAPERS (sizeof papers / sizeof papers[0])

static void exec_ok(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
}

/* Runs SQL with text arguments (NULL binds NULL) and returns last_insert_rowid. */
static long long run(sqlite3 *db, const char *sql, int n, ...)
{
	sqlite3_stmt *st;
	va_list ap;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	va_start(ap, n);
	for (int i = 1; i <= n; i++)
		sqlite3_bind_text(st, i, va_arg(ap, const char *), -1, SQLITE_TRANSIENT);
	va_end(ap);
	if (sqlite3_step(st) != SQLITE_DONE)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return sqlite3_last_insert_rowid(db);
}

/* Returns the id of the named row in TABLE (topic or tag), creating it. */
static char *named_id(sqlite3 *db, const char *table, const char *name)
{
	char *key = fold_key(name);
	char *sql = xasprintf(!strcmp(table, "topic")
				      ? "INSERT OR IGNORE INTO topic(name, key) VALUES (?1, ?2)"
				      : "INSERT OR IGNORE INTO tag(name) VALUES (?1)");
	run(db, sql, !strcmp(table, "topic") ? 2 : 1, name, key);
	free(sql);
	free(key);
	sqlite3_stmt *st;
	sql = xasprintf("SELECT id FROM %s WHERE name = ?", table);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	char *id = xasprintf("%lld", sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	free(sql);
	return id;
}

static void fill_paper(sqlite3 *db, size_t i)
{
	char id[16], score[32], added[32], pos[16];
	struct strbuf names = {0};
	snprintf(id, sizeof id, "%zu", i + 1);
	snprintf(score, sizeof score, "%g", papers[i].score);
	snprintf(added, sizeof added, "%lld", papers[i].added_at);
	for (int k = 0; papers[i].inst[k]; k++) {
		const char *const *in = insts[papers[i].inst[k] - 1];
		sb_addf(&names, "%s%s%s%s", names.len ? "; " : "", in[0], in[1] ? "; " : "",
			in[1] ? in[1] : "");
	}
	run(db,
	    "INSERT INTO paper(id, title, abstract, authors, institutions, arxiv_id, date, year,"
	    " score, added_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
	    " CAST(substr(?7, 1, 4) AS INTEGER), CAST(?8 AS REAL), ?9, ?9)",
	    9, id, papers[i].title, papers[i].abstract, papers[i].authors, names.s,
	    papers[i].arxiv_id, papers[i].date, papers[i].score < 0 ? NULL : score, added);
	sb_free(&names);
	for (int k = 0; papers[i].inst[k]; k++) {
		char inst[16];
		snprintf(inst, sizeof inst, "%d", papers[i].inst[k]);
		snprintf(pos, sizeof pos, "%d", k);
		run(db,
		    "INSERT INTO paper_institution(paper_id, institution_id, pos, is_primary)"
		    " VALUES (?1, ?2, ?3, ?3 = '0')",
		    3, id, inst, pos);
	}
	char *list = xstrdup(papers[i].topics ? papers[i].topics : "");
	for (char *sv = NULL, *t = strtok_r(list, ",", &sv); t; t = strtok_r(NULL, ",", &sv)) {
		char *slash = strchr(t, '/');
		*slash = 0;
		char *tid = named_id(db, "topic", t);
		run(db, "INSERT INTO paper_topic(paper_id, topic_id, origin) VALUES (?1, ?2, ?3)",
		    3, id, tid, slash + 1);
		free(tid);
	}
	free(list);
	list = xstrdup(papers[i].tags ? papers[i].tags : "");
	for (char *sv = NULL, *t = strtok_r(list, ",", &sv); t; t = strtok_r(NULL, ",", &sv)) {
		char *gid = named_id(db, "tag", t);
		run(db, "INSERT INTO paper_tag(paper_id, tag_id, added_at) VALUES (?1, ?2, 0)",
		    2, id, gid);
		free(gid);
	}
	free(list);
	if (papers[i].fav)
		run(db, "INSERT INTO favourite(paper_id, added_at) VALUES (?1, 0)", 1, id);
	if (papers[i].read)
		run(db, "INSERT INTO read_mark(paper_id, read_at) VALUES (?1, 0)", 1, id);
}

static void fill(sqlite3 *db)
{
	exec_ok(db, "BEGIN");
	for (size_t i = 0; i < sizeof insts / sizeof insts[0]; i++) {
		char *key = fold_key(insts[i][0]);
		long long id = run(db, "INSERT INTO institution(name, key) VALUES (?1, ?2)", 2,
				   insts[i][0], key);
		free(key);
		assert_int_equal(id, (long long)i + 1);
		if (!insts[i][1])
			continue;
		char sid[16];
		snprintf(sid, sizeof sid, "%lld", id);
		key = fold_key(insts[i][1]);
		run(db,
		    "INSERT INTO institution_alias(alias, institution_id, key)"
		    " VALUES (?1, ?2, ?3)",
		    3, insts[i][1], sid, key);
		free(key);
	}
	for (size_t i = 0; i < NPAPERS; i++)
		fill_paper(db, i);
	exec_ok(db, "COMMIT");
}

struct fixture {
	char dir[64];      /* a fresh directory */
	char *path;        /* the library in it */
	struct store *st;  /* opened read-write */
};

static int setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof *fx);
	struct strbuf err = {0};
	snprintf(fx->dir, sizeof fx->dir, "%s", "/tmp/pbquery.XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	fx->path = xasprintf("%s/library.db", fx->dir);
	fx->st = store_open(fx->path, STORE_READ_WRITE, &err);
	if (!fx->st) {
		fprintf(stderr, "%s\n", err.s);
		return -1;
	}
	/* written as another program would (the sqlite3 shell): through a connection of its own,
	 * where the schema's triggers keep the full-text index and the counts (the store's
	 * connection keeps them itself and runs with triggers off) */
	{
		sqlite3 *db;
		if (sqlite3_open(fx->path, &db) != SQLITE_OK) {
			sqlite3_close(db);
			return -1;
		}
		exec_ok(db, "PRAGMA foreign_keys = ON");
		fill(db);
		sqlite3_close(db);
	}
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	static const char *const suffix[] = {"", "-wal", "-shm"};
	store_close(fx->st);
	for (size_t i = 0; i < 3; i++) {
		char *p = xasprintf("%s%s", fx->path, suffix[i]);
		unlink(p);
		free(p);
	}
	rmdir(fx->dir);
	free(fx->path);
	free(fx);
	return 0;
}

/* --- tests ------------------------------------------------------------------------------ */

static void test_matches(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *query; /* what the user types */
		const char *ids;   /* the papers it matches, by id */
	} cases[] = {
		{"", "1 2 3 4 5 6 7 8 9 10 11 12"},
		/* words: all must match; no stemming; phrases; prefixes */
		{"transformer", "4"},
		{"transform*", "3 4 5"},
		{"world model", "3 6 9"},
		{"\"world model\"", "3 9"},
		{"\"world mod\"*", "3 9"},
		{"WORLD Model", "3 6 9"},
		{"\"or\"", "6"},
		{"probabilistic programs", "1"},
		{"muller", "3"},
		{"tsinghua", "1 2 4 7 8"},      /* the institutions column is searched too */
		{"\"a*star\" graphs", "8"},
		{"-transform*", "1 2 6 7 8 9 10 11 12"},
		/* FTS5 syntax in the user's text stays text */
		{"\"NEAR(world model)\"", ""}, /* as syntax it would match 3 6 9 */
		{"\"world\" \"AND\" \"model\"", ""},
		{"\"-world\"", "3 6 9"},
		{"\"^world\"", "3 6 9"},
		{"\"{title}: world\"", ""},
		{"\"abstract: world\"", ""}, /* a column filter would match 3 6 9 */
		/* SQL in values stays a value */
		{"inst:\"x' or 1=1 --\"", ""},
		{"tag:\"'; DROP TABLE paper; --\"", ""},
		{"topic:\"%\"", ""},
		/* authors: word prefix in names */
		{"author:wang", "2 4"},
		{"author:xu", "1"},
		{"author:\"john\"", "1 6"},
		{"author:wang or author:xu", "1 2 4"},
		/* institutions: canonical name or alias, prefix of any word, no case or accents */
		{"inst:tsinghua", "1 2 4 7 8"},
		{"inst:TSING", "1 2 4 7 8"},
		{"inst:thu", "1 2 4 7 8"},
		{"inst:oxford", "3 10"},
		{"inst:\"University of Oxford\"", "3"},
		{"inst:\"oxford university\"", "3"},
		{"inst:universite", "5"},
		{"inst:UNIVERSITÉ", "5"},
		{"inst:saclay", "5"},
		{"inst:agency", "8"},
		{"inst:a*star", "8"},
		{"inst:versity", ""},
		{"inst:100%", ""},
		{"inst:_", ""},
		{"inst:\"[\"", ""}, /* GLOB's own characters are plain characters */
		{"inst:?", ""},
		{"inst:a*s", "8"},
		{"inst:\"a*star (agency\"", "8"},
		{"inst:\"star (agency\"", ""},
		/* topics and arXiv categories */
		{"topic:agents", "1 2"},
		{"topic:AG", "1 2"},
		{"topic:rl", "2 3 7 11"},
		{"topic:cs.lg", "1 6 7"},
		{"cat:cs.LG", "1 7"},
		{"cat:cs", "1 3 4 5 7 11"},
		{"cat:stat", "8"},
		{"cat:cs.L", ""},
		{"cat:agents", ""},
		{"cat:hep", "10"}, /* an archive with '-' children */
		{"cat:hep-th", "10"},
		{"cat:he", ""},
		/* dates and years */
		{"year:2025", "3 4 6 11"},
		{"year:2020..2024", "5 10"},
		{"year>2025", "1 2 7 8 12"},
		{"year<2025", "5 10"},
		{"date>=2026-06-01", "1 2"},
		{"date<2026", "3 4 5 6 10 11"},
		{"date:2026-06", "1 2"},
		{"date:2026", "1 2 7 8 12"},
		{"date>2026-01", "1 2 8"},
		{"date<=2025-03", "4 5 6 10"},
		{"date:2025-03..2025-11", "3 4 11"},
		{"-date:2026", "3 4 5 6 9 10 11"},
		/* scores: papers without one match no comparison; every negation holds for them */
		{"score>=10", "1 2 3 6 7 8 9 11"},
		{"score>10", "1 2 3 8 11"},
		{"score:5..50", "3 4 6 7 8 9"},
		{"score<5", "10"},
		{"score<=5", "4 10"},
		{"score:10", "6 7 9"},
		{"score=10", "6 7 9"},
		{"score:60..", "1 2 11"},
		{"score:..3", "10"},
		{"-score>=10", "4 5 10 12"},
		/* the user's data */
		{"tag:toread", "1 11"},
		{"tag:TOREAD", "1 11"},
		{"tag:to", ""},
		{"tag:later", "3"},
		{"fav", "1 3 11"},
		{"read", "2 4"},
		{"unread", "1 3 5 6 7 8 9 10 11 12"},
		{"-fav unread", "5 6 7 8 9 10 12"},
		/* combinations, precedence, negation */
		{"inst:tsinghua score>=10 -topic:rl", "1 8"},
		{"inst:tsinghua score>=10 not topic:rl", "1 8"},
		{"inst:oxford or inst:tsinghua topic:agents", "1 2 3 10"},
		{"(inst:oxford or inst:tsinghua) topic:agents", "1 2"},
		{"not inst:tsinghua", "3 5 6 9 10 11 12"},
		{"-(inst:tsinghua or inst:oxford)", "5 6 9 11 12"},
		{"world or fav", "1 3 6 9 11"},
		{"world and model or attention", "3 4 6 9"},
		{"world -\"world model\"", "6"},
		{"agents or world -model", "2"},
		{"transform* -cat:cs", ""},
		{"transform* or cat:stat score>=40", "3 4 5 8"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = check_set(fx->st, cases[i].query, (long long)NPAPERS);
		if (strcmp(got, cases[i].ids))
			fail_msg("%s: got [%s], expected [%s]", cases[i].query, got, cases[i].ids);
		free(got);
	}
}

static void test_orders(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		struct sort order; /* key and direction */
		const char *ids;   /* every paper in that order */
	} cases[] = {
		{{SORT_SCORE, false}, "1 2 11 8 3 9 7 6 4 10 12 5"},
		{{SORT_SCORE, true}, "10 4 6 7 9 3 8 11 2 1 5 12"},
		{{SORT_DATE, false}, "1 2 8 7 12 3 11 4 6 5 10 9"},
		{{SORT_DATE, true}, "10 5 6 4 11 3 12 7 8 2 1 9"},
		{{SORT_TITLE, true}, "4 2 1 8 6 10 11 7 5 3 12 9"},
		{{SORT_TITLE, false}, "12 3 5 7 11 10 6 8 1 2 4 9"},
		{{SORT_ADDED, false}, "12 6 3 11 10 9 8 1 7 5 4 2"},
		{{SORT_ADDED, true}, "2 4 5 7 1 8 9 10 11 3 6 12"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = check_ids(fx->st, "", cases[i].order, 0, -1);
		if (strcmp(got, cases[i].ids))
			fail_msg("%s%s: got [%s]", sort_key_name(cases[i].order.key),
				 cases[i].order.ascending ? ":asc" : "", got);
		free(got);
	}
	/* a filtered query keeps the order, either way */
	char *got = check_ids(fx->st, "inst:tsinghua score>=10 -topic:rl", BY_SCORE, 0, -1);
	assert_string_equal(got, "1 8");
	free(got);
	got = check_ids(fx->st, "inst:tsinghua score>=10 -topic:rl",
			(struct sort){SORT_SCORE, true}, 0, -1);
	assert_string_equal(got, "8 1");
	free(got);
}

static void test_windows(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *query;
		long long offset, limit;
		const char *ids;
	} cases[] = {
		{"", 0, 3, "1 2 11"},
		{"", 2, 3, "11 8 3"},
		{"", 10, 5, "12 5"},
		{"", 12, 5, ""},
		{"", 0, 0, ""},
		{"", -4, 2, "1 2"}, /* a negative offset is the start */
		{"score>=10", 5, -1, "9 7 6"},
		{"inst:tsinghua score>=10 -topic:rl", 0, -1, "1 8"},
		{"inst:tsinghua score>=10 -topic:rl", 1, 1, "8"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = check_ids(fx->st, cases[i].query, BY_SCORE, cases[i].offset,
				      cases[i].limit);
		if (strcmp(got, cases[i].ids))
			fail_msg("%s [%lld, %lld]: got [%s]", cases[i].query, cases[i].offset,
				 cases[i].limit, got);
		free(got);
	}
}

static void test_rows(void **state)
{
	struct fixture *fx = *state;
	struct query *q = check_parse("score>=10 or year:2024 or -date:2000..2030");
	struct strbuf err = {0};
	struct list_row *rows;
	size_t n;
	assert_true(store_list_rows(fx->st, q, (struct sort){SORT_DATE, false}, 0, -1, &rows, &n,
				    &err));
	/* 1 2 8 7 3 11 6 5 9 by date, newest first, undated last */
	assert_int_equal(n, 9);
	static const long long want[] = {1, 2, 8, 7, 3, 11, 6, 5, 9};
	for (size_t i = 0; i < n; i++)
		assert_int_equal(rows[i].id, want[i]);
	assert_string_equal(rows[0].arxiv_id, "2606.31630");
	assert_true(rows[0].has_score);
	assert_true(rows[0].score == 128);
	assert_string_equal(rows[0].date, "2026-06-30");
	assert_string_equal(rows[0].title,
			    "Calibration, Not Compilation: Detecting and Repairing Probabilistic "
			    "Programs");
	assert_true(rows[0].favourite);
	assert_false(rows[0].read);
	assert_false(rows[1].favourite); /* paper 2 */
	assert_true(rows[1].read);
	assert_null(rows[7].arxiv_id); /* paper 5: no arXiv id, no score */
	assert_false(rows[7].has_score);
	assert_string_equal(rows[7].date, "2024-12-24");
	assert_null(rows[8].title); /* paper 9: no title, no date */
	assert_null(rows[8].date);
	assert_true(rows[8].score == 10);
	list_rows_free(rows, n);
	/* a window of rows */
	assert_true(store_list_rows(fx->st, q, (struct sort){SORT_DATE, false}, 3, 2, &rows, &n,
				    &err));
	assert_int_equal(n, 2);
	assert_int_equal(rows[0].id, 7);
	assert_int_equal(rows[1].id, 3);
	assert_string_equal(rows[1].title, "World Models for Robot Transformers");
	list_rows_free(rows, n);
	query_free(q);
}

static void test_counts(void **state)
{
	struct fixture *fx = *state;
	struct strbuf err = {0};
	struct query *q = check_parse("inst:tsinghua score>=10 -topic:rl");
	assert_int_equal(store_count(fx->st, q, &err), 2);
	query_free(q);
	q = check_parse("");
	assert_int_equal(store_count(fx->st, q, &err), 12);
	query_free(q);
	assert_int_equal(store_count(fx->st, NULL, &err), 12);
	q = check_parse("unread");
	assert_int_equal(store_count(fx->st, q, &err), 10);
	query_free(q);
	assert_null(err.s);
}

static void test_facets(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *query;
		enum facet_kind kind;
		long long limit;
		const char *want;
	} cases[] = {
		{"", FACET_INSTITUTION, -1,
		 "Tsinghua University=5, Meta AI=2, Stanford University=2, "
		 "A*STAR (Agency for Science, Technology and Research)=1, "
		 "Oxford Brookes University=1, University of Oxford=1, Université Paris-Saclay=1"},
		{"", FACET_INSTITUTION, 2, "Tsinghua University=5, Meta AI=2"},
		{"score>=10", FACET_INSTITUTION, -1,
		 "Tsinghua University=4, Meta AI=2, "
		 "A*STAR (Agency for Science, Technology and Research)=1, "
		 "Stanford University=1, University of Oxford=1"},
		{"inst:tsinghua", FACET_TOPIC, -1,
		 "agents=2, cs.LG=2, RL=2, attention=1, cs.CL=1, stat.ML=1"},
		{"inst:tsinghua", FACET_TOPIC, 3, "agents=2, cs.LG=2, RL=2"},
		{"", FACET_TOPIC, 4, "RL=4, cs.LG=3, agents=2, attention=1"},
		{"", FACET_TAG, -1, "toread=2, later=1"},
		{"-fav", FACET_TAG, -1, ""},
		{"world", FACET_TAG, -1, "later=1"},
		{"inst:nowhere", FACET_INSTITUTION, -1, ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = check_facets(fx->st, cases[i].query, cases[i].kind, cases[i].limit);
		if (strcmp(got, cases[i].want))
			fail_msg("%s (facet %d): got [%s]", cases[i].query, cases[i].kind, got);
		free(got);
	}
}

/* The query plan SQLite picks for QUERY's id list, one detail line after another. */
static char *plan_of(struct store *st, const char *text, struct sort order, bool count)
{
	struct query *q = check_parse(text);
	struct query_sql s;
	struct strbuf sql = {0}, out = {0};
	query_compile(q, &s);
	if (count) {
		sb_add(&sql, "EXPLAIN QUERY PLAN SELECT count(*) FROM paper AS p WHERE ");
		query_sql_where(&s, &sql);
	} else {
		char *list = store_list_sql(&s, order, false);
		sb_addf(&sql, "EXPLAIN QUERY PLAN %s", list);
		free(list);
	}
	sqlite3_stmt *stmt = store_list_prepare(st, sql.s, NULL);
	assert_non_null(stmt);
	int next = store_list_bind(stmt, &s, 1);
	if (!count) {
		sqlite3_bind_int64(stmt, next, 50);
		sqlite3_bind_int64(stmt, next + 1, 0);
	}
	while (sqlite3_step(stmt) == SQLITE_ROW)
		sb_addf(&out, "%s\n", (const char *)sqlite3_column_text(stmt, 3));
	sqlite3_finalize(stmt);
	query_sql_free(&s);
	sb_free(&sql);
	query_free(q);
	return sb_take(&out);
}

static void test_plans(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *query; /* the filter */
		bool count;        /* plan the count, else the id list by score */
		const char *index; /* an index the plan must use */
	} cases[] = {
		{"inst:tsinghua", false, "paper_institution_inst"},
		{"inst:tsinghua", true, "paper_institution_inst"},
		{"topic:agents", false, "paper_topic_topic"},
		{"topic:agents", true, "topic_key"},
		{"cat:cs", true, "topic_key"},
		{"score>=10", true, "paper_score"},
		{"score:5..50", true, "paper_score"},
		{"", false, "paper_score"},
		{"date>=2026-06-01", true, "paper_date"},
		{"year:2025", true, "paper_date"},
		{"tag:toread", true, "paper_tag_tag"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *plan = plan_of(fx->st, cases[i].query, BY_SCORE, cases[i].count);
		if (!strstr(plan, cases[i].index))
			fail_msg("%s%s: %s unused in plan:\n%s", cases[i].query,
				 cases[i].count ? " (count)" : "", cases[i].index, plan);
		free(plan);
	}
	/* a full-text word is looked up in the index, not scanned for */
	char *plan = plan_of(fx->st, "transform*", BY_SCORE, true);
	assert_non_null(strstr(plan, "VIRTUAL TABLE INDEX"));
	free(plan);
}

/* "-(" LEVELS times (or OPEN), then INNER, then the closing parentheses. */
static char *nested(const char *open, int levels, const char *inner)
{
	struct strbuf b = {0};
	for (int i = 0; i < levels; i++)
		sb_add(&b, open);
	sb_add(&b, inner);
	for (int i = 0; i < levels; i++)
		sb_add(&b, ")");
	return sb_take(&b);
}

/* Runs TEXT through every entry point; fails on any SQLite error. */
static void run_everywhere(struct store *st, const char *text)
{
	struct query *q = check_parse(text);
	struct strbuf err = {0};
	struct list_row *rows;
	struct facet_count *f;
	long long *ids;
	size_t n;
	long long c = store_count(st, q, &err);
	if (c < 0 || c > (long long)NPAPERS)
		fail_msg("count %lld: %s", c, err.s);
	if (!store_list_rows(st, q, BY_SCORE, 0, 50, &rows, &n, &err))
		fail_msg("rows: %s", err.s);
	assert_int_equal((long long)n, c);
	list_rows_free(rows, n);
	if (!store_list_ids(st, q, BY_SCORE, 0, -1, &ids, &n, &err))
		fail_msg("ids: %s", err.s);
	free(ids);
	for (int k = FACET_INSTITUTION; k <= FACET_TAG; k++) {
		if (!store_facets(st, q, (enum facet_kind)k, -1, &f, &n, &err))
			fail_msg("facets: %s", err.s);
		facet_counts_free(f, n);
	}
	query_free(q);
}

/* The biggest and deepest queries the parser lets through still fit SQLite's limits
 * (parser stack, expression depth, parameters) and run everywhere. */
static void test_biggest(void **state)
{
	struct fixture *fx = *state;
	static const char *const opens[] = {
		"score>=1 (date:2025 or ", "inst:a (topic:b or ", "world (inst:x or ",
		"(a or b) (c or ", "a -(b or ", "-(inst:a topic:b ", "fav (unread or ", "(",
	};
	for (size_t i = 0; i < sizeof opens / sizeof opens[0]; i++) {
		int levels = strchr(opens[i], '-') ? QUERY_MAX_DEPTH / 2 : QUERY_MAX_DEPTH;
		char *text = nested(opens[i], levels, "inst:\"of oxford\" cat:cs author:wang");
		run_everywhere(fx->st, text);
		free(text);
	}
	static const char *const terms[] = {"inst:oxford", "score>=10", "world", "topic:rl",
					    "date:2025", "-fav"};
	struct strbuf b = {0};
	for (int i = 0; i < QUERY_MAX_DEPTH / 2 - 1; i++) /* "-fav" is one level more */
		sb_add(&b, "-(");
	for (int i = 0; i < QUERY_MAX_TERMS; i++)
		sb_addf(&b, "%s%s", i ? (i % 3 ? " or " : " ") : "", terms[i % 6]);
	for (int i = 0; i < QUERY_MAX_DEPTH / 2 - 1; i++)
		sb_add(&b, ")");
	assert_true(b.len <= QUERY_MAX_LENGTH);
	run_everywhere(fx->st, b.s);
	sb_free(&b);
}

/* Queries put together at random from pieces (some of them malformed): each one either fails
 * to parse with a column inside the text, or runs without an SQL error, formats back to
 * itself, and together with its negation covers every paper exactly once. */
static void test_random(void **state)
{
	struct fixture *fx = *state;
	static const char *const pieces[] = {
		"world", "model", "transform*", "\"world model\"", "inst:tsinghua", "inst:oxford",
		"inst:\"of oxford\"", "topic:rl", "cat:cs", "author:wang", "year:2025",
		"date>=2026-01", "date<2025", "date:2025..2026-02", "score>=10", "score:5..50",
		"score<5", "tag:toread", "fav", "read", "unread", "or", "and", "not", "-", "(", ")",
		"\"", "*", "score>=", "foo:x", "!!!", "Müller", "\"or\"",
	};
	const size_t npieces = sizeof pieces / sizeof pieces[0];
	unsigned long seed = 12345;
	int parsed = 0;
	for (int round = 0; round < 1500; round++) {
		struct strbuf text = {0}, err = {0};
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		int n = 1 + (int)((seed >> 33) % 7);
		for (int k = 0; k < n; k++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			if (k && (seed >> 20) % 5)
				sb_addc(&text, ' ');
			sb_add(&text, pieces[(seed >> 33) % npieces]);
		}
		struct query_error qe;
		struct query *q = query_parse(text.s, &qe);
		if (!q) {
			assert_true(qe.column >= 1 && qe.column <= (int)text.len + 1);
			assert_true(qe.msg[0] != 0);
			sb_free(&text);
			continue;
		}
		parsed++;
		char *f = query_format(q);
		struct query *again = query_parse(f, &qe);
		assert_non_null(again);
		char *f2 = query_format(again);
		assert_string_equal(f, f2);
		long long c = store_count(fx->st, q, &err);
		if (c < 0)
			fail_msg("%s: %s", text.s, err.s);
		if (f[0]) {
			char *neg = xasprintf("-(%s)", f);
			struct query *nq = check_parse(neg);
			long long cn = store_count(fx->st, nq, &err);
			if (c + cn != (long long)NPAPERS)
				fail_msg("%s: %lld + %lld for its negation", text.s, c, cn);
			query_free(nq);
			free(neg);
		}
		struct list_row *rows;
		size_t nrows;
		if (!store_list_rows(fx->st, q, BY_SCORE, 0, -1, &rows, &nrows, &err))
			fail_msg("%s: %s", text.s, err.s);
		assert_int_equal((long long)nrows, c);
		list_rows_free(rows, nrows);
		free(f);
		free(f2);
		query_free(again);
		query_free(q);
		sb_free(&text);
	}
	assert_true(parsed > 300); /* the pieces make enough valid queries to mean something */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches), cmocka_unit_test(test_orders),
		cmocka_unit_test(test_windows), cmocka_unit_test(test_rows),
		cmocka_unit_test(test_counts),  cmocka_unit_test(test_facets),
		cmocka_unit_test(test_plans),   cmocka_unit_test(test_random),
		cmocka_unit_test(test_biggest),
	};
	return cmocka_run_group_tests_name("query-cases", tests, setup, teardown);
}
