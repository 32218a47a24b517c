/* test-facet-match.c — the facet index's counts against SQL's: for fixed and random queries on
 * the sample library, the matches, favourites, read marks and every facet's values and order
 * from the bitmaps equal store_count's and store_facets'; the index built in small steps, with
 * values SQLite compares unlike text dates and numeric scores, and again after another
 * connection writes while it is built; full-text sets read ahead in pieces, or in one pass
 * a key interrupts, give the same matches as read whole. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facet-match.h"
#include "query-internal.h"
#include "helpers/sample-library.h"
#include "helpers/temp-library.h"
#include "store-internal.h"
#include "store-list.h"
#include "store-watch.h"

/* Builds IX to the end, STEP rows a step; returns how many steps it took. */
static int build(struct facet_index *ix, struct store *st, long long step)
{
	struct strbuf err = {0};
	int steps = 0;
	facet_index_init(ix);
	ix->step_rows = step;
	while (!ix->ready) {
		if (!facet_index_step(ix, st, &err))
			fail_msg("index step: %s", err.s);
		assert_true(++steps < 1000);
	}
	sb_free(&err);
	return steps;
}

static struct query *parse(const char *text)
{
	struct query_error qerr;
	struct query *q = query_parse(text, &qerr);
	if (!q)
		fail_msg("%s: column %d: %s", text, qerr.column, qerr.msg);
	return q;
}

/* The papers TEXT matches by the plainest SQL there is: every paper tested against the
 * query's conditions (store_count's own plans are tested in test-query-run.c). */
static long long sql_count(struct store *st, const char *text)
{
	struct query *q = parse(text);
	struct query_sql s;
	sqlite3_stmt *stmt;
	long long n = -1;
	query_compile(q, &s);
	char *sql = store_count_sql(&s, -1);
	assert_int_equal(sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL), SQLITE_OK);
	store_list_bind(stmt, &s, 1);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	else
		fail_msg("%s: %s", text, sqlite3_errmsg(st->db));
	sqlite3_finalize(stmt);
	free(sql);
	query_sql_free(&s);
	query_free(q);
	return n;
}

/* Q's facets of KIND both ways, LIMIT values: the same names, counts and order. */
static void check_facets(const struct facet_index *ix, struct store *st, const struct query *q,
			 const struct bits *set, const char *text, enum facet_kind kind,
			 long long limit)
{
	struct facet_count *a, *b;
	size_t na, nb;
	struct strbuf err = {0};
	if (!store_facets(st, q, kind, limit, &a, &na, &err))
		fail_msg("%s: store_facets: %s", text, err.s);
	if (!facet_match_counts(ix, st, set, kind, limit, &b, &nb, &err))
		fail_msg("%s: facet_match_counts: %s", text, err.s);
	if (na != nb)
		fail_msg("%s: facet %d: %zu values by SQL, %zu by the index", text, kind, na, nb);
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i].name, b[i].name) || a[i].count != b[i].count)
			fail_msg("%s: facet %d value %zu: %s %lld by SQL, %s %lld by the index", text,
				 kind, i, a[i].name, a[i].count, b[i].name, b[i].count);
	facet_counts_free(a, na);
	facet_counts_free(b, nb);
	sb_free(&err);
}

/* Every figure the reader shows for TEXT, from the index and from SQL. Returns the count. */
static long long check_query(const struct facet_index *ix, struct store *st, const char *text)
{
	struct strbuf err = {0};
	struct query *q = parse(text);
	struct bits set;
	if (!facet_match(ix, st, q, &set, &err))
		fail_msg("%s: facet_match: %s", text, err.s);
	long long n = bits_count(&set);
	if (n != sql_count(st, text))
		fail_msg("%s: %lld matches by the index, %lld by SQL", text, n, sql_count(st, text));
	for (int k = FACET_INSTITUTION; k <= FACET_TAG; k++) {
		check_facets(ix, st, q, &set, text, (enum facet_kind)k, -1);
		/* a count stops where no value left can reach the LIMIT shown: ties cut by
		 * name at each of these */
		for (long long limit = 0; limit <= 4; limit++)
			check_facets(ix, st, q, &set, text, (enum facet_kind)k, limit);
		check_facets(ix, st, q, &set, text, (enum facet_kind)k, 7);
	}
	char *fav = *text ? xasprintf("(%s) fav", text) : xstrdup("fav");
	char *read = *text ? xasprintf("(%s) read", text) : xstrdup("read");
	assert_int_equal(facet_match_marked(st, &set, false, &err), sql_count(st, fav));
	assert_int_equal(facet_match_marked(st, &set, true, &err), sql_count(st, read));
	free(fav);
	free(read);
	bits_free(&set);
	query_free(q);
	sb_free(&err);
	return n;
}

