/* config.h — the config file: one command per line, dispatched to the modules that own them.
 *
 *   set NAME VALUE        options (theme, browser, ...)
 *   bind KEY ACTION       key bindings (the reader)
 *   theme NAME            colour theme (the reader)
 *   search N QUERY        saved searches 1-9 (the reader)
 *   alias ALIAS CANONICAL institution aliases (the ingester, the query language)
 *   topic NAME: WORD, ... topic rules (the ingester, retopic)
 *
 * Words are separated by blanks; "double quotes" group (with \" and \\); # starts a comment
 * outside quotes. A bad line gets "FILE:LINE: problem" and is skipped; the rest still loads.
 */
#ifndef PB_CONFIG_H
#define PB_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* One line, split into words. */
struct config_line {
	const char *file; /* the config file, for messages */
	int lineno;       /* 1-based */
	const char *text; /* the whole line as written (no newline) */
	int argc;         /* words, argv[0] is the command */
	char **argv;      /* the words, quotes removed */
	size_t *offsets;  /* byte offset in text where each word starts */
};

/* The raw text of the line from word N on (to keep quotes inside a saved query). */
const char *config_rest(const struct config_line *l, int n);

/* Handles one line; returns false with one line in err (without file:line) to reject it. */
typedef bool config_handler_fn(const struct config_line *l, void *ctx, struct strbuf *err);

struct config_handler {
	const char *command;     /* "bind" */
	config_handler_fn *fn;   /* NULL: a known command this caller ignores */
	void *ctx;               /* handed to fn */
};

/* $XDG_CONFIG_HOME/paperboat/config, else ~/.config/paperboat/config (malloc'd). */
char *config_default_path(void);
/* The directory of the config file (~/.config/paperboat), malloc'd. */
char *config_dir(void);

/* Reads PATH (a missing file is not an error) and dispatches each line to the handler of its
 * command. Lines whose command is in config_commands[] but not among HANDLERS are skipped
 * silently (another part of paperboat reads them); unknown commands are reported. Every
 * message ("config:3: unknown command 'bnid'") is appended to msgs. Returns false only when
 * the file exists but cannot be read. */
bool config_load(const char *path, const struct config_handler *handlers, size_t nhandlers,
		 struct strlist *msgs);

/* Every command the config file knows, NULL-terminated. */
extern const char *const config_commands[];

/* Splits one line into words (exposed for tests and for `set browser` argv). */
bool config_split(const char *text, struct config_line *out, struct strbuf *err);
void config_line_free(struct config_line *l);

#endif
