/* ui-model.h — the reader's view model: the filter, its query, the window of rows on screen,
 * the counts and facet counts, the marks. It asks SQLite only for what is drawn (the visible
 * window, counts, facets with a limit) and never includes curses, so a benchmark can time
 * exactly what the reader does:
 *
 *   cold start          store_open + ui_model_init + ui_model_window
 *   a filter change     ui_model_set_filter + ui_model_window
 *   counts and facets   ui_model_idle_step until it returns false
 *
 * Counts and facets are computed by ui_model_idle_step after the list is drawn, one piece per
 * call; an interrupted step (store_set_interrupt) stays pending and is redone later. When
 * nothing else is left, the idle steps build a facet index (facet-index.h) a piece at a time;
 * once it is built, the count makes the filter's matches a bitmap (facet-match.h) and the
 * facets, favourites and unread are counted from it. Until then, and for a library the index
 * cannot read, they are counted by SQL (store_count, store_facets), with the same results. */
#ifndef PB_UI_MODEL_H
#define PB_UI_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "facet-index.h"
#include "facet-match.h"
#include "paper.h"
#include "query.h"
#include "store.h"
#include "ui-filter.h"
#include "util.h"

/* Background work, done in this order. */
enum {
	UI_STALE_COUNT = 1 << 0,   /* papers the filter matches */
	UI_STALE_TOTAL = 1 << 1,   /* papers in the library */
	UI_STALE_INST = 1 << 2,    /* institution facet counts */
	UI_STALE_TOPIC = 1 << 3,   /* topic facet counts */
	UI_STALE_TAG = 1 << 4,     /* tag facet counts */
	UI_STALE_SPECIAL = 1 << 5, /* favourites and unread among the matches */
	UI_STALE_ALL = (1 << 6) - 1,
};

/* Papers the total counts in one idle step (a few milliseconds): a million-paper library is
 * counted in pieces that a key can interrupt between. */
#define UI_TOTAL_STEP 65536

/* How far (list rows either way) the cursor's paper is looked for after a change. */
#define UI_FOLLOW_RANGE 100

/* How many values of each facet the pane is given. */
#define UI_FACET_LIMIT 200
/* Full-text ids read in one idle step before a count (facet_fts_step): some 8 ms. */
#define UI_FTS_STEP 131072

struct ui_facets {
	struct facet_count *v; /* most frequent first */
	size_t n;              /* how many */
};

struct ui_model {
	struct store *st;          /* the library */
	struct ui_filter filter;   /* the filter as pieces */
	char *text;                /* the filter as query text ("" for everything) */
	struct query *q;           /* text, parsed */
	struct sort sort;          /* order of the list */

	long long total;           /* papers in the library, -1 until counted */
	long long total_run;       /* the total being counted: papers so far */
	long long total_after;     /* ... and the last id counted (0: not begun) */
	long long total_step;      /* papers counted in one idle step (UI_TOTAL_STEP) */
	long long count;           /* papers the filter matches, -1 until counted */
	struct ui_facets facets[3]; /* by enum facet_kind; kept (stale) until recounted */
	long long fav_count;       /* favourites among the matches, -1 until counted */
	long long unread_count;    /* unread among the matches, -1 until counted */
	unsigned stale;            /* UI_STALE_* work still to do */
	struct facet_index index;  /* papers by facet value, for the counts; built when idle */
	struct bits match;         /* the papers the filter matches, when match_valid */
	bool match_valid;          /* match is the current filter's, counted with the index */
	struct facet_fts fts;      /* the filter's full-text sets, read ahead of its count */

	struct list_row *rows;     /* a window of the list */
	size_t nrows;              /* rows in the window */
	long long rows_off;        /* list index of rows[0] */
	long long rows_asked;      /* how many the window asked for (fewer: the list ends) */
	bool rows_valid;           /* false: fetch before drawing */

	long long cursor;          /* list index of the selected paper */
	long long follow_id;       /* the selected paper when the library changed: the next
				    * fetch moves the cursor to where it is now (0: none) */
	struct paper detail;       /* the selected paper in full (the abstract pane) */
	long long detail_id;       /* its id, 0 when not loaded */

	long long *marks;          /* ids marked with Space, in marking order */
	size_t nmarks;             /* how many */
	size_t capmarks;           /* allocated */
};

void ui_model_init(struct ui_model *m, struct store *st, struct sort sort);
void ui_model_free(struct ui_model *m);

/* Makes F the filter: builds its text and parses it. On a parse error returns false with
 * ERR filled (the column is in F's text, which *TEXT_OUT gets when not NULL) and changes
 * nothing. On success the cursor goes to the top and counts/facets become stale. */
bool ui_model_set_filter(struct ui_model *m, const struct ui_filter *f, struct query_error *err);
/* Query text for F, as ui_model_set_filter would parse it (malloc'd). */
char *ui_model_filter_text(const struct ui_filter *f);
void ui_model_set_sort(struct ui_model *m, struct sort sort);

/* Makes sure rows [FIRST, FIRST+N) are in the window, fetching around them when not.
 * Returns false on a database error (message in err). */
bool ui_model_window(struct ui_model *m, long long first, long long n, struct strbuf *err);
/* The row at list index I, or NULL when it is outside the window or past the end. */
const struct list_row *ui_model_row(const struct ui_model *m, long long i);
/* The length of the list when known: the count, or the end a fetch ran into; -1 otherwise. */
long long ui_model_known_length(const struct ui_model *m);
/* Counts the list now when needed (for G); -1 on error. */
long long ui_model_length(struct ui_model *m, struct strbuf *err);

/* Does the next piece of background work (building the facet index last). Returns false when
 * nothing is left. An error or
 * an interruption leaves the piece pending; *FAILED is set for a real error (in err). */
bool ui_model_idle_step(struct ui_model *m, bool *failed, struct strbuf *err);

/* The selected paper in full, loaded on first use; NULL when the list is empty. */
const struct paper *ui_model_detail(struct ui_model *m);

/* The library changed (our own write or another process's): rows and the selected paper are
 * fetched again, counts recounted; what is shown stays until then. The cursor stays on the
 * paper it was on when the new list has it within UI_FOLLOW_RANGE rows of where it was
 * (papers another process adds or removes above it move it), so that the next key acts on
 * the paper the user was looking at. */
void ui_model_invalidate(struct ui_model *m, unsigned stale);

/* Values of a facet with counts among the papers the filter matches when the facet's own
 * picks are left out (what a picker offers). */
bool ui_model_facet_values(struct ui_model *m, enum facet_kind kind, struct facet_count **out,
			   size_t *n, struct strbuf *err);

bool ui_model_is_marked(const struct ui_model *m, long long id);
void ui_model_toggle_mark(struct ui_model *m, long long id);
void ui_model_clear_marks(struct ui_model *m);

#endif
