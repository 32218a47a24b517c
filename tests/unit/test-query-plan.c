/* test-query-plan.c — the plans a list window runs (store-list.c): the walk of an order's
 * index with each paper probed, and the filter-first plan. Each plan's EXPLAIN QUERY PLAN
 * must use the indexes it was designed around (a test of plans, not of speed), and both
 * plans, and the list read from its end, must give the same papers in the same order. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "query-internal.h"
#include "helpers/sample-library.h"
#include "store-list.h"
#include "store-watch.h"
#include "store.h"
#include "helpers/temp-library.h"

static struct temp_library lib;

static int setup(void **state)
{
	(void)state;
	temp_library_open(&lib);
	sample_library_fill(lib.st);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	temp_library_close(&lib);
	return 0;
}

static struct query *parse(const char *text)
{
	struct query_error err;
	struct query *q = query_parse(text, &err);
	if (!q)
		fail_msg("%s: %s", text, err.msg);
	return q;
}

/* Prepares SQL with S's binds and LIMIT/OFFSET; EXPLAIN QUERY PLAN in front when PLAN. */
static sqlite3_stmt *prepare(const char *sql, const struct query_sql *s, long long limit,
			     long long offset, bool plan)
{
	char *text = plan ? xasprintf("EXPLAIN QUERY PLAN %s", sql) : xstrdup(sql);
	sqlite3_stmt *stmt = store_list_prepare(lib.st, text, NULL);
	free(text);
	assert_non_null(stmt);
	int next = store_list_bind(stmt, s, 1);
	sqlite3_bind_int64(stmt, next, limit);
	sqlite3_bind_int64(stmt, next + 1, offset);
	return stmt;
}

/* The ids, "1 2 3", or the plan's detail lines, of QUERY's window by one plan. */
static char *run_plan(const char *query, struct sort order, bool walk, long long limit,
		      long long offset, bool plan)
{
	struct query *q = parse(query);
	struct query_sql s;
	struct strbuf out = {0};
	if (walk)
		query_compile_probe(q, &s);
	else
		query_compile(q, &s);
	char *sql = walk ? store_list_walk_sql(&s, order, false) : store_list_sql(&s, order, false);
	sqlite3_stmt *stmt = prepare(sql, &s, limit, offset, plan);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		if (plan)
			sb_addf(&out, "%s\n", (const char *)sqlite3_column_text(stmt, 3));
		else
			sb_addf(&out, "%s%lld", out.len ? " " : "", sqlite3_column_int64(stmt, 0));
	}
	sqlite3_finalize(stmt);
	free(sql);
	query_sql_free(&s);
	query_free(q);
	return sb_take(&out);
}

static const struct sort by_score = {SORT_SCORE, false};
static const struct sort by_date = {SORT_DATE, false};
static const struct sort by_added_asc = {SORT_ADDED, true};

static void expect_in_plan(const char *query, struct sort order, bool walk, const char *want)
{
	char *plan = run_plan(query, order, walk, 50, 0, true);
	if (!strstr(plan, want))
		fail_msg("%s (%s): \"%s\" not in the plan:\n%s", query, walk ? "walk" : "filter",
			 want, plan);
	free(plan);
}

static void expect_not_in_plan(const char *query, struct sort order, bool walk, const char *bad)
{
	char *plan = run_plan(query, order, walk, 50, 0, true);
	if (strstr(plan, bad))
		fail_msg("%s (%s): \"%s\" in the plan:\n%s", query, walk ? "walk" : "filter", bad, plan);
	free(plan);
}

