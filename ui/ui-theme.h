/* ui-theme.h — colour themes: the semantic elements the panes draw with, theme files
 * (`element fg bg attrs`), and how colours degrade to what the terminal has.
 * Parsing does not need curses; ui-colors.c turns a theme into curses attributes. */
#ifndef PB_UI_THEME_H
#define PB_UI_THEME_H

#include <stdbool.h>

#include "util.h"

/* id, name in theme files, what it colours */
#define UI_ELEMENTS(_) \
	_(NORMAL,          "normal",              "text with nothing special about it") \
	_(BORDER,          "border",              "pane borders") \
	_(PANE_TITLE,      "pane-title",          "a pane's title in its border") \
	_(PANE_ACTIVE,     "pane-title-active",   "the focused pane's title") \
	_(CURSOR,          "cursor",              "the selected line in the focused pane") \
	_(CURSOR_INACTIVE, "cursor-inactive",     "the selected line in other panes") \
	_(MARKED,          "marked",              "papers marked with Space") \
	_(FAVOURITE,       "favourite",           "the favourite star") \
	_(SCORE,           "score",               "scores") \
	_(SCORE_HIGH,      "score-high",          "scores at or above `set score-high`") \
	_(DATE,            "date",                "dates") \
	_(TITLE,           "title",               "titles in the paper list") \
	_(READ,            "read",                "papers already read") \
	_(FACET_HEADING,   "facet-heading",       "Institutions, Topics, Tags headings") \
	_(FACET_NAME,      "facet-name",          "facet values") \
	_(FACET_COUNT,     "facet-count",         "facet counts") \
	_(FACET_ACTIVE,    "facet-active",        "facet values in the current filter") \
	_(ABSTRACT_TITLE,  "abstract-title",      "the paper's title over its abstract") \
	_(AUTHORS,         "authors",             "authors") \
	_(INSTITUTION,     "institution",         "institutions") \
	_(PRIMARY,         "institution-primary", "the primary institution") \
	_(META,            "meta",                "score, date and identifiers under the title") \
	_(TOPIC,           "topic",               "topics") \
	_(TAG,             "tag",                 "the user's tags") \
	_(HEADING,         "heading",             "section headings in the full reader") \
	_(LINK,            "link",                "links") \
	_(NOTE,            "note",                "the user's note") \
	_(STATUS,          "status",              "the status line") \
	_(STATUS_QUERY,    "status-query",        "the filter in the status line") \
	_(STATUS_ERROR,    "status-error",        "error messages") \
	_(STATUS_INFO,     "status-info",         "other messages") \
	_(PROMPT,          "prompt",              "prompts and what is typed into them") \
	_(PICKER,          "picker",              "the institution/topic picker") \
	_(PICKER_CHOSEN,   "picker-chosen",       "values chosen in the picker") \
	_(HELP_KEY,        "help-key",            "keys on the help screen") \
	_(HELP_GROUP,      "help-group",          "group headings on the help screen")

enum ui_element {
#define UI_ELEMENT_ENUM(id, name, help) UI_EL_##id,
	UI_ELEMENTS(UI_ELEMENT_ENUM)
#undef UI_ELEMENT_ENUM
	UI_EL_COUNT
};

enum ui_color_kind {
	UI_COLOR_DEFAULT, /* the terminal's own foreground/background */
	UI_COLOR_INDEX,   /* 0-255 (0-7 the basic colours, 8-15 bright ones) */
	UI_COLOR_RGB,     /* #rrggbb */
};

struct ui_color {
	enum ui_color_kind kind; /* see above */
	int value;               /* index, or 0xRRGGBB */
};

/* Attributes, independent of curses. */
enum {
	UI_ATTR_BOLD = 1 << 0,
	UI_ATTR_DIM = 1 << 1,
	UI_ATTR_UNDERLINE = 1 << 2,
	UI_ATTR_REVERSE = 1 << 3,
	UI_ATTR_ITALIC = 1 << 4,
	UI_ATTR_BLINK = 1 << 5,
	UI_ATTR_STANDOUT = 1 << 6,
};

struct ui_style {
	struct ui_color fg; /* foreground */
	struct ui_color bg; /* background */
	unsigned attrs;     /* UI_ATTR_* */
};

struct ui_theme {
	char name[64];                    /* "default", "light", ... */
	struct ui_style el[UI_EL_COUNT];  /* one style per element */
};

const char *ui_element_name(enum ui_element e);
const char *ui_element_help(enum ui_element e);

/* Every element in the terminal's colours, no attributes. */
void ui_theme_reset(struct ui_theme *t, const char *name);
/* One theme line ("title white default bold"); blank lines and comments are fine. Returns
 * false with a message naming the bad token and listing the valid ones. */
bool ui_theme_parse_line(struct ui_theme *t, const char *line, struct strbuf *err);
/* Reads a theme file; each bad line adds "FILE:LINE: problem" to msgs and is skipped.
 * Returns false when the file cannot be read. */
bool ui_theme_load_file(struct ui_theme *t, const char *path, struct strlist *msgs);
/* The themes compiled in ("default", "monochrome"); false for other names. */
bool ui_theme_load_builtin(struct ui_theme *t, const char *name);
/* Loads theme NAME: a path when it contains '/', else NAME.theme from ~/.config/paperboat/
 * themes, then PB_DATADIR/themes, then ./themes (running from a checkout), else a built-in
 * one. False (with a message) when none is found; T is then the default theme. */
bool ui_theme_load(struct ui_theme *t, const char *name, struct strlist *msgs);

/* The text of the built-in themes (the same as themes/<name>.theme). */
extern const char ui_theme_default_text[];
extern const char ui_theme_monochrome_text[];

/* A colour as a terminal with NCOLORS colours can show it: sets *INDEX (-1 for the
 * terminal's default) and, on 8-colour terminals, *BRIGHT when a bright colour became its
 * basic one (drawn bold). With NCOLORS >= 2^24 (direct colour) RGB values pass through. */
void ui_color_degrade(struct ui_color c, int ncolors, int *index, bool *bright);

#endif
