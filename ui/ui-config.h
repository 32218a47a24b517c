/* ui-config.h — the reader's part of the config file: `set`, `bind`, `unbind`, `theme`,
 * `search`. No curses here. */
#ifndef PB_UI_CONFIG_H
#define PB_UI_CONFIG_H

#include <stdbool.h>

#include "config.h"
#include "query.h"
#include "ui-keymap.h"
#include "util.h"

#define UI_SAVED_SEARCHES 9

struct ui_config {
	struct ui_keymap keymap;               /* keys -> actions */
	char *theme;                           /* theme name or path ("default") */
	char *browser;                         /* command line for links, NULL: $BROWSER/xdg-open */
	char *saved[UI_SAVED_SEARCHES];        /* `search N QUERY`, NULL when unset */
	struct sort sort;                      /* the list's first sort order */
	double score_high;                     /* scores drawn as score-high from here up */
	bool mouse;                            /* take mouse events */
	char *export_dir;                      /* where `e` writes, NULL: the current directory */
	char *export_format;                   /* bibtex, json or csv */
};

/* Defaults: the default keymap and theme, score order, mouse on. */
void ui_config_init(struct ui_config *c);
void ui_config_free(struct ui_config *c);

/* Reads PATH (NULL: the default config file); each bad line adds "FILE:LINE: problem" to
 * msgs. */
void ui_config_load(struct ui_config *c, const char *path, struct strlist *msgs);

/* The `set` names, NULL-terminated (for messages and the man page). */
extern const char *const ui_config_settings[];

/* Config handlers; ctx is the struct ui_config. */
bool ui_config_set(const struct config_line *l, void *ctx, struct strbuf *err);
bool ui_config_theme(const struct config_line *l, void *ctx, struct strbuf *err);
bool ui_config_search(const struct config_line *l, void *ctx, struct strbuf *err);

#endif
