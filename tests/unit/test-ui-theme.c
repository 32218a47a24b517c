/* test-ui-theme.c — theme lines and files, theme lookup by name, colour degradation. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ui-theme.h"

static const char *top(void)
{
	const char *t = getenv("PB_TOP");
	return t && *t ? t : ".";
}

static void test_parse_line(void **state)
{
	struct ui_theme t;
	struct strbuf err = {0};
	(void)state;
	ui_theme_reset(&t, "x");

	assert_true(ui_theme_parse_line(&t, "title red default bold", &err));
	assert_int_equal(t.el[UI_EL_TITLE].fg.kind, UI_COLOR_INDEX);
	assert_int_equal(t.el[UI_EL_TITLE].fg.value, 1);
	assert_int_equal(t.el[UI_EL_TITLE].bg.kind, UI_COLOR_DEFAULT);
	assert_int_equal(t.el[UI_EL_TITLE].attrs, UI_ATTR_BOLD);

	assert_true(ui_theme_parse_line(&t, "cursor #FF8000 236 reverse,underline dim", &err));
	assert_int_equal(t.el[UI_EL_CURSOR].fg.kind, UI_COLOR_RGB);
	assert_int_equal(t.el[UI_EL_CURSOR].fg.value, 0xff8000);
	assert_int_equal(t.el[UI_EL_CURSOR].bg.kind, UI_COLOR_INDEX);
	assert_int_equal(t.el[UI_EL_CURSOR].bg.value, 236);
	assert_int_equal(t.el[UI_EL_CURSOR].attrs,
			 UI_ATTR_REVERSE | UI_ATTR_UNDERLINE | UI_ATTR_DIM);

	assert_true(ui_theme_parse_line(&t, "color status bright-white grey  # tig style", &err));
	assert_int_equal(t.el[UI_EL_STATUS].fg.value, 15);
	assert_int_equal(t.el[UI_EL_STATUS].bg.value, 8);
	assert_true(ui_theme_parse_line(&t, "   # only a comment", &err));
	assert_true(ui_theme_parse_line(&t, "", &err));
	assert_null(err.s);

	assert_false(ui_theme_parse_line(&t, "titel red default", &err));
	assert_true(str_starts(err.s, "unknown element 'titel' (valid: normal, border,"));
	assert_non_null(strstr(err.s, "abstract-title"));
	sb_clear(&err);
	assert_false(ui_theme_parse_line(&t, "title redd default", &err));
	assert_true(str_starts(err.s, "unknown colour 'redd'"));
	sb_clear(&err);
	assert_false(ui_theme_parse_line(&t, "title red default blinky", &err));
	assert_true(str_starts(err.s, "unknown attribute 'blinky'"));
	sb_clear(&err);
	assert_false(ui_theme_parse_line(&t, "title 256 default", &err));
	sb_clear(&err);
	assert_false(ui_theme_parse_line(&t, "title #12345g default", &err));
	sb_clear(&err);
	assert_false(ui_theme_parse_line(&t, "title red", &err));
	assert_true(str_starts(err.s, "expected 'element foreground background"));
	/* the failed lines changed nothing */
	assert_int_equal(t.el[UI_EL_TITLE].fg.value, 1);
	sb_free(&err);
}

/* The compiled-in themes are the shipped files, word for word. */
static void test_builtin_matches_files(void **state)
{
	char path[4096];
	(void)state;
	snprintf(path, sizeof path, "%s/themes/default.theme", top());
	char *text = util_read_file(path, NULL);
	assert_non_null(text);
	assert_string_equal(text, ui_theme_default_text);
	free(text);
	snprintf(path, sizeof path, "%s/themes/monochrome.theme", top());
	text = util_read_file(path, NULL);
	assert_non_null(text);
	assert_string_equal(text, ui_theme_monochrome_text);
	free(text);
}

