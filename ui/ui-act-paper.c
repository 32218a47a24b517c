/* ui-act-paper.c — the user's papers: favourite, tags, read marks, notes, marks and undo.
 * Every change is written at once through store_* (visible to the CLI) and can be undone. */
#include "ui-internal.h"

#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "ui-exec.h"

/* The papers an action is about: the one in the full reader, else the marked ones, else the
 * one under the cursor. Returns how many (ids malloc'd). */
static size_t targets(struct ui *ui, long long **ids)
{
	const struct list_row *row;
	*ids = NULL;
	if (ui->view == &ui_view_reader && ui->reader.id) {
		*ids = xmalloc(sizeof **ids);
		(*ids)[0] = ui->reader.id;
		return 1;
	}
	if (ui->model.nmarks) {
		*ids = xmalloc(ui->model.nmarks * sizeof **ids);
		memcpy(*ids, ui->model.marks, ui->model.nmarks * sizeof **ids);
		return ui->model.nmarks;
	}
	row = ui_model_row(&ui->model, ui->model.cursor);
	if (!row)
		return 0;
	*ids = xmalloc(sizeof **ids);
	(*ids)[0] = row->id;
	return 1;
}

/* After a write: what is shown is fetched again. */
static void changed(struct ui *ui)
{
	ui_model_invalidate(&ui->model, UI_STALE_COUNT | UI_STALE_TAG | UI_STALE_SPECIAL);
	if (ui->view == &ui_view_reader)
		ui_reader_reload(ui);
}

static const char *papers_word(size_t n)
{
	return n == 1 ? "paper" : "papers";
}

/* Favourite or read on/off for every target: on, unless every one is on already. */
static void toggle_flag(struct ui *ui, enum ui_undo_kind kind)
{
	long long *ids;
	size_t n = targets(ui, &ids), changes = 0;
	bool *was = xcalloc(n ? n : 1, sizeof *was), all_on = n > 0, on;

	for (size_t i = 0; i < n; i++) {
		struct paper p = {0};
		if (!store_paper_get(ui->st, ids[i], &p))
			continue;
		was[i] = kind == UNDO_FAVOURITE ? p.favourite : p.read;
		all_on = all_on && was[i];
		paper_free(&p);
	}
	on = !all_on;
	ui_undo_begin(&ui->undo, kind == UNDO_FAVOURITE ? (on ? "favourite" : "unfavourite")
							: (on ? "mark read" : "mark unread"));
	for (size_t i = 0; i < n; i++) {
		bool ok;
		if (was[i] == on)
			continue;
		ok = kind == UNDO_FAVOURITE ? store_favourite_set(ui->st, ids[i], on)
					    : store_read_set(ui->st, ids[i], on);
		if (!ok) {
			ui_error(ui, "cannot save: %s", store_errmsg(ui->st));
			break;
		}
		ui_undo_record(&ui->undo, ids[i], kind, was[i], NULL, NULL);
		changes++;
	}
	ui_undo_end(&ui->undo);
	if (n == 0)
		ui_error(ui, "no paper selected");
	else if (!ui->msg_error || !ui->msg)
		ui_message(ui, "%s: %zu %s", kind == UNDO_FAVOURITE ? (on ? "★ favourite" : "unfavourited")
								    : (on ? "read" : "unread"),
			   n, papers_word(n));
	(void)changes;
	changed(ui);
	free(was);
	free(ids);
}

/* Every tag in the library, for completion. */
static void complete_tags(struct ui *ui, const char *word, struct strlist *out)
{
	struct query_error qerr;
	struct query *all = query_parse("", &qerr);
	struct facet_count *v = NULL;
	size_t n = 0;
	struct strbuf err = {0};
	(void)word;
	if (all && store_facets(ui->st, all, FACET_TAG, -1, &v, &n, &err))
		for (size_t i = 0; i < n; i++)
			strlist_add(out, v[i].name);
	facet_counts_free(v, n);
	query_free(all);
	sb_free(&err);
}

