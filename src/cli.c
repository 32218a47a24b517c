/* cli.c — global options and the command table; each command lives in its own cli-*.c. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui.h"

static const struct cli_command commands[] = {
	{"ingest", cli_ingest, "add saved pages (files, directories, - for stdin) to the library"},
	{"retopic", cli_retopic, "apply the topic rules to the whole library again"},
	{"list", cli_list, "list the papers a query matches"},
	{"show", cli_show, "show papers in full"},
	{"tag", cli_tag, "add or remove tags: tag ID... +name -name"},
	{"fav", cli_fav, "mark papers as favourites"},
	{"unfav", cli_unfav, "unmark favourites"},
	{"stats", cli_stats, "count what the library holds"},
	{"export", cli_export, "write papers as bibtex, csv or json"},
	{"check", cli_check, "check the library's integrity"},
	{NULL, NULL, NULL},
};

static void print_help(FILE *f)
{
	fprintf(f, "usage: paperboat [--db PATH] [COMMAND [ARGS]]\n"
		   "\n"
		   "A terminal reader for research papers. With no command, opens the reader.\n"
		   "\n"
		   "Commands:\n");
	for (const struct cli_command *c = commands; c->name; c++)
		fprintf(f, "  %-10s %s\n", c->name, c->summary);
	fprintf(f, "\n"
		   "Options:\n"
		   "  --db PATH   use the library at PATH (default: $PAPERBOAT_DB, else\n"
		   "              $XDG_DATA_HOME/paperboat/library.db)\n"
		   "  --help      show this help; 'paperboat COMMAND --help' for a command\n"
		   "  --version   show the version\n"
		   "\n"
		   "See paperboat(1) for the query language, the reader's keys and the files.\n");
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("paperboat: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "paperboat %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'paperboat %s --help'.\n", cmd);
	return EXIT_USAGE;
}

bool cli_is_help(const char *arg)
{
	return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

struct store *cli_open_store(struct cli *cli, enum store_mode mode)
{
	struct strbuf err = {0};
	struct store *st = store_open(cli->db_path, mode, &err);
	if (!st)
		cli_error("%s", err.s ? err.s : "cannot open the library");
	sb_free(&err);
	return st;
}

int cli_main(int argc, char **argv)
{
	struct cli cli = {0};
	int i = 1, status;
	const char *no_color = getenv("NO_COLOR");

	cli.stdout_tty = isatty(STDOUT_FILENO);
	cli.stderr_tty = isatty(STDERR_FILENO);
	cli.color = cli.stdout_tty && (!no_color || !*no_color);

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				fprintf(stderr, "paperboat: --db needs a PATH\n");
				return EXIT_USAGE;
			}
			free(cli.db_path);
			cli.db_path = xstrdup(argv[++i]);
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			free(cli.db_path);
			cli.db_path = xstrdup(argv[i] + 5);
		} else if (cli_is_help(argv[i])) {
			print_help(stdout);
			free(cli.db_path);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--version") == 0) {
			puts("paperboat " PB_VERSION);
			free(cli.db_path);
			return EXIT_OK;
		} else {
			break; /* reader options (--theme, --query) are the reader's */
		}
	}
	if (!cli.db_path)
		cli.db_path = store_default_path();

	if (i < argc && argv[i][0] != '-') {
		for (const struct cli_command *c = commands; c->name; c++)
			if (strcmp(argv[i], c->name) == 0) {
				status = c->run(&cli, argc - i, argv + i);
				free(cli.db_path);
				return status;
			}
		fprintf(stderr, "paperboat: unknown command '%s'\nTry 'paperboat --help'.\n", argv[i]);
		free(cli.db_path);
		return EXIT_USAGE;
	}
	/* No command: the reader, with the options that follow. */
	status = ui_main(&cli, argc - i, argv + i);
	free(cli.db_path);
	return status;
}
