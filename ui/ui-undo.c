/* ui-undo.c — a short stack of changes to the user's data, reverted through the store. */
#include "ui-undo.h"

#include <stdlib.h>
#include <string.h>

static void step_free(struct ui_undo_step *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].tag);
		free(s->v[i].note);
	}
	free(s->v);
	free(s->what);
	memset(s, 0, sizeof *s);
}

void ui_undo_begin(struct ui_undo *u, const char *what)
{
	if (u->n == UI_UNDO_LEVELS) {
		step_free(&u->steps[0]);
		memmove(u->steps, u->steps + 1, (UI_UNDO_LEVELS - 1) * sizeof *u->steps);
		u->n--;
	}
	memset(&u->steps[u->n], 0, sizeof u->steps[u->n]);
	u->steps[u->n].what = xstrdup(what);
	u->n++;
}

void ui_undo_record(struct ui_undo *u, long long id, enum ui_undo_kind kind, bool was_on,
		    const char *tag, const char *note)
{
	struct ui_undo_step *s;
	if (u->n == 0)
		return;
	s = &u->steps[u->n - 1];
	s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
	s->v[s->n].id = id;
	s->v[s->n].kind = kind;
	s->v[s->n].was_on = was_on;
	s->v[s->n].tag = xstrdup(tag);
	s->v[s->n].note = xstrdup(note);
	s->n++;
}

void ui_undo_end(struct ui_undo *u)
{
	if (u->n > 0 && u->steps[u->n - 1].n == 0)
		step_free(&u->steps[--u->n]);
}

bool ui_undo_revert(struct ui_undo *u, struct store *st, char **what, struct strbuf *err)
{
	struct ui_undo_step *s;
	bool ok = true;
	*what = NULL;
	if (u->n == 0) {
		sb_addf(err, "nothing to undo");
		return false;
	}
	s = &u->steps[u->n - 1];
	/* newest first, so a paper changed twice in one step ends as it began */
	for (size_t i = s->n; i-- > 0;) {
		const struct ui_undo_change *c = &s->v[i];
		bool done = false;
		switch (c->kind) {
		case UNDO_FAVOURITE:
			done = store_favourite_set(st, c->id, c->was_on);
			break;
		case UNDO_READ:
			done = store_read_set(st, c->id, c->was_on);
			break;
		case UNDO_TAG:
			done = store_tag_set(st, c->id, c->tag, c->was_on);
			break;
		case UNDO_NOTE:
			done = store_note_set(st, c->id, c->note);
			break;
		}
		if (!done && ok) {
			sb_addf(err, "cannot undo: %s", store_errmsg(st));
			ok = false;
		}
	}
	*what = xstrdup(s->what);
	step_free(s);
	u->n--;
	return ok;
}

void ui_undo_free(struct ui_undo *u)
{
	for (int i = 0; i < u->n; i++)
		step_free(&u->steps[i]);
	u->n = 0;
}
