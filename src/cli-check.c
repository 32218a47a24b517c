/* cli-check.c — `paperboat check`: the store's integrity and consistency checks, reported. */
#include "cli.h"

#include <stdlib.h>

#include "format.h"

static const char check_help[] =
	"usage: paperboat check\n"
	"\n"
	"Checks the library: SQLite's integrity and foreign-key checks, the full-text\n"
	"index against the papers, and the library's own consistency. Prints each problem\n"
	"found, one a line; exits 1 when there is any. Never changes the library.\n"
	"\n"
	"Example:\n"
	"  paperboat --db ~/papers.db check\n";

int cli_check(struct cli *cli, int argc, char **argv)
{
	const struct cli_option opts[] = {{NULL, NULL, NULL}};
	struct strlist words = {0}, problems = {0};
	struct store *st = NULL;
	bool help;
	int status = cli_parse_args("check", argc, argv, opts, &help, &words);

	if (status != EXIT_OK || help) {
		if (help)
			fputs(check_help, stdout);
		goto done;
	}
	if (words.n) {
		status = cli_usage_error("check", "unexpected argument '%s'", words.v[0]);
		goto done;
	}
	if (!(st = cli_open_store(cli, STORE_READ_ONLY))) {
		status = EXIT_FAIL;
		goto done;
	}
	if (!store_check(st, &problems)) {
		cli_error("%s: cannot check: %s", store_path(st), store_errmsg(st));
		status = EXIT_FAIL;
		goto done;
	}
	for (size_t i = 0; i < problems.n; i++) {
		char *safe = format_safe_text(problems.v[i]);
		printf("%s: %s\n", store_path(st), safe);
		free(safe);
	}
	if (problems.n) {
		cli_error("%s: %zu problem%s found", store_path(st), problems.n,
			  problems.n == 1 ? "" : "s");
		status = EXIT_FAIL;
	} else {
		printf("%s: no problems found (%lld papers)\n", store_path(st),
		       store_paper_total(st));
	}
	if (status == EXIT_OK)
		status = cli_finish_output(stdout, "standard output");
done:
	if (st)
		store_close(st);
	strlist_free(&words);
	strlist_free(&problems);
	return status;
}
