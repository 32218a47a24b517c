/* ui-picker.c — the institution/topic/tag picker: every value with its count, narrowed as
 * you type (case- and accent-insensitive), several values chosen with Tab; Enter filters by
 * them, combined with 'or'. */
#include "ui-internal.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "ui-keymap.h"
#include "ui-text.h"

static const char *const titles[3] = {"Institutions", "Topics", "Tags"};

static struct strlist *picks(struct ui_filter *f, enum facet_kind k)
{
	return k == FACET_INSTITUTION ? &f->insts : k == FACET_TOPIC ? &f->topics : &f->tags;
}

void ui_picker_free(struct ui_picker *p)
{
	facet_counts_free(p->all, p->nall);
	for (size_t i = 0; i < p->nall; i++)
		free(p->keys[i]);
	free(p->keys);
	free(p->chosen);
	free(p->shown);
	sb_free(&p->typed);
	memset(p, 0, sizeof *p);
}

/* Keeps the values whose folded name contains what is typed, most frequent first. */
static void narrow(struct ui_picker *p)
{
	char *key = fold_key(p->typed.s ? p->typed.s : "");
	p->nshown = 0;
	for (size_t i = 0; i < p->nall; i++)
		if (!*key || strstr(p->keys[i], key))
			p->shown[p->nshown++] = i;
	free(key);
	p->cursor = 0;
	p->top = 0;
}

void ui_picker_open(struct ui *ui, enum facet_kind kind)
{
	struct ui_picker *p = &ui->picker;
	struct strbuf err = {0};
	struct facet_count *all = NULL;
	size_t n = 0;
	const struct strlist *active = picks(&ui->model.filter, kind);

	ui_close_overlay(ui);
	ui_message(ui, "counting %s…", kind == FACET_INSTITUTION ? "institutions"
					: kind == FACET_TOPIC	 ? "topics"
								 : "tags");
	ui_draw_status(ui);
	refresh();
	if (!ui_model_facet_values(&ui->model, kind, &all, &n, &err)) {
		ui_error(ui, "%s", err.s ? err.s : "cannot count");
		sb_free(&err);
		return;
	}
	sb_free(&err);
	free(ui->msg);
	ui->msg = NULL;
	if (n == 0 && !active->n) {
		facet_counts_free(all, n);
		ui_message(ui, "no %s among these papers", kind == FACET_INSTITUTION ? "institutions"
							    : kind == FACET_TOPIC   ? "topics"
										    : "tags");
		return;
	}
	ui_picker_free(p);
	p->kind = kind;
	p->all = all;
	p->nall = n;
	/* values in the filter stay choosable even when no paper matches them any more */
	for (size_t i = 0; i < active->n; i++) {
		bool found = false;
		for (size_t j = 0; j < p->nall && !found; j++)
			found = strcmp(p->all[j].name, active->v[i]) == 0;
		if (!found) {
			p->all = xrealloc(p->all, (p->nall + 1) * sizeof *p->all);
			p->all[p->nall].name = xstrdup(active->v[i]);
			p->all[p->nall].count = 0;
			p->nall++;
		}
	}
	p->keys = xcalloc(p->nall, sizeof *p->keys);
	p->chosen = xcalloc(p->nall, sizeof *p->chosen);
	p->shown = xcalloc(p->nall, sizeof *p->shown);
	for (size_t i = 0; i < p->nall; i++) {
		p->keys[i] = fold_key(p->all[i].name);
		p->chosen[i] = strlist_has(active, p->all[i].name);
	}
	narrow(p);
	ui->overlay = &ui_overlay_picker;
}

/* The box: most of the screen, centred. */
static struct ui_rect picker_box(const struct ui *ui)
{
	struct ui_rect r;
	r.w = ui->lay.cols - 4 < 72 ? ui->lay.cols - 4 : 72;
	r.h = ui->lay.rows - 4;
	if (r.h > (int)ui->picker.nall + 5)
		r.h = (int)ui->picker.nall + 5;
	if (r.h < 6)
		r.h = ui->lay.rows - 1 < 6 ? ui->lay.rows - 1 : 6;
	r.y = (ui->lay.rows - 1 - r.h) / 2;
	r.x = (ui->lay.cols - r.w) / 2;
	if (r.y < 0)
		r.y = 0;
	if (r.x < 0)
		r.x = 0;
	return r;
}

