/* cli-ingest.c — `paperboat ingest [--institution NAME] [--topic NAME] [--tag NAME] [--quiet]
 * PATH...` */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: paperboat ingest [--institution NAME] [--topic NAME] [--tag NAME] [--quiet] PATH...\n"
		"\n"
		"Adds the papers on saved pages to the library. PATH is a file, a directory (its\n"
		"" INGEST_EXTENSIONS " files and .gz of them, recursively) or - for standard input.\n"
		"Each file is stored whole or not at all; a file ingested before and unchanged since\n"
		"is skipped.\n"
		"\n"
		"Options:\n"
		"  --institution NAME  add institution NAME to every paper (repeatable)\n"
		"  --topic NAME        add topic NAME to every paper (repeatable)\n"
		"  --tag NAME          tag every paper NAME (repeatable)\n"
		"  -q, --quiet         no line per file; errors and the summary still show\n"
		"  -h, --help          show this help\n"
		"\n"
		"Examples:\n"
		"  paperboat ingest ~/papers/saved\n"
		"  paperboat ingest --institution 'Tsinghua University' thu-page.html.gz\n"
		"  curl -s https://arxiv.org/abs/2106.09608 | paperboat ingest --tag toread -\n");
}

/* Takes the value of --NAME VALUE or --NAME=VALUE at argv[*i]; NULL when this is not NAME. */
static const char *option_value(const char *name, int argc, char **argv, int *i, bool *missing)
{
	size_t n = strlen(name);
	const char *a = argv[*i];
	*missing = false;
	if (strncmp(a, name, n) != 0)
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = true;
		return NULL;
	}
	return argv[++*i];
}

/* A tag the library would refuse is refused before anything is read. */
static bool tag_ok(const char *t)
{
	if (str_empty(t) || t[0] == '+' || t[0] == '-')
		return false;
	for (const unsigned char *p = (const unsigned char *)t; *p; p++)
		if (*p <= ' ' || *p == 0x7F)
			return false;
	return true;
}

/* Adds the value of a context option to its list; false (with the usage message printed)
 * when the value cannot be used. */
static bool add_context(const char *option, const char *value, struct strlist *list)
{
	char *clean = ingest_printable(value);
	bool ok = !str_empty(clean) && (strcmp(option, "--tag") != 0 || tag_ok(clean));
	if (!ok && strcmp(option, "--tag") == 0 && !str_empty(clean))
		cli_usage_error("ingest", "'%s' cannot be a tag (no spaces or control characters, no "
				"leading + or -)", clean);
	else if (!ok)
		cli_usage_error("ingest", "%s needs a NAME", option);
	if (ok)
		strlist_take(list, clean);
	else
		free(clean);
	return ok;
}

int cli_ingest(struct cli *cli, int argc, char **argv)
{
	struct ingest_options o = {0};
	struct ingest_totals t = {0};
	struct institutions *inst = NULL;
	struct topic_rules *rules = NULL;
	const struct {
		const char *name;     /* the option */
		struct strlist *list; /* where its values go */
	} context[] = {
		{"--institution", &o.ctx.institutions},
		{"--topic", &o.ctx.topics},
		{"--tag", &o.ctx.tags},
	};
	char **paths = xcalloc((size_t)argc, sizeof *paths);
	int npaths = 0, status = EXIT_USAGE;
	bool options_done = false;
	struct store *st = NULL;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool matched = false;
		if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
			paths[npaths++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			options_done = true;
			continue;
		}
		if (cli_is_help(a)) {
			usage(stdout);
			status = EXIT_OK;
			goto done;
		}
		if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			o.quiet = true;
			continue;
		}
		for (size_t k = 0; k < sizeof context / sizeof context[0] && !matched; k++) {
			bool missing;
			const char *v = option_value(context[k].name, argc, argv, &i, &missing);
			if (missing) {
				cli_usage_error("ingest", "%s needs a NAME", context[k].name);
				goto done;
			}
			if (v && !add_context(context[k].name, v, context[k].list))
				goto done;
			matched = v != NULL;
		}
		if (!matched) {
			char *shown = ingest_printable(a);
			cli_usage_error("ingest", "unknown option '%s'", shown);
			free(shown);
			goto done;
		}
	}
	if (npaths == 0) {
		cli_usage_error("ingest", "nothing to ingest: give files, directories or - for stdin");
		goto done;
	}

	inst = institutions_new();
	rules = topic_rules_new();
	ingest_config_load(inst, rules, stderr);
	o.html = adapters_html;
	o.text = adapters_text;
	o.inst = inst;
	o.rules = rules;
	o.progress = cli->stderr_tty;
	o.out = stdout;
	o.err = stderr;
	status = EXIT_FAIL;
	st = cli_open_store(cli, STORE_READ_WRITE);
	if (st && ingest_run(st, &o, paths, npaths, &t))
		status = EXIT_OK;
done:
	store_close(st);
	ingest_totals_free(&t);
	institutions_free(inst);
	topic_rules_free(rules);
	strlist_free(&o.ctx.institutions);
	strlist_free(&o.ctx.topics);
	strlist_free(&o.ctx.tags);
	free(paths);
	return status;
}
