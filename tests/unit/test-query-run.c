/* test-query-run.c — queries run against the sample library (tests/unit/helpers/
 * sample-library.h, whose table the expectations are read from): exact ids, sort orders,
 * windows, rows, counts, facets. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "query-check.h"
#include "store.h"

/* The sample library comes with the store's test helpers; a checkout without them yet runs
 * one skipped test instead. */
#include "helpers/sample-library.h"
#include "helpers/temp-library.h"

#define NPAPERS 40LL

static void test_matches(void **state)
{
	struct temp_library *fx = *state;
	static const struct {
		const char *query; /* what the user types */
		const char *ids;   /* the papers it matches */
	} cases[] = {
		/* the facts sample-library.h states */
		{"inst:tsinghua score>=10 -topic:rl", "3 10 12 16 18 27"},
		{"inst:tsinghua", "3 5 7 9 10 12 16 17 18 19 27 28 29 30 31"},
		{"topic:rl", "7 8 9 17 36"},
		{"topic:agents", "1 2 6 7 8 16 22 23 28 30 37 39 40"},
		{"cat:cs.LG", "13 16 20 35"},
		{"-score>=0", "14 15 21 23 25 28 29 30 31 32 33 34 35"}, /* no score */
		{"score>=50", "3 17 20"},
		{"year:2026", "2 5 9 35 36 37 38 39 40"},
		{"fav", "3 20 28"},
		{"read", "1 3 13"},
		{"tag:toread", "3 16 20"},
		{"tag:survey", "21"},
		{"tag:ml/theory", "16"},
		{"verifiers", "28"},
		{"Müller", "13"},
		{"muller", "13"},
		{"thu", "3 5 7 9 10 12 16 17 18 27 28 29 30 31"},
		/* words, phrases, prefixes (read from the titles and abstracts) */
		{"attention", "3 4 5 6 13 18 20 27 29 31"},
		{"\"sparse attention\"", "20 31"},
		{"spars*", "20 31 32 35"},
		{"memory", "2 8 20 23 32 39 40"},
		{"\"world model\"", "16"},
		{"attention -inst:tsinghua", "4 6 13 20"},
		/* institutions: names and the alias, any word's start, accents */
		{"inst:thu", "3 5 7 9 10 12 16 17 18 27 28 29 30 31"},
		{"inst:\"Tsinghua University\"", "3 5 7 9 10 12 16 17 18 27 28 29 30 31"},
		{"inst:berkeley", "19"},
		{"inst:shenzhen", "19"},
		{"inst:toulouse", "25"},
		{"inst:université", "25"},
		{"inst:universite", "25"},
		{"inst:\"universite de\"", "25"},
		{"inst:university", "3 5 7 9 10 12 16 17 18 20 22 23 25 26 27 28 29 30 31"},
		{"inst:oxford", "26"},
		{"inst:a*star", "24"},
		{"inst:ntu", "24"},
		{"inst:eth", "13"},
		{"inst:deepmind", "8"},
		/* topics and categories */
		{"topic:att", "3 4 5 20 27 29 31"},
		{"topic:security", "37"},
		{"topic:cs.cl", "18 34"},
		{"cat:cs.CL", "18"},
		{"cat:cs", "13 16 17 18 20 35"},
		{"cat:hep", "14 15"},
		{"cat:hep-th", "14"},
		{"cat:math", "21"},
		{"cat:stat", "19"},
		/* authors */
		{"author:müller", "13"},
		{"author:zoe", "13 21"},
		{"author:ng", "13 21"},
		{"author:ann", "20 35"},
		{"author:王小明", "14"},
		{"author:wang", "18"},
		{"author:wei", "16 17"},
		/* scores */
		{"score:10", "9 10"},
		{"score<5", "2 4 11 36 39 40"},
		{"score:8..9", "5 22 26"},
		{"score:8.5", "22"},
		{"-score>=10", "2 4 5 11 14 15 19 21 22 23 24 25 26 28 29 30 31 32 33 34 35 36 37 "
			       "39 40"},
		/* dates */
		{"year:2021", "8 13 34"},
		{"date:2021-06", "13 34"},
		{"date<2000", "14"},
		{"year:2003..2022", "8 13 21 33 34"},
		{"date>=2026-03", "9 36 37 38"},
		{"date>2026-02", "9 36 37 38"},
		{"date:2026-02", "2 5 40"},
		{"-date:1900..2100", "22 23 24 25 26 27 28 29 30 31 32"},
		/* the user's data and combinations */
		{"tag:ML/THEORY", "16"},
		{"fav or read", "1 3 13 20 28"},
		{"-(fav or read) tag:toread", "16"},
		{"topic:agents or topic:rl inst:tsinghua",
		 "1 2 6 7 8 9 16 17 22 23 28 30 37 39 40"},
		{"(topic:agents or topic:rl) inst:tsinghua", "7 9 16 17 28 30"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_matches(fx->st, cases[i].query, NPAPERS, cases[i].ids);
}

static void test_orders(void **state)
{
	struct temp_library *fx = *state;
	static const struct {
		const char *query; /* the filter */
		struct sort order; /* key and direction */
		const char *ids;   /* its papers in that order */
	} cases[] = {
		/* scores; ties newest id first, no score last */
		{"", {SORT_SCORE, false},
		 "20 3 17 16 1 7 13 12 18 6 27 38 8 10 9 26 5 22 24 37 19 2 40 39 4 11 36 "
		 "35 34 33 32 31 30 29 28 25 23 21 15 14"},
		{"inst:tsinghua", {SORT_SCORE, false}, "3 17 16 7 12 18 27 10 9 5 19 31 30 29 28"},
		{"inst:tsinghua", {SORT_SCORE, true}, "19 5 9 10 27 18 12 7 16 17 3 28 29 30 31"},
		{"inst:tsinghua", {SORT_DATE, false}, "9 5 7 19 18 17 16 12 3 10 31 30 29 28 27"},
		{"inst:tsinghua", {SORT_DATE, true}, "10 3 12 16 17 18 19 7 5 9 27 28 29 30 31"},
		{"inst:tsinghua", {SORT_TITLE, true}, "3 12 7 19 5 9 18 16 17 10 27 28 29 30 31"},
		{"inst:tsinghua", {SORT_TITLE, false}, "10 17 16 18 9 5 19 7 12 3 31 30 29 28 27"},
		/* the sample is put in id order, so added follows the ids */
		{"inst:tsinghua", {SORT_ADDED, false}, "31 30 29 28 27 19 18 17 16 12 10 9 7 5 3"},
		{"inst:tsinghua", {SORT_ADDED, true}, "3 5 7 9 10 12 16 17 18 19 27 28 29 30 31"},
		{"inst:tsinghua score>=10 -topic:rl", {SORT_SCORE, false}, "3 16 12 18 27 10"},
		{"inst:tsinghua score>=10 -topic:rl", {SORT_SCORE, true}, "10 27 18 12 16 3"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = check_ids(fx->st, cases[i].query, cases[i].order, 0, -1);
		if (strcmp(got, cases[i].ids))
			fail_msg("%s by %s%s: got [%s]", cases[i].query,
				 sort_key_name(cases[i].order.key),
				 cases[i].order.ascending ? ":asc" : "", got);
		free(got);
	}
}

static void test_windows(void **state)
{
	struct temp_library *fx = *state;
	static const struct {
		const char *query;       /* the filter */
		long long offset, limit; /* the window */
		const char *ids;         /* what it holds, by score */
	} cases[] = {
		{"", 0, 5, "20 3 17 16 1"},
		{"", 25, 4, "11 36 35 34"},
		{"", 38, 10, "15 14"},
		{"", 40, 10, ""},
		{"", 0, 0, ""},
		{"", -3, 2, "20 3"}, /* a negative offset is the start */
		{"inst:tsinghua score>=10 -topic:rl", 2, 2, "12 18"},
		{"inst:tsinghua score>=10 -topic:rl", 4, -1, "27 10"},
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
	struct temp_library *fx = *state;
	struct query *q = check_parse("inst:eth or fav");
	struct strbuf err = {0};
	struct list_row *rows;
	size_t n;
	assert_true(store_list_rows(fx->st, q, BY_SCORE, 0, -1, &rows, &n, &err));
	assert_int_equal(n, 4); /* 20 3 13 28 */
	assert_int_equal(rows[0].id, 20);
	assert_string_equal(rows[0].arxiv_id, "2505.05555");
	assert_true(rows[0].has_score && rows[0].score == 100);
	assert_string_equal(rows[0].date, "2025-05-01");
	assert_string_equal(rows[0].title, "Sparse Attention Scales to Million Token Contexts");
	assert_true(rows[0].favourite);
	assert_false(rows[0].read);
	assert_int_equal(rows[1].id, 3);
	assert_null(rows[1].arxiv_id);
	assert_true(rows[1].favourite && rows[1].read);
	assert_true(rows[1].score == 58);
	assert_int_equal(rows[2].id, 13);
	assert_string_equal(rows[2].arxiv_id, "2106.09608");
	assert_string_equal(rows[2].title,
			    "Rethinking Positional Encoding in Language Pre-training");
	assert_true(rows[2].score == 25);
	assert_false(rows[2].favourite);
	assert_true(rows[2].read);
	assert_int_equal(rows[3].id, 28);
	assert_null(rows[3].title);
	assert_null(rows[3].date);
	assert_false(rows[3].has_score);
	assert_true(rows[3].favourite);
	list_rows_free(rows, n);
	/* a window of rows */
	assert_true(store_list_rows(fx->st, q, BY_SCORE, 1, 2, &rows, &n, &err));
	assert_int_equal(n, 2);
	assert_int_equal(rows[0].id, 3);
	assert_int_equal(rows[1].id, 13);
	list_rows_free(rows, n);
	query_free(q);
	assert_null(err.s);
}

static void test_counts(void **state)
{
	struct temp_library *fx = *state;
	static const struct {
		const char *query; /* the filter */
		long long count;   /* papers it matches */
	} cases[] = {
		{"", 40},
		{"inst:tsinghua score>=10 -topic:rl", 6},
		{"unread", 37},
		{"fav", 3},
		{"inst:nowhere", 0},
	};
	struct strbuf err = {0};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct query *q = check_parse(cases[i].query);
		assert_int_equal(store_count(fx->st, q, &err), cases[i].count);
		query_free(q);
	}
	assert_int_equal(store_count(fx->st, NULL, &err), 40);
	assert_null(err.s);
}

/* A count is the length of its list, whatever mixes with the full-text part: an OR group
 * beside a word once made SQLite refuse the count ("unable to use function MATCH"). */
static void test_counts_agree(void **state)
{
	struct temp_library *fx = *state;
	static const char *queries[] = {
		"atten* (year:2025 or year:2023) -fav",
		"attention (date<2025-09-19 or topic:agents)",
		"attention (inst:tsinghua or score>20)",
		"(attention or agents) -(year:2025 or fav)",
		"attention -unread (tag:toread or year:2025)",
	};
	struct strbuf err = {0};
	for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		struct query *q = check_parse(queries[i]);
		long long *ids = NULL;
		size_t n = 0;
		assert_true(store_list_ids(fx->st, q, (struct sort){SORT_SCORE, false}, 0, -1, &ids,
					   &n, &err));
		long long count = store_count(fx->st, q, &err);
		if (count != (long long)n)
			fail_msg("%s: count %lld, list %zu (%s)", queries[i], count, n,
				 err.s ? err.s : "no error");
		free(ids);
		query_free(q);
	}
	assert_null(err.s);
}

static void test_facets(void **state)
{
	struct temp_library *fx = *state;
	static const struct {
		const char *query;   /* the filter */
		enum facet_kind kind; /* which facet */
		long long limit;     /* how many values */
		const char *want;    /* values and counts */
	} cases[] = {
		{"", FACET_INSTITUTION, 5,
		 "Tsinghua University=14, Peking University=2, Stanford University=2, A*STAR=1, "
		 "Alibaba Group=1"},
		{"", FACET_INSTITUTION, -1,
		 "Tsinghua University=14, Peking University=2, Stanford University=2, A*STAR=1, "
		 "Alibaba Group=1, Brno University of Technology=1, Columbia University=1, "
		 "DeepMind=1, ETH Zurich=1, INSA Toulouse=1, Niels Bohr Institute=1, "
		 "NTU Singapore=1, Tsinghua-Berkeley Shenzhen Institute=1, "
		 "University of Edinburgh=1, University of Oxford=1, University of Warsaw=1, "
		 "Université de Toulouse=1"},
		{"topic:attention", FACET_INSTITUTION, -1,
		 "Tsinghua University=5, Stanford University=1, University of Edinburgh=1"},
		{"", FACET_TOPIC, 5, "agents=13, attention=7, rl=5, cs.LG=4, cs.AI=2"},
		{"inst:tsinghua", FACET_TOPIC, -1,
		 "attention=5, agents=4, rl=3, cs.AI=1, cs.CL=1, cs.LG=1, diffusion=1, driving=1, "
		 "stat.ML=1"},
		{"", FACET_TAG, -1, "toread=3, ml/theory=1, survey=1"},
		{"-fav", FACET_TAG, -1, "ml/theory=1, survey=1, toread=1"},
		{"inst:nowhere", FACET_TOPIC, -1, ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = check_facets(fx->st, cases[i].query, cases[i].kind, cases[i].limit);
		if (strcmp(got, cases[i].want))
			fail_msg("%s (facet %d): got [%s]", cases[i].query, cases[i].kind, got);
		free(got);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches), cmocka_unit_test(test_orders),
		cmocka_unit_test(test_windows), cmocka_unit_test(test_rows),
		cmocka_unit_test(test_counts),  cmocka_unit_test(test_counts_agree),
		cmocka_unit_test(test_facets),
	};
	return cmocka_run_group_tests_name("query-run", tests, sample_library_setup, sample_library_teardown);
}

