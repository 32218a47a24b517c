/* test-ui-keymap.c — key names, the default keymap from the action table, `bind`/`unbind`. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui-keymap.h"

static void test_defaults(void **state)
{
	struct ui_keymap km;
	(void)state;
	ui_keymap_init(&km);
	assert_int_equal(ui_keymap_lookup(&km, 'j'), ACT_DOWN);
	assert_int_equal(ui_keymap_lookup(&km, UI_KEY_FN | KEY_DOWN), ACT_DOWN);
	assert_int_equal(ui_keymap_lookup(&km, 'k'), ACT_UP);
	assert_int_equal(ui_keymap_lookup(&km, '\n'), ACT_OPEN);
	assert_int_equal(ui_keymap_lookup(&km, ' '), ACT_MARK);
	assert_int_equal(ui_keymap_lookup(&km, '?'), ACT_HELP);
	assert_int_equal(ui_keymap_lookup(&km, '/'), ACT_SEARCH);
	assert_int_equal(ui_keymap_lookup(&km, 'i'), ACT_PICK_INST);
	assert_int_equal(ui_keymap_lookup(&km, '1'), ACT_SAVED_1);
	assert_int_equal(ui_keymap_lookup(&km, '9'), ACT_SAVED_9);
	assert_int_equal(ui_keymap_lookup(&km, 4), ACT_PAGE_DOWN); /* C-d */
	assert_int_equal(ui_keymap_lookup(&km, '*'), ACT_FAVOURITE);
	assert_int_equal(ui_keymap_lookup(&km, 'q'), ACT_CLOSE);
	assert_int_equal(ui_keymap_lookup(&km, 'z'), ACT_NONE);
	ui_keymap_free(&km);
}

/* Every default key in the table parses, and no key is given to two actions. */
static void test_table(void **state)
{
	struct ui_keymap km;
	(void)state;
	ui_keymap_init(&km);
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		char keys[64], *save = NULL;
		snprintf(keys, sizeof keys, "%s", ui_action_default_keys((enum ui_action)a));
		for (char *k = strtok_r(keys, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
			struct strbuf err = {0};
			int key;
			assert_true(ui_key_parse(k, &key, &err));
			assert_int_equal(ui_keymap_lookup(&km, key), a);
			sb_free(&err);
		}
		assert_int_equal(ui_action_from_name(ui_action_name((enum ui_action)a)), a);
		assert_true(strlen(ui_action_help((enum ui_action)a)) > 0);
	}
	assert_int_equal(ui_action_from_name("no-such-action"), ACT_NONE);
	ui_keymap_free(&km);
}

static void test_parse(void **state)
{
	static const struct {
		const char *name; /* as the config writes it */
		int key;          /* expected code, -1: rejected */
	} cases[] = {
		{"j", 'j'},
		{"J", 'J'},
		{"C-d", 4},
		{"c-D", 4},
		{"^D", 4},
		{"Enter", '\n'},
		{"<Enter>", '\n'},
		{"return", '\n'},
		{"Tab", '\t'},
		{"S-Tab", UI_KEY_FN | KEY_BTAB},
		{"Space", ' '},
		{"Esc", 27},
		{"PgDn", UI_KEY_FN | KEY_NPAGE},
		{"<PgUp>", UI_KEY_FN | KEY_PPAGE},
		{"F5", UI_KEY_FN | KEY_F(5)},
		{"F12", UI_KEY_FN | KEY_F(12)},
		{"F13", -1},
		{"F0", -1},
		{"é", 0xE9},
		{"Hash", '#'},
		{"#", '#'},
		{"<", '<'},
		{"<>", -1},
		{"Foo", -1},
		{"", -1},
		{"C-1", -1},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf err = {0};
		int key = -2;
		bool ok = ui_key_parse(cases[i].name, &key, &err);
		if (cases[i].key < 0) {
			assert_false(ok);
			assert_non_null(err.s);
		} else {
			assert_true(ok);
			assert_int_equal(key, cases[i].key);
		}
		sb_free(&err);
	}
}