/* The walk reads the order's index without sorting and tests each paper through a key. */
static void test_walk_plans(void **state)
{
	(void)state;
	static const struct {
		const char *query; /* the filter */
		const char *probe; /* how its test must look one paper up */
	} cases[] = {
		{"attention", "SCAN paper_fts VIRTUAL TABLE INDEX 0:=M"},
		{"inst:tsinghua", "SEARCH pi USING PRIMARY KEY (paper_id=? AND institution_id=?)"},
		{"topic:agents", "SEARCH pt USING PRIMARY KEY (paper_id=? AND topic_id=?)"},
		{"cat:cs", "SEARCH pt USING PRIMARY KEY (paper_id=? AND topic_id=?)"},
		{"tag:toread", "SEARCH pg USING PRIMARY KEY (paper_id=?"},
		{"fav", "SEARCH f USING INTEGER PRIMARY KEY (rowid=?)"},
		{"-attention -topic:agents", "SEARCH pt USING PRIMARY KEY (paper_id=? AND topic_id=?)"},
		{"unread", "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		expect_in_plan(cases[i].query, by_score, true, "SCAN p USING COVERING INDEX paper_score");
		expect_not_in_plan(cases[i].query, by_score, true, "TEMP B-TREE FOR ORDER BY");
		expect_in_plan(cases[i].query, by_score, true, cases[i].probe);
		/* papers are not fetched by id from a gathered set */
		expect_not_in_plan(cases[i].query, by_score, true, "SEARCH p USING INTEGER PRIMARY KEY");
	}
	expect_in_plan("inst:tsinghua", by_date, true, "SCAN p USING COVERING INDEX paper_date");
	expect_not_in_plan("inst:tsinghua", by_date, true, "TEMP B-TREE FOR ORDER BY");
	expect_in_plan("inst:tsinghua", by_added_asc, true, "SCAN p USING COVERING INDEX paper_added");
	expect_not_in_plan("inst:tsinghua", by_added_asc, true, "TEMP B-TREE FOR ORDER BY");
	/* a score range walks the same index, only the part in range */
	expect_in_plan("inst:tsinghua score:5..50", by_score, true,
		       "USING COVERING INDEX paper_score (score>? AND score<?)");
}

/* Filter first: the smallest set drives; in score or date order each match's sort key comes
 * from paper_sort_keys by id, not from its row. */
static void test_filter_plans(void **state)
{
	(void)state;
	static const struct sort title = {SORT_TITLE, true};
	static const struct sort score_asc = {SORT_SCORE, true};
	expect_in_plan("attention", by_score, false, "SCAN paper_fts VIRTUAL TABLE INDEX 0:M");
	expect_in_plan("inst:tsinghua", by_score, false, "paper_institution_inst");
	expect_in_plan("topic:agents", by_score, false, "paper_topic_topic");
	static const struct {
		const char *query; /* a filter with a set of ids to start from */
		bool ids_only;     /* no term reads more of a paper than its id */
	} sets[] = {{"attention", true}, {"inst:tsinghua", true}, {"attention -topic:agents", true},
		    {"inst:tsinghua topic:agents", true}, {"topic:agents year:2025", false},
		    {"tag:toread score>=5", false}};
	for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++) {
		const char *q = sets[i].query;
		expect_in_plan(q, by_date, false, "SEARCH p USING COVERING INDEX paper_sort_keys (id=?");
		expect_not_in_plan(q, by_score, false, "SEARCH p USING INTEGER PRIMARY KEY");
		expect_not_in_plan(q, score_asc, false, "SEARCH p USING INTEGER PRIMARY KEY");
		if (!sets[i].ids_only) {
			expect_in_plan(q, by_score, false, "SEARCH p USING COVERING INDEX paper_sort_keys (id=?");
			expect_in_plan(q, score_asc, false, "SEARCH p USING COVERING INDEX paper_sort_keys (id=?");
			continue;
		}
		/* in score order the scores come from the small index of scored papers, and
		 * paper itself is not read at all */
		expect_in_plan(q, by_score, false, "SEARCH s USING COVERING INDEX paper_scored (id=?) LEFT-JOIN");
		expect_in_plan(q, score_asc, false, "SEARCH s USING COVERING INDEX paper_scored (id=?) LEFT-JOIN");
		expect_not_in_plan(q, by_score, false, "paper_sort_keys");
		expect_not_in_plan(q, by_score, false, " p USING");
	}
	/* the set drives once: the full-text index is not read a second time to test it */
	char *plan = run_plan("attention", by_score, false, 50, 0, true);
	const char *fts = strstr(plan, "paper_fts");
	if (!fts || strstr(fts + 1, "paper_fts"))
		fail_msg("attention: the full-text index read twice:\n%s", plan);
	free(plan);
	/* the title is not among the keys: its rows are read */
	expect_in_plan("attention", title, false, "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)");
	/* no set of ids to start from: not forced onto the index */
	expect_not_in_plan("-attention", by_score, false, "paper_sort_keys");
	expect_not_in_plan("attention or inst:tsinghua", by_score, false, "paper_sort_keys");
}

/* Which plan runs first. In a library of forty papers every set of ids is below the cap, so
 * a term that is one means filter first; terms with no set of their own (ranges, negations)
 * mean walk; an order no index gives means filter first. A walk gets a budget. */
