/* ui-act-filter.c — the filtering actions: search, typed query, pickers, score, clear,
 * favourites/unread only, saved searches, sort orders. Each builds a filter and hands it to
 * ui_apply_filter, which parses it as query text: one code path with `paperboat list`. */
#include "ui-internal.h"

#include <stdlib.h>
#include <string.h>

bool ui_apply_filter(struct ui *ui, const struct ui_filter *f)
{
	struct query_error qerr = {0};
	if (!ui_model_set_filter(&ui->model, f, &qerr)) {
		if (ui->overlay == &ui_overlay_prompt)
			ui_prompt_error(ui, qerr.column, "%s", qerr.msg);
		else
			ui_error(ui, "query: column %d: %s", qerr.column, qerr.msg);
		return false;
	}
	ui->list_top = 0;
	ui->abstract_scroll = 0;
	return true;
}

static bool submit_search(struct ui *ui, const char *text)
{
	struct ui_filter f;
	bool ok;
	ui_filter_copy(&f, &ui->model.filter);
	free(f.words);
	f.words = str_empty(text) ? NULL : xstrdup(text);
	ok = ui_apply_filter(ui, &f);
	if (!ok)
		ui->prompt.error_col = 0; /* the column is in the whole filter, not these words */
	ui_filter_clear(&f);
	return ok;
}

/* ':' edits the whole filter as text; what is submitted replaces every piece. The error's
 * column is a column of what was typed, since a lone query is kept verbatim. */
static bool submit_query(struct ui *ui, const char *text)
{
	struct ui_filter f = {0};
	bool ok;
	f.query = str_empty(text) ? NULL : xstrdup(text);
	ok = ui_apply_filter(ui, &f);
	ui_filter_clear(&f);
	return ok;
}

static bool submit_score(struct ui *ui, const char *text)
{
	struct ui_filter f;
	struct strbuf err = {0};
	char *piece;
	bool ok;
	if (!ui_filter_score_piece(text, &piece, &err)) {
		ui_prompt_error(ui, 0, "%s", err.s);
		sb_free(&err);
		return false;
	}
	ui_filter_copy(&f, &ui->model.filter);
	free(f.score);
	f.score = piece;
	ok = ui_apply_filter(ui, &f);
	ui_filter_clear(&f);
	return ok;
}

/* What the score prompt starts with: the current bound as it was typed. */
static const char *score_initial(const char *piece)
{
	if (!piece)
		return "";
	if (str_starts(piece, "score>="))
		return piece + 7;
	if (str_starts(piece, "score:"))
		return piece + 6;
	return piece + 5; /* score<=, score> ... as typed */
}

static void saved_search(struct ui *ui, int n)
{
	struct ui_filter f = {0};
	if (!ui->cfg.saved[n - 1]) {
		ui_error(ui, "no saved search %d (add 'search %d QUERY' to the config)", n, n);
		return;
	}
	f.query = xstrdup(ui->cfg.saved[n - 1]);
	if (ui_apply_filter(ui, &f))
		ui_message(ui, "search %d", n);
	ui_filter_clear(&f);
}

static void toggle_flag(struct ui *ui, bool fav)
{
	struct ui_filter f;
	ui_filter_copy(&f, &ui->model.filter);
	if (fav)
		f.fav_only = !f.fav_only;
	else
		f.unread_only = !f.unread_only;
	ui_apply_filter(ui, &f);
	ui_filter_clear(&f);
}

static void sort_next(struct ui *ui, bool reverse)
{
	static const enum sort_key order[] = {SORT_SCORE, SORT_DATE, SORT_TITLE, SORT_ADDED};
	struct sort s = ui->model.sort;
	if (reverse) {
		s.ascending = !s.ascending;
	} else {
		size_t i = 0;
		while (i < 4 && order[i] != s.key)
			i++;
		/* each key starts in its usual direction */
		if (!sort_parse(sort_key_name(order[(i + 1) % 4]), &s))
			return;
	}
	ui_model_set_sort(&ui->model, s);
	ui->list_top = 0;
	ui_message(ui, "sorted by %s, %s", sort_key_name(s.key),
		   s.ascending ? "ascending" : "descending");
}

bool ui_act_filter(struct ui *ui, enum ui_action a)
{
	switch (a) {
	case ACT_SEARCH:
		ui_prompt_open(ui, "search: ", ui->model.filter.words, submit_search, NULL,
			       &ui->hist_search);
		return true;
	case ACT_QUERY:
		ui_prompt_open(ui, "query: ", ui->model.text, submit_query, NULL, &ui->hist_query);
		return true;
	case ACT_PICK_INST:
		ui_picker_open(ui, FACET_INSTITUTION);
		return true;
	case ACT_PICK_TOPIC:
		ui_picker_open(ui, FACET_TOPIC);
		return true;
	case ACT_PICK_TAG:
		ui_picker_open(ui, FACET_TAG);
		return true;
	case ACT_SCORE:
		ui_prompt_open(ui, "score (10, 5..50, ..20): ",
			       score_initial(ui->model.filter.score), submit_score, NULL, NULL);
		return true;
	case ACT_CLEAR: {
		struct ui_filter f = {0};
		if (ui_apply_filter(ui, &f))
			ui_message(ui, "filter cleared");
		return true;
	}
	case ACT_FAV_ONLY:
		toggle_flag(ui, true);
		return true;
	case ACT_UNREAD_ONLY:
		toggle_flag(ui, false);
		return true;
	case ACT_SORT_NEXT:
		sort_next(ui, false);
		return true;
	case ACT_SORT_REVERSE:
		sort_next(ui, true);
		return true;
	case ACT_SAVED_1: case ACT_SAVED_2: case ACT_SAVED_3:
	case ACT_SAVED_4: case ACT_SAVED_5: case ACT_SAVED_6:
	case ACT_SAVED_7: case ACT_SAVED_8: case ACT_SAVED_9:
		saved_search(ui, (int)(a - ACT_SAVED_1) + 1);
		return true;
	default:
		return false;
	}
}
