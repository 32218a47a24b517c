/* ui-draw.c — putting text on the screen: every string is sanitised and fitted here, drawn
 * with the wide-character API; the frame, the status line, messages. */
#include "ui-internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "ui-text.h"

int ui_draw_text_attr(int y, int x, int width, attr_t attr, const char *s)
{
	char *clean;
	struct strbuf fit = {0};
	wchar_t buf[512];
	int used, n = 0;
	const char *p;
	uint32_t cp;
	size_t len;

	if (width <= 0 || !s)
		return 0;
	clean = uitext_sanitize(s, false);
	used = uitext_fit(clean, width, &fit);
	p = fit.s ? fit.s : "";
	attrset(attr);
	move(y, x);
	while ((len = uitext_decode(p, &cp)) > 0) {
		buf[n++] = (wchar_t)cp;
		p += len;
		if (n == (int)(sizeof buf / sizeof buf[0])) {
			addnwstr(buf, n);
			n = 0;
		}
	}
	if (n)
		addnwstr(buf, n);
	sb_free(&fit);
	free(clean);
	return used;
}

int ui_draw_text(struct ui *ui, int y, int x, int width, enum ui_element el, const char *s)
{
	return ui_draw_text_attr(y, x, width, ui->attr[el], s);
}

void ui_draw_fill_attr(int y, int x, int width, attr_t attr)
{
	if (width <= 0)
		return;
	attrset(attr);
	mvhline(y, x, ' ', width);
}

void ui_draw_fill(struct ui *ui, int y, int x, int width, enum ui_element el)
{
	ui_draw_fill_attr(y, x, width, ui->attr[el]);
}

void ui_draw_title(struct ui *ui, int y, int x, int width, const char *title, bool focused)
{
	struct strbuf b = {0};
	if (width < 3)
		return;
	sb_addf(&b, " %s ", title);
	ui_draw_text(ui, y, x, width, focused ? UI_EL_PANE_ACTIVE : UI_EL_PANE_TITLE, b.s);
	sb_free(&b);
}

void ui_draw_frame(struct ui *ui)
{
	const struct ui_layout *l = &ui->lay;
	int top = 0, bottom = l->bottom, right = l->cols - 1;

	if (bottom < 1 || right < 1)
		return;
	attrset(ui->attr[UI_EL_BORDER]);
	mvhline(top, 1, ACS_HLINE, right - 1);
	mvhline(bottom, 1, ACS_HLINE, right - 1);
	mvvline(top + 1, 0, ACS_VLINE, bottom - 1);
	mvvline(top + 1, right, ACS_VLINE, bottom - 1);
	mvaddch(top, 0, ACS_ULCORNER);
	mvaddch(top, right, ACS_URCORNER);
	mvaddch(bottom, 0, ACS_LLCORNER);
	mvaddch(bottom, right, ACS_LRCORNER);
	if (ui->view)
		return;
	if (l->split_x > 0) {
		mvvline(top + 1, l->split_x, ACS_VLINE, bottom - 1);
		mvaddch(top, l->split_x, ACS_TTEE);
		mvaddch(bottom, l->split_x, ACS_BTEE);
	}
	if (l->split_y > 0) {
		int from = l->split_x > 0 ? l->split_x : 0;
		mvhline(l->split_y, from + 1, ACS_HLINE, right - from - 1);
		mvaddch(l->split_y, from, ACS_LTEE);
		mvaddch(l->split_y, right, ACS_RTEE);
	}
}

void ui_draw_doc(struct ui *ui, const struct ui_doc *doc, struct ui_rect r, long scroll)
{
	for (int row = 0; row < r.h; row++) {
		long i = scroll + row;
		int x = r.x;
		if (i < 0 || i >= (long)doc->n)
			continue;
		for (size_t s = 0; s < doc->v[i].n && x < r.x + r.w; s++)
			x += ui_draw_text(ui, r.y + row, x, r.x + r.w - x, doc->v[i].spans[s].el,
					  doc->v[i].spans[s].text);
	}
}

/* The hint at the right of the status line: the keys for help and quit as bound now. */
static void status_hint(struct ui *ui, struct strbuf *out)
{
	struct strbuf k = {0};
	ui_keymap_describe(&ui->cfg.keymap, ACT_HELP, &k);
	if (k.len) {
		sb_addn(out, k.s, strcspn(k.s, ","));
		sb_add(out, " help  ");
	}
	sb_clear(&k);
	ui_keymap_describe(&ui->cfg.keymap, ACT_CLOSE, &k);
	if (k.len) {
		sb_addn(out, k.s, strcspn(k.s, ","));
		sb_add(out, ui->view ? " back" : " quit");
	}
	sb_free(&k);
}

void ui_draw_status(struct ui *ui)
{
	int y = ui->lay.status, cols = ui->lay.cols;
	struct strbuf right = {0};
	enum ui_element right_el = UI_EL_STATUS;
	int rw, lw;

	if (y < 0)
		return;
	ui_draw_fill(ui, y, 0, cols, UI_EL_STATUS);
	if (ui->msg) {
		sb_add(&right, ui->msg);
		right_el = ui->msg_error ? UI_EL_STATUS_ERROR : UI_EL_STATUS_INFO;
	} else {
		status_hint(ui, &right);
	}
	rw = uitext_width(right.s);
	if (rw > cols - 1)
		rw = cols - 1;
	lw = cols - rw - 3;
	if (*ui->model.text)
		ui_draw_text(ui, y, 1, lw, UI_EL_STATUS_QUERY, ui->model.text);
	else
		ui_draw_text(ui, y, 1, lw, UI_EL_STATUS, "all papers");
	ui_draw_text(ui, y, cols - rw - 1 > 0 ? cols - rw - 1 : 0, rw, right_el, right.s);
	sb_free(&right);
}

void ui_draw_all(struct ui *ui)
{
	curs_set(0);
	attrset(ui->attr[UI_EL_NORMAL]);
	bkgdset(ui->attr[UI_EL_NORMAL]);
	erase();
	ui_draw_frame(ui);
	if (ui->view) {
		if (ui->lay.full.h > 0)
			ui->view->draw(ui, ui->lay.full, true);
	} else {
		static const struct ui_pane_ops *const panes[UI_PANE_COUNT] = {
			[UI_PANE_FACETS] = &ui_pane_facets,
			[UI_PANE_LIST] = &ui_pane_list,
			[UI_PANE_ABSTRACT] = &ui_pane_abstract,
		};
		for (int p = 0; p < UI_PANE_COUNT; p++)
			if (ui->lay.pane[p].h > 0 && ui->lay.pane[p].w > 0)
				panes[p]->draw(ui, ui->lay.pane[p], ui->focus == (enum ui_pane_id)p);
	}
	ui_draw_status(ui);
	if (ui->overlay)
		ui->overlay->draw(ui, ui->lay.full, true);
	refresh();
}

__attribute__((format(printf, 3, 0)))
static void set_message(struct ui *ui, bool error, const char *fmt, va_list ap)
{
	struct strbuf b = {0};
	sb_vaddf(&b, fmt, ap);
	free(ui->msg);
	ui->msg = sb_take(&b);
	ui->msg_error = error;
}

void ui_message(struct ui *ui, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(ui, false, fmt, ap);
	va_end(ap);
}

void ui_error(struct ui *ui, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(ui, true, fmt, ap);
	va_end(ap);
}
