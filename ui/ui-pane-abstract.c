/* ui-pane-abstract.c — the selected paper under the list: title, authors, institutions with
 * the primary one marked, score, date, arXiv id, topics, the abstract wrapped to the width. */
#include "ui-internal.h"

static void abstract_draw(struct ui *ui, struct ui_rect r, bool focused)
{
	const struct paper *p = ui_model_detail(&ui->model);
	struct ui_doc doc = {0};
	struct ui_rect inner = {r.y, r.x + 1, r.h, r.w - 2};

	ui_draw_title(ui, r.y - 1, r.x + 1, r.w - 2, "Abstract", focused);
	if (!p || inner.w < 4)
		return;
	ui_doc_paper(ui, &doc, p, inner.w, false);
	if (ui->abstract_scroll > (int)doc.n - 1)
		ui->abstract_scroll = doc.n > 0 ? (int)doc.n - 1 : 0;
	ui_draw_doc(ui, &doc, inner, ui->abstract_scroll);
	ui_doc_free(&doc);
}

static bool abstract_action(struct ui *ui, enum ui_action a)
{
	int page = ui->lay.pane[UI_PANE_ABSTRACT].h - 1;
	switch (a) {
	case ACT_DOWN:
		ui->abstract_scroll++;
		return true;
	case ACT_UP:
		if (ui->abstract_scroll > 0)
			ui->abstract_scroll--;
		return true;
	case ACT_PAGE_DOWN:
		ui->abstract_scroll += page > 1 ? page : 1;
		return true;
	case ACT_PAGE_UP:
		ui->abstract_scroll -= page > 1 ? page : 1;
		if (ui->abstract_scroll < 0)
			ui->abstract_scroll = 0;
		return true;
	case ACT_FIRST:
		ui->abstract_scroll = 0;
		return true;
	case ACT_LAST:
		ui->abstract_scroll = 1 << 20; /* clamped when drawn */
		return true;
	case ACT_OPEN:
		if (ui_model_detail(&ui->model))
			ui_reader_open(ui);
		return true;
	default:
		return false;
	}
}

static void abstract_click(struct ui *ui, struct ui_rect r, int y, int x)
{
	(void)r;
	(void)y;
	(void)x;
	ui_focus(ui, UI_PANE_ABSTRACT);
}

const struct ui_pane_ops ui_pane_abstract = {
	.name = "abstract",
	.draw = abstract_draw,
	.action = abstract_action,
	.click = abstract_click,
};
