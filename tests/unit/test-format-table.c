/* test-format-table.c — --format table: column widths, cutting to the width, wide characters. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

static int setup(void **state)
{
	(void)state;
	return setlocale(LC_ALL, "C.UTF-8") ? 0 : -1;
}

static char *render(const struct list_row *rows, size_t n, int width, bool color)
{
	struct format_table t;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	assert_non_null(f);
	format_table_begin(&t, f, width, color);
	format_table_rows(&t, rows, n);
	fclose(f);
	return text;
}

static const struct list_row rows[] = {
	{.id = 1, .arxiv_id = "2606.31630", .has_score = true, .score = 128, .date = "2026-06-30",
	 .title = "Calibration, Not Compilation: Detecting and Repairing Errors"},
	{.id = 22, .title = "清华大学的论文标题很长很长很长很长"},
	{.id = 333, .has_score = true, .score = 8.5, .date = "2025",
	 .title = "\033[31mred\033[0m"},
};

static void test_layout(void **state)
{
	char *got;
	(void)state;

	/* widths: id 3, arxiv 10, score 5 ("SCORE"), date 10; title 60 - 36 = 24 columns */
	got = render(rows, 3, 60, false);
	assert_string_equal(got, " ID  ARXIV       SCORE  DATE        TITLE\n"
				 "  1  2606.31630    128  2026-06-30  Calibration, Not Compil…\n"
				 " 22                                 清华大学的论文标题很长…\n"
				 "333                8.5  2025        red\n");
	free(got);
}

static void test_every_line_fits(void **state)
{
	char *got;
	(void)state;

	/* the id and a 20-column title need 25 */
	for (int width = 25; width <= 120; width += 7) {
		got = render(rows, 3, width, false);
		for (char *line = strtok(got, "\n"); line; line = strtok(NULL, "\n"))
			if (format_width(line) > width)
				fail_msg("width %d: line of %d columns: %s", width, format_width(line), line);
		free(got);
	}
}

static void test_default_width_and_colour(void **state)
{
	char *got;
	(void)state;

	/* no terminal: 80 columns, so 80 - (2+2) - (10+2) - (5+2) - (10+2) = 45 for the title; the
	 * cut falls after "and ", and the blank before the ellipsis goes */
	got = render(rows, 1, 0, false);
	assert_non_null(strstr(got, "  Calibration, Not Compilation: Detecting and…\n"));
	free(got);

	/* 50 columns: the arXiv column goes; title 50 - (2+2) - (5+2) - (10+2) = 27 */
	got = render(rows, 1, 50, false);
	assert_string_equal(got, "ID  SCORE  DATE        TITLE\n"
				 " 1    128  2026-06-30  Calibration, Not Compilati…\n");
	free(got);

	/* 30 columns: without the date the title would get 30 - 4 - 7 = 19 < 20, so the score
	 * goes as well: 26 columns */
	got = render(rows, 1, 30, false);
	assert_string_equal(got, "ID  TITLE\n"
				 " 1  Calibration, Not Compilat…\n");
	free(got);

	got = render(rows, 1, 80, true);
	assert_true(strncmp(got, "\033[1mID  ARXIV", 13) == 0);
	assert_non_null(strstr(got, "TITLE\033[0m\n"));
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_every_line_fits),
		cmocka_unit_test(test_default_width_and_colour),
	};
	return cmocka_run_group_tests_name("format-table", tests, setup, NULL);
}
