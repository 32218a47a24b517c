/* ui-view-help.c — the `?` screen: the live key table (what the keys do now, after `bind`
 * and `unbind`), grouped as the action table groups them, with the names `bind` takes. */
#include "ui-internal.h"

#include <stdio.h>
#include <string.h>

#include "ui-text.h"

#define KEYS_WIDTH 18 /* the key column */
#define HELP_WIDTH 44 /* the text column */

/* True when saved searches 1-9 are each on their own digit and nothing else, so that the
 * help shows them as one line. */
static bool saved_on_digits(const struct ui_keymap *km)
{
	for (int i = 0; i < UI_SAVED_SEARCHES; i++) {
		struct strbuf k = {0};
		char want[2] = {(char)('1' + i), 0};
		ui_keymap_describe(km, (enum ui_action)(ACT_SAVED_1 + i), &k);
		bool same = k.s && strcmp(k.s, want) == 0;
		sb_free(&k);
		if (!same)
			return false;
	}
	return true;
}

static void help_line(struct ui_doc *d, const char *keys, const char *help, const char *name)
{
	char pad[128];
	snprintf(pad, sizeof pad, "  %-*s", KEYS_WIDTH - 2, keys);
	ui_doc_newline(d);
	ui_doc_span(d, UI_EL_HELP_KEY, pad);
	if (uitext_width(pad) > KEYS_WIDTH) { /* many keys: the text goes below */
		ui_doc_newline(d);
		snprintf(pad, sizeof pad, "%*s", KEYS_WIDTH, "");
		ui_doc_span(d, UI_EL_NORMAL, pad);
	}
	snprintf(pad, sizeof pad, "%-*s  ", HELP_WIDTH, help);
	ui_doc_span(d, UI_EL_NORMAL, pad);
	ui_doc_span(d, UI_EL_META, name);
}

static void build(struct ui *ui, struct ui_doc *d, int width)
{
	struct strbuf keys = {0};
	bool digits = saved_on_digits(&ui->cfg.keymap);

	for (int g = 0; g < GROUP_COUNT; g++) {
		if (g)
			ui_doc_newline(d);
		ui_doc_newline(d);
		ui_doc_span(d, UI_EL_HELP_GROUP, ui_action_group_title((enum ui_action_group)g));
		for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
			if (ui_action_group((enum ui_action)a) != (enum ui_action_group)g)
				continue;
			if (digits && a > ACT_SAVED_1 && a <= ACT_SAVED_9)
				continue;
			if (digits && a == ACT_SAVED_1) {
				help_line(d, "1 … 9", "saved searches 1 to 9", "search-1 … search-9");
				continue;
			}
			sb_clear(&keys);
			ui_keymap_describe(&ui->cfg.keymap, (enum ui_action)a, &keys);
			help_line(d, keys.len ? keys.s : "-", ui_action_help((enum ui_action)a),
				  ui_action_name((enum ui_action)a));
		}
	}
	ui_doc_newline(d);
	ui_doc_newline(d);
	ui_doc_span(d, UI_EL_HELP_GROUP, "Saved searches");
	for (int i = 0; i < UI_SAVED_SEARCHES; i++) {
		char n[16];
		if (!ui->cfg.saved[i])
			continue;
		snprintf(n, sizeof n, "  %d  ", i + 1);
		ui_doc_newline(d);
		ui_doc_span(d, UI_EL_HELP_KEY, n);
		ui_doc_span(d, UI_EL_NORMAL, ui->cfg.saved[i]);
	}
	ui_doc_para(d, UI_EL_META, "(config: search N QUERY)", width, 2);
	ui_doc_newline(d);
	ui_doc_newline(d);
	ui_doc_span(d, UI_EL_HELP_GROUP, "Prompts and pickers");
	ui_doc_para(d, UI_EL_NORMAL,
		    "Enter accepts, Esc cancels, Tab completes, Up/Down recall earlier entries, "
		    "C-u/C-k/C-w erase. In a picker, type to narrow the list, Tab chooses several "
		    "values (they combine with 'or'), Enter filters.",
		    width, 2);
	ui_doc_newline(d);
	ui_doc_span(d, UI_EL_HELP_GROUP, "Config");
	ui_doc_para(d, UI_EL_NORMAL,
		    "In ~/.config/paperboat/config: bind KEY ACTION, unbind KEY, theme NAME, "
		    "set NAME VALUE, search N QUERY. Keys: a character, C-x, F1-F12, Enter, Tab, "
		    "S-Tab, Space, Esc, Backspace, Del, Up, Down, Left, Right, PgUp, PgDn, Home, "
		    "End.",
		    width, 2);
	sb_free(&keys);
}

void ui_help_open(struct ui *ui)
{
	ui_docview_free(&ui->help);
	ui->view = &ui_view_help;
}

static void help_draw(struct ui *ui, struct ui_rect r, bool focused)
{
	struct ui_docview *v = &ui->help;
	struct ui_rect inner = {r.y, r.x + 1, r.h, r.w - 2};
	(void)focused;
	if (v->width != inner.w) {
		ui_doc_free(&v->doc);
		build(ui, &v->doc, inner.w);
		v->width = inner.w;
	}
	ui_draw_title(ui, r.y - 1, r.x + 1, r.w - 2, "Keys", true);
	ui_draw_doc(ui, &v->doc, inner, v->scroll);
}

static bool help_action(struct ui *ui, enum ui_action a)
{
	if (a == ACT_CLOSE || a == ACT_HELP) {
		ui->view = NULL;
		ui_docview_free(&ui->help);
		return true;
	}
	if (ui_docview_move(&ui->help, ui->lay.full.h, a))
		return true;
	return a != ACT_QUIT; /* other keys do nothing here */
}

const struct ui_pane_ops ui_view_help = {
	.name = "help",
	.draw = help_draw,
	.action = help_action,
};
