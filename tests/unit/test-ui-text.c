/* test-ui-text.c — page text made safe for the terminal, and measured in columns. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ui-text.h"

static void test_sanitize(void **state)
{
	static const struct {
		const char *in;   /* as a page might carry it */
		bool keep_nl;     /* keep newlines */
		const char *out;  /* what may reach the terminal */
	} cases[] = {
		{"plain text", false, "plain text"},
		{"a\x1b[31mred\x1b[0m", false, "ared"},
		{"a\x1b[2J\x1b[Hb", false, "ab"},
		{"x\x1b]0;new title\x07y", false, "xy"},
		{"x\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\y", false, "xlinky"},
		{"x\x1b]52;c;ZXZpbA==\x07y", false, "xy"},
		{"a\x1bPq#0;2;0;0;0\x1b\\b", false, "ab"},
		{"a\x1b_apc\x1b\\b", false, "ab"},
		{"a\x1b(Bb", false, "ab"},
		{"a\x1b", false, "a"},
		{"a\x1b]0;never ends", false, "a"},
		{"a\xc2\x9b" "31mb", false, "ab"},                  /* C1 CSI: whole, as the CLI does */
		{"a\xc2\x9d" "0;t\xc2\x9c" "b", false, "ab"},       /* C1 OSC ... ST */
		{"a\xc2\x90" "+q54\x1b\\b", false, "ab"},          /* C1 DCS ... ESC \ */
		{"a\xc2\x85" "b", false, "a b"},                    /* NEL breaks a line */
		{"a\xe2\x80\xa8" "b\nc", true, "a b\nc"},          /* LS: a space; \n kept */
		{"a\x9b" "31mb", false, "a\xef\xbf\xbd" "31mb"},    /* a raw byte is not UTF-8 */
		{"tab\there", false, "tab here"},
		{"line\nbreak\r", false, "line break "},
		{"line\nbreak", true, "line\nbreak"},
		{"a\x01\x07\x08" "b\x7f", false, "ab"},
		{"abc\xe2\x80\xae" "def", false, "abcdef"},         /* RLO */
		{"\xe2\x81\xa6" "x\xe2\x81\xa9", false, "x"},       /* LRI ... PDI */
		{"a\xe2\x80\x8f" "b", false, "ab"},                 /* RLM */
		{"東京大学", false, "東京大学"},
		{"Université", false, "Université"},
		{"e\xcc\x81", false, "e\xcc\x81"},                  /* combining acute stays */
		{"🚀 launch", false, "🚀 launch"},
		{"", false, ""},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = uitext_sanitize(cases[i].in, cases[i].keep_nl);
		assert_string_equal(got, cases[i].out);
		free(got);
	}
	char *got = uitext_sanitize(NULL, false);
	assert_string_equal(got, "");
	free(got);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(uitext_width("abc"), 3);
	assert_int_equal(uitext_width("東京"), 4);
	assert_int_equal(uitext_width("é"), 1);
	assert_int_equal(uitext_width("e\xcc\x81"), 1);
	assert_int_equal(uitext_width("🚀"), 2);
	assert_int_equal(uitext_width("Zoë 王"), 6);
	assert_int_equal(uitext_width(""), 0);
	assert_int_equal(uitext_width(NULL), 0);
}

static void test_fit(void **state)
{
	static const struct {
		const char *in; /* sanitised text */
		int width;      /* columns available */
		const char *out;
		int used;       /* columns used */
	} cases[] = {
		{"hello", 10, "hello", 5},
		{"hello world", 8, "hello w…", 8},
		{"abc", 3, "abc", 3},
		{"abcd", 3, "ab…", 3},
		{"東京大学", 5, "東京…", 5},
		{"東京大学", 4, "東…", 3},
		{"東京大学", 8, "東京大学", 8},
		{"e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "x", 3, "e\xcc\x81" "e\xcc\x81…", 3},
		{"abc", 1, "…", 1},
		{"abc", 0, "", 0},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf b = {0};
		int used = uitext_fit(cases[i].in, cases[i].width, &b);
		assert_string_equal(b.s ? b.s : "", cases[i].out);
		assert_int_equal(used, cases[i].used);
		assert_int_equal(uitext_width(b.s ? b.s : ""), used);
		sb_free(&b);
	}
}

static void check_wrap(const char *in, int width, const char *const *want, size_t n)
{
	struct strlist lines = {0};
	uitext_wrap(in, width, &lines);
	assert_int_equal(lines.n, n);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(lines.v[i], want[i]);
		assert_true(uitext_width(lines.v[i]) <= width);
	}
	strlist_free(&lines);
}

static void test_wrap(void **state)
{
	static const char *const fox[] = {"the quick", "brown fox"};
	static const char *const fits[] = {"ab cd"};
	static const char *const long_word[] = {"abcd", "efgh", "ij"};
	static const char *const lines[] = {"one", "two"};
	static const char *const para[] = {"a", "", "b"};
	static const char *const cjk[] = {"東京", "大学", "東京"};
	static const char *const empty[] = {""};
	static const char *const spaces[] = {"a b", "c"};
	(void)state;
	check_wrap("the quick brown fox", 10, fox, 2);
	check_wrap("ab cd", 5, fits, 1);
	check_wrap("abcdefghij", 4, long_word, 3);
	check_wrap("one\ntwo", 20, lines, 2);
	check_wrap("a\n\nb", 20, para, 3);
	check_wrap("東京大学東京", 5, cjk, 3);
	check_wrap("", 10, empty, 1);
	check_wrap("a b   c", 4, spaces, 2);
}

static void test_thousands(void **state)
{
	char buf[32];
	(void)state;
	assert_string_equal(uitext_thousands(0, buf, sizeof buf), "0");
	assert_string_equal(uitext_thousands(999, buf, sizeof buf), "999");
	assert_string_equal(uitext_thousands(1000, buf, sizeof buf), "1,000");
	assert_string_equal(uitext_thousands(52311, buf, sizeof buf), "52,311");
	assert_string_equal(uitext_thousands(1234567, buf, sizeof buf), "1,234,567");
	assert_string_equal(uitext_thousands(-1234, buf, sizeof buf), "-1,234");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sanitize), cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),      cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_thousands),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests_name("ui-text", tests, NULL, NULL);
}
