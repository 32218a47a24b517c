/* query.h — the query language of DESIGN.md §5: one parser for the CLI and the reader,
 * compiled to SQL with every value bound, and run by the store (store-list.c).
 *
 *   query-lex.c      tokens with their columns
 *   query-parse.c    tokens -> tree; errors name the column and what was expected
 *   query-sql.c      tree -> SQL fragment + bound values
 *   store-list.c     runs it: ids/rows in order, counts, facet counts
 */
#ifndef PB_QUERY_H
#define PB_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct store;
struct query; /* a parsed query; opaque */

struct query_error {
	int column;    /* 1-based column of the problem in the query text */
	char msg[256]; /* "expected a number after 'score>='" */
};

/* Parses TEXT (NULL or blank: everything). On error returns NULL and fills err. */
struct query *query_parse(const char *text, struct query_error *err);
void query_free(struct query *q);
/* The query as text that parses back to the same query (for the status line). */
char *query_format(const struct query *q);
/* "paperboat: query: column 7: expected a number after 'score>='" */
void query_error_format(const struct query_error *err, struct strbuf *out);

enum sort_key { SORT_SCORE, SORT_DATE, SORT_TITLE, SORT_ADDED };
struct sort {
	enum sort_key key; /* what to order by */
	bool ascending;    /* false: highest/newest first */
};
/* "score", "date", "title", "added", each optionally ":asc" or ":desc". Default directions:
 * score, date, added descending; title ascending. */
bool sort_parse(const char *text, struct sort *out);
const char *sort_key_name(enum sort_key k);
struct sort sort_default(void); /* score descending */

/* One line of the paper list, as the reader and `list --format table|tsv` draw it. */
struct list_row {
	long long id;     /* library id */
	char *arxiv_id;   /* NULL when unknown */
	bool has_score;   /* false: no score */
	double score;
	char *date;       /* ISO date or NULL */
	char *title;      /* NULL for papers without a title */
	bool favourite;
	bool read;
};
void list_row_free(struct list_row *r);          /* frees one row's members, not r itself */
void list_rows_free(struct list_row *v, size_t n); /* frees N rows and the array */

/* Runs Q in ORDER and returns up to LIMIT rows from OFFSET (limit < 0: all).
 * Returns false on error with a message in err. */
bool store_list_rows(struct store *st, const struct query *q, struct sort order, long long offset,
		     long long limit, struct list_row **rows, size_t *nrows, struct strbuf *err);
/* The same window counted from the list's end: rows [N - FROM_END - LIMIT, N - FROM_END) of
 * the N papers Q matches, in the list's order. Reads the list backwards, so the last screen
 * of a long list costs what the first does. */
bool store_list_rows_end(struct store *st, const struct query *q, struct sort order,
			 long long from_end, long long limit, struct list_row **rows, size_t *nrows,
			 struct strbuf *err);
/* The same, ids only (for show/export/json of many papers). */
bool store_list_ids(struct store *st, const struct query *q, struct sort order, long long offset,
		    long long limit, long long **ids, size_t *nids, struct strbuf *err);
/* Whether store_list_rows gathers the matches of Q and sorts them for a window in ORDER ending
 * at DEPTH (few papers match, or the window is deeper than the order's index is walked), where
 * the other plan walks the order's index and stops when the window is full. */
bool store_list_gathers(struct store *st, const struct query *q, struct sort order,
			long long depth);
/* The rows of the papers IDS (N of them) in that order; an id of no paper is left out. */
bool store_list_rows_of(struct store *st, const long long *ids, size_t n, struct list_row **rows,
			size_t *nrows, struct strbuf *err);
/* How many papers Q matches (-1 on error). */
long long store_count(struct store *st, const struct query *q, struct strbuf *err);

enum facet_kind { FACET_INSTITUTION, FACET_TOPIC, FACET_TAG };
struct facet_count {
	char *name;      /* canonical institution, topic or tag */
	long long count; /* papers among those Q matches */
};
/* The values of one facet among the papers Q matches, most frequent first (limit < 0: all). */
bool store_facets(struct store *st, const struct query *q, enum facet_kind kind, long long limit,
		  struct facet_count **out, size_t *n, struct strbuf *err);
void facet_counts_free(struct facet_count *v, size_t n);

#endif
