/* test-ui-layout.c — where panes go: all three on a big screen, folded on narrow or short
 * ones, down to 40x12. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "ui-internal.h"

static void assert_rect(struct ui_rect r, int y, int x, int h, int w)
{
	assert_int_equal(r.y, y);
	assert_int_equal(r.x, x);
	assert_int_equal(r.h, h);
	assert_int_equal(r.w, w);
}

static void test_sizes(void **state)
{
	struct ui_layout l;
	(void)state;

	/* 120x40: facets 26 wide (22%), list over abstract (2/5 of 37 rows) */
	ui_layout_compute(&l, 40, 120);
	assert_rect(l.pane[UI_PANE_FACETS], 1, 1, 37, 26);
	assert_int_equal(l.split_x, 27);
	assert_rect(l.pane[UI_PANE_LIST], 1, 28, 22, 91);
	assert_int_equal(l.split_y, 23);
	assert_rect(l.pane[UI_PANE_ABSTRACT], 24, 28, 14, 91);
	assert_int_equal(l.bottom, 38);
	assert_int_equal(l.status, 39);
	assert_rect(l.full, 1, 1, 37, 118);

	/* 40x12: the list alone */
	ui_layout_compute(&l, 12, 40);
	assert_int_equal(l.pane[UI_PANE_FACETS].h, 0);
	assert_int_equal(l.pane[UI_PANE_ABSTRACT].h, 0);
	assert_rect(l.pane[UI_PANE_LIST], 1, 1, 9, 38);
	assert_int_equal(l.split_x, -1);
	assert_int_equal(l.split_y, -1);
	assert_int_equal(l.status, 11);

	/* 89 columns: no facets; 30 rows: the abstract stays */
	ui_layout_compute(&l, 30, 89);
	assert_int_equal(l.pane[UI_PANE_FACETS].h, 0);
	assert_true(l.pane[UI_PANE_ABSTRACT].h > 0);
	assert_int_equal(l.pane[UI_PANE_LIST].w, 87);

	/* 90 columns, 17 rows: facets, no abstract */
	ui_layout_compute(&l, 17, 90);
	assert_int_equal(l.pane[UI_PANE_FACETS].w, 22);
	assert_int_equal(l.pane[UI_PANE_ABSTRACT].h, 0);
	assert_int_equal(l.pane[UI_PANE_LIST].h, 14);

	/* the facets never grow past 34 columns */
	ui_layout_compute(&l, 50, 300);
	assert_int_equal(l.pane[UI_PANE_FACETS].w, 34);

	/* absurdly small: nothing is placed, nothing breaks */
	ui_layout_compute(&l, 2, 3);
	assert_int_equal(l.pane[UI_PANE_LIST].h, 0);
	assert_int_equal(l.full.h, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
	};
	return cmocka_run_group_tests_name("ui-layout", tests, NULL, NULL);
}
