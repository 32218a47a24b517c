/* test-format-text.c — terminal-safe text, display widths, fitting and wrapping, UTF-8 repair. */
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

static void test_terminal_strips_controls(void **state)
{
	static const struct {
		const char *in;  /* text as a page might carry it */
		const char *out; /* what may reach the terminal */
	} cases[] = {
		{"plain title", "plain title"},
		{"red \033[31mtitle\033[0m end", "red title end"},
		{"\033[2J\033[Hclear", "clear"},
		{"osc \033]0;window title\007after", "osc after"},
		{"osc st \033]8;;http://x\033\\link\033]8;;\033\\", "osc st link"},
		{"dcs \033Pq#0;2;0;0;0\033\\done", "dcs done"},
		{"reset \033c now", "reset  now"},
		{"charset \033(0x", "charset x"},
		{"tab\there\nnewline\r\n", "tab here newline  "},
		{"bell\a nul-less \b\x7f del", "bell nul-less  del"},
		/* C1 controls encoded in UTF-8: U+009B is CSI, U+009D is OSC, U+0085 NEL */
		/* (the introducer goes alone: what follows is plain text) */
		{"c1 \xc2\x9b" "31mred", "c1 red"}, /* C1 CSI: whole, parameters and all */
		{"c1 osc \xc2\x9d" "0;t\x07" "x", "c1 osc x"},
		{"nel\xc2\x85line", "nel line"},
		/* bidi override and isolate (Trojan Source), LRM */
		{"abc\xe2\x80\xae" "fed\xe2\x80\xac" "g\xe2\x81\xa6" "h\xe2\x81\xa9\xe2\x80\x8e", "abcfedgh"},
		/* U+2028 line separator */
		{"a\xe2\x80\xa8" "b", "a b"},
		/* invalid UTF-8: a lone continuation byte, an overlong '/', a surrogate, a raw 0x9b */
		{"x\x80y", "x\xef\xbf\xbdy"},
		{"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
		{"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
		{"\x9b" "31m", "\xef\xbf\xbd" "31m"},
		/* good text passes untouched */
		{"清华大学 — Université ☃ 😀", "清华大学 — Université ☃ 😀"},
		{"", ""},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = format_safe_text(cases[i].in);
		assert_non_null(got);
		assert_string_equal(got, cases[i].out);
		free(got);
	}
	assert_null(format_safe_text(NULL));
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(format_width("abc"), 3);
	assert_int_equal(format_width(""), 0);
	assert_int_equal(format_width(NULL), 0);
	assert_int_equal(format_width("清华大学"), 8);          /* wide CJK: 2 each */
	assert_int_equal(format_width("😀!"), 3);               /* emoji: 2 */
	assert_int_equal(format_width("e\xcc\x81"), 1);         /* e + combining acute */
	assert_int_equal(format_width("Université"), 10);
	assert_int_equal(format_width("…"), 1);
}

static void test_fit(void **state)
{
	static const struct {
		const char *in;
		int cols;
		const char *out;
	} cases[] = {
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"eleven chars", 10, "eleven ch…"},
		{"清华大学清华", 7, "清华大…"},  /* 3 wide chars = 6 columns, then the ellipsis */
		{"清华大学清华", 8, "清华大…"},  /* a fourth would need 9 */
		{"ab😀cd", 4, "ab…"},
		{"anything", 1, "…"},
		{"anything", 0, ""},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = format_fit(cases[i].in, cases[i].cols);
		assert_string_equal(got, cases[i].out);
		assert_true(format_width(got) <= cases[i].cols);
		free(got);
	}
}

static void test_pad(void **state)
{
	struct strbuf b = {0};
	(void)state;
	format_pad(&b, "清华", 6, false);
	sb_add(&b, "|");
	format_pad(&b, "42", 5, true);
	assert_string_equal(b.s, "清华  |   42");
	sb_free(&b);
}

static void test_wrap(void **state)
{
	struct strbuf b = {0};
	(void)state;
	format_wrap(&b, "one two three four five six seven eight nine ten eleven twelve", 26, 2);
	/* 24 columns a line after the indent */
	assert_string_equal(b.s, "  one two three four five\n"
				 "  six seven eight nine ten\n"
				 "  eleven twelve\n");
	sb_clear(&b);
	format_wrap(&b, "first line\nsecond", 40, 0);
	assert_string_equal(b.s, "first line\nsecond\n");
	sb_clear(&b);
	format_wrap(&b, "a supercalifragilisticexpialidociousword b", 20, 0);
	assert_string_equal(b.s, "a\nsupercalifragilisticexpialidociousword\nb\n");
	sb_free(&b);
}

static void test_utf8_fix(void **state)
{
	char *s;
	(void)state;
	s = format_utf8_fix("ok é \xff end");
	assert_string_equal(s, "ok é \xef\xbf\xbd end");
	free(s);
	s = format_utf8_fix("\xf4\x90\x80\x80"); /* past U+10FFFF */
	assert_string_equal(s, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
	s = format_utf8_fix("\xf0\x9f\x98\x80");
	assert_string_equal(s, "😀");
	free(s);
	assert_null(format_utf8_fix(NULL));
}

/* The reader's flags: newlines kept when asked, characters the locale cannot place dropped. */
static void test_terminal_flags(void **state)
{
	static const struct {
		const char *in;  /* page text */
		unsigned flags;  /* enum format_terminal_flags */
		const char *out; /* what may reach the terminal */
	} cases[] = {
		{"a\nb\r\nc", 0, "a b  c"},
		{"a\nb\r\nc", TERM_KEEP_NEWLINES, "a\nb \nc"},
		{"a\xe2\x80\xa8" "b\n\x1b[31mc", TERM_KEEP_NEWLINES, "a b\nc"},
		/* U+0378 (unassigned) and U+FFFF (a noncharacter): kept unless dropped */
		{"x\xcd\xb8y\xef\xbf\xbfz", 0, "x\xcd\xb8y\xef\xbf\xbfz"},
		{"x\xcd\xb8y\xef\xbf\xbfz", TERM_DROP_UNKNOWN, "xyz"},
		{"清华 é", TERM_DROP_UNKNOWN, "清华 é"},
		{"", TERM_KEEP_NEWLINES | TERM_DROP_UNKNOWN, ""},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = format_terminal_text(cases[i].in, cases[i].flags);
		assert_non_null(got);
		assert_string_equal(got, cases[i].out);
		free(got);
	}
	assert_null(format_terminal_text(NULL, TERM_KEEP_NEWLINES));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terminal_strips_controls),
		cmocka_unit_test(test_terminal_flags),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_pad),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_utf8_fix),
	};
	return cmocka_run_group_tests_name("format-text", tests, setup, NULL);
}
