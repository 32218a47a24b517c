/* test-ui-model.c — the reader's view model on the sample library: the window of rows, counts
 * and facets computed piece by piece, filters, sort orders, interrupted work, marks. These
 * are the calls the reader makes for each key (and what a benchmark times). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "helpers/sample-library.h"
#include "helpers/temp-library.h"
#include "store-watch.h"
#include "ui-model.h"

/* Runs the background work to the end. */
static void settle(struct ui_model *m)
{
	struct strbuf err = {0};
	bool failed;
	int steps = 0;
	while (ui_model_idle_step(m, &failed, &err)) {
		if (failed)
			fail_msg("idle step failed: %s", err.s);
		assert_true(++steps < 20);
	}
	sb_free(&err);
}

static void test_window_and_counts(void **state)
{
	struct temp_library *t = *state;
	struct ui_model m;
	struct strbuf err = {0};

	ui_model_init(&m, t->st, sort_default());
	assert_string_equal(m.text, "");
	assert_true(ui_model_window(&m, 0, 10, &err));
	/* score order: 20 (100), 3 (58), 17 (50), 16 (45) */
	assert_int_equal(ui_model_row(&m, 0)->id, 20);
	assert_int_equal(ui_model_row(&m, 1)->id, 3);
	assert_int_equal(ui_model_row(&m, 3)->id, 16);
	assert_true(ui_model_row(&m, 0)->favourite);
	assert_null(ui_model_row(&m, 25)); /* outside the window */
	assert_true(ui_model_window(&m, 25, 10, &err));
	assert_non_null(ui_model_row(&m, 25));
	assert_int_equal(m.count, -1); /* counts wait for the idle steps */

	settle(&m);
	assert_int_equal(m.count, 40);
	assert_int_equal(m.total, 40);
	assert_int_equal(m.fav_count, 3);
	assert_int_equal(m.unread_count, 37);
	assert_string_equal(m.facets[FACET_INSTITUTION].v[0].name, "Tsinghua University");
	assert_int_equal(m.facets[FACET_INSTITUTION].v[0].count, 14);
	assert_string_equal(m.facets[FACET_TOPIC].v[0].name, "agents");
	assert_int_equal(m.facets[FACET_TOPIC].v[0].count, 13);
	assert_int_equal(m.facets[FACET_TAG].n, 3); /* toread, survey, ml/theory */

	const struct paper *p = ui_model_detail(&m);
	assert_non_null(p);
	assert_int_equal(p->id, 20);
	assert_string_equal(p->title, "Sparse Attention Scales to Million Token Contexts");
	ui_model_free(&m);
	sb_free(&err);
}

static void test_filters(void **state)
{
	struct temp_library *t = *state;
	struct ui_model m;
	struct ui_filter f = {0};
	struct query_error qerr = {0};
	struct strbuf err = {0};

	ui_model_init(&m, t->st, sort_default());
	settle(&m);

	strlist_add(&f.insts, "Tsinghua University");
	assert_true(ui_model_set_filter(&m, &f, &qerr));
	assert_string_equal(m.text, "inst:\"Tsinghua University\"");
	assert_int_equal(m.count, -1);
	settle(&m);
	assert_int_equal(m.count, 14);
	assert_int_equal(m.facets[FACET_INSTITUTION].v[0].count, 14);
	assert_int_equal(m.fav_count, 2); /* 3 and 28 */

	/* the picker's values leave out the facet's own picks: every institution */
	struct facet_count *v = NULL;
	size_t n = 0;
	assert_true(ui_model_facet_values(&m, FACET_INSTITUTION, &v, &n, &err));
	assert_int_equal(n, 17);
	facet_counts_free(v, n);

	/* a bad query changes nothing and says where */
	ui_filter_clear(&f);
	f.query = xstrdup("topic:agents score>=x");
	assert_false(ui_model_set_filter(&m, &f, &qerr));
	assert_int_equal(qerr.column, 21);
	assert_string_equal(m.text, "inst:\"Tsinghua University\"");

	/* a short list is known to end without counting */
	free(f.query);
	f.query = xstrdup("topic:rl");
	assert_true(ui_model_set_filter(&m, &f, &qerr));
	assert_true(ui_model_window(&m, 0, 10, &err));
	assert_int_equal(ui_model_known_length(&m), 5);
	assert_int_equal(ui_model_length(&m, &err), 5);

	/* sort orders */
	ui_filter_clear(&f);
	assert_true(ui_model_set_filter(&m, &f, &qerr));
	struct sort by_date;
	assert_true(sort_parse("date", &by_date));
	ui_model_set_sort(&m, by_date);
	assert_true(ui_model_window(&m, 0, 5, &err));
	assert_int_equal(ui_model_row(&m, 0)->id, 37); /* 2026-04-29 */
	ui_model_free(&m);
	sb_free(&err);
}

