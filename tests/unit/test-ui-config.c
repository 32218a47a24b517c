/* test-ui-config.c — the reader's config commands: set, theme, search (bind and unbind are in
 * test-ui-keymap.c); bad lines reported with file:line and skipped. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui-config.h"

static void test_load(void **state)
{
	char path[] = "/tmp/pbtest-config.XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	struct ui_config c;
	struct strlist msgs = {0};
	(void)state;

	assert_non_null(f);
	fputs("set theme light\n"                                   /* 1 */
	      "set sort date\n"                                     /* 2 */
	      "set score-high 80\n"                                 /* 3 */
	      "set mouse off\n"                                     /* 4 */
	      "set browser firefox --new-tab \"%s\"  # comment\n"   /* 5 */
	      "set export-dir /tmp/exports\n"                       /* 6 */
	      "set export-format json\n"                            /* 7 */
	      "set export-format yaml\n"                            /* 8: bad */
	      "set colour red\n"                                    /* 9: unknown */
	      "set sort sideways\n"                                 /* 10: bad */
	      "set mouse maybe\n"                                   /* 11: bad */
	      "search 1 topic:agents score>=10  # agents\n"         /* 12 */
	      "search 2 inst:\"Tsinghua University\" fav\n"         /* 13 */
	      "search 0 fav\n"                                      /* 14: bad number */
	      "search 3 score>=\n"                                  /* 15: bad query */
	      "theme mono extra\n"                                  /* 16: usage */
	      "theme monochrome\n"                                  /* 17 */
	      "set score-high lots\n",                              /* 18: bad */
	      f);
	fclose(f);

	ui_config_init(&c);
	assert_string_equal(c.theme, "default");
	assert_true(c.mouse);
	ui_config_load(&c, path, &msgs);

	assert_string_equal(c.theme, "monochrome"); /* the last theme line wins */
	assert_int_equal(c.sort.key, SORT_DATE);
	assert_false(c.sort.ascending);
	assert_true(c.score_high == 80);
	assert_false(c.mouse);
	assert_string_equal(c.browser, "firefox --new-tab \"%s\"");
	assert_string_equal(c.export_dir, "/tmp/exports");
	assert_string_equal(c.export_format, "json");
	assert_string_equal(c.saved[0], "topic:agents score>=10");
	assert_string_equal(c.saved[1], "inst:\"Tsinghua University\" fav");
	assert_null(c.saved[2]);

	static const struct {
		int line;            /* the bad line */
		const char *problem; /* the start of what is said about it */
	} want[] = {
		{8, "export-format is bibtex, json or csv, not 'yaml'"},
		{9, "unknown setting 'colour' (theme, browser, sort,"},
		{10, "unknown sort order 'sideways'"},
		{11, "mouse is on or off, not 'maybe'"},
		{14, "saved searches are numbered 1 to 9, not '0'"},
		{15, "search 3: column 8: "}, /* just past "score>=" */
		{16, "usage: theme NAME"},
		{18, "score-high needs a number, not 'lots'"},
	};
	assert_int_equal(msgs.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < msgs.n; i++) {
		char prefix[256];
		snprintf(prefix, sizeof prefix, "%s:%d: %s", path, want[i].line, want[i].problem);
		if (!str_starts(msgs.v[i], prefix))
			fail_msg("got '%s', expected it to start with '%s'", msgs.v[i], prefix);
		assert_true(str_ends(msgs.v[i], "; skipped"));
	}
	strlist_free(&msgs);
	ui_config_free(&c);
	unlink(path);
}

/* export-dir ~/x is under $HOME. */
static void test_tilde(void **state)
{
	struct ui_config c;
	struct config_line l = {0};
	struct strbuf err = {0};
	(void)state;
	setenv("HOME", "/home/someone", 1);
	ui_config_init(&c);
	assert_true(config_split("set export-dir ~/papers", &l, &err));
	assert_true(ui_config_set(&l, &c, &err));
	assert_string_equal(c.export_dir, "/home/someone/papers");
	config_line_free(&l);
	ui_config_free(&c);
	sb_free(&err);
}

static void test_missing_file(void **state)
{
	struct ui_config c;
	struct strlist msgs = {0};
	(void)state;
	ui_config_init(&c);
	ui_config_load(&c, "/nonexistent/paperboat/config", &msgs);
	assert_int_equal(msgs.n, 0); /* no config file is fine */
	assert_string_equal(c.theme, "default");
	ui_config_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_tilde),
	};
	return cmocka_run_group_tests_name("ui-config", tests, NULL, NULL);
}
