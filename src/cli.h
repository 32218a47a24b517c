/* cli.h — the command line of DESIGN.md §7: global options, one file per command.
 *
 *   cli.c            global options, the command table, shared helpers
 *   cli-<name>.c     one command each (cli-list.c, cli-ingest.c, ...)
 */
#ifndef PB_CLI_H
#define PB_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "format.h"
#include "query.h"
#include "store.h"
#include "util.h"

struct query;

/* Exit statuses (DESIGN.md §7). */
enum {
	EXIT_OK = 0,      /* success */
	EXIT_FAIL = 1,    /* failure, with a message on stderr */
	EXIT_USAGE = 2,   /* bad command line */
};

/* What every command gets from the global options. */
struct cli {
	char *db_path;     /* --db PATH, else $PAPERBOAT_DB, else the XDG default */
	bool stdout_tty;   /* standard output is a terminal */
	bool stderr_tty;   /* standard error is a terminal (progress bars go there) */
	bool color;        /* colours allowed on stdout: a terminal and NO_COLOR unset */
};

/* A command: argv[0] is its name; returns an exit status. */
typedef int cli_command_fn(struct cli *cli, int argc, char **argv);

struct cli_command {
	const char *name;    /* "list" */
	cli_command_fn *run; /* the command */
	const char *summary; /* one line for `paperboat --help` */
};

int cli_main(int argc, char **argv);

/* json, csv and bibtex: the papers Q matches, each in full, to F (list and export). */
bool cli_write_papers(struct store *st, const struct query *q, struct sort order, long long limit,
		      enum format_kind kind, FILE *f, struct strbuf *err);

/* The ingester's commands (cli-ingest.c, cli-retopic.c). */
cli_command_fn cli_ingest, cli_retopic;
/* The commands, one file each (cli-<name>.c). */
cli_command_fn cli_list, cli_show, cli_tag, cli_fav, cli_unfav, cli_stats, cli_export, cli_check;

/* Prints "paperboat: <message>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "paperboat <cmd>: <message>\nTry 'paperboat <cmd> --help'." and returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Opens the library named by the global options; prints the error and returns NULL on failure. */
struct store *cli_open_store(struct cli *cli, enum store_mode mode);
/* True when ARG is -h or --help. */
bool cli_is_help(const char *arg);

/* --- shared by the commands (cli-opts.c) ------------------------------------------------------ */

/* One option a command takes. */
struct cli_option {
	const char *name;   /* "--format" */
	const char **value; /* where its value goes; NULL when the option takes none */
	bool *seen;         /* set when it is given (may be NULL) */
};

/* Splits a command's ARGV (argv[0] is the command's name) into options and operands. Options
 * may come anywhere, as "--opt VALUE" or "--opt=VALUE"; "--" ends them. Any other word goes to
 * OPERANDS, also words with a single '-' ("-inst:meta", "-later"). -h or --help sets *HELP.
 * OPTS ends with a {NULL} entry. Returns EXIT_OK, or EXIT_USAGE after saying what is wrong. */
int cli_parse_args(const char *cmd, int argc, char **argv, const struct cli_option *opts,
		   bool *help, struct strlist *operands);
/* Reads a --limit value (a whole number >= 0); EXIT_USAGE with a message when it is not one. */
int cli_parse_limit(const char *cmd, const char *text, long long *out);
/* Parses WORDS joined with spaces as a query. On error prints query_error_format's line and
 * sets *status to EXIT_USAGE. */
struct query *cli_parse_query(const struct strlist *words, int *status);
/* Resolves each REF (library id or arXiv id) into ids[i]; every one not found is reported.
 * Returns false when any is missing. */
bool cli_find_papers(struct store *st, const struct strlist *refs, long long *ids);
/* Columns of the terminal on standard output; 80 when it is not a terminal. */
int cli_output_width(const struct cli *cli);
/* Flushes F and reports a write error on it (NAME: "standard output" or the file). */
int cli_finish_output(FILE *f, const char *name);

#endif