/* The name shown in help reads back as the same key. */
static void test_names_round_trip(void **state)
{
	static const int keys[] = {'j', 'G', '?', '*', ' ', '\n', '\t', 27, 4, 0xE9,
				   UI_KEY_FN | KEY_NPAGE, UI_KEY_FN | KEY_F(1), UI_KEY_FN | KEY_BTAB,
				   UI_KEY_FN | KEY_BACKSPACE};
	(void)state;
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		char name[32];
		struct strbuf err = {0};
		int back = -1;
		ui_key_name(keys[i], name, sizeof name);
		assert_true(ui_key_parse(name, &back, &err));
		assert_int_equal(back, keys[i]);
		sb_free(&err);
	}
}

static void test_normalize(void **state)
{
	(void)state;
	assert_int_equal(ui_key_normalize('\r', false), UI_KEY_ENTER);
	assert_int_equal(ui_key_normalize(KEY_ENTER, true), UI_KEY_ENTER);
	assert_int_equal(ui_key_normalize(127, false), UI_KEY_FN | KEY_BACKSPACE);
	assert_int_equal(ui_key_normalize(KEY_BACKSPACE, true), UI_KEY_FN | KEY_BACKSPACE);
	assert_int_equal(ui_key_normalize(KEY_DOWN, true), UI_KEY_FN | KEY_DOWN);
	/* KEY_DOWN's number is also a Latin letter; as a character it stays that letter */
	assert_int_equal(ui_key_normalize(KEY_DOWN, false), KEY_DOWN);
}

static void test_describe(void **state)
{
	struct ui_keymap km;
	struct strbuf b = {0};
	(void)state;
	ui_keymap_init(&km);
	ui_keymap_describe(&km, ACT_DOWN, &b);
	assert_string_equal(b.s, "j, Down");
	sb_clear(&b);
	ui_keymap_describe(&km, ACT_PICK_TAG, &b);
	assert_true(b.len == 0);
	sb_free(&b);
	ui_keymap_free(&km);
}

static void test_config(void **state)
{
	char dir[] = "/tmp/pbtest-keymap.XXXXXX";
	char path[64];
	struct ui_keymap km;
	struct strlist msgs = {0};
	FILE *f;
	(void)state;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/config", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("# my keys\n"
	      "bind J move-down\n"
	      "bind x nonsense\n"
	      "bind Foo quit\n"
	      "unbind q\n"
	      "bind C-n move-down\n"
	      "bind k none\n"
	      "bind \"#\" help\n"
	      "bind z\n"
	      "search 1 fav\n",
	      f);
	fclose(f);

	ui_keymap_init(&km);
	const struct config_handler handlers[] = {
		{"bind", ui_keymap_config_bind, &km},
		{"unbind", ui_keymap_config_unbind, &km},
	};
	assert_true(config_load(path, handlers, 2, &msgs));
	assert_int_equal(msgs.n, 3);
	char want[128];
	snprintf(want, sizeof want, "%s:3: unknown action 'nonsense'", path);
	assert_true(str_starts(msgs.v[0], want));
	snprintf(want, sizeof want, "%s:4: unknown key 'Foo'", path);
	assert_true(str_starts(msgs.v[1], want));
	snprintf(want, sizeof want, "%s:9: usage: bind KEY ACTION; skipped", path);
	assert_string_equal(msgs.v[2], want);

	assert_int_equal(ui_keymap_lookup(&km, 'J'), ACT_DOWN);
	assert_int_equal(ui_keymap_lookup(&km, 14), ACT_DOWN);
	assert_int_equal(ui_keymap_lookup(&km, 'q'), ACT_NONE);
	assert_int_equal(ui_keymap_lookup(&km, 'k'), ACT_NONE);
	assert_int_equal(ui_keymap_lookup(&km, '#'), ACT_HELP);
	assert_int_equal(ui_keymap_lookup(&km, 'x'), ACT_BROWSE); /* the bad line changed nothing */
	assert_int_equal(ui_keymap_lookup(&km, 'j'), ACT_DOWN);

	strlist_free(&msgs);
	ui_keymap_free(&km);
	unlink(path);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),  cmocka_unit_test(test_table),
		cmocka_unit_test(test_parse),     cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_normalize), cmocka_unit_test(test_describe),
		cmocka_unit_test(test_config),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests_name("ui-keymap", tests, NULL, NULL);
}
