/* store-stats.c — library totals and papers per institution, topic, tag or source. */
#include <stdlib.h>
#include <string.h>

#include "store-internal.h"
#include "store.h"

enum {
	SLOT_TOTALS = STORE_SLOT_STATS,
	SLOT_BY_FIRST, /* + enum stats_by */
};

static const char *const by_names[] = {"none", "institution", "topic", "tag", "source"};

/* The breakdowns; institution, topic and tag use the counts the triggers keep. */
static const char *const by_sql[] = {
	NULL,
	"SELECT name, paper_count FROM institution WHERE paper_count > 0"
	" ORDER BY paper_count DESC, name",
	"SELECT name, paper_count FROM topic WHERE paper_count > 0 ORDER BY paper_count DESC, name",
	"SELECT name, paper_count FROM tag WHERE paper_count > 0 ORDER BY paper_count DESC, name",
	"SELECT s.path, count(DISTINCT ps.paper_id) FROM source s"
	" LEFT JOIN paper_source ps ON ps.source_id = s.id"
	" GROUP BY s.path ORDER BY 2 DESC, s.path",
};

bool stats_by_parse(const char *name, enum stats_by *out)
{
	for (size_t i = 0; name && i < sizeof by_names / sizeof by_names[0]; i++)
		if (strcmp(name, by_names[i]) == 0) {
			*out = (enum stats_by)i;
			return true;
		}
	return false;
}

const char *stats_by_name(enum stats_by by)
{
	return (unsigned)by < sizeof by_names / sizeof by_names[0] ? by_names[by] : "?";
}

static bool totals(struct store *st, struct store_stats *out)
{
	sqlite3_stmt *s = store_stmt(st, SLOT_TOTALS,
				     "SELECT (SELECT count(*) FROM paper),"
				     " (SELECT count(*) FROM paper WHERE abstract IS NOT NULL),"
				     " (SELECT count(*) FROM favourite),"
				     " (SELECT count(*) FROM read_mark),"
				     " (SELECT count(DISTINCT paper_id) FROM paper_tag),"
				     " (SELECT count(DISTINCT path) FROM source)");
	if (!s)
		return false;
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_fail_sql(st, "cannot count the library");
	}
	out->papers = sqlite3_column_int64(s, 0);
	out->with_abstract = sqlite3_column_int64(s, 1);
	out->favourites = sqlite3_column_int64(s, 2);
	out->read = sqlite3_column_int64(s, 3);
	out->tagged = sqlite3_column_int64(s, 4);
	out->sources = sqlite3_column_int64(s, 5);
	sqlite3_reset(s);
	return true;
}

bool store_stats(struct store *st, enum stats_by by, struct store_stats *out)
{
	sqlite3_stmt *s;
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof *out);
	if ((unsigned)by >= sizeof by_sql / sizeof by_sql[0])
		return store_fail(st, "unknown statistics breakdown");
	if (!totals(st, out))
		return false;
	if (by == STATS_NONE)
		return true;
	s = store_stmt(st, SLOT_BY_FIRST + (int)by, by_sql[by]);
	if (!s)
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->v = xrealloc(out->v, cap * sizeof *out->v);
		}
		out->v[out->n].name = store_column_text(s, 0);
		out->v[out->n].count = sqlite3_column_int64(s, 1);
		if (!out->v[out->n].name)
			out->v[out->n].name = xstrdup("");
		out->n++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_stats_free(out);
		return store_fail_sql(st, "cannot count the library");
	}
	return true;
}

void store_stats_free(struct store_stats *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i].name);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}