static int list_height(const struct ui *ui)
{
	int h = picker_box(ui).h - 4; /* border, input line, rule, border */
	return h > 0 ? h : 1;
}

static size_t nchosen(const struct ui_picker *p)
{
	size_t n = 0;
	for (size_t i = 0; i < p->nall; i++)
		n += p->chosen[i];
	return n;
}

static void picker_draw(struct ui *ui, struct ui_rect full, bool focused)
{
	struct ui_picker *p = &ui->picker;
	struct ui_rect r = picker_box(ui);
	struct strbuf b = {0};
	int lh = list_height(ui), iw = r.w - 4;
	(void)full;
	(void)focused;

	if (r.w < 12 || r.h < 5)
		return;
	for (int y = 0; y < r.h; y++)
		ui_draw_fill(ui, r.y + y, r.x, r.w, UI_EL_PICKER);
	attrset(ui->attr[UI_EL_BORDER] | A_NORMAL);
	mvhline(r.y, r.x + 1, ACS_HLINE, r.w - 2);
	mvhline(r.y + r.h - 1, r.x + 1, ACS_HLINE, r.w - 2);
	mvhline(r.y + 2, r.x + 1, ACS_HLINE, r.w - 2);
	mvvline(r.y + 1, r.x, ACS_VLINE, r.h - 2);
	mvvline(r.y + 1, r.x + r.w - 1, ACS_VLINE, r.h - 2);
	mvaddch(r.y, r.x, ACS_ULCORNER);
	mvaddch(r.y, r.x + r.w - 1, ACS_URCORNER);
	mvaddch(r.y + r.h - 1, r.x, ACS_LLCORNER);
	mvaddch(r.y + r.h - 1, r.x + r.w - 1, ACS_LRCORNER);
	mvaddch(r.y + 2, r.x, ACS_LTEE);
	mvaddch(r.y + 2, r.x + r.w - 1, ACS_RTEE);

	sb_addf(&b, "%s · %zu of %zu", titles[p->kind], p->nshown, p->nall);
	if (nchosen(p))
		sb_addf(&b, " · %zu chosen", nchosen(p));
	ui_draw_title(ui, r.y, r.x + 1, r.w - 2, b.s, true);
	ui_draw_text(ui, r.y + r.h - 1, r.x + 2, r.w - 4, UI_EL_PANE_TITLE,
		     " Tab choose · Enter filter · Esc cancel ");

	int used = ui_draw_text(ui, r.y + 1, r.x + 2, 2, UI_EL_PROMPT, "› ");
	int tw = ui_draw_text(ui, r.y + 1, r.x + 2 + used, iw - used, UI_EL_PICKER,
			      p->typed.s ? p->typed.s : "");

	if (p->cursor < p->top)
		p->top = p->cursor;
	if (p->cursor >= p->top + lh)
		p->top = p->cursor - lh + 1;
	for (int i = 0; i < lh; i++) {
		long k = p->top + i;
		int y = r.y + 3 + i;
		char count[32];
		if (k >= (long)p->nshown)
			break;
		size_t v = p->shown[k];
		bool cur = k == p->cursor;
		enum ui_element el = cur ? UI_EL_CURSOR
				     : p->chosen[v] ? UI_EL_PICKER_CHOSEN
						    : UI_EL_PICKER;
		uitext_thousands(p->all[v].count, count, sizeof count);
		int cw = uitext_width(count);
		if (cur)
			ui_draw_fill(ui, y, r.x + 1, r.w - 2, UI_EL_CURSOR);
		ui_draw_text(ui, y, r.x + 2, 4, el, p->chosen[v] ? "[x]" : "[ ]");
		ui_draw_text(ui, y, r.x + 6, iw - cw - 6, el, p->all[v].name);
		ui_draw_text(ui, y, r.x + r.w - 2 - cw, cw, cur ? UI_EL_CURSOR : UI_EL_FACET_COUNT,
			     count);
	}
	if (p->nshown == 0)
		ui_draw_text(ui, r.y + 3, r.x + 2, iw, UI_EL_META, "nothing matches");
	sb_free(&b);
	move(r.y + 1, r.x + 2 + used + tw);
	curs_set(1);
}