static void test_choice(void **state)
{
	(void)state;
	static const struct {
		const char *query;
		struct sort order;
		enum list_plan want;
	} cases[] = {
		{"attention", {SORT_SCORE, false}, LIST_PLAN_FILTER},
		{"inst:tsinghua attention", {SORT_SCORE, false}, LIST_PLAN_FILTER},
		{"inst:tsinghua", {SORT_SCORE, false}, LIST_PLAN_FILTER},
		{"topic:agents year:2025", {SORT_DATE, false}, LIST_PLAN_FILTER},
		{"year:2025", {SORT_SCORE, false}, LIST_PLAN_WALK},
		{"-attention -topic:agents", {SORT_SCORE, false}, LIST_PLAN_WALK},
		{"score>=5", {SORT_DATE, false}, LIST_PLAN_WALK},
		{"attention or inst:tsinghua", {SORT_SCORE, false}, LIST_PLAN_WALK},
		{"year:2025", {SORT_SCORE, true}, LIST_PLAN_FILTER},
		{"year:2025", {SORT_TITLE, true}, LIST_PLAN_FILTER},
		{"", {SORT_SCORE, false}, LIST_PLAN_FILTER},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct query *q = parse(cases[i].query);
		struct query_sql s;
		double budget = -1;
		query_compile(q, &s);
		enum list_plan got = store_list_choose(lib.st, &s, cases[i].order, 100, &budget);
		if (got != cases[i].want)
			fail_msg("%s: plan %d, want %d", cases[i].query, got, cases[i].want);
		if ((got == LIST_PLAN_WALK) != (budget > 0))
			fail_msg("%s: plan %d with a budget of %g ms", cases[i].query, got, budget);
		query_sql_free(&s);
		query_free(q);
	}
}

/* Where gathering stops paying: never below a few hundred matches; in a large library it
 * grows as the square root of the papers times the depth, so a bigger library gathers more
 * matches but a smaller share of its papers. */
static void test_rare_cap(void **state)
{
	(void)state;
	assert_true(store_list_rare_cap(40, 100) >= 100);
	assert_true(store_list_rare_cap(0, 100) > 0);
	long long m1 = store_list_rare_cap(1000000, 100);
	long long m4 = store_list_rare_cap(4000000, 100);
	/* a walk to depth 100 of a million papers probes 5 us each; a gathered match costs a
	 * tenth of that: equal at sqrt(1e6 * 100 * 10) ~ 31,600 matches */
	assert_in_range(m1, 31000, 32000);
	assert_in_range(m4, 2 * m1 - 2, 2 * m1 + 2);
	assert_in_range(store_list_rare_cap(1000000, 400), 2 * m1 - 2, 2 * m1 + 2);
	assert_true(m4 < 4 * m1);
}

static const char *const same_queries[] = {
	"", "attention", "inst:tsinghua", "topic:agents", "-attention", "inst:tsinghua score:5..50",
	"topic:agents year:2025", "-attention -topic:agents", "fav or read", "unread",
	"cat:cs -inst:tsinghua", "(agents or attention) -fav", "score>=10 date>=2025",
	"inst:tsinghua topic:agents", "topic:agents attention -fav", "tag:toread",
};
#define NSAME (sizeof same_queries / sizeof same_queries[0])

/* Both plans give the same papers in the same order, in every window. */
static void test_plans_agree(void **state)
{
	(void)state;
	static const struct sort orders[] = {{SORT_SCORE, false}, {SORT_DATE, false},
					     {SORT_ADDED, false}, {SORT_ADDED, true},
					     {SORT_TITLE, false}};
	static const long long windows[][2] = {{-1, 0}, {5, 0}, {5, 7}, {3, 38}};
	for (size_t i = 0; i < sizeof same_queries / sizeof same_queries[0]; i++)
		for (size_t o = 0; o < sizeof orders / sizeof orders[0]; o++)
			for (size_t w = 0; w < sizeof windows / sizeof windows[0]; w++) {
				char *a = run_plan(same_queries[i], orders[o], false, windows[w][0],
						   windows[w][1], false);
				char *b = run_plan(same_queries[i], orders[o], true, windows[w][0],
						   windows[w][1], false);
				if (strcmp(a, b))
					fail_msg("%s (order %d/%d, window %lld+%lld): filter [%s], walk [%s]",
						 same_queries[i], orders[o].key, orders[o].ascending,
						 windows[w][1], windows[w][0], a, b);
				free(a);
				free(b);
			}
}

static char *ids_of(struct list_row *v, size_t n)
{
	struct strbuf b = {0};
	for (size_t i = 0; i < n; i++)
		sb_addf(&b, "%s%lld", i ? " " : "", v[i].id);
	list_rows_free(v, n);
	return sb_take(&b);
}