/* Every shipped theme loads without a message and sets every element. */
static void test_shipped_themes(void **state)
{
	char dirpath[4096];
	DIR *d;
	struct dirent *de;
	int themes = 0;
	(void)state;
	snprintf(dirpath, sizeof dirpath, "%s/themes", top());
	d = opendir(dirpath);
	assert_non_null(d);
	while ((de = readdir(d))) {
		char path[8192];
		struct ui_theme t;
		struct strlist msgs = {0};
		if (!str_ends(de->d_name, ".theme"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dirpath, de->d_name);
		ui_theme_reset(&t, de->d_name);
		assert_true(ui_theme_load_file(&t, path, &msgs));
		if (msgs.n)
			fail_msg("%s", msgs.v[0]);
		char *text = util_read_file(path, NULL);
		for (int e = 0; e < UI_EL_COUNT; e++) {
			char needle[64];
			snprintf(needle, sizeof needle, "\n%s ", ui_element_name((enum ui_element)e));
			if (!strstr(text, needle))
				fail_msg("%s does not set %s", path, ui_element_name((enum ui_element)e));
		}
		free(text);
		strlist_free(&msgs);
		themes++;
	}
	closedir(d);
	assert_true(themes >= 3);
}

static void test_load_file_messages(void **state)
{
	char path[] = "/tmp/pbtest-theme.XXXXXX";
	int fd = mkstemp(path);
	struct ui_theme t;
	struct strlist msgs = {0};
	char want[128];
	(void)state;
	assert_true(fd >= 0);
	assert_true(write(fd, "title green default\nbogus red red\nlink blue default\n", 52) == 52);
	close(fd);
	ui_theme_reset(&t, "t");
	assert_true(ui_theme_load_file(&t, path, &msgs));
	assert_int_equal(msgs.n, 1);
	snprintf(want, sizeof want, "%s:2: unknown element 'bogus'", path);
	assert_true(str_starts(msgs.v[0], want));
	assert_int_equal(t.el[UI_EL_TITLE].fg.value, 2);
	assert_int_equal(t.el[UI_EL_LINK].fg.value, 4);
	strlist_free(&msgs);
	unlink(path);

	assert_false(ui_theme_load_file(&t, "/nonexistent/x.theme", &msgs));
	assert_int_equal(msgs.n, 1);
	strlist_free(&msgs);
}

/* Theme names are looked up in the user's config directory first. */
static void test_load_by_name(void **state)
{
	char dir[] = "/tmp/pbtest-themes.XXXXXX";
	char path[256];
	struct ui_theme t;
	struct strlist msgs = {0};
	FILE *f;
	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("XDG_CONFIG_HOME", dir, 1);
	snprintf(path, sizeof path, "%s/paperboat", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/paperboat/themes", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/paperboat/themes/mine.theme", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("title magenta default underline\n", f);
	fclose(f);

	assert_true(ui_theme_load(&t, "mine", &msgs));
	assert_int_equal(msgs.n, 0);
	assert_string_equal(t.name, "mine");
	assert_int_equal(t.el[UI_EL_TITLE].fg.value, 5);
	assert_int_equal(t.el[UI_EL_TITLE].attrs, UI_ATTR_UNDERLINE);

	assert_true(ui_theme_load(&t, "monochrome", &msgs)); /* built in, or from ./themes */
	assert_int_equal(t.el[UI_EL_CURSOR].attrs, UI_ATTR_REVERSE);

	assert_false(ui_theme_load(&t, "no-such-theme", &msgs));
	assert_int_equal(msgs.n, 1);
	assert_true(str_starts(msgs.v[0], "theme 'no-such-theme' not found"));
	assert_string_equal(t.name, "default"); /* falls back */
	assert_int_equal(t.el[UI_EL_CURSOR].bg.kind, UI_COLOR_RGB);

	unlink(path);
	snprintf(path, sizeof path, "%s/paperboat/themes", dir);
	rmdir(path);
	snprintf(path, sizeof path, "%s/paperboat", dir);
	rmdir(path);
	rmdir(dir);
	strlist_free(&msgs);
}

static void test_degrade(void **state)
{
	static const struct {
		struct ui_color c; /* the theme's colour */
		int ncolors;       /* what the terminal has */
		int index;         /* expected colour number */
		bool bright;       /* drawn bold instead of bright */
	} cases[] = {
		{{UI_COLOR_RGB, 0xff0000}, 256, 196, false},
		{{UI_COLOR_RGB, 0x808080}, 256, 244, false},
		{{UI_COLOR_RGB, 0x005f87}, 256, 24, false},
		{{UI_COLOR_INDEX, 123}, 256, 123, false},
		{{UI_COLOR_RGB, 0xff0000}, 16, 9, false},
		{{UI_COLOR_RGB, 0xff0000}, 8, 1, true},
		{{UI_COLOR_RGB, 0xcd0000}, 8, 1, false},
		{{UI_COLOR_INDEX, 12}, 16, 12, false},
		{{UI_COLOR_INDEX, 12}, 8, 4, true},
		{{UI_COLOR_INDEX, 196}, 16, 9, false},
		{{UI_COLOR_RGB, 0x123456}, 0x1000000, 0x123456, false},
		{{UI_COLOR_INDEX, 3}, 0x1000000, 3, false},
		{{UI_COLOR_INDEX, 196}, 0x1000000, 0xff0000, false},
		{{UI_COLOR_DEFAULT, -1}, 256, -1, false},
		{{UI_COLOR_INDEX, 1}, 2, -1, false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int index;
		bool bright;
		ui_color_degrade(cases[i].c, cases[i].ncolors, &index, &bright);
		assert_int_equal(index, cases[i].index);
		assert_int_equal(bright, cases[i].bright);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_line),
		cmocka_unit_test(test_builtin_matches_files),
		cmocka_unit_test(test_shipped_themes),
		cmocka_unit_test(test_load_file_messages),
		cmocka_unit_test(test_load_by_name),
		cmocka_unit_test(test_degrade),
	};
	return cmocka_run_group_tests_name("ui-theme", tests, NULL, NULL);
}
