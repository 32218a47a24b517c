/* ui-view-reader.c — the full reader: the paper in full (abstract, the digest's review
 * sections, note, links, sources), scrolled; `q` goes back. Opening a paper marks it read. */
#include "ui-internal.h"

#include <stdlib.h>
#include <string.h>

void ui_docview_free(struct ui_docview *v)
{
	ui_doc_free(&v->doc);
	if (v->id)
		paper_free(&v->paper);
	memset(v, 0, sizeof *v);
}

bool ui_docview_move(struct ui_docview *v, int height, enum ui_action a)
{
	long page = height > 2 ? height - 1 : 1;
	long last = (long)v->doc.n - height;
	switch (a) {
	case ACT_DOWN:
		v->scroll++;
		break;
	case ACT_UP:
		v->scroll--;
		break;
	case ACT_PAGE_DOWN:
	case ACT_MARK: /* Space pages, as in a pager */
		v->scroll += page;
		break;
	case ACT_PAGE_UP:
		v->scroll -= page;
		break;
	case ACT_FIRST:
		v->scroll = 0;
		break;
	case ACT_LAST:
		v->scroll = last;
		break;
	default:
		return false;
	}
	if (v->scroll > last)
		v->scroll = last;
	if (v->scroll < 0)
		v->scroll = 0;
	return true;
}

/* Loads the paper again (after a change, a reload); false when it is gone. */
static bool load(struct ui *ui, long long id)
{
	struct paper p;
	memset(&p, 0, sizeof p);
	if (!store_paper_get(ui->st, id, &p))
		return false;
	if (ui->reader.id)
		paper_free(&ui->reader.paper);
	ui->reader.paper = p;
	ui->reader.id = id;
	ui->reader.width = 0; /* lay out again */
	return true;
}

void ui_reader_open(struct ui *ui)
{
	const struct list_row *row = ui_model_row(&ui->model, ui->model.cursor);
	long long id;
	bool was_read;

	if (!row)
		return;
	id = row->id;
	was_read = row->read;
	ui_docview_free(&ui->reader);
	if (!load(ui, id)) {
		ui_error(ui, "the paper is no longer in the library");
		return;
	}
	if (!was_read) {
		if (store_read_set(ui->st, id, true)) {
			ui->reader.paper.read = true;
			ui_model_invalidate(&ui->model, UI_STALE_SPECIAL | UI_STALE_COUNT);
		} else {
			ui_error(ui, "cannot mark the paper read: %s", store_errmsg(ui->st));
		}
	}
	ui->view = &ui_view_reader;
}

void ui_reader_reload(struct ui *ui)
{
	if (ui->reader.id && !load(ui, ui->reader.id)) {
		ui_docview_free(&ui->reader);
		ui->view = NULL;
		ui_error(ui, "the paper is no longer in the library");
	}
}

static void reader_draw(struct ui *ui, struct ui_rect r, bool focused)
{
	struct ui_docview *v = &ui->reader;
	struct ui_rect inner = {r.y, r.x + 1, r.h, r.w - 2};
	char title[64];
	(void)focused;
	if (!v->id)
		return;
	if (v->width != inner.w) {
		ui_doc_free(&v->doc);
		ui_doc_paper(ui, &v->doc, &v->paper, inner.w, true);
		v->width = inner.w;
		if (v->scroll > (long)v->doc.n - inner.h)
			v->scroll = (long)v->doc.n - inner.h > 0 ? (long)v->doc.n - inner.h : 0;
	}
	if (v->paper.arxiv_id)
		snprintf(title, sizeof title, "Paper · arXiv:%s", v->paper.arxiv_id);
	else
		snprintf(title, sizeof title, "Paper %lld", v->id);
	ui_draw_title(ui, r.y - 1, r.x + 1, r.w - 2, title, true);
	ui_draw_doc(ui, &v->doc, inner, v->scroll);
}

/* J and K: the next or previous paper of the list, opened in place (and so marked read);
 * the list's cursor follows, so that q comes back to the paper last read. */
static void reader_step(struct ui *ui, int dir)
{
	long long from = ui->model.cursor;
	ui_list_move(ui, from + dir);
	if (ui->model.cursor == from) {
		ui_message(ui, "the %s paper of the list", dir > 0 ? "last" : "first");
		return;
	}
	ui_reader_open(ui);
}

static bool reader_action(struct ui *ui, enum ui_action a)
{
	if (a == ACT_NEXT_PAPER || a == ACT_PREV_PAPER) {
		reader_step(ui, a == ACT_NEXT_PAPER ? 1 : -1);
		return true;
	}
	if (a == ACT_CLOSE) {
		ui->view = NULL;
		ui_docview_free(&ui->reader);
		return true;
	}
	if (a == ACT_OPEN)
		return true;
	return ui_docview_move(&ui->reader, ui->lay.full.h, a);
}

const struct ui_pane_ops ui_view_reader = {
	.name = "reader",
	.draw = reader_draw,
	.action = reader_action,
};