static bool always(void *ctx)
{
	(void)ctx;
	return true;
}

/* A key arriving stops the running facet count; the work stays pending and is redone. */
static void test_interrupt(void **state)
{
	struct temp_library *t = *state;
	struct ui_model m;
	struct strbuf err = {0};
	bool failed;

	struct ui_filter f = {0};
	struct query_error qerr;

	/* enough papers that counting them takes more than one check period */
	assert_int_equal(sqlite3_exec(store_sqlite(t->st),
				      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
				      "WHERE i < 3000) INSERT INTO paper(title, added_at, updated_at) "
				      "SELECT 'filler ' || i, 0, 0 FROM n",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ui_model_init(&m, t->st, sort_default());
	f.unread_only = true;
	assert_true(ui_model_set_filter(&m, &f, &qerr));
	store_set_interrupt(t->st, always, NULL);
	/* the first steps build the facet index (those that read a few rows are not stopped); a step
	 * that reads the papers is stopped and stays to do */
	failed = false;
	for (int i = 0; i < 10 && !failed; i++)
		assert_true(ui_model_idle_step(&m, &failed, &err));
	assert_true(failed);
	assert_true(m.stale & UI_STALE_COUNT);
	assert_int_equal(m.count, -1);
	store_set_interrupt(t->st, NULL, NULL);
	sb_clear(&err);
	settle(&m);
	assert_int_equal(m.count, 3037);
	assert_true(m.index.ready); /* and it was counted with the index */
	assert_true(m.match_valid);
	ui_filter_clear(&f);
	ui_model_free(&m);
	sb_free(&err);
}

static void test_marks_and_changes(void **state)
{
	struct temp_library *t = *state;
	struct ui_model m;
	struct strbuf err = {0};

	ui_model_init(&m, t->st, sort_default());
	settle(&m);
	ui_model_toggle_mark(&m, 7);
	ui_model_toggle_mark(&m, 9);
	assert_true(ui_model_is_marked(&m, 7));
	ui_model_toggle_mark(&m, 7);
	assert_false(ui_model_is_marked(&m, 7));
	assert_int_equal(m.nmarks, 1);
	ui_model_clear_marks(&m);
	assert_int_equal(m.nmarks, 0);

	/* a change: what is shown stays until recounted, then follows */
	assert_true(store_favourite_set(t->st, 1, true));
	ui_model_invalidate(&m, UI_STALE_SPECIAL);
	assert_int_equal(m.fav_count, 3);
	settle(&m);
	assert_int_equal(m.fav_count, 4);
	assert_true(ui_model_window(&m, 0, 5, &err));
	assert_true(store_favourite_set(t->st, 1, false));
	ui_model_free(&m);
	sb_free(&err);
}

/* Another process links a paper to an institution: the reader reloads (as its data_version
 * poll does), the counts come from SQL at once and the index is built again behind them. */
static void test_library_change(void **state)
{
	struct temp_library *t = *state;
	struct ui_model m;
	struct ui_filter f = {0};
	struct query_error qerr;
	struct strbuf err = {0};
	bool failed;
	struct store *other = store_open(t->path, STORE_READ_WRITE, &err);
	assert_non_null(other);

	ui_model_init(&m, t->st, sort_default());
	strlist_add(&f.insts, "Tsinghua University");
	assert_true(ui_model_set_filter(&m, &f, &qerr));
	settle(&m);
	assert_true(m.index.ready);
	assert_int_equal(m.count, 14); /* the table's Tsinghua papers but 19 (another name) */
	/* attention 3 5 27 29 31; agents 7 16 28 30 */
	assert_string_equal(m.facets[FACET_TOPIC].v[0].name, "attention");
	assert_int_equal(m.facets[FACET_TOPIC].v[0].count, 5);
	assert_int_equal(m.facets[FACET_TOPIC].v[1].count, 4);
	assert_int_equal(sqlite3_exec(store_sqlite(other),
				      "INSERT INTO paper_institution(paper_id, institution_id, pos)"
				      " SELECT 1, id, 0 FROM institution WHERE name = 'Tsinghua University'",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ui_model_invalidate(&m, UI_STALE_ALL);
	assert_false(m.index.ready);
	assert_true(ui_model_idle_step(&m, &failed, &err));
	assert_false(failed);
	assert_int_equal(m.count, 15); /* by SQL: the index is not built yet */
	assert_false(m.index.ready);
	settle(&m);
	assert_true(m.index.ready);
	assert_int_equal(m.count, 15);
	assert_true(ui_model_set_filter(&m, &f, &qerr)); /* counted again, with the new index */
	settle(&m);
	assert_true(m.match_valid);
	assert_int_equal(m.count, 15);
	/* paper 1 brings agents to 5: equal counts go by name */
	assert_string_equal(m.facets[FACET_TOPIC].v[0].name, "agents");
	assert_int_equal(m.facets[FACET_TOPIC].v[0].count, 5);
	assert_string_equal(m.facets[FACET_TOPIC].v[1].name, "attention");
	assert_int_equal(m.facets[FACET_TOPIC].v[1].count, 5);
	ui_filter_clear(&f);
	ui_model_free(&m);
	store_close(other);
	sb_free(&err);
}

/* The library's size is counted a few papers a step; another process deletes a paper it has
 * already counted: the count starts again and ends with the library as it is now. */
static void test_total_in_steps(void **state)
{
	struct temp_library *t = *state;
	struct ui_model m;
	struct strbuf err = {0};
	bool failed;
	int steps = 0;
	struct store *other = store_open(t->path, STORE_READ_WRITE, &err);
	assert_non_null(other);

	ui_model_init(&m, t->st, sort_default());
	m.total_step = 3;
	for (int i = 0; i < 5; i++) { /* ids 1..15 counted */
		assert_true(ui_model_idle_step(&m, &failed, &err));
		assert_false(failed);
	}
	assert_int_equal(m.total, -1);
	assert_int_equal(m.count, -1);
	assert_int_equal(m.total_run, 15);
	assert_int_equal(sqlite3_exec(store_sqlite(other), "DELETE FROM paper WHERE id = 2", NULL, NULL,
				      NULL),
			 SQLITE_OK);
	ui_model_invalidate(&m, UI_STALE_ALL);
	while (ui_model_idle_step(&m, &failed, &err)) {
		if (failed)
			fail_msg("idle step failed: %s", err.s);
		assert_true(++steps < 200);
		if (!(m.stale & UI_STALE_COUNT) && !m.index.ready) /* the total, not counted twice */
			assert_int_equal(m.count, m.total);
	}
	assert_true(steps > 39 / 3);
	assert_int_equal(m.total, 39);
	assert_int_equal(m.count, 39);
	ui_model_free(&m);
	store_close(other);
	sb_free(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_window_and_counts, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_filters, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_interrupt, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_marks_and_changes, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_library_change, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_total_in_steps, sample_library_setup, sample_library_teardown),
	};
	return cmocka_run_group_tests_name("ui-model", tests, NULL, NULL);
}
