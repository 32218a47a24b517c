/* cli.h — the command line of DESIGN.md §7: global options, one file per command.
 *
 *   cli.c            global options, the command table, shared helpers
 *   cli-<name>.c     one command each (cli-list.c, cli-ingest.c, ...)
 */
#ifndef PB_CLI_H
#define PB_CLI_H

#include <stdbool.h>

#include "store.h"

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

/* The ingester's commands (cli-ingest.c, cli-retopic.c). */
cli_command_fn cli_ingest, cli_retopic;

/* Prints "paperboat: <message>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "paperboat <cmd>: <message>\nTry 'paperboat <cmd> --help'." and returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Opens the library named by the global options; prints the error and returns NULL on failure. */
struct store *cli_open_store(struct cli *cli, enum store_mode mode);
/* True when ARG is -h or --help. */
bool cli_is_help(const char *arg);

#endif
