/* test-cli-opts.c — how the commands split their arguments into options and operands. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

struct parsed {
	const char *format;   /* --format's value */
	const char *sort;     /* --sort's value */
	bool quiet;           /* --quiet given */
	bool help;            /* -h or --help given */
	struct strlist words; /* the operands */
	int status;           /* what cli_parse_args returned */
};

static void parse(struct parsed *p, int argc, char **argv)
{
	const struct cli_option opts[] = {
		{"--format", &p->format, NULL},
		{"--sort", &p->sort, NULL},
		{"--quiet", NULL, &p->quiet},
		{NULL, NULL, NULL},
	};
	memset(p, 0, sizeof *p);
	/* usage errors print on stderr; keep the test output clean */
	FILE *saved = stderr;
	stderr = fopen("/dev/null", "w");
	p->status = cli_parse_args("list", argc, argv, opts, &p->help, &p->words);
	fclose(stderr);
	stderr = saved;
}

static char *joined(const struct strlist *l)
{
	static char buf[256];
	buf[0] = '\0';
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			strcat(buf, "|");
		strcat(buf, l->v[i]);
	}
	return buf;
}

static void test_options_anywhere(void **state)
{
	char *argv[] = {"list", "inst:tsinghua", "--format", "json", "-topic:rl", "--sort=date",
			"--quiet", "score>=10"};
	struct parsed p;
	(void)state;
	parse(&p, 8, argv);
	assert_int_equal(p.status, EXIT_OK);
	assert_false(p.help);
	assert_string_equal(p.format, "json");
	assert_string_equal(p.sort, "date");
	assert_true(p.quiet);
	/* a word with a single dash is a query word (a negation), not an option */
	assert_string_equal(joined(&p.words), "inst:tsinghua|-topic:rl|score>=10");
	strlist_free(&p.words);
}

static void test_double_dash_and_dash(void **state)
{
	char *argv[] = {"list", "-", "--", "--format", "-h"};
	struct parsed p;
	(void)state;
	parse(&p, 5, argv);
	assert_int_equal(p.status, EXIT_OK);
	assert_null(p.format);
	assert_false(p.help);
	assert_string_equal(joined(&p.words), "-|--format|-h");
	strlist_free(&p.words);
}

static void test_help(void **state)
{
	char *argv[] = {"list", "a", "-h", "--bogus"};
	struct parsed p;
	(void)state;
	parse(&p, 4, argv);
	assert_int_equal(p.status, EXIT_OK);
	assert_true(p.help);
	strlist_free(&p.words);
}

static void test_errors(void **state)
{
	char *unknown[] = {"list", "--formt", "json"};
	char *missing[] = {"list", "a", "--format"};
	char *flag_value[] = {"list", "--quiet=yes"};
	char *prefix[] = {"list", "--form=json"};
	struct parsed p;
	(void)state;
	parse(&p, 3, unknown);
	assert_int_equal(p.status, EXIT_USAGE);
	strlist_free(&p.words);
	parse(&p, 3, missing);
	assert_int_equal(p.status, EXIT_USAGE);
	strlist_free(&p.words);
	parse(&p, 2, flag_value);
	assert_int_equal(p.status, EXIT_USAGE);
	strlist_free(&p.words);
	parse(&p, 2, prefix); /* no abbreviations */
	assert_int_equal(p.status, EXIT_USAGE);
	strlist_free(&p.words);
}

static void test_limit(void **state)
{
	static const struct {
		const char *text;
		int status;
		long long value;
	} cases[] = {
		{"0", EXIT_OK, 0}, {"20", EXIT_OK, 20}, {"-1", EXIT_USAGE, 0}, {"+5", EXIT_USAGE, 0},
		{"5x", EXIT_USAGE, 0}, {"", EXIT_USAGE, 0}, {" 5", EXIT_USAGE, 0},
		{"99999999999999999999", EXIT_USAGE, 0},
	};
	FILE *saved = stderr;
	(void)state;
	stderr = fopen("/dev/null", "w");
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long long v = -7;
		int status = cli_parse_limit("list", cases[i].text, &v);
		assert_int_equal(status, cases[i].status);
		if (status == EXIT_OK)
			assert_int_equal(v, cases[i].value);
	}
	fclose(stderr);
	stderr = saved;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_options_anywhere),
		cmocka_unit_test(test_double_dash_and_dash),
		cmocka_unit_test(test_help),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limit),
	};
	return cmocka_run_group_tests_name("cli-opts", tests, NULL, NULL);
}