/* Queries that reach each kind of term, and what the sample library's table says of some. */
static const struct {
	const char *text; /* the query */
	long long n;      /* matches by the table in sample-library.h; -1: not listed there */
} fixed[] = {
	{"", 40},
	{"inst:tsinghua", 15},
	{"inst:tsinghua score>=10 -topic:rl", 6},
	{"topic:rl", 5},
	{"topic:agents", 13},
	{"cat:cs.LG", 4},
	{"score>=50", 3},
	{"year:2026", 9},
	{"fav", 3},
	{"read", 3},
	{"unread", 37},
	{"tag:toread", 3},
	{"verifiers", 1},
	{"muller", 1},
	{"inst:thu", -1},
	{"-inst:tsinghua", 25},
	{"-score>=50", 37},
	{"inst:tsinghua or topic:rl", -1},
	{"attention or agents", -1},
	{"attention agents -inst:tsinghua", -1},
	{"atten* (year:2025 or year:2023) -fav", -1},
	{"author:zoë", -1},
	{"date:2025-01..2025-06", -1},
	{"date>2025-09 date<=2026-02-17", -1},
	{"date>=2021-06 -date:2025", -1},
	{"year:1999", -1},
	{"year<2000", -1},
	{"score:5..50 inst:\"peking university\"", -1},
	{"score>8.5 score<10", -1},
	{"score:0", -1},
	{"cat:cs -cat:cs.LG", -1},
	{"cat:hep", -1},
	{"topic:cs", -1},
	{"-(topic:agents or inst:stanford) -unread", -1},
	{"tag:ml/theory or tag:survey", -1},
	{"\"large language\"", -1},
	{"inst:nobody", 0},
	{"-inst:nobody", 40},           /* every paper, as a set that is not the whole list */
	{"-(inst:nobody or verifiers)", 39},
};

static void test_fixed(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	build(&ix, t->st, FACET_INDEX_STEP);
	for (int k = 0; k < FAM_COUNT; k++) { /* every family recoded (facet-code.c) */
		size_t recoded = 0;
		for (size_t i = 0; i < ix.fam[k].n; i++)
			recoded += ix.fam[k].lists[i].width != 0;
		if (!recoded)
			fail_msg("family %d: no list recoded", k);
		assert_true(ix.fam[k].len <= ix.fam[k].blobcap);
	}
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		long long n = check_query(&ix, t->st, fixed[i].text);
		if (fixed[i].n >= 0 && n != fixed[i].n)
			fail_msg("%s: %lld matches, the table says %lld", fixed[i].text, n, fixed[i].n);
	}
	facet_index_free(&ix);
}

/* The terms random queries are made of: every kind of field, values that match many, few and
 * no papers, prefixes, ranges open and closed. */
static const char *const terms[] = {
	"attention", "agents", "model", "the", "learning", "verifiers", "muller", "THU", "scal*",
	"\"language model\"", "inst:tsinghua", "inst:thu", "inst:peking", "inst:stanford",
	"inst:eth", "inst:\"university of\"", "inst:nobody", "topic:agents", "topic:rl",
	"topic:cs", "topic:cs.lg", "topic:att", "topic:quantum", "cat:cs", "cat:cs.LG", "cat:hep",
	"author:zoë", "author:wang", "tag:toread", "tag:survey", "tag:ml/theory", "year:2025",
	"year:2021..2024", "year>=2026", "year<2022", "year>2025", "date:2025-01..2025-06",
	"date>=2021-06", "date<2025-09-19", "date:1999", "date>2024", "score>=10", "score:5..50",
	"score<3", "score>8.5", "score:0", "score<=9", "fav", "read", "unread",
};
#define NTERMS (sizeof terms / sizeof terms[0])

static unsigned rng_state = 12345;
static unsigned rng(unsigned n)
{
	rng_state = rng_state * 1103515245u + 12345u;
	return (rng_state >> 16) % n;
}

