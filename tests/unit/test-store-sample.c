/* test-store-sample.c — the sample library holds exactly what sample-library.h says, so other
 * tests can rely on its table. Checked here with plain SQL, independent of the query code. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/sample-library.h"
#include "helpers/temp-library.h"

/* The ids SQL returns, space-separated. */
static char *ids(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	struct strbuf b = {0};
	assert_int_equal(sqlite3_prepare_v2(store_sqlite(st), sql, -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW)
		sb_addf(&b, "%s%lld", b.len ? " " : "", sqlite3_column_int64(s, 0));
	sqlite3_finalize(s);
	return sb_take(&b);
}

#define INST_TSINGHUA                                                                            \
	"EXISTS (SELECT 1 FROM paper_institution pi JOIN institution i ON i.id = pi.institution_id" \
	" LEFT JOIN institution_alias a ON a.institution_id = i.id WHERE pi.paper_id = p.id"        \
	" AND (i.key LIKE 'tsinghua%' OR a.key LIKE 'tsinghua%'))"
#define TOPIC(name)                                                                              \
	"EXISTS (SELECT 1 FROM paper_topic pt JOIN topic t ON t.id = pt.topic_id"                   \
	" WHERE pt.paper_id = p.id AND t.key = '" name "')"

static void test_facts(void **state)
{
	static const struct {
		const char *where; /* a condition on paper p */
		const char *want;  /* the ids the header lists */
	} facts[] = {
		{INST_TSINGHUA " AND p.score >= 10 AND NOT " TOPIC("rl"), "3 10 12 16 18 27"},
		{INST_TSINGHUA, "3 5 7 9 10 12 16 17 18 19 27 28 29 30 31"},
		{TOPIC("rl"), "7 8 9 17 36"},
		{TOPIC("agents"), "1 2 6 7 8 16 22 23 28 30 37 39 40"},
		{TOPIC("cs.lg"), "13 16 20 35"},
		{"p.score IS NULL", "14 15 21 23 25 28 29 30 31 32 33 34 35"},
		{"p.score >= 50", "3 17 20"},
		{"p.year = 2026", "2 5 9 35 36 37 38 39 40"},
		{"p.id IN (SELECT paper_id FROM favourite)", "3 20 28"},
		{"p.id IN (SELECT paper_id FROM read_mark)", "1 3 13"},
		{"p.id IN (SELECT paper_id FROM paper_tag JOIN tag ON tag.id = tag_id"
		 " WHERE name = 'toread')",
		 "3 16 20"},
		{"p.abstract IS NULL", "35"},
		{"p.id IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'verifiers')", "28"},
		{"p.id IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'muller')", "13"},
		{"p.title IS NULL", "22 23 24 25 26 27 28 29 30 31 32"},
		{"p.abstract_raw IS NOT NULL", "22 25 26 30"},
		{"length(p.date) = 4", "15"},
		{"length(p.date) = 7", "14 34"},
	};
	struct store *st = ((struct temp_library *)*state)->st;
	for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
		char *sql = xasprintf("SELECT p.id FROM paper p WHERE %s ORDER BY p.id", facts[i].where);
		char *got = ids(st, sql);
		if (strcmp(got, facts[i].want) != 0)
			fprintf(stderr, "# %s\n", facts[i].where);
		assert_string_equal(got, facts[i].want);
		free(got);
		free(sql);
	}
	assert_int_equal(store_paper_total(st), 40);
}

static void test_papers(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper p;

	assert_true(store_paper_get(st, 13, &p));
	assert_string_equal(p.arxiv_id, "2106.09608");
	assert_true(p.has_score && p.score == 25);
	assert_int_equal(p.authors.n, 3);
	assert_string_equal(p.authors.v[0], "Jürgen Müller");
	assert_true(p.read);
	assert_int_equal(p.sources.n, 2);
	paper_free(&p);

	assert_true(store_paper_get(st, 28, &p));
	assert_null(p.title);
	assert_true(p.primary_known);
	assert_string_equal(p.institutions.v[0], "Tsinghua University");
	assert_non_null(p.reviews[REVIEW_TLDR]);
	assert_true(p.favourite);
	assert_string_equal(p.note, "Ask about the clinical data.");
	paper_free(&p);

	assert_true(store_paper_get(st, 18, &p));
	assert_true(p.primary_known);
	assert_string_equal(p.institutions.v[0], "Peking University");
	assert_string_equal(p.institutions.v[1], "Tsinghua University");
	paper_free(&p);

	assert_true(store_paper_get(st, 24, &p));
	assert_string_equal(p.institutions.v[0], "A*STAR");
	assert_string_equal(p.institutions.v[1], "Alibaba Group");
	assert_string_equal(p.institutions.v[2], "NTU Singapore");
	for (int i = 0; i < REVIEW_N; i++)
		assert_non_null(p.reviews[i]);
	paper_free(&p);

	assert_true(store_paper_get(st, 12, &p)); /* the page said THU */
	assert_string_equal(p.institutions.v[0], "Tsinghua University");
	assert_int_equal(p.author_count, 13);
	assert_int_equal(p.authors.n, 0);
	paper_free(&p);

	assert_int_equal(store_paper_find(st, "hep-th/9901001"), 14);
	assert_int_equal(store_paper_find(st, "math/0309136"), 21);
	assert_int_equal(store_paper_find(st, "10.1103/PhysRevX.12.041027"), 33);
}

static void test_clean(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	assert_int_equal(temp_library_problems(st), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_facts),
		cmocka_unit_test(test_papers),
		cmocka_unit_test(test_clean),
	};
	return cmocka_run_group_tests_name("store-sample", tests, sample_library_setup, sample_library_teardown);
}
