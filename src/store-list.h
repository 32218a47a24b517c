/* store-list.h — what store-list.c and store-facets.c share for running compiled queries. */
#ifndef PB_STORE_LIST_H
#define PB_STORE_LIST_H

#include <stdbool.h>
#include <sqlite3.h>

#include "query-internal.h"

struct store;

/* "SELECT p.id FROM paper AS p WHERE ... ORDER BY ... LIMIT ? OFFSET ?"; with ROWS the list
 * row's columns for the papers of that window (chosen first, in a subquery, so only its rows
 * get their extra columns). Binds: S's values, then limit and offset. */
char *store_list_sql(const struct query_sql *s, struct sort order, bool rows);
/* The plan of a window (store-list.c explains both). */
enum list_plan {
	LIST_PLAN_FILTER, /* the terms as sets, the smallest first, then sorted */
	LIST_PLAN_WALK,   /* the order's index walked, each paper probed */
};
/* The index that gives ORDER without sorting, or NULL. */
const char *store_list_walk_index(struct sort order);
/* Which plan a window of S in ORDER ending at DEPTH tries first; each term that is a set of
 * ids is counted up to store_list_rare_cap. For a walk, *BUDGET_MS (unless NULL) is the CPU
 * time it may take before the other plan is tried. */
enum list_plan store_list_choose(struct store *st, const struct query_sql *s, struct sort order,
				 long long depth, double *budget_ms);
/* The number of matches below which a window ending at DEPTH in a library of PAPERS is
 * cheaper to gather and sort than to walk (never below a few hundred). */
long long store_list_rare_cap(long long papers, long long depth);
/* The walk plan's statement for PROBE (compiled by query_compile_probe); binds as above. */
char *store_list_walk_sql(const struct query_sql *probe, struct sort order, bool rows);
/* The count of S (compiled by query_compile_ids) starting from part DRIVER's set of ids
 * (-1: from every paper). Binds: the driver's values, then the other parts' in order. */
char *store_count_sql(const struct query_sql *s, int driver);
/* What store_count_papers_after (store-watch.h) runs: ?1 the last id counted, ?2 how many. */
extern const char store_count_papers_sql[];
/* Prepares SQL; on failure says so in err (naming the library) and returns NULL. */
sqlite3_stmt *store_list_prepare(struct store *st, const char *sql, struct strbuf *err);
/* Binds every value of S from parameter INDEX on; returns the next free index. */
int store_list_bind(sqlite3_stmt *stmt, const struct query_sql *s, int index);
/* Finalizes STMT; RC is the last sqlite3_step result. False (with a message) unless DONE. */
bool store_list_finish(struct store *st, sqlite3_stmt *stmt, int rc, struct strbuf *err);

#endif