/* A random query: terms, negations, OR groups, nested up to DEPTH. */
static void random_expr(struct strbuf *b, int depth)
{
	unsigned pick = depth > 0 ? rng(6) : 0;
	if (pick <= 2) {
		sb_add(b, terms[rng(NTERMS)]);
	} else if (pick == 3) {
		sb_add(b, "-");
		if (depth > 1 && rng(2)) {
			sb_add(b, "(");
			random_expr(b, depth - 1);
			sb_add(b, " ");
			random_expr(b, depth - 1);
			sb_add(b, ")");
		} else {
			sb_add(b, terms[rng(NTERMS)]);
		}
	} else if (pick == 4) {
		sb_add(b, "(");
		random_expr(b, depth - 1);
		sb_add(b, " or ");
		random_expr(b, depth - 1);
		sb_add(b, ")");
	} else {
		random_expr(b, depth - 1);
		sb_add(b, " ");
		random_expr(b, depth - 1);
	}
}

static void run_random(struct facet_index *ix, struct store *st, int count)
{
	int nonempty = 0;
	for (int i = 0; i < count; i++) {
		struct strbuf b = {0};
		random_expr(&b, 3);
		nonempty += check_query(ix, st, b.s) > 0;
		sb_free(&b);
	}
	assert_true(nonempty > count / 4); /* the queries are not all empty */
}

static void test_random(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	build(&ix, t->st, FACET_INDEX_STEP);
	run_random(&ix, t->st, 400);
	facet_index_free(&ix);
}

/* Two rows a step: every stage goes on after the last row it read, across equal dates,
 * scores and values, and ends with the same lists. */
static void test_small_steps(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	assert_true(build(&ix, t->st, 2) > 40);
	run_random(&ix, t->st, 100);
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		check_query(&ix, t->st, fixed[i].text);
	facet_index_free(&ix);
}

/* A date stored as a blob sorts after every text date and a score stored as text after every
 * number: the lists cannot answer ranges as SQLite does, so such terms go to SQL. */
