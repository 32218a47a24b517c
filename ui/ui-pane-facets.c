/* ui-pane-facets.c — Institutions, Topics and Tags with counts among the papers the filter
 * matches; Enter or a click filters by a value (again: removes it). */
#include "ui-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui-text.h"

enum item_kind {
	ITEM_HEADING = -1,
	ITEM_INST = FACET_INSTITUTION,
	ITEM_TOPIC = FACET_TOPIC,
	ITEM_TAG = FACET_TAG,
	ITEM_FAV = 3,    /* ★ favourites */
	ITEM_UNREAD = 4, /* unread */
};

struct item {
	int kind;         /* enum item_kind */
	const char *name; /* what is shown (and filtered by) */
	long long count;  /* -1: not counted yet */
	bool active;      /* in the filter now */
};

static const char *const headings[3] = {"Institutions", "Topics", "Tags"};

static const struct strlist *picked(const struct ui_filter *f, int kind)
{
	return kind == ITEM_INST ? &f->insts : kind == ITEM_TOPIC ? &f->topics : &f->tags;
}

/* Lines for a pane of height H: each facet gets a fair share of the rows, and what one
 * does not need goes to the others. Returns the number of items in *OUT (malloc'd). */
static size_t build_items(struct ui *ui, int h, struct item **out)
{
	const struct ui_model *m = &ui->model;
	int want[3], give[3] = {0, 0, 0}, avail = h - 3 - 2; /* headings, fav and unread */
	struct item *v = xcalloc((size_t)h + 8, sizeof *v);
	size_t n = 0;
	bool more = true;

	for (int k = 0; k < 3; k++)
		want[k] = (int)m->facets[k].n;
	while (avail > 0 && more) {
		more = false;
		for (int k = 0; k < 3 && avail > 0; k++)
			if (give[k] < want[k]) {
				give[k]++;
				avail--;
				more = true;
			}
	}
	for (int k = 0; k < 3; k++) {
		v[n++] = (struct item){ITEM_HEADING, headings[k], -1, false};
		if (k == FACET_TAG) {
			v[n++] = (struct item){ITEM_FAV, "★ favourites", m->fav_count,
					       m->filter.fav_only};
			v[n++] = (struct item){ITEM_UNREAD, "unread", m->unread_count,
					       m->filter.unread_only};
		}
		for (int i = 0; i < give[k]; i++) {
			const struct facet_count *fc = &m->facets[k].v[i];
			v[n++] = (struct item){k, fc->name, fc->count,
					       strlist_has(picked(&m->filter, k), fc->name)};
		}
	}
	*out = v;
	return n;
}

/* The selectable items are all but the headings; the cursor counts only those. */
static long selectable(const struct item *v, size_t n)
{
	long s = 0;
	for (size_t i = 0; i < n; i++)
		s += v[i].kind != ITEM_HEADING;
	return s;
}

static const struct item *nth_selectable(const struct item *v, size_t n, long k)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].kind != ITEM_HEADING && k-- == 0)
			return &v[i];
	return NULL;
}

/* True while the item's counts are those of an earlier filter. */
static bool stale(const struct ui *ui, int kind)
{
	static const unsigned bits[] = {
		[ITEM_INST] = UI_STALE_INST, [ITEM_TOPIC] = UI_STALE_TOPIC, [ITEM_TAG] = UI_STALE_TAG,
		[ITEM_FAV] = UI_STALE_SPECIAL, [ITEM_UNREAD] = UI_STALE_SPECIAL,
	};
	return kind >= 0 && (ui->model.stale & bits[kind]);
}