/* The list read from its end is the same list: its last rows, in the list's order. */
static void test_from_end(void **state)
{
	(void)state;
	static const struct sort orders[] = {{SORT_SCORE, false}, {SORT_SCORE, true},
					     {SORT_DATE, false}, {SORT_DATE, true},
					     {SORT_TITLE, true}, {SORT_ADDED, false}};
	for (size_t i = 0; i < sizeof same_queries / sizeof same_queries[0]; i++)
		for (size_t o = 0; o < sizeof orders / sizeof orders[0]; o++) {
			struct query *q = parse(same_queries[i]);
			struct strbuf err = {0};
			struct list_row *v;
			size_t n;
			long long total = store_count(lib.st, q, &err);
			assert_true(total >= 0);
			/* (a window that starts past the list's end has no mirror to compare) */
			for (long long from_end = 0; from_end < 3 && from_end < total; from_end++) {
				long long off = total - from_end - 4;
				long long limit = off < 0 ? 4 + off : 4;
				assert_true(store_list_rows(lib.st, q, orders[o], off < 0 ? 0 : off, limit, &v,
							    &n, &err));
				char *want = ids_of(v, n);
				assert_true(store_list_rows_end(lib.st, q, orders[o], from_end, limit, &v, &n,
								&err));
				char *got = ids_of(v, n);
				if (strcmp(want, got))
					fail_msg("%s (order %d/%d, %lld from the end): [%s], want [%s]",
						 same_queries[i], orders[o].key, orders[o].ascending,
						 from_end, got, want);
				free(want);
				free(got);
			}
			sb_free(&err);
			query_free(q);
		}
}

/* Counts start from one term's set of ids and read no paper row; each is the list's length. */
static void test_count(void **state)
{
	(void)state;
	static const char *const more[] = {"agent*", "\"world model\"", "zzzz", "inst:tsinghua topic:agents",
					   "topic:agents inst:tsinghua attention"};
	for (size_t i = 0; i < NSAME + sizeof more / sizeof more[0]; i++) {
		const char *text = i < NSAME ? same_queries[i] : more[i - NSAME];
		struct query *q = parse(text);
		struct strbuf err = {0};
		long long *ids;
		size_t n;
		assert_true(store_list_ids(lib.st, q, by_score, 0, -1, &ids, &n, &err));
		if (store_count(lib.st, q, &err) != (long long)n)
			fail_msg("%s: count %lld, list %zu", text, store_count(lib.st, q, &err), n);
		free(ids);
		sb_free(&err);

		struct query_sql s;
		query_compile_ids(q, &s);
		int driver = -1;
		for (size_t k = 0; k < s.nparts && driver < 0; k++)
			if (s.parts[k].set)
				driver = (int)k;
		char *sql = store_count_sql(&s, driver);
		char *plan_sql = xasprintf("EXPLAIN QUERY PLAN %s", sql);
		sqlite3_stmt *stmt = store_list_prepare(lib.st, plan_sql, NULL);
		assert_non_null(stmt);
		while (sqlite3_step(stmt) == SQLITE_ROW) {
			const char *line = (const char *)sqlite3_column_text(stmt, 3);
			if (driver >= 0 && (strstr(line, "SEARCH p USING INTEGER PRIMARY KEY") ||
					    !strncmp(line, "SCAN p USING", 12)))
				fail_msg("%s: the count reads paper rows (%s): %s", text, line, sql);
		}
		sqlite3_finalize(stmt);
		free(plan_sql);
		free(sql);
		query_sql_free(&s);
		query_free(q);
	}
}

/* The library's size a piece at a time: from the covering index of ids, never the table (its
 * rows hold the abstracts), in order, each piece going on after the last id of the one before. */
static void test_count_papers(void **state)
{
	(void)state;
	struct strbuf err = {0};
	char *plan_sql = xasprintf("EXPLAIN QUERY PLAN %s", store_count_papers_sql);
	sqlite3_stmt *stmt = store_list_prepare(lib.st, plan_sql, NULL);
	bool covering = false;
	assert_non_null(stmt);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char *line = (const char *)sqlite3_column_text(stmt, 3);
		covering |= strstr(line, "COVERING INDEX paper_sort_keys") != NULL;
		if (strstr(line, "INTEGER PRIMARY KEY") || !strcmp(line, "SCAN paper"))
			fail_msg("the count reads paper rows: %s", line);
	}
	assert_true(covering);
	sqlite3_finalize(stmt);
	free(plan_sql);

	long long after = 0, total = 0, n;
	int pieces = 0;
	while ((n = store_count_papers_after(lib.st, &after, 7, &err)) == 7) {
		total += n;
		pieces++;
		assert_true(pieces < 10);
	}
	assert_true(n >= 0);
	total += n;
	assert_int_equal(total, store_paper_total(lib.st));
	assert_int_equal(total, 40); /* the sample library's table */
	assert_int_equal(pieces, 40 / 7);
	assert_int_equal(after, 40);  /* its highest id */
	sb_free(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walk_plans),   cmocka_unit_test(test_filter_plans),
		cmocka_unit_test(test_choice),       cmocka_unit_test(test_rare_cap),
		cmocka_unit_test(test_plans_agree),
		cmocka_unit_test(test_from_end),     cmocka_unit_test(test_count),
		cmocka_unit_test(test_count_papers),
	};
	return cmocka_run_group_tests_name("query-plan", tests, setup, teardown);
}
