/* ui-layout.c — where the panes go at a given size; the facets and abstract panes fold away
 * on narrow or short screens and come back when there is room. */
#include "ui-internal.h"

#include <string.h>

/* Below these the facets / abstract panes are folded away. */
#define FACETS_MIN_COLS 90
#define ABSTRACT_MIN_ROWS 18

void ui_layout_compute(struct ui_layout *l, int rows, int cols)
{
	int inner_h, right_x, right_w;

	memset(l, 0, sizeof *l);
	l->rows = rows;
	l->cols = cols;
	l->status = rows - 1;
	l->bottom = rows - 2;
	l->split_x = -1;
	l->split_y = -1;
	inner_h = rows - 3; /* top border, bottom border, status line */
	if (inner_h < 1 || cols < 4)
		return;
	l->full = (struct ui_rect){1, 1, inner_h, cols - 2};

	right_x = 1;
	right_w = cols - 2;
	if (cols >= FACETS_MIN_COLS) {
		int fw = cols * 22 / 100;
		if (fw < 22)
			fw = 22;
		if (fw > 34)
			fw = 34;
		l->pane[UI_PANE_FACETS] = (struct ui_rect){1, 1, inner_h, fw};
		l->split_x = 1 + fw;
		right_x = l->split_x + 1;
		right_w = cols - 1 - right_x;
	}
	if (rows >= ABSTRACT_MIN_ROWS) {
		int ah = inner_h * 2 / 5;
		if (ah < 5)
			ah = 5;
		int lh = inner_h - ah - 1;
		l->pane[UI_PANE_LIST] = (struct ui_rect){1, right_x, lh, right_w};
		l->split_y = 1 + lh;
		l->pane[UI_PANE_ABSTRACT] = (struct ui_rect){l->split_y + 1, right_x, ah, right_w};
	} else {
		l->pane[UI_PANE_LIST] = (struct ui_rect){1, right_x, inner_h, right_w};
	}
}
