/* query-check.h — running a query against a library in a test and writing what came back as
 * text ("3 10 12", "agents=2, rl=1") that a table of expectations can compare.
 * Include after <cmocka.h>; the functions fail the running test on any error. */
#ifndef PB_TEST_QUERY_CHECK_H
#define PB_TEST_QUERY_CHECK_H

#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "store.h"
#include "util.h"

#define BY_SCORE ((struct sort){SORT_SCORE, false})

static inline struct query *check_parse(const char *text)
{
	struct query_error err;
	struct query *q = query_parse(text, &err);
	if (!q)
		fail_msg("%s: column %d: %s", text, err.column, err.msg);
	return q;
}

/* "1 2 3": the ids TEXT matches in ORDER, from OFFSET, at most LIMIT (< 0: all). */
static inline char *check_ids(struct store *st, const char *text, struct sort order,
			      long long offset, long long limit)
{
	struct query *q = check_parse(text);
	struct strbuf err = {0}, out = {0};
	long long *ids;
	size_t n;
	if (!store_list_ids(st, q, order, offset, limit, &ids, &n, &err))
		fail_msg("%s: %s", text, err.s);
	for (size_t i = 0; i < n; i++)
		sb_addf(&out, "%s%lld", i ? " " : "", ids[i]);
	free(ids);
	query_free(q);
	return sb_take(&out);
}

/* The ids TEXT matches in increasing order, checking on the way that no paper comes twice,
 * that every id is in 1..MAX_ID, and that store_count agrees. */
static inline char *check_set(struct store *st, const char *text, long long max_id)
{
	struct query *q = check_parse(text);
	struct strbuf err = {0}, out = {0};
	long long *ids;
	size_t n;
	if (!store_list_ids(st, q, BY_SCORE, 0, -1, &ids, &n, &err))
		fail_msg("%s: %s", text, err.s);
	bool *seen = xcalloc((size_t)max_id + 1, sizeof *seen);
	for (size_t i = 0; i < n; i++) {
		if (ids[i] < 1 || ids[i] > max_id || seen[ids[i]])
			fail_msg("%s: id %lld out of range or twice", text, ids[i]);
		seen[ids[i]] = true;
	}
	for (long long i = 1; i <= max_id; i++)
		if (seen[i])
			sb_addf(&out, "%s%lld", out.len ? " " : "", i);
	long long count = store_count(st, q, &err);
	if (count != (long long)n)
		fail_msg("%s: count %lld, list %zu", text, count, n);
	free(seen);
	free(ids);
	query_free(q);
	return sb_take(&out);
}

/* "name=count, ..." for a facet of the papers TEXT matches. */
static inline char *check_facets(struct store *st, const char *text, enum facet_kind kind,
				 long long limit)
{
	struct query *q = check_parse(text);
	struct strbuf err = {0}, out = {0};
	struct facet_count *v;
	size_t n;
	if (!store_facets(st, q, kind, limit, &v, &n, &err))
		fail_msg("%s: %s", text, err.s);
	for (size_t i = 0; i < n; i++)
		sb_addf(&out, "%s%s=%lld", i ? ", " : "", v[i].name, v[i].count);
	facet_counts_free(v, n);
	query_free(q);
	return sb_take(&out);
}

/* Fails unless TEXT matches exactly the papers WANT ("3 10 12"). */
static inline void check_matches(struct store *st, const char *text, long long max_id,
				 const char *want)
{
	char *got = check_set(st, text, max_id);
	if (strcmp(got, want))
		fail_msg("%s: got [%s], expected [%s]", text, got, want);
	free(got);
}

#endif
