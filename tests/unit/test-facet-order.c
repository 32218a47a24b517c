/* test-facet-order.c — windows of a query's matches in score and date order read from the facet
 * index's lists (facet-order.c) against the plainest SQL ORDER BY, on the sample library with
 * more ties made (equal scores, equal dates) and its papers without
 * a score or a date: every window of fixed and random queries, either way, read from the top
 * and from the end; the reader's model, which takes its windows from the lists once the index
 * is built, against store_list_rows; and values the lists cannot order as SQLite does. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facet-match.h"
#include "helpers/sample-library.h"
#include "helpers/temp-library.h"
#include "query-internal.h"
#include "store-internal.h"
#include "store-list.h"
#include "ui-model.h"

/* More ties than the sample has: 37 (6) becomes 12, beside 8 (12; the column's REAL affinity
 * keeps every number a real); 11 (1) becomes 10 beside 9 and 10; 38 (13) becomes 2, beside 4
 * and 39; 6 takes 2's date 2026-02-17 (which 40 has too). */
static void add_ties(struct store *st)
{
	assert_int_equal(sqlite3_exec(st->db,
				      "UPDATE paper SET score = 12 WHERE id = 37;"
				      "UPDATE paper SET score = '10' WHERE id = 11;"
				      "UPDATE paper SET score = 2.0 WHERE id = 38;"
				      "UPDATE paper SET date = '2026-02-17' WHERE id = 6;",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE score = 10"), 3);
}

static void build(struct facet_index *ix, struct store *st)
{
	struct strbuf err = {0};
	facet_index_init(ix);
	ix->step_rows = 3; /* many steps: each stage goes on across equal values */
	for (int i = 0; !ix->ready; i++) {
		if (!facet_index_step(ix, st, &err))
			fail_msg("index step: %s", err.s);
		assert_true(i < 1000);
	}
	sb_free(&err);
}

static struct query *parse(const char *text)
{
	struct query_error qerr;
	struct query *q = query_parse(text, &qerr);
	if (!q)
		fail_msg("%s: column %d: %s", text, qerr.column, qerr.msg);
	return q;
}

/* The orders as DESIGN.md says the list is sorted: highest (newest) first or the other way,
 * papers without one last either way, ties by id in the order's direction; and each read from
 * its end. [key score/date][ascending][reverse]. */
static const char *const orders[2][2][2] = {
	{{"p.score DESC, p.id DESC", "p.score IS NOT NULL, p.score ASC, p.id ASC"},
	 {"p.score IS NULL, p.score ASC, p.id ASC", "p.score IS NOT NULL, p.score DESC, p.id DESC"}},
	{{"p.date DESC, p.id DESC", "p.date IS NOT NULL, p.date ASC, p.id ASC"},
	 {"p.date IS NULL, p.date ASC, p.id ASC", "p.date IS NOT NULL, p.date DESC, p.id DESC"}},
};

/* Every id Q matches in ORDER (REVERSE: from the end), by a plain statement: each paper tested
 * and the whole list sorted. */
static size_t sql_ids(struct store *st, const struct query *q, struct sort order, bool reverse,
		      long long *out, size_t cap)
{
	struct query_sql s;
	struct strbuf sql = {0};
	sqlite3_stmt *stmt;
	size_t n = 0;
	query_compile(q, &s);
	sb_add(&sql, "SELECT p.id FROM paper AS p WHERE ");
	query_sql_where(&s, &sql);
	sb_addf(&sql, " ORDER BY %s", orders[order.key == SORT_DATE][order.ascending][reverse]);
	assert_int_equal(sqlite3_prepare_v2(st->db, sql.s, -1, &stmt, NULL), SQLITE_OK);
	store_list_bind(stmt, &s, 1);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		assert_true(n < cap);
		out[n++] = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	sb_free(&sql);
	query_sql_free(&s);
	return n;
}

/* Every window of TEXT in every order, from the lists and by SQL: the same ids in the same
 * order. Returns how many papers TEXT matches. */
static size_t check_query(const struct facet_index *ix, struct store *st, const char *text)
{
	static const long long limits[] = {1, 2, 3, 5, 50};
	struct strbuf err = {0};
	struct query *q = parse(text);
	struct bits set;
	long long want[64];
	size_t nwant = 0;
	if (!facet_match(ix, st, q, &set, &err))
		fail_msg("%s: facet_match: %s", text, err.s);
	for (int k = 0; k < 4; k++) {
		struct sort order = {.key = k / 2 ? SORT_DATE : SORT_SCORE, .ascending = k % 2};
		assert_true(facet_order_usable(ix, order));
		for (int reverse = 0; reverse < 2; reverse++) {
			nwant = sql_ids(st, q, order, reverse, want, 64);
			for (size_t li = 0; li < sizeof limits / sizeof limits[0]; li++)
				for (long long off = 0; off <= (long long)nwant + 1; off++) {
					long long *ids;
					size_t n;
					long long lim = limits[li];
					assert_true(facet_order_window(ix, &set, order, reverse, off, lim, &ids, &n));
					size_t expect = off >= (long long)nwant ? 0
						: (size_t)(lim < (long long)nwant - off ? lim : (long long)nwant - off);
					if (n != expect)
						fail_msg("%s, order %d%s, window %lld+%lld: %zu ids, SQL %zu", text, k,
							 reverse ? " from the end" : "", off, lim, n, expect);
					for (size_t i = 0; i < n; i++)
						if (ids[i] != want[off + (long long)i])
							fail_msg("%s, order %d%s, window %lld+%lld: id %zu is %lld,"
								 " SQL says %lld", text, k, reverse ? " from the end" : "",
								 off, lim, i, ids[i], want[off + (long long)i]);
					free(ids);
				}
		}
	}
	bits_free(&set);
	query_free(q);
	sb_free(&err);
	return nwant;
}

/* Queries of every kind of term; the windows of these are compared in each order. */
static const char *const fixed[] = {
	"", "topic:agents", "inst:tsinghua", "score>=10", "score<=12", "-score>0", "year:2026",
	"attention", "model", "verifiers", "cat:cs.LG", "fav", "unread", "-inst:tsinghua",
	"topic:agents or year<2022", "inst:nobody", "date>=2025 -topic:rl", "\"language model\"",
};

/* What the table of sample-library.h says, with add_ties: topic:agents by score, highest
 * first: 16 (45), 1 (31), 7 (30), 6 (17), 37 and 8 (12, by id downwards), 22 (8.5), 2 (4),
 * 40 (3), 39 (2), then those without a score by id downwards: 30, 28, 23. */
static void test_agents_by_score(void **state)
{
	struct temp_library *t = *state;
	static const long long expect[] = {16, 1, 7, 6, 37, 8, 22, 2, 40, 39, 30, 28, 23};
	struct facet_index ix;
	struct strbuf err = {0};
	struct bits set;
	long long *ids;
	size_t n;
	add_ties(t->st);
	build(&ix, t->st);
	struct query *q = parse("topic:agents");
	assert_true(facet_match(&ix, t->st, q, &set, &err));
	assert_true(facet_order_window(&ix, &set, sort_default(), false, 0, 100, &ids, &n));
	assert_int_equal(n, 13);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(ids[i], expect[i]);
	free(ids);
	/* the last four read from the end: 23, 28, 30, 39 */
	assert_true(facet_order_window(&ix, &set, sort_default(), true, 0, 4, &ids, &n));
	assert_int_equal(n, 4);
	assert_int_equal(ids[0], 23);
	assert_int_equal(ids[3], 39);
	free(ids);
	/* the middle: 37 and 8 tie at 12 */
	assert_true(facet_order_window(&ix, &set, sort_default(), false, 4, 2, &ids, &n));
	assert_int_equal(n, 2);
	assert_int_equal(ids[0], 37);
	assert_int_equal(ids[1], 8);
	free(ids);
	bits_free(&set);
	query_free(q);
	facet_index_free(&ix);
	sb_free(&err);
}

static void test_fixed(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	add_ties(t->st);
	build(&ix, t->st);
	assert_int_equal(check_query(&ix, t->st, ""), 40);
	assert_int_equal(check_query(&ix, t->st, "topic:agents"), 13);
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		check_query(&ix, t->st, fixed[i]);
	/* which filters the lists answer alone: institutions, topics, dates, scores */
	static const struct {
		const char *text; /* the filter */
		bool lists;       /* answered from the lists alone */
	} alone[] = {
		{"", false}, {"inst:tsinghua score>1", true}, {"-(year:2025 or topic:rl)", true},
		{"date>=2024 inst:eth", true}, {"attention inst:tsinghua", false},
		{"cat:cs.LG", false}, {"topic:rl -fav", false}, {"tag:toread or score>3", false},
	};
	for (size_t i = 0; i < sizeof alone / sizeof alone[0]; i++) {
		struct query *q = parse(alone[i].text);
		if (facet_match_in_lists(&ix, q) != alone[i].lists)
			fail_msg("%s: answered by the lists alone: %d", alone[i].text, !alone[i].lists);
		query_free(q);
	}
	facet_index_free(&ix);
}

static const char *const terms[] = {
	"attention", "agents", "model", "the", "verifiers", "inst:tsinghua", "inst:stanford",
	"topic:agents", "topic:rl", "cat:cs", "tag:toread", "year:2025", "year<2022",
	"date>=2026-02", "score>=10", "score:5..50", "score<3", "fav", "read", "unread",
};

static unsigned rng_state = 4242;
static unsigned rng(unsigned n)
{
	rng_state = rng_state * 1103515245u + 12345u;
	return (rng_state >> 16) % n;
}

static void test_random(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	int nonempty = 0;
	add_ties(t->st);
	build(&ix, t->st);
	for (int i = 0; i < 120; i++) {
		struct strbuf b = {0};
		unsigned n = 1 + rng(3);
		for (unsigned k = 0; k < n; k++) {
			unsigned pick = rng(5);
			const char *a = terms[rng(sizeof terms / sizeof terms[0])];
			const char *c = terms[rng(sizeof terms / sizeof terms[0])];
			if (pick == 0)
				sb_addf(&b, "%s-%s", k ? " " : "", a);
			else if (pick == 1)
				sb_addf(&b, "%s(%s or %s)", k ? " " : "", a, c);
			else
				sb_addf(&b, "%s%s", k ? " " : "", a);
		}
		nonempty += check_query(&ix, t->st, b.s) > 0;
		sb_free(&b);
	}
	assert_true(nonempty > 30);
	facet_index_free(&ix);
}

/* The reader's model with its index built: each window, from the top and from the far half,
 * is store_list_rows', and the counts after it are SQL's. LISTS: the first window is read
 * from the lists (the matches' bitmap is made for it). */
static void check_model(struct store *st, const char *text, struct sort order, bool lists)
{
	struct ui_model m;
	struct ui_filter f = {0};
	struct query_error qerr;
	struct strbuf err = {0};
	bool failed;
	ui_model_init(&m, st, order);
	while (ui_model_idle_step(&m, &failed, &err))
		assert_false(failed);
	assert_true(m.index.ready);
	f.query = xstrdup(text);
	assert_true(ui_model_set_filter(&m, &f, &qerr));
	struct query *q = parse(text);
	long long count = store_count(st, q, &err);
	for (int pass = 0; pass < 2; pass++) { /* before the counts, then after them */
		for (long long first = 0; first < count + 3; first += 3) {
			struct list_row *rows;
			size_t n;
			assert_true(ui_model_window(&m, first, 4, &err));
			if (!pass && !first)
				assert_int_equal(m.match_valid, lists);
			assert_true(store_list_rows(st, q, order, first, 4, &rows, &n, &err));
			for (size_t i = 0; i < n; i++) {
				const struct list_row *r = ui_model_row(&m, first + (long long)i);
				if (!r || r->id != rows[i].id)
					fail_msg("%s, pass %d: row %lld is %lld, SQL says %lld", text, pass,
						 first + (long long)i, r ? r->id : -1, rows[i].id);
				assert_int_equal(r->has_score, rows[i].has_score);
			}
			assert_null(ui_model_row(&m, first + (long long)n + (n < 4 ? 0 : 100)));
			list_rows_free(rows, n);
		}
		while (ui_model_idle_step(&m, &failed, &err))
			assert_false(failed);
		assert_int_equal(m.count, count);
	}
	query_free(q);
	ui_filter_clear(&f);
	ui_model_free(&m);
	sb_free(&err);
}

static void test_model(void **state)
{
	struct temp_library *t = *state;
	add_ties(t->st);
	for (int k = 0; k < 4; k++) {
		struct sort order = {.key = k / 2 ? SORT_DATE : SORT_SCORE, .ascending = k % 2};
		/* every paper: SQLite walks the order's index where there is one (descending) */
		check_model(t->st, "", order, order.ascending);
		/* answered by the lists alone, whatever SQLite's plan */
		check_model(t->st, "score>=10 -inst:tsinghua", order, true);
		check_model(t->st, "year:2025 or topic:rl", order, true);
		check_model(t->st, "topic:agents", order, true);
		check_model(t->st, "attention -read", order, true);
		check_model(t->st, "verifiers", order, true);
	}
	check_model(t->st, "inst:tsinghua", (struct sort){.key = SORT_TITLE, .ascending = true}, false);
}

/* A score stored as text sorts after every number, one stored as a blob after every text; a
 * date stored as a blob after every text date. The index leaves such orders to SQL, and the
 * model's windows stay SQL's. */
static void test_values_sql_orders_apart(void **state)
{
	struct temp_library *t = *state;
	struct facet_index ix;
	assert_int_equal(sqlite3_exec(t->st->db,
				      "UPDATE paper SET score = 'high' WHERE id = 2;"
				      "UPDATE paper SET score = x'01' WHERE id = 4;",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	build(&ix, t->st);
	assert_false(facet_order_usable(&ix, sort_default()));
	assert_true(facet_order_usable(&ix, (struct sort){.key = SORT_DATE}));
	facet_index_free(&ix);
	check_model(t->st, "topic:agents", sort_default(), false);
	check_model(t->st, "inst:tsinghua year:2025", (struct sort){.key = SORT_DATE}, true);
	check_model(t->st, "topic:agents", (struct sort){.key = SORT_SCORE, .ascending = true}, false);
	check_model(t->st, "score>=10", sort_default(), false);
	assert_int_equal(sqlite3_exec(t->st->db, "UPDATE paper SET date = CAST('2025' AS BLOB)"
						 " WHERE id = 2;",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	build(&ix, t->st);
	assert_false(facet_order_usable(&ix, (struct sort){.key = SORT_DATE}));
	facet_index_free(&ix);
	check_model(t->st, "topic:agents", (struct sort){.key = SORT_DATE}, false);
	check_model(t->st, "", (struct sort){.key = SORT_DATE, .ascending = true}, false);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_agents_by_score, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_fixed, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_random, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_model, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_values_sql_orders_apart, sample_library_setup, sample_library_teardown),
	};
	return cmocka_run_group_tests_name("facet-order", tests, NULL, NULL);
}