/* Enter: the chosen values, or else the one under the cursor, become the facet's filter. */
static void apply(struct ui *ui)
{
	struct ui_picker *p = &ui->picker;
	struct ui_filter f;
	struct strlist *l;
	size_t n = nchosen(p);

	if (n == 0 && p->nshown == 0) {
		ui_close_overlay(ui);
		return;
	}
	ui_filter_copy(&f, &ui->model.filter);
	l = picks(&f, p->kind);
	strlist_free(l);
	if (n) {
		for (size_t i = 0; i < p->nall; i++)
			if (p->chosen[i])
				strlist_add(l, p->all[i].name);
	} else {
		strlist_add(l, p->all[p->shown[p->cursor]].name);
	}
	ui_close_overlay(ui);
	ui_apply_filter(ui, &f);
	ui_filter_clear(&f);
}

static void toggle(struct ui_picker *p)
{
	if (p->cursor < (long)p->nshown) {
		size_t v = p->shown[p->cursor];
		p->chosen[v] = !p->chosen[v];
	}
}

static bool picker_key(struct ui *ui, int key)
{
	struct ui_picker *p = &ui->picker;
	long page = list_height(ui);

	switch (key) {
	case UI_KEY_ENTER:
		apply(ui);
		return true;
	case UI_KEY_ESC:
	case 7: /* C-g */
		ui_close_overlay(ui);
		return true;
	case UI_KEY_TAB:
		toggle(p);
		p->cursor++;
		break;
	case UI_KEY_FN | KEY_BTAB:
		toggle(p);
		p->cursor--;
		break;
	case UI_KEY_FN | KEY_DOWN:
	case 14: /* C-n */
		p->cursor++;
		break;
	case UI_KEY_FN | KEY_UP:
	case 16: /* C-p */
		p->cursor--;
		break;
	case UI_KEY_FN | KEY_NPAGE:
		p->cursor += page;
		break;
	case UI_KEY_FN | KEY_PPAGE:
		p->cursor -= page;
		break;
	case UI_KEY_FN | KEY_HOME:
		p->cursor = 0;
		break;
	case UI_KEY_FN | KEY_END:
		p->cursor = (long)p->nshown - 1;
		break;
	case UI_KEY_FN | KEY_BACKSPACE:
		/* drop the last character, not the last byte */
		while (p->typed.len > 0 && (p->typed.s[p->typed.len - 1] & 0xC0) == 0x80)
			p->typed.len--;
		if (p->typed.len > 0)
			p->typed.len--;
		if (p->typed.s)
			p->typed.s[p->typed.len] = '\0';
		narrow(p);
		break;
	case 21: /* C-u */
		sb_clear(&p->typed);
		narrow(p);
		break;
	default:
		if (key >= 0x20 && !(key & UI_KEY_FN) && key != 0x7F && key <= 0x10FFFF) {
			uitext_add_cp(&p->typed, (uint32_t)key);
			narrow(p);
		}
	}
	if (p->cursor >= (long)p->nshown)
		p->cursor = (long)p->nshown - 1;
	if (p->cursor < 0)
		p->cursor = 0;
	return true;
}

static void picker_click(struct ui *ui, struct ui_rect full, int y, int x)
{
	struct ui_picker *p = &ui->picker;
	struct ui_rect r = picker_box(ui);
	long k;
	(void)full;
	/* y and x are screen coordinates here: the picker floats over everything */
	if (y < r.y + 3 || y >= r.y + r.h - 1 || x < r.x || x >= r.x + r.w)
		return;
	k = p->top + (y - r.y - 3);
	if (k < (long)p->nshown) {
		p->cursor = k;
		toggle(p);
	}
}

static void picker_close(struct ui *ui)
{
	ui_picker_free(&ui->picker);
}

const struct ui_pane_ops ui_overlay_picker = {
	.name = "picker",
	.draw = picker_draw,
	.key = picker_key,
	.click = picker_click,
	.close = picker_close,
};
