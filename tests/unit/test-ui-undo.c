/* test-ui-undo.c — undoing changes to the user's data through the store, a few levels deep. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "helpers/sample-library.h"
#include "helpers/temp-library.h"
#include "ui-undo.h"

static struct paper get(struct store *st, long long id)
{
	struct paper p;
	memset(&p, 0, sizeof p);
	assert_true(store_paper_get(st, id, &p));
	return p;
}

static void test_revert(void **state)
{
	struct temp_library *t = *state;
	struct ui_undo u = {0};
	struct strbuf err = {0};
	char *what;
	struct paper p;

	/* one step over two papers: favourite 1 (was not) and 3 (was already, unchanged) */
	ui_undo_begin(&u, "favourite");
	ui_undo_record(&u, 1, UNDO_FAVOURITE, false, NULL, NULL);
	assert_true(store_favourite_set(t->st, 1, true));
	ui_undo_end(&u);
	/* a step: tag 16 "later", drop its note */
	ui_undo_begin(&u, "tags and note");
	ui_undo_record(&u, 16, UNDO_TAG, false, "later", NULL);
	assert_true(store_tag_set(t->st, 16, "later", true));
	ui_undo_record(&u, 16, UNDO_NOTE, false, NULL, "Compare with the Peking follow-up.");
	assert_true(store_note_set(t->st, 16, NULL));
	ui_undo_end(&u);
	/* an empty step is dropped */
	ui_undo_begin(&u, "nothing");
	ui_undo_end(&u);
	assert_int_equal(u.n, 2);

	assert_true(ui_undo_revert(&u, t->st, &what, &err));
	assert_string_equal(what, "tags and note");
	free(what);
	p = get(t->st, 16);
	assert_false(strlist_has(&p.tags, "later"));
	assert_string_equal(p.note, "Compare with the Peking follow-up.");
	paper_free(&p);

	assert_true(ui_undo_revert(&u, t->st, &what, &err));
	assert_string_equal(what, "favourite");
	free(what);
	p = get(t->st, 1);
	assert_false(p.favourite);
	paper_free(&p);

	assert_false(ui_undo_revert(&u, t->st, &what, &err));
	assert_string_equal(err.s, "nothing to undo");
	assert_null(what);
	sb_free(&err);
	ui_undo_free(&u);
}

/* Only the last UI_UNDO_LEVELS steps are kept. */
static void test_levels(void **state)
{
	struct temp_library *t = *state;
	struct ui_undo u = {0};
	struct strbuf err = {0};
	char *what;
	int undone = 0;

	for (int i = 0; i < UI_UNDO_LEVELS + 4; i++) {
		bool was = i % 2 == 1;
		ui_undo_begin(&u, "read");
		ui_undo_record(&u, 2, UNDO_READ, was, NULL, NULL);
		assert_true(store_read_set(t->st, 2, !was));
		ui_undo_end(&u);
	}
	assert_int_equal(u.n, UI_UNDO_LEVELS);
	while (ui_undo_revert(&u, t->st, &what, &err)) {
		free(what);
		undone++;
	}
	assert_int_equal(undone, UI_UNDO_LEVELS);
	sb_free(&err);
	ui_undo_free(&u);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_revert, sample_library_setup, sample_library_teardown),
		cmocka_unit_test_setup_teardown(test_levels, sample_library_setup, sample_library_teardown),
	};
	return cmocka_run_group_tests_name("ui-undo", tests, NULL, NULL);
}
