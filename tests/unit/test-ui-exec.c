/* test-ui-exec.c — OSC 52 encoding, which links may be opened, the browser run as an argv
 * (never through a shell). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ui-exec.h"

static void test_osc52(void **state)
{
	static const struct {
		const char *text; /* copied */
		const char *want; /* the sequence */
	} cases[] = {
		{"", "\033]52;c;\a"},
		{"a", "\033]52;c;YQ==\a"},
		{"ab", "\033]52;c;YWI=\a"},
		{"abc", "\033]52;c;YWJj\a"},
		{"hello", "\033]52;c;aGVsbG8=\a"},
		{"https://arxiv.org/abs/2106.09608", "\033]52;c;aHR0cHM6Ly9hcnhpdi5vcmcvYWJzLzIxMDYuMDk2MDg=\a"},
		{"é", "\033]52;c;w6k=\a"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = ui_exec_osc52(cases[i].text);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

static void test_url_ok(void **state)
{
	(void)state;
	assert_true(ui_exec_url_ok("https://arxiv.org/abs/2106.09608"));
	assert_true(ui_exec_url_ok("http://example.org/x?y=1&z=2"));
	assert_false(ui_exec_url_ok("javascript:alert(1)"));
	assert_false(ui_exec_url_ok("file:///etc/passwd"));
	assert_false(ui_exec_url_ok("ftp://example.org/"));
	assert_false(ui_exec_url_ok("https://"));
	assert_false(ui_exec_url_ok("https://a b"));
	assert_false(ui_exec_url_ok("https://a\x1b]0;x\a"));
	assert_false(ui_exec_url_ok("HTTPS-ish"));
	assert_false(ui_exec_url_ok("https://x.org/\n--new-window"));  /* a newline, a second line */
	assert_false(ui_exec_url_ok(" https://x.org/"));               /* not at the start */
	assert_false(ui_exec_url_ok("-https://x.org/"));               /* never an option */
	assert_false(ui_exec_url_ok("data:text/html,https://x.org/"));
	assert_false(ui_exec_url_ok("https://x.org/\x7f"));
	assert_false(ui_exec_url_ok(""));
	assert_false(ui_exec_url_ok(NULL));
}

static char *slurp_wait(const char *path)
{
	for (int i = 0; i < 100; i++) { /* the browser runs detached */
		FILE *f = fopen(path, "r");
		if (f) {
			char buf[512] = "";
			size_t n = fread(buf, 1, sizeof buf - 1, f);
			fclose(f);
			if (n > 0 && buf[n - 1] == '\n')
				return xstrndup(buf, n);
		}
		usleep(50000);
	}
	return NULL;
}

static void test_browser(void **state)
{
	char dir[] = "/tmp/pbtest-browser.XXXXXX";
	char script[128], out[128], cmd[512];
	struct strbuf err = {0};
	FILE *f;
	char *got;
	(void)state;

	assert_non_null(mkdtemp(dir));
	snprintf(script, sizeof script, "%s/browser", dir);
	snprintf(out, sizeof out, "%s/args", dir);
	f = fopen(script, "w");
	assert_non_null(f);
	/* one argument a line: a shell would have split or expanded them */
	fprintf(f, "#!/bin/sh\nfor a in \"$@\"; do printf '[%%s]' \"$a\"; done > %s.tmp\n"
		   "echo >> %s.tmp\nmv %s.tmp %s\n",
		out, out, out, out);
	fclose(f);
	chmod(script, 0700);

	/* %s is replaced in place; words keep their quotes' grouping */
	snprintf(cmd, sizeof cmd, "%s --new-tab \"two words\" url=%%s", script);
	assert_true(ui_exec_browser(cmd, "https://example.org/a?b=$(id)&c=`x`", &err));
	got = slurp_wait(out);
	assert_non_null(got);
	assert_string_equal(got, "[--new-tab][two words][url=https://example.org/a?b=$(id)&c=`x`]\n");
	free(got);
	unlink(out);

	/* without %s the URL goes last; $BROWSER's entries are tried in turn */
	snprintf(cmd, sizeof cmd, "/nonexistent/browser:%s", script);
	setenv("BROWSER", cmd, 1);
	assert_true(ui_exec_browser(NULL, "https://example.org/", &err));
	got = slurp_wait(out);
	assert_non_null(got);
	assert_string_equal(got, "[https://example.org/]\n");
	free(got);
	unlink(out);

	/* a command that does not exist is reported */
	sb_clear(&err);
	assert_false(ui_exec_browser("/nonexistent/browser", "https://example.org/", &err));
	assert_true(str_starts(err.s, "cannot run '/nonexistent/browser': "));

	/* only http(s) */
	sb_clear(&err);
	assert_false(ui_exec_browser(script, "file:///etc/passwd", &err));
	assert_true(str_starts(err.s, "not opening 'file:///etc/passwd': only http and https"));
	usleep(200000);
	assert_int_equal(access(out, F_OK), -1);

	sb_free(&err);
	unlink(script);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_osc52),
		cmocka_unit_test(test_url_ok),
		cmocka_unit_test(test_browser),
	};
	return cmocka_run_group_tests_name("ui-exec", tests, NULL, NULL);
}
