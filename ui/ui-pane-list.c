/* ui-pane-list.c — the paper list: favourite mark, score, date, title; the header with
 * "N of M · sort"; the cursor, scrolling and marks. Rows come from the model's window. */
#include "ui-internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui-text.h"

/* Below this width the date column is left out. */
#define LIST_DATE_MIN_WIDTH 56

long long ui_list_height(struct ui *ui)
{
	long long h = ui->lay.pane[UI_PANE_LIST].h;
	return h > 0 ? h : 1;
}

/* The first row on screen that keeps row TO in view, moving the screen as little as can be. */
static long long top_for(long long top, long long to, long long h)
{
	if (to < top)
		return to;
	if (to >= top + h)
		return to - h + 1;
	return top;
}

/* The window must hold the rows on screen before they can be drawn or moved over. */
static bool fetch(struct ui *ui)
{
	struct strbuf err = {0};
	long long h = ui_list_height(ui);
	bool ok = ui_model_window(&ui->model, ui->list_top, h, &err);
	/* the fetch may have moved the cursor to its paper's new place: keep it on screen */
	if (ok && top_for(ui->list_top, ui->model.cursor, h) != ui->list_top) {
		ui->list_top = top_for(ui->list_top, ui->model.cursor, h);
		ok = ui_model_window(&ui->model, ui->list_top, h, &err);
	}
	if (!ok)
		ui_error(ui, "%s", err.s ? err.s : "cannot read the library");
	sb_free(&err);
	return ok;
}

void ui_list_move(struct ui *ui, long long to)
{
	struct ui_model *m = &ui->model;
	long long h = ui_list_height(ui), top, len;
	struct strbuf err = {0};

	if (to < 0)
		to = 0;
	/* one window fetch (if any) covers the screen at its new place, the cursor with it */
	top = top_for(ui->list_top, to, h);
	if (!ui_model_window(m, top, h, &err))
		goto fail;
	if (!ui_model_row(m, to)) { /* past the end: the end is known now, or counted */
		len = ui_model_known_length(m);
		if (len < 0)
			len = ui_model_length(m, &err);
		to = len > 0 ? len - 1 : 0;
		top = top_for(top < to ? top : to, to, h);
		if (!ui_model_window(m, top, h, &err))
			goto fail;
	}
	if (to != m->cursor)
		ui->abstract_scroll = 0;
	m->cursor = to;
	ui->list_top = top;
	sb_free(&err);
	return;
fail:
	ui_error(ui, "%s", err.s ? err.s : "cannot read the library");
	sb_free(&err);
}

/* "128", "4.5", "12k"; "" without a score. Fits in 5 columns. */
static void format_score(const struct list_row *r, char *buf, size_t size)
{
	if (!r->has_score)
		snprintf(buf, size, "%s", "");
	else if (fabs(r->score) >= 99999.5)
		snprintf(buf, size, "%.0fk", r->score / 1000);
	else if (r->score == floor(r->score))
		snprintf(buf, size, "%.0f", r->score);
	else
		snprintf(buf, size, "%.1f", r->score);
}

static void draw_header(struct ui *ui, struct ui_rect r, bool focused)
{
	struct ui_model *m = &ui->model;
	struct strbuf b = {0};
	char n1[32], n2[32];
	long long len = ui_model_known_length(m);

	sb_add(&b, "Papers  ");
	if (!*m->text) {
		sb_add(&b, m->total >= 0 ? uitext_thousands(m->total, n2, sizeof n2) : "…");
	} else {
		sb_addf(&b, "%s of %s", len >= 0 ? uitext_thousands(len, n1, sizeof n1) : "…",
			m->total >= 0 ? uitext_thousands(m->total, n2, sizeof n2) : "…");
	}
	sb_addf(&b, " · %s %s", sort_key_name(m->sort.key), m->sort.ascending ? "▲" : "▼");
	if (m->nmarks)
		sb_addf(&b, " · %zu marked", m->nmarks);
	ui_draw_title(ui, r.y - 1, r.x + 1, r.w - 2, b.s, focused);
	sb_free(&b);
}

