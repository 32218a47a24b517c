/* test-store-stats.c — stats by institution, topic, tag and source; check finds planted
 * problems and nothing in a sound library. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/sample-library.h"
#include "helpers/temp-library.h"

static struct store *st_of(void **state)
{
	return ((struct temp_library *)*state)->st;
}

static void test_totals(void **state)
{
	struct store_stats s;
	assert_true(store_stats(st_of(state), STATS_NONE, &s));
	assert_int_equal(s.papers, 40);
	assert_int_equal(s.with_abstract, 39);
	assert_int_equal(s.favourites, 3);
	assert_int_equal(s.read, 3);
	assert_int_equal(s.tagged, 4);
	assert_int_equal(s.sources, 8);
	assert_int_equal(s.n, 0);
	store_stats_free(&s);
}

/* "name=count" for the first N entries. */
static char *entries(const struct store_stats *s, size_t n)
{
	struct strbuf b = {0};
	for (size_t i = 0; i < n && i < s->n; i++)
		sb_addf(&b, "%s%s=%lld", i ? "; " : "", s->v[i].name, s->v[i].count);
	return sb_take(&b);
}

static void test_breakdowns(void **state)
{
	static const struct {
		enum stats_by by; /* breakdown */
		size_t n;         /* entries compared */
		const char *want; /* from the sample table */
	} cases[] = {
		{STATS_INSTITUTION, 3, "Tsinghua University=14; Peking University=2; "
				       "Stanford University=2"},
		{STATS_TOPIC, 4, "agents=13; attention=7; rl=5; cs.LG=4"},
		{STATS_TAG, 3, "toread=3; ml/theory=1; survey=1"},
		{STATS_SOURCE, 8, "/sample/hf-agents.html=12; /sample/arxiv-list.html=10; "
				  "/sample/digest.html=7; /sample/hf-memory.html=6; "
				  "/sample/author-tsinghua.html=4; /sample/acl.html=1; "
				  "/sample/author-atlas.html=1; /sample/physrevx.html=1"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct store_stats s;
		char *got;
		assert_true(store_stats(st_of(state), cases[i].by, &s));
		assert_int_equal(s.papers, 40);
		got = entries(&s, cases[i].n);
		assert_string_equal(got, cases[i].want);
		free(got);
		store_stats_free(&s);
	}
}

static void test_by_names(void **state)
{
	enum stats_by by;
	(void)state;
	assert_true(stats_by_parse("institution", &by));
	assert_int_equal(by, STATS_INSTITUTION);
	assert_true(stats_by_parse("source", &by));
	assert_int_equal(by, STATS_SOURCE);
	assert_string_equal(stats_by_name(STATS_TAG), "tag");
	assert_false(stats_by_parse("authors", &by));
	assert_false(stats_by_parse(NULL, &by));
}

/* Runs SQL with foreign keys off (as a damaged or hand-edited file would be). */
static void damage(struct store *st, const char *sql)
{
	sqlite3 *db = store_sqlite(st);
	char *msg = NULL;
	assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL), SQLITE_OK);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fprintf(stderr, "# %s: %s\n", sql, msg);
	assert_null(msg);
	assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), SQLITE_OK);
}

static bool found(const struct strlist *problems, const char *a, const char *b)
{
	for (size_t i = 0; i < problems->n; i++)
		if (strstr(problems->v[i], a) && (!b || strstr(problems->v[i], b)))
			return true;
	return false;
}

static void test_check_finds(void **state)
{
	static const struct {
		const char *sql;  /* the damage */
		const char *a, *b; /* what a problem line says */
	} cases[] = {
		{"INSERT INTO author (paper_id, pos, name) VALUES (999, 0, 'Ghost')", "author",
		 "missing paper"},
		{"INSERT INTO paper_fts (paper_fts, rowid, title, abstract, authors, institutions)"
		 " SELECT 'delete', id, title, abstract, authors, institutions FROM paper WHERE id = 3",
		 "full-text index", NULL},
		{"UPDATE paper SET authors = 'Nobody' WHERE id = 13", "paper 13", "authors text"},
		{"UPDATE paper SET institutions = 'Tsinghua University' WHERE id = 3", "paper 3",
		 "institutions text"},
		{"UPDATE paper SET year = 1900 WHERE id = 1", "paper 1", "year"},
		{"UPDATE paper SET date = '2025/11/24', year = 2025 WHERE id = 1", "paper 1",
		 "YYYY-MM-DD"},
		{"UPDATE paper SET author_count = 1 WHERE id = 13", "paper 13", "author_count"},
		{"UPDATE paper SET doi = '' WHERE id = 2", "paper 2", "empty text"},
		{"UPDATE paper_institution SET is_primary = 1 WHERE paper_id = 18", "paper 18",
		 "primary"},
		{"UPDATE tag SET paper_count = 7 WHERE name = 'toread'", "tag 'toread'",
		 "paper count"},
		{"UPDATE paper SET title_key = 'stale' WHERE id = 1", "paper 1", "keys are stale"},
	};
	struct strlist problems = {0};
	struct temp_library *t = *state;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		/* each case on a fresh sample library */
		temp_library_close(t);
		temp_library_open(t);
		sample_library_fill(t->st);
		damage(t->st, cases[i].sql);
		assert_true(store_check(t->st, &problems));
		if (!found(&problems, cases[i].a, cases[i].b)) {
			fprintf(stderr, "# after %s:\n", cases[i].sql);
			for (size_t j = 0; j < problems.n; j++)
				fprintf(stderr, "#   %s\n", problems.v[j]);
			fail();
		}
		strlist_free(&problems);
	}
}

static void test_check_caps_lines(void **state)
{
	struct strlist problems = {0};
	damage(st_of(state), "UPDATE paper SET year = 1");
	assert_true(store_check(st_of(state), &problems));
	/* 40 papers wrong: ten lines and a count of the rest */
	assert_int_equal(problems.n, 11);
	assert_non_null(strstr(problems.v[10], "30 more"));
	strlist_free(&problems);
}

static void test_check_read_only(void **state)
{
	struct temp_library *t = *state;
	struct strbuf err = {0};
	struct strlist problems = {0};
	struct store *ro = store_open(t->path, STORE_READ_ONLY, &err);
	assert_non_null(ro);
	assert_true(store_check(ro, &problems));
	for (size_t i = 0; i < problems.n; i++)
		fprintf(stderr, "# %s\n", problems.v[i]);
	assert_int_equal(problems.n, 0);
	store_close(ro);
	/* the reduced index check still sees an entry gone */
	damage(t->st, "INSERT INTO paper_fts (paper_fts, rowid, title, abstract, authors,"
		      " institutions) SELECT 'delete', id, title, abstract, authors, institutions"
		      " FROM paper WHERE id = 5");
	ro = store_open(t->path, STORE_READ_ONLY, &err);
	assert_non_null(ro);
	assert_true(store_check(ro, &problems));
	assert_true(found(&problems, "paper 5", "missing from the full-text index"));
	strlist_free(&problems);
	store_close(ro);
	sb_free(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_totals, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_breakdowns, sample_library_setup, sample_library_teardown),
		cmocka_unit_test(test_by_names),
		cmocka_unit_test_setup_teardown(test_check_finds, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_check_caps_lines, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_check_read_only, sample_library_setup, sample_library_teardown),
	};
	return cmocka_run_group_tests_name("store-stats", tests, NULL, NULL);
}
