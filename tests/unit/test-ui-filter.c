/* test-ui-filter.c — the reader's filter as query text: pieces combined, values quoted, the
 * score prompt's forms; every text made must parse. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "ui-filter.h"

static void assert_parses(const char *text)
{
	struct query_error err = {0};
	struct query *q = query_parse(text, &err);
	if (!q)
		fail_msg("'%s' does not parse: column %d: %s", text, err.column, err.msg);
	query_free(q);
}

static void check(const struct ui_filter *f, const char *want)
{
	struct strbuf b = {0};
	ui_filter_text(f, &b);
	assert_string_equal(b.s, want);
	assert_parses(b.s);
	sb_free(&b);
}

static void test_pieces(void **state)
{
	struct ui_filter f = {0};
	(void)state;
	check(&f, "");
	assert_true(ui_filter_empty(&f));

	f.query = xstrdup("inst:tsinghua score>=10");
	check(&f, "inst:tsinghua score>=10"); /* alone: verbatim, so error columns match */
	f.fav_only = true;
	check(&f, "(inst:tsinghua score>=10) fav");
	free(f.query);
	f.query = xstrdup("topic:rl");
	check(&f, "topic:rl fav"); /* a single term needs no parentheses */
	ui_filter_clear(&f);

	strlist_add(&f.insts, "Tsinghua University");
	check(&f, "inst:\"Tsinghua University\"");
	strlist_add(&f.insts, "MIT");
	check(&f, "(inst:\"Tsinghua University\" or inst:MIT)");
	strlist_add(&f.topics, "cs.LG");
	strlist_add(&f.tags, "ml/theory");
	f.score = xstrdup("score:5..50");
	f.unread_only = true;
	check(&f, "(inst:\"Tsinghua University\" or inst:MIT) topic:cs.LG tag:\"ml/theory\" "
		  "score:5..50 unread");
	assert_false(ui_filter_empty(&f));
	ui_filter_clear(&f);
	assert_true(ui_filter_empty(&f));

	/* every piece, in the order the status line shows them */
	f.query = xstrdup("year:2025");
	f.words = xstrdup("world model");
	strlist_add(&f.topics, "agents");
	f.score = xstrdup("score>=3");
	f.fav_only = f.unread_only = true;
	check(&f, "year:2025 world model topic:agents score>=3 fav unread");
	ui_filter_clear(&f);
}

static void test_quoting(void **state)
{
	static const struct {
		const char *value; /* a facet value */
		const char *want;  /* as a query value */
	} cases[] = {
		{"MIT", "MIT"},
		{"cs.LG", "cs.LG"},
		{"A*STAR", "\"A*STAR\""},
		{"University of Oxford", "\"University of Oxford\""},
		{"Université Paris-Saclay", "\"Université Paris-Saclay\""},
		{"清华大学", "\"清华大学\""},
		{"or", "\"or\""},
		{"FAV", "\"FAV\""},
		{"-x", "\"-x\""},
		{"a:b", "\"a:b\""},
		{"(x)", "\"(x)\""},
		{"He said \"hi\"", "\"He said hi\""},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf b = {0};
		ui_filter_quote(cases[i].value, &b);
		assert_string_equal(b.s, cases[i].want);
		sb_clear(&b);
		sb_add(&b, "inst:");
		ui_filter_quote(cases[i].value, &b);
		assert_parses(b.s);
		sb_free(&b);
	}
}

/* '/' searches for words: anything the language would read otherwise is quoted. */
static void test_words(void **state)
{
	static const struct {
		const char *typed; /* at the search prompt */
		const char *want;  /* in the query */
	} cases[] = {
		{"transformer attention", "transformer attention"},
		{"  spaced   out ", "spaced out"},
		{"trans*", "trans*"},
		{"\"world model\" agents", "\"world model\" agents"},
		{"inst:evil", "\"inst:evil\""},
		{"a or b", "a \"or\" b"},
		{"-negated", "\"-negated\""},
		{"(paren", "\"(paren\""},
		{"Müller", "Müller"},
		{"self-attention", "self-attention"},
		{"\"unclosed phrase", "\"unclosed phrase\""},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct ui_filter f = {0};
		f.words = xstrdup(cases[i].typed);
		check(&f, cases[i].want);
		ui_filter_clear(&f);
	}
}

static void test_score(void **state)
{
	static const struct {
		const char *typed; /* at the score prompt */
		const char *want;  /* the piece; NULL: no score filter; "!" rejected */
	} cases[] = {
		{"10", "score>=10"},
		{" 10 ", "score>=10"},
		{"7.5", "score>=7.5"},
		{"5..50", "score:5..50"},
		{"..20", "score<=20"},
		{"5..", "score>=5"},
		{">=3", "score>=3"},
		{"> 3", "score>3"},
		{"<5", "score<5"},
		{"score>=3", "score>=3"},
		{"score:5..50", "score:5..50"},
		{"", NULL},
		{"   ", NULL},
		{"abc", "!"},
		{"5..x", "!"},
		{"..", "!"},
		{"1.2.3", "!"},
		{">=", "!"},
		{"-5", "!"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf err = {0};
		char *piece = (char *)"unset";
		bool ok = ui_filter_score_piece(cases[i].typed, &piece, &err);
		if (cases[i].want && strcmp(cases[i].want, "!") == 0) {
			assert_false(ok);
			assert_non_null(strstr(err.s, "not a score"));
		} else if (!cases[i].want) {
			assert_true(ok);
			assert_null(piece);
		} else {
			assert_true(ok);
			assert_string_equal(piece, cases[i].want);
			assert_parses(piece);
		}
		free(ok ? piece : NULL);
		sb_free(&err);
	}
}

static void test_toggle_copy(void **state)
{
	struct ui_filter f = {0}, g;
	(void)state;
	ui_filter_toggle(&f.insts, "MIT");
	ui_filter_toggle(&f.insts, "ETH Zurich");
	assert_int_equal(f.insts.n, 2);
	ui_filter_toggle(&f.insts, "MIT");
	assert_int_equal(f.insts.n, 1);
	assert_string_equal(f.insts.v[0], "ETH Zurich");
	f.words = xstrdup("x");
	f.fav_only = true;
	ui_filter_copy(&g, &f);
	ui_filter_clear(&f);
	assert_int_equal(g.insts.n, 1);
	assert_string_equal(g.words, "x");
	assert_true(g.fav_only);
	ui_filter_clear(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pieces), cmocka_unit_test(test_quoting),
		cmocka_unit_test(test_words),  cmocka_unit_test(test_score),
		cmocka_unit_test(test_toggle_copy),
	};
	return cmocka_run_group_tests_name("ui-filter", tests, NULL, NULL);
}
