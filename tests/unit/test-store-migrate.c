/* test-store-migrate.c — a library made at schema version 1 opens under the current version
 * with every row kept and the new counts right; newer libraries are refused untouched. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedup.h"
#include "helpers/temp-library.h"
#include "store-schema.h"
#include "store.h"

#define TITLE "Planning Agents with Learned World Models"
#define ABSTRACT                                                                                 \
	"We train language agents that plan with a learned world model and show that planning "    \
	"depth, not model size, explains most of the gains on long-horizon household tasks."

static char dir[256], path[300];

static int setup(void **state)
{
	const char *tmp = getenv("TMPDIR");
	(void)state;
	snprintf(dir, sizeof dir, "%s/pbmig.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/v1.db", dir);
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void exec_ok(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fprintf(stderr, "# %s\n# %s\n", sql, msg);
	assert_null(msg);
}

/* A version-1 library as paperboat 1 wrote it, with rows in every table. */
static void make_v1(void)
{
	sqlite3 *db;
	char *key = dedup_title_key(TITLE), *fp = dedup_abstract_fp(ABSTRACT), *sql;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	exec_ok(db, "PRAGMA foreign_keys = ON");
	exec_ok(db, store_migrations[0]);
	exec_ok(db, "PRAGMA application_id = 1346524209; PRAGMA user_version = 1");
	sql = sqlite3_mprintf(
		"INSERT INTO paper (id, arxiv_id, title, title_key, abstract, abstract_fp, date, year,"
		" url, score, author_count, authors, institutions, added_at, updated_at) VALUES"
		" (1, '2501.01111', %Q, %Q, %Q, %Q, '2025-01-15', 2025,"
		" 'https://arxiv.org/abs/2501.01111', 45, 2, 'Ann Lee, Bo Chen',"
		" 'Tsinghua University, THU, MIT', 100, 100),"
		" (2, NULL, NULL, NULL, NULL, NULL, '2024', 2024, NULL, NULL, NULL, NULL,"
		" 'Tsinghua University, THU', 200, 200);",
		TITLE, key, ABSTRACT, fp);
	exec_ok(db, sql);
	sqlite3_free(sql);
	exec_ok(db,
		"UPDATE paper SET doi = '10.5555/v1' WHERE id = 2;"
		"INSERT INTO author (paper_id, pos, name) VALUES (1, 0, 'Ann Lee'), (1, 1, 'Bo Chen');"
		"INSERT INTO institution (id, name, key) VALUES (1, 'Tsinghua University',"
		" 'tsinghua university'), (2, 'MIT', 'mit');"
		"INSERT INTO institution_alias (alias, institution_id, key) VALUES ('THU', 1, 'thu');"
		"INSERT INTO paper_institution (paper_id, institution_id, pos, is_primary) VALUES"
		" (1, 1, 0, 1), (1, 2, 1, 0), (2, 1, 0, 0);"
		"INSERT INTO topic (id, name, key) VALUES (1, 'cs.LG', 'cs.lg'), (2, 'agents', 'agents');"
		"INSERT INTO paper_topic (paper_id, topic_id, origin) VALUES (1, 1, 1), (1, 2, 3),"
		" (2, 2, 3);"
		"INSERT INTO review (paper_id, section, text) VALUES (1, 'tldr', 'Plans help.');"
		"INSERT INTO link (paper_id, kind, url) VALUES (1, 'code', 'https://github.com/a/b');"
		"INSERT INTO source (id, path, hash, adapter, ingested_at) VALUES"
		" (1, '/pages/list.html', 'abc', 'arxiv', 100);"
		"INSERT INTO paper_source (paper_id, source_id) VALUES (1, 1), (2, 1);"
		"INSERT INTO tag (id, name) VALUES (1, 'toread'), (2, 'unused');"
		"INSERT INTO paper_tag (paper_id, tag_id, added_at) VALUES (1, 1, 150), (2, 1, 250);"
		"INSERT INTO favourite (paper_id, added_at) VALUES (1, 160);"
		"INSERT INTO read_mark (paper_id, read_at) VALUES (2, 260);"
		"INSERT INTO note (paper_id, text, updated_at) VALUES (1, 'Check the appendix.', 170);");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	free(key);
	free(fp);
}

/* Every table of version 1, in name order. */
static const char *const v1_tables[] = {
	"author", "favourite", "institution", "institution_alias", "link", "note", "paper",
	"paper_institution", "paper_source", "paper_tag", "paper_topic", "read_mark", "review",
	"source", "tag", "topic",
};
#define NTABLES (sizeof v1_tables / sizeof v1_tables[0])

