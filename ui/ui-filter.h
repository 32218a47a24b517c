/* ui-filter.h — the reader's filter as pieces (picked institutions, topics, a score, words...)
 * turned into query text. The text is what the status line shows and what query_parse reads:
 * the reader and `paperboat list QUERY` share one code path. No curses here. */
#ifndef PB_UI_FILTER_H
#define PB_UI_FILTER_H

#include <stdbool.h>

#include "query.h"
#include "util.h"

struct ui_filter {
	char *query;           /* typed with ':' (the whole filter, edited), NULL: none */
	char *words;           /* full-text search from '/', NULL: none */
	struct strlist insts;  /* picked institutions: (inst:a or inst:b) */
	struct strlist topics; /* picked topics */
	struct strlist tags;   /* picked tags */
	char *score;           /* "score>=10" or "score:5..50", NULL: none */
	bool fav_only;         /* fav */
	bool unread_only;      /* unread */
};

void ui_filter_clear(struct ui_filter *f);
void ui_filter_copy(struct ui_filter *dst, const struct ui_filter *src);
bool ui_filter_empty(const struct ui_filter *f);

/* The filter as query text ("" when empty). */
void ui_filter_text(const struct ui_filter *f, struct strbuf *out);

/* Appends VALUE to OUT as the query language reads one value: bare when it is a plain word,
 * else in double quotes (the language has no escapes: double quotes inside are left out). */
void ui_filter_quote(const char *value, struct strbuf *out);

/* What `s` takes: "10" (at least 10), "5..50", "..50", ">=10", "<5"... Sets *piece to the
 * query piece (malloc'd, NULL for blank input meaning "no score filter"). False with a message
 * when the input is not a score. */
bool ui_filter_score_piece(const char *input, char **piece, struct strbuf *err);

/* Adds NAME to the list when absent, removes it when present (facet Enter, picker). */
void ui_filter_toggle(struct strlist *l, const char *name);

#endif
