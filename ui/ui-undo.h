/* ui-undo.h — undoing the last changes to the user's data (favourites, read marks, tags,
 * notes), a few levels deep. Each level is one action, over every paper it touched. */
#ifndef PB_UI_UNDO_H
#define PB_UI_UNDO_H

#include <stdbool.h>
#include <stddef.h>

#include "store.h"
#include "util.h"

#define UI_UNDO_LEVELS 16

enum ui_undo_kind { UNDO_FAVOURITE, UNDO_READ, UNDO_TAG, UNDO_NOTE };

/* One paper's state before a change. */
struct ui_undo_change {
	long long id;           /* the paper */
	enum ui_undo_kind kind; /* what changed */
	bool was_on;            /* favourite/read/tag before */
	char *tag;              /* UNDO_TAG: the tag */
	char *note;             /* UNDO_NOTE: the note before (NULL: none) */
};

struct ui_undo_step {
	char *what;                  /* "favourite 3 papers", for the status line */
	struct ui_undo_change *v;    /* the changes */
	size_t n;                    /* how many */
};

struct ui_undo {
	struct ui_undo_step steps[UI_UNDO_LEVELS]; /* oldest first */
	int n;                                     /* how many are kept */
};

/* Starts a step (dropping the oldest when full). */
void ui_undo_begin(struct ui_undo *u, const char *what);
/* Records one paper's state before it changes, in the current step. */
void ui_undo_record(struct ui_undo *u, long long id, enum ui_undo_kind kind, bool was_on,
		    const char *tag, const char *note);
/* Drops the current step when it recorded nothing. */
void ui_undo_end(struct ui_undo *u);
/* Restores what the last step changed and forgets it. On success *what gets the step's
 * description (malloc'd). False when there is nothing to undo or a write failed (err). */
bool ui_undo_revert(struct ui_undo *u, struct store *st, char **what, struct strbuf *err);
void ui_undo_free(struct ui_undo *u);

#endif