static void facets_draw(struct ui *ui, struct ui_rect r, bool focused)
{
	struct item *v;
	size_t n = build_items(ui, r.h, &v);
	long sel = 0, nsel = selectable(v, n);

	if (ui->facet_cursor >= nsel)
		ui->facet_cursor = nsel > 0 ? nsel - 1 : 0;
	ui_draw_title(ui, r.y - 1, r.x + 1, r.w - 2, "Facets", focused);
	for (size_t i = 0; i < n && (int)i < r.h; i++) {
		int y = r.y + (int)i;
		char count[32];
		int cw;
		if (v[i].kind == ITEM_HEADING) {
			ui_draw_text(ui, y, r.x + 1, r.w - 1, UI_EL_FACET_HEADING, v[i].name);
			continue;
		}
		bool cursor = sel++ == ui->facet_cursor && focused;
		enum ui_element name_el = cursor ? UI_EL_CURSOR
					  : v[i].active ? UI_EL_FACET_ACTIVE
							: UI_EL_FACET_NAME;
		if (v[i].count >= 0)
			uitext_thousands(v[i].count, count, sizeof count);
		else
			snprintf(count, sizeof count, "…");
		cw = uitext_width(count);
		if (cursor)
			ui_draw_fill(ui, y, r.x, r.w, UI_EL_CURSOR);
		ui_draw_text(ui, y, r.x + 1, 2, name_el, v[i].active ? "✓" : " ");
		ui_draw_text(ui, y, r.x + 3, r.w - cw - 5, name_el, v[i].name);
		/* counts of an earlier filter stay until recounted, drawn as stale */
		ui_draw_text(ui, y, r.x + r.w - cw - 1, cw,
			     cursor ? UI_EL_CURSOR : stale(ui, v[i].kind) ? UI_EL_META : UI_EL_FACET_COUNT,
			     count);
	}
	free(v);
}

/* Filters by the item under the cursor, or takes it out of the filter when it is in. */
static void facet_toggle(struct ui *ui, const struct item *it)
{
	struct ui_filter f;
	ui_filter_copy(&f, &ui->model.filter);
	switch (it->kind) {
	case ITEM_INST:
		ui_filter_toggle(&f.insts, it->name);
		break;
	case ITEM_TOPIC:
		ui_filter_toggle(&f.topics, it->name);
		break;
	case ITEM_TAG:
		ui_filter_toggle(&f.tags, it->name);
		break;
	case ITEM_FAV:
		f.fav_only = !f.fav_only;
		break;
	case ITEM_UNREAD:
		f.unread_only = !f.unread_only;
		break;
	}
	ui_apply_filter(ui, &f);
	ui_filter_clear(&f);
}

static bool facets_action(struct ui *ui, enum ui_action a)
{
	struct item *v;
	size_t n = build_items(ui, ui->lay.pane[UI_PANE_FACETS].h, &v);
	long nsel = selectable(v, n), page = ui->lay.pane[UI_PANE_FACETS].h / 2;
	bool handled = true;

	switch (a) {
	case ACT_DOWN:
		ui->facet_cursor++;
		break;
	case ACT_UP:
		ui->facet_cursor--;
		break;
	case ACT_PAGE_DOWN:
		ui->facet_cursor += page;
		break;
	case ACT_PAGE_UP:
		ui->facet_cursor -= page;
		break;
	case ACT_FIRST:
		ui->facet_cursor = 0;
		break;
	case ACT_LAST:
		ui->facet_cursor = nsel - 1;
		break;
	case ACT_OPEN: {
		const struct item *it = nth_selectable(v, n, ui->facet_cursor);
		if (it)
			facet_toggle(ui, it);
		break;
	}
	default:
		handled = false;
	}
	if (ui->facet_cursor >= nsel)
		ui->facet_cursor = nsel - 1;
	if (ui->facet_cursor < 0)
		ui->facet_cursor = 0;
	free(v);
	return handled;
}

static void facets_click(struct ui *ui, struct ui_rect r, int y, int x)
{
	struct item *v;
	size_t n = build_items(ui, r.h, &v);
	long sel = 0;
	(void)x;
	for (size_t i = 0; i < n && (int)i <= y; i++) {
		if (v[i].kind == ITEM_HEADING)
			continue;
		if ((int)i == y) {
			ui->facet_cursor = sel;
			facet_toggle(ui, &v[i]);
			break;
		}
		sel++;
	}
	free(v);
}

const struct ui_pane_ops ui_pane_facets = {
	.name = "facets",
	.draw = facets_draw,
	.action = facets_action,
	.click = facets_click,
};