/* "+a -b c": adds a and c, removes b, on every target. */
static bool submit_tags(struct ui *ui, const char *text)
{
	struct config_line words = {0};
	struct strbuf err = {0};
	long long *ids;
	size_t n = targets(ui, &ids), added = 0, removed = 0;
	bool ok = true;

	if (!config_split(text, &words, &err)) {
		ui_prompt_error(ui, 0, "%s", err.s);
		sb_free(&err);
		free(ids);
		return false;
	}
	ui_undo_begin(&ui->undo, "tags");
	for (int w = 0; w < words.argc && ok; w++) {
		const char *tag = words.argv[w];
		bool on = tag[0] != '-';
		if (tag[0] == '+' || tag[0] == '-')
			tag++;
		if (!*tag)
			continue;
		for (size_t i = 0; i < n && ok; i++) {
			struct paper p = {0};
			bool had;
			if (!store_paper_get(ui->st, ids[i], &p))
				continue;
			had = strlist_has(&p.tags, tag);
			paper_free(&p);
			if (had == on)
				continue;
			if (!store_tag_set(ui->st, ids[i], tag, on)) {
				ui_prompt_error(ui, 0, "cannot tag: %s", store_errmsg(ui->st));
				ok = false;
				break;
			}
			ui_undo_record(&ui->undo, ids[i], UNDO_TAG, had, tag, NULL);
			if (on)
				added++;
			else
				removed++;
		}
	}
	ui_undo_end(&ui->undo);
	config_line_free(&words);
	sb_free(&err);
	free(ids);
	changed(ui);
	if (ok)
		ui_message(ui, "tags: %zu added, %zu removed", added, removed);
	return ok;
}

static void tag_prompt(struct ui *ui)
{
	long long *ids;
	size_t n = targets(ui, &ids);
	char label[48];
	struct paper p = {0};
	struct strbuf current = {0};

	if (n == 0) {
		ui_error(ui, "no paper selected");
		free(ids);
		return;
	}
	if (n == 1 && store_paper_get(ui->st, ids[0], &p)) {
		for (size_t i = 0; i < p.tags.n; i++)
			sb_addf(&current, "%s%s", i ? " " : "", p.tags.v[i]);
		paper_free(&p);
	}
	snprintf(label, sizeof label, "tags%s (+add -remove): ", n > 1 ? " of marked" : "");
	ui_prompt_open(ui, label, "", submit_tags, complete_tags, NULL);
	if (current.len)
		ui_prompt_error(ui, -1, "now: %s", current.s);
	sb_free(&current);
	free(ids);
}

/* The note of the paper under the cursor (or in the reader), in $EDITOR. */
static void edit_note(struct ui *ui)
{
	const struct list_row *row = ui_model_row(&ui->model, ui->model.cursor);
	long long id = ui->view == &ui_view_reader ? ui->reader.id : row ? row->id : 0;
	struct paper p = {0};
	struct strbuf err = {0};
	char *text = NULL;

	if (!id || !store_paper_get(ui->st, id, &p)) {
		ui_error(ui, "no paper selected");
		return;
	}
	if (!ui_exec_editor(p.note ? p.note : "", &text, &err)) {
		ui_error(ui, "%s", err.s ? err.s : "the editor failed");
	} else if (strcmp(text, p.note ? p.note : "") == 0) {
		ui_message(ui, "note unchanged");
	} else if (!store_note_set(ui->st, id, text)) {
		ui_error(ui, "cannot save the note: %s", store_errmsg(ui->st));
	} else {
		ui_undo_begin(&ui->undo, "note");
		ui_undo_record(&ui->undo, id, UNDO_NOTE, false, NULL, p.note);
		ui_message(ui, *text ? "note saved" : "note removed");
		changed(ui);
	}
	free(text);
	paper_free(&p);
	sb_free(&err);
}

static void undo(struct ui *ui)
{
	struct strbuf err = {0};
	char *what = NULL;
	bool ok = ui_undo_revert(&ui->undo, ui->st, &what, &err);
	if (what)
		changed(ui);
	if (ok)
		ui_message(ui, "undone: %s", what);
	else
		ui_error(ui, "%s", err.s ? err.s : "cannot undo");
	free(what);
	sb_free(&err);
}

bool ui_act_paper(struct ui *ui, enum ui_action a)
{
	switch (a) {
	case ACT_FAVOURITE:
		toggle_flag(ui, UNDO_FAVOURITE);
		return true;
	case ACT_READ:
		toggle_flag(ui, UNDO_READ);
		return true;
	case ACT_TAG:
		tag_prompt(ui);
		return true;
	case ACT_NOTE:
		edit_note(ui);
		return true;
	case ACT_UNMARK_ALL:
		ui_model_clear_marks(&ui->model);
		ui_message(ui, "marks cleared");
		return true;
	case ACT_UNDO:
		undo(ui);
		return true;
	default:
		return false;
	}
}
