/* cli-opts.c — what the commands share: their options, --limit, queries, paper ids, output. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "query.h"

static const struct cli_option *find_option(const struct cli_option *opts, const char *name,
					    size_t len)
{
	for (; opts && opts->name; opts++)
		if (strlen(opts->name) == len && strncmp(opts->name, name, len) == 0)
			return opts;
	return NULL;
}

int cli_parse_args(const char *cmd, int argc, char **argv, const struct cli_option *opts,
		   bool *help, struct strlist *operands)
{
	bool options_done = false;

	*help = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (options_done || a[0] != '-' || (a[1] != '-' && !cli_is_help(a)) ||
		    strcmp(a, "-") == 0) {
			strlist_add(operands, a);
			continue;
		}
		if (strcmp(a, "--") == 0) {
			options_done = true;
			continue;
		}
		if (cli_is_help(a)) {
			*help = true;
			return EXIT_OK;
		}
		const char *eq = strchr(a, '=');
		size_t len = eq ? (size_t)(eq - a) : strlen(a);
		const struct cli_option *o = find_option(opts, a, len);
		if (!o)
			return cli_usage_error(cmd, "unknown option '%.*s'", (int)len, a);
		if (o->seen)
			*o->seen = true;
		if (!o->value) {
			if (eq)
				return cli_usage_error(cmd, "%s takes no value", o->name);
			continue;
		}
		if (eq) {
			*o->value = eq + 1;
		} else if (i + 1 < argc) {
			*o->value = argv[++i];
		} else {
			return cli_usage_error(cmd, "%s needs a value", o->name);
		}
	}
	return EXIT_OK;
}

int cli_parse_limit(const char *cmd, const char *text, long long *out)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(text, &end, 10);
	if (!*text || *end || errno || v < 0 || text[0] == '-' || text[0] == '+' || text[0] == ' ')
		return cli_usage_error(cmd, "--limit needs a whole number, not '%s'", text);
	*out = v;
	return EXIT_OK;
}

struct query *cli_parse_query(const struct strlist *words, int *status)
{
	struct strbuf text = {0}, msg = {0};
	struct query_error err;
	struct query *q;

	for (size_t i = 0; i < words->n; i++) {
		if (i)
			sb_addc(&text, ' ');
		sb_add(&text, words->v[i]);
	}
	memset(&err, 0, sizeof err);
	q = query_parse(text.s ? text.s : "", &err);
	if (!q) {
		query_error_format(&err, &msg);
		fprintf(stderr, "%s\n", msg.s ? msg.s : "paperboat: query: cannot read the query");
		*status = EXIT_USAGE;
	}
	sb_free(&msg);
	sb_free(&text);
	return q;
}

bool cli_find_papers(struct store *st, const struct strlist *refs, long long *ids)
{
	bool all = true;

	for (size_t i = 0; i < refs->n; i++) {
		ids[i] = store_paper_find(st, refs->v[i]);
		if (ids[i] == 0) {
			cli_error("%s: no paper '%s'", store_path(st), refs->v[i]);
			all = false;
		}
	}
	return all;
}

int cli_output_width(const struct cli *cli)
{
	struct winsize ws;

	if (cli->stdout_tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

int cli_finish_output(FILE *f, const char *name)
{
	if (fflush(f) != 0 || ferror(f)) {
		cli_error("%s: write error: %s", name, strerror(errno));
		return EXIT_FAIL;
	}
	return EXIT_OK;
}