static void draw_row(struct ui *ui, struct ui_rect r, int y, const struct list_row *row,
		     bool cursor, bool focused)
{
	bool marked = ui_model_is_marked(&ui->model, row->id);
	bool dates = r.w >= LIST_DATE_MIN_WIDTH;
	enum ui_element base = row->read ? UI_EL_READ : UI_EL_TITLE;
	enum ui_element cur = focused ? UI_EL_CURSOR : UI_EL_CURSOR_INACTIVE;
	char score[16], cell[32];
	int x = r.x;

	if (marked && !cursor)
		base = UI_EL_MARKED;
	if (cursor)
		ui_draw_fill(ui, y, r.x, r.w, cur);
#define EL(e) (cursor ? cur : (row->read && !marked ? UI_EL_READ : (e)))
	ui_draw_text(ui, y, x, 1, cursor ? cur : UI_EL_MARKED, marked ? "▌" : " ");
	ui_draw_text(ui, y, x + 1, 1, EL(UI_EL_FAVOURITE), row->favourite ? "★" : " ");
	x += 3;
	format_score(row, score, sizeof score);
	snprintf(cell, sizeof cell, "%5s", score);
	ui_draw_text(ui, y, x, 5, EL(row->has_score && row->score >= ui->cfg.score_high
					  ? UI_EL_SCORE_HIGH
					  : UI_EL_SCORE),
		     cell);
	x += 7;
	if (dates) {
		ui_draw_text(ui, y, x, 10, EL(UI_EL_DATE), row->date ? row->date : "");
		x += 12;
	}
	ui_draw_text(ui, y, x, r.x + r.w - x, cursor ? cur : base,
		     row->title ? row->title : "(untitled)");
#undef EL
}

static void list_draw(struct ui *ui, struct ui_rect r, bool focused)
{
	struct ui_model *m = &ui->model;

	fetch(ui);
	draw_header(ui, r, focused);
	for (int i = 0; i < r.h; i++) {
		const struct list_row *row = ui_model_row(m, ui->list_top + i);
		if (!row)
			break;
		draw_row(ui, r, r.y + i, row, ui->list_top + i == m->cursor, focused);
	}
	if (!ui_model_row(m, 0) && m->rows_valid) {
		const char *msg = m->total == 0 ? "The library is empty: add pages with "
						  "'paperboat ingest PATH...'"
						: "No papers match the filter ('c' clears it).";
		ui_draw_text(ui, r.y + r.h / 3, r.x + 2, r.w - 4, UI_EL_META, msg);
	}
}

static bool list_action(struct ui *ui, enum ui_action a)
{
	struct ui_model *m = &ui->model;
	long long h = ui_list_height(ui);

	switch (a) {
	case ACT_DOWN:
		ui_list_move(ui, m->cursor + 1);
		return true;
	case ACT_UP:
		ui_list_move(ui, m->cursor - 1);
		return true;
	case ACT_PAGE_DOWN:
		ui->list_top += h;
		ui_list_move(ui, m->cursor + h);
		if (ui->list_top > m->cursor)
			ui->list_top = m->cursor;
		return true;
	case ACT_PAGE_UP:
		ui->list_top = ui->list_top > h ? ui->list_top - h : 0;
		ui_list_move(ui, m->cursor - h);
		if (m->cursor >= ui->list_top + h)
			ui->list_top = m->cursor - h + 1;
		return true;
	case ACT_FIRST:
		ui_list_move(ui, 0);
		return true;
	case ACT_LAST: {
		struct strbuf err = {0};
		long long len = ui_model_length(m, &err);
		if (len < 0)
			ui_error(ui, "%s", err.s ? err.s : "cannot count the papers");
		else
			ui_list_move(ui, len - 1);
		sb_free(&err);
		return true;
	}
	case ACT_OPEN:
		if (ui_model_row(m, m->cursor))
			ui_reader_open(ui);
		return true;
	case ACT_MARK: {
		const struct list_row *row = ui_model_row(m, m->cursor);
		if (row) {
			ui_model_toggle_mark(m, row->id);
			ui_list_move(ui, m->cursor + 1);
		}
		return true;
	}
	default:
		return false;
	}
}

static void list_click(struct ui *ui, struct ui_rect r, int y, int x)
{
	long long to = ui->list_top + y;
	(void)r;
	(void)x;
	if (!ui_model_row(&ui->model, to))
		return;
	if (to == ui->model.cursor)
		ui_reader_open(ui); /* a click on the selected paper opens it */
	else
		ui_list_move(ui, to);
}

const struct ui_pane_ops ui_pane_list = {
	.name = "papers",
	.draw = list_draw,
	.action = list_action,
	.click = list_click,
};