/* "table=rows" for every table of version 1. */
static char *row_counts(sqlite3 *db)
{
	struct strbuf b = {0};
	for (size_t i = 0; i < NTABLES; i++) {
		char *sql = xasprintf("SELECT count(*) FROM %s", v1_tables[i]);
		sqlite3_stmt *s;
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		sb_addf(&b, "%s=%lld ", v1_tables[i], sqlite3_column_int64(s, 0));
		sqlite3_finalize(s);
		free(sql);
	}
	return sb_take(&b);
}

/* Every row of every version-1 table, in the columns version 1 had (COLS, from that library),
 * as text. */
static char *contents(sqlite3 *db, const struct strlist *cols)
{
	struct strbuf b = {0};
	for (size_t i = 0; i < NTABLES; i++) {
		char *sql = xasprintf("SELECT %s FROM %s ORDER BY 1", cols->v[i], v1_tables[i]);
		sqlite3_stmt *s;
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
		sb_addf(&b, "%s:\n", v1_tables[i]);
		while (sqlite3_step(s) == SQLITE_ROW)
			sb_addf(&b, "  %s\n", (const char *)sqlite3_column_text(s, 0));
		sqlite3_finalize(s);
		free(sql);
	}
	return sb_take(&b);
}

/* For each table of contents(), "quote(a) || '|' || quote(b) ..." over its columns in DB. */
static void v1_columns(sqlite3 *db, struct strlist *cols)
{
	for (size_t i = 0; i < NTABLES; i++) {
		struct strbuf b = {0};
		sqlite3_stmt *s;
		char *sql = xasprintf("SELECT name FROM pragma_table_info('%s') ORDER BY name",
				      v1_tables[i]);
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
		while (sqlite3_step(s) == SQLITE_ROW)
			sb_addf(&b, "%squote(%s)", b.len ? " || '|' || " : "",
				(const char *)sqlite3_column_text(s, 0));
		sqlite3_finalize(s);
		free(sql);
		assert_true(b.len > 0);
		strlist_take(cols, sb_take(&b));
	}
}

