/* ui-internal.h — what the reader's curses files share: the reader's state, the pane vtable,
 * drawing helpers. Only the ui/ files include this (and through it, curses). */
#ifndef PB_UI_INTERNAL_H
#define PB_UI_INTERNAL_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#include "store.h"
#include "ui-actions.h"
#include "ui-config.h"
#include "ui-doc.h"
#include "ui-model.h"
#include "ui-theme.h"
#include "ui-undo.h"

struct ui;

/* A rectangle of the screen. */
struct ui_rect {
	int y, x; /* top-left cell */
	int h, w; /* rows and columns; h == 0: not shown */
};

/* A pane, view or overlay, like tig's struct view_ops: each file fills one in at its end. */
struct ui_pane_ops {
	const char *name;                                      /* for messages */
	void (*draw)(struct ui *ui, struct ui_rect r, bool focused); /* into r; title above it */
	bool (*action)(struct ui *ui, enum ui_action a);       /* true when handled */
	bool (*key)(struct ui *ui, int key);                   /* overlays take raw keys */
	void (*click)(struct ui *ui, struct ui_rect r, int y, int x); /* y, x inside r */
	void (*close)(struct ui *ui);                          /* when it goes away */
};

enum ui_pane_id { UI_PANE_FACETS, UI_PANE_LIST, UI_PANE_ABSTRACT, UI_PANE_COUNT };

extern const struct ui_pane_ops ui_pane_facets, ui_pane_list, ui_pane_abstract;
extern const struct ui_pane_ops ui_view_reader, ui_view_help;
extern const struct ui_pane_ops ui_overlay_prompt, ui_overlay_picker;

/* Where things go at the current size (ui-layout.c). */
struct ui_layout {
	int rows, cols;                      /* the screen */
	struct ui_rect pane[UI_PANE_COUNT];  /* inside the frame; h == 0: folded away */
	struct ui_rect full;                 /* inside the frame, for full-screen views */
	int split_x;                         /* column of the border left of the list, -1: none */
	int split_y;                         /* row of the border above the abstract, -1: none */
	int bottom;                          /* row of the frame's bottom border */
	int status;                          /* row of the status line */
};
void ui_layout_compute(struct ui_layout *l, int rows, int cols);

/* The one-line prompt (ui-prompt.c). */
struct ui_prompt {
	char label[48];             /* "search: " */
	uint32_t *text;             /* what is typed, as code points */
	size_t len, cap;            /* code points used / allocated */
	size_t pos;                 /* cursor, in code points */
	/* Called with the text on Enter; returns false to stay open (after ui_prompt_error). */
	bool (*submit)(struct ui *ui, const char *text);
	/* Offers completions for the word before the cursor; NULL: none. */
	void (*complete)(struct ui *ui, const char *word, struct strlist *out);
	char *error;                /* shown above the prompt, NULL: none */
	int error_col;              /* 1-based column in the text the error points at, 0: none */
	struct strlist *history;    /* earlier entries of this prompt, newest last */
	size_t hist_pos;            /* browsing position in history (== n: the new entry) */
};

/* The picker (ui-picker.c). */
struct ui_picker {
	enum facet_kind kind;       /* what is picked */
	struct facet_count *all;    /* every value with its count */
	size_t nall;
	char **keys;                /* fold_key() of each name, for narrowing */
	bool *chosen;               /* per value */
	size_t *shown;              /* indexes of the values matching what is typed */
	size_t nshown;
	struct strbuf typed;        /* what is typed (UTF-8) */
	long cursor, top;           /* in shown */
};

/* A scrolled document: the full reader and the help screen. */
struct ui_docview {
	struct ui_doc doc;          /* the lines at WIDTH */
	int width;                  /* the width it was laid out for, 0: lay out again */
	long scroll;                /* first line shown */
	long long id;               /* the paper (the full reader), 0: none */
	struct paper paper;         /* it, in full, when id != 0 */
};