static void test_odd_values(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	assert_int_equal(sqlite3_exec(t->st->db,
				      "UPDATE paper SET date = CAST('2025' AS BLOB) WHERE id = 22;"
				      "UPDATE paper SET score = 'high' WHERE id = 23;",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(temp_library_int(t->st, "SELECT typeof(date) = 'blob' FROM paper WHERE id = 22"), 1);
	build(&ix, t->st, 3);
	assert_true(ix.fam[FAM_DATE].odd);
	assert_true(ix.fam[FAM_SCORE].odd);
	run_random(&ix, t->st, 100);
	check_query(&ix, t->st, "year:2025");
	check_query(&ix, t->st, "score>=10");
	check_query(&ix, t->st, "-date<2000");
	facet_index_free(&ix);
}

/* Another connection commits while the index is built: the build starts again and ends with
 * the library as it is now. */
static void test_write_while_building(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	struct strbuf err = {0};
	struct store *other = store_open(t->path, STORE_READ_WRITE, &err);
	assert_non_null(other);
	facet_index_init(&ix);
	ix.step_rows = 2;
	for (int i = 0; i < 5; i++)
		assert_true(facet_index_step(&ix, t->st, &err));
	assert_int_equal(sqlite3_exec(other->db,
				      "UPDATE paper SET score = 77 WHERE id = 4;"
				      "DELETE FROM paper_topic WHERE paper_id = 8;",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	for (int i = 0; !ix.ready; i++) {
		assert_true(facet_index_step(&ix, t->st, &err));
		assert_true(i < 1000);
	}
	assert_int_equal(check_query(&ix, t->st, "score>=70"), 2); /* 4 and 20 */
	assert_int_equal(check_query(&ix, t->st, "topic:rl"), 4);  /* 8 is gone */
	check_query(&ix, t->st, "topic:agents -score:5..80");
	facet_index_free(&ix);
	store_close(other);
	sb_free(&err);
}

/* TEXT's matches with its full-text sets read ahead in pieces of ROWS ids (facet_fts_step)
 * are facet_match's; returns how many pieces it took. */
static int check_read_ahead(const struct facet_index *ix, struct store *st, const char *text,
			    long long rows)
{
	struct strbuf err = {0};
	struct query *q = parse(text);
	struct facet_fts ff = {0};
	struct bits a, b;
	int r, pieces = 0;
	while ((r = facet_fts_step(ix, st, q, &ff, rows, &err)) > 0)
		assert_true(++pieces < 1000);
	if (r < 0)
		fail_msg("%s: facet_fts_step: %s", text, err.s);
	assert_true(ff.ready);
	if (!facet_match(ix, st, q, &a, &err) || !facet_match_with(ix, st, q, &ff, &b, &err))
		fail_msg("%s: %s", text, err.s);
	assert_int_equal(a.nwords, b.nwords);
	for (size_t i = 0; i < a.nwords; i++)
		if (a.w[i] != b.w[i])
			fail_msg("%s: read ahead in pieces of %lld, word %zu differs", text, rows, i);
	bits_free(&a);
	bits_free(&b);
	facet_fts_free(&ff);
	query_free(q);
	sb_free(&err);
	return pieces;
}

/* Full-text sets read ahead a few ids a piece, then the matches from them: the same as read
 * whole, for every query of the fixed list and random ones. */
static void test_read_ahead(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	build(&ix, t->st, FACET_INDEX_STEP);
	/* "the" is in most abstracts, one phrase: read whole in one step (fts-ids.c) */
	assert_true(temp_library_fts_count(t->st, "the") > 10);
	assert_int_equal(check_read_ahead(&ix, t->st, "the", 2), 0);
	/* two words are two phrases: many pieces of two ids, then the one that comes short */
	long long both = temp_library_fts_count(t->st, "the of");
	assert_true(both > 10);
	assert_int_equal(check_read_ahead(&ix, t->st, "the of", 2), both / 2);
	assert_int_equal(check_read_ahead(&ix, t->st, "inst:tsinghua", 2), 0); /* no full text */
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		for (long long rows = 1; rows <= 3; rows++)
			check_read_ahead(&ix, t->st, fixed[i].text, rows);
	for (int i = 0; i < 200; i++) {
		struct strbuf b = {0};
		random_expr(&b, 3);
		check_read_ahead(&ix, t->st, b.s, 1 + i % 3);
		sb_free(&b);
	}
	facet_index_free(&ix);
}

static int interrupt_calls, interrupt_at;

/* Says stop once: at the INTERRUPT_AT-th check. */
static bool interrupt_once(void *ctx)
{
	(void)ctx;
	return ++interrupt_calls == interrupt_at;
}

/* A key arrives while a one-phrase set is read whole: the step fails, what was read is kept,
 * and the next steps go on from there (in pieces) to the same matches as read at once. */
static void test_read_ahead_interrupted(void **state)
{
	struct temp_library *t = *state;
	struct strbuf err = {0};
	struct facet_index ix;
	const char *texts[] = {"the", "the -inst:tsinghua", "the or verifiers", "author:zoë"};
	build(&ix, t->st, FACET_INDEX_STEP);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		for (interrupt_at = 1; interrupt_at <= 4; interrupt_at++) {
			struct query *q = parse(texts[i]);
			struct facet_fts ff = {.check_every = 1};
			struct bits a, b;
			int r, fails = 0;
			interrupt_calls = 0;
			store_set_interrupt(t->st, interrupt_once, NULL);
			while ((r = facet_fts_step(&ix, t->st, q, &ff, 3, &err)) != 0) {
				if (r < 0) {
					fails++;
					sb_free(&err);
				}
				assert_true(fails < 2);
			}
			store_set_interrupt(t->st, NULL, NULL);
			if (!facet_match(&ix, t->st, q, &a, &err) ||
			    !facet_match_with(&ix, t->st, q, &ff, &b, &err))
				fail_msg("%s: %s", texts[i], err.s);
			assert_int_equal(bits_count(&a), bits_count(&b));
			assert_memory_equal(a.w, b.w, a.nwords * sizeof *a.w);
			if (!strcmp(texts[i], "the")) /* read in one pass until the interrupt */
				assert_int_equal(fails, 1);
			bits_free(&a);
			bits_free(&b);
			facet_fts_free(&ff);
			query_free(q);
		}
	}
	facet_index_free(&ix);
	sb_free(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fixed, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_random, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_small_steps, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_odd_values, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_write_while_building, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_read_ahead, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_read_ahead_interrupted, sample_library_setup,
						sample_library_teardown),
	};
	return cmocka_run_group_tests_name("facet-match", tests, NULL, NULL);
}