static void test_v1_to_current(void **state)
{
	struct strbuf err = {0};
	struct strlist problems = {0};
	struct store *st;
	struct paper p;
	sqlite3 *db;
	char *before, *after, *rows_before, *rows_after;
	struct strlist cols = {0};
	(void)state;

	make_v1();
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	before = row_counts(db);
	v1_columns(db, &cols);
	rows_before = contents(db, &cols);
	sqlite3_close(db);
	/* every table has rows, so the comparison below means something */
	assert_null(strstr(before, "=0 "));

	st = store_open(path, STORE_READ_WRITE, &err);
	if (!st)
		fprintf(stderr, "# %s\n", err.s);
	assert_non_null(st);
	assert_int_equal(temp_library_int(st, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	after = row_counts(store_sqlite(st));
	assert_string_equal(after, before);
	/* not just as many rows: the same rows, every column version 1 had */
	rows_after = contents(store_sqlite(st), &cols);
	assert_string_equal(rows_after, rows_before);
	assert_non_null(strstr(rows_after, "'Check the appendix.'"));
	/* the full-text index made by version 1 still finds the paper */
	assert_int_equal(temp_library_int(st, "SELECT rowid FROM paper_fts WHERE paper_fts MATCH"
					      " 'household'"),
			 1);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper_fts WHERE paper_fts"
					      " MATCH 'tsinghua'"),
			 2);

	/* the counts version 2 added, backfilled */
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution WHERE id = 1"), 2);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution WHERE id = 2"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM topic WHERE name = 'agents'"),
			 2);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM topic WHERE name = 'cs.LG'"),
			 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'toread'"), 2);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'unused'"), 0);

	/* the order indexes version 5 widened: each still lists every paper */
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM pragma_index_info('paper_score')"), 3);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM pragma_index_info('paper_date')"), 3);
	assert_int_equal(temp_library_int(st, "SELECT name = 'date' FROM pragma_index_info('paper_score') WHERE seqno = 2"
					      ""), 1);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper INDEXED BY paper_score"),
			 temp_library_int(st, "SELECT count(*) FROM paper"));
	/* version 6: the sort keys by id hold every paper; the year index is gone */
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper INDEXED BY paper_sort_keys"),
			 temp_library_int(st, "SELECT count(*) FROM paper"));
	assert_int_equal(temp_library_int(st, "SELECT group_concat(name, ' ') = 'id score date'"
					      " FROM pragma_index_info('paper_sort_keys')"), 1);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM sqlite_master WHERE name = 'paper_year'"),
			 0);
	/* and the scores by id of the papers that have one */
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper INDEXED BY paper_scored"
					      " WHERE score IS NOT NULL"),
			 temp_library_int(st, "SELECT count(*) FROM paper WHERE score IS NOT NULL"));

	/* the papers read back in full */
	assert_true(store_paper_get(st, 1, &p));
	assert_string_equal(p.title, TITLE);
	assert_string_equal(p.authors.v[1], "Bo Chen");
	assert_true(p.primary_known);
	assert_string_equal(p.institutions.v[0], "Tsinghua University");
	assert_string_equal(p.reviews[REVIEW_TLDR], "Plans help.");
	assert_true(p.favourite);
	assert_string_equal(p.note, "Check the appendix.");
	assert_int_equal(p.tags.n, 1);
	assert_string_equal(p.sources.v[0], "/pages/list.html");
	assert_int_equal(p.added_at, 100);
	/* version 1 kept no topic order: the arXiv category is taken as primary, so it leads */
	assert_int_equal(p.ntopics, 2);
	assert_string_equal(p.topics[0].name, "cs.LG");
	assert_string_equal(p.topics[1].name, "agents");
	assert_int_equal(p.nlinks, 1);
	assert_string_equal(p.links[0].url, "https://github.com/a/b");
	paper_free(&p);
	assert_true(store_paper_get(st, 2, &p));
	assert_true(p.read);
	assert_string_equal(p.doi, "10.5555/v1");
	paper_free(&p);

	/* the library is sound; the store keeps the counts from now on, and the triggers do
	 * for another writer (here a connection of its own, as the sqlite3 shell would be) */
	assert_true(store_check(st, &problems));
	for (size_t i = 0; i < problems.n; i++)
		fprintf(stderr, "# %s\n", problems.v[i]);
	assert_int_equal(problems.n, 0);
	assert_true(store_tag_set(st, 1, "unused", true));
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'unused'"), 1);
	assert_true(store_tag_set(st, 2, "toread", false));
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'toread'"), 1);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys = ON; DELETE FROM paper WHERE id = 1",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution WHERE id = 1"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM topic WHERE name = 'cs.LG'"),
			 0);
	assert_true(store_check(st, &problems));
	assert_int_equal(problems.n, 0);
	store_close(st);
	free(before);
	free(after);
	free(rows_before);
	free(rows_after);
	strlist_free(&cols);
}

static void test_v1_read_only_refused(void **state)
{
	struct strbuf err = {0};
	(void)state;
	make_v1();
	assert_null(store_open(path, STORE_READ_ONLY, &err));
	assert_non_null(strstr(err.s, "needs an update"));
	sb_free(&err);
	/* still version 1 */
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 1);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

static void test_newer_refused(void **state)
{
	struct strbuf err = {0};
	struct store *st;
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	FILE *f;
	char before[8192], after[8192], *newer, *want;
	size_t n1, n2;
	(void)state;

	st = store_open(path, STORE_READ_WRITE, &err);
	assert_non_null(st);
	newer = xasprintf("PRAGMA user_version = %d", STORE_SCHEMA_VERSION + 1);
	want = xasprintf("library version %d", STORE_SCHEMA_VERSION + 1);
	assert_int_equal(sqlite3_exec(store_sqlite(st), newer, NULL, NULL, NULL), SQLITE_OK);
	store_close(st); /* the last connection: WAL checkpointed and removed */
	assert_int_not_equal(access(wal, F_OK), 0);

	f = fopen(path, "rb");
	n1 = fread(before, 1, sizeof before, f);
	fclose(f);
	for (int mode = 0; mode < 2; mode++) {
		assert_null(store_open(path, mode ? STORE_READ_ONLY : STORE_READ_WRITE, &err));
		assert_non_null(strstr(err.s, "newer paperboat"));
		assert_non_null(strstr(err.s, want));
		sb_free(&err);
	}
	f = fopen(path, "rb");
	n2 = fread(after, 1, sizeof after, f);
	fclose(f);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	assert_int_not_equal(access(wal, F_OK), 0);
	assert_int_not_equal(access(shm, F_OK), 0);
	free(wal);
	free(shm);
	free(newer);
	free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_v1_to_current, setup, teardown),
		cmocka_unit_test_setup_teardown(test_v1_read_only_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_refused, setup, teardown),
	};
	return cmocka_run_group_tests_name("store-migrate", tests, NULL, NULL);
}