struct ui {
	struct store *st;                   /* the library */
	struct ui_config cfg;               /* keys, theme name, saved searches, ... */
	struct ui_model model;              /* filter, rows, counts, facets, marks */
	struct ui_theme theme;              /* the theme as loaded */
	attr_t attr[UI_EL_COUNT];           /* curses attributes (with colour) per element */
	int ncolors;                        /* colours in use, 0: monochrome */
	struct ui_layout lay;               /* the current layout */
	enum ui_pane_id focus;              /* the pane keys go to */
	const struct ui_pane_ops *view;     /* a full-screen view over the panes, or NULL */
	const struct ui_pane_ops *overlay;  /* the prompt or the picker, or NULL */
	long long list_top;                 /* first list index on screen */
	long facet_cursor;                  /* selected facet line */
	int abstract_scroll;                /* first line of the abstract pane */
	struct ui_prompt prompt;            /* when overlay == &ui_overlay_prompt */
	struct ui_picker picker;            /* when overlay == &ui_overlay_picker */
	struct ui_docview reader;           /* the full reader */
	struct ui_docview help;             /* the help screen */
	struct strlist hist_search;         /* history of '/' */
	struct strlist hist_query;          /* history of ':' */
	char *msg;                          /* the status line's message, NULL: none */
	bool msg_error;                     /* drawn as an error */
	struct strlist exit_msgs;           /* printed on stderr after the screen is restored */
	struct ui_undo undo;                /* the last changes to the user's data */
	long long data_version;             /* PRAGMA data_version when last looked */
	bool quit;                          /* leave the event loop */
};

/* ui-screen.c */
bool ui_screen_start(struct ui *ui, struct strbuf *err);
void ui_screen_stop(void);                   /* idempotent; safe from atexit */
void ui_screen_apply_theme(struct ui *ui);   /* fills ui->attr from ui->theme */
bool ui_screen_quit_requested(void);         /* SIGINT/SIGTERM/SIGHUP arrived */
int ui_screen_quit_signal(void);             /* which one, 0: none */
bool ui_screen_input_pending(void);          /* a key is waiting (for dropping stale work) */

/* ui-draw.c: every string from the library goes through these (sanitised at draw time). */
int ui_draw_text(struct ui *ui, int y, int x, int width, enum ui_element el, const char *s);
int ui_draw_text_attr(int y, int x, int width, attr_t attr, const char *s);
void ui_draw_fill(struct ui *ui, int y, int x, int width, enum ui_element el);
void ui_draw_fill_attr(int y, int x, int width, attr_t attr);
void ui_draw_frame(struct ui *ui);  /* borders and pane titles of the current layout */
/* A pane title in the border at row Y from column X, at most WIDTH columns. */
void ui_draw_title(struct ui *ui, int y, int x, int width, const char *title, bool focused);
void ui_draw_doc(struct ui *ui, const struct ui_doc *doc, struct ui_rect r, long scroll);
void ui_draw_status(struct ui *ui);
void ui_draw_all(struct ui *ui);

/* Messages in the status line (cleared by the next key). */
void ui_message(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ui_error(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ui-prompt.c */
void ui_prompt_open(struct ui *ui, const char *label, const char *initial,
		    bool (*submit)(struct ui *ui, const char *text),
		    void (*complete)(struct ui *ui, const char *word, struct strlist *out),
		    struct strlist *history);
void ui_prompt_error(struct ui *ui, int column, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void ui_prompt_free(struct ui_prompt *p);

/* ui-picker.c */
void ui_picker_open(struct ui *ui, enum facet_kind kind);
void ui_picker_free(struct ui_picker *p);

/* ui-view-*.c */
void ui_reader_open(struct ui *ui);
void ui_reader_reload(struct ui *ui);   /* after a change to the paper shown */
void ui_help_open(struct ui *ui);
void ui_docview_free(struct ui_docview *v);
/* Moves a document view; returns true when A was a move. */
bool ui_docview_move(struct ui_docview *v, int height, enum ui_action a);
/* The paper document: full (the reader) or short (the abstract pane). */
void ui_doc_paper(struct ui *ui, struct ui_doc *doc, const struct paper *p, int width, bool full);

/* ui-pane-list.c: keeping the cursor on screen */
void ui_list_move(struct ui *ui, long long to);
long long ui_list_height(struct ui *ui);

/* ui-act-*.c: actions that do not depend on the pane. */
bool ui_act_filter(struct ui *ui, enum ui_action a);
bool ui_act_paper(struct ui *ui, enum ui_action a);
bool ui_act_out(struct ui *ui, enum ui_action a);
/* Makes F the filter; reports a bad query (from a prompt: with its column). */
bool ui_apply_filter(struct ui *ui, const struct ui_filter *f);
/* Reads the library again (it changed, or the user asked); the selected paper stays selected
 * when the new list has it near where it was. */
void ui_reload(struct ui *ui, bool keep_message);

/* ui-main.c */
void ui_focus(struct ui *ui, enum ui_pane_id p);
void ui_close_overlay(struct ui *ui);

#endif
