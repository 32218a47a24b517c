/* temp-library.c — a fresh library in a temporary directory, for unit tests. */
#include "helpers/temp-library.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void temp_library_open(struct temp_library *t)
{
	struct strbuf err = {0};
	const char *tmp = getenv("TMPDIR");
	snprintf(t->dir, sizeof t->dir, "%s/pbstore.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(t->dir)) {
		perror("mkdtemp");
		abort();
	}
	snprintf(t->path, sizeof t->path, "%s/library.db", t->dir);
	t->st = store_open(t->path, STORE_READ_WRITE, &err);
	if (!t->st) {
		fprintf(stderr, "temp_library_open: %s\n", err.s ? err.s : "?");
		abort();
	}
	sb_free(&err);
}

void temp_library_close(struct temp_library *t)
{
	DIR *d;
	struct dirent *e;
	store_close(t->st);
	t->st = NULL;
	d = opendir(t->dir);
	while (d && (e = readdir(d))) {
		char p[600];
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof p, "%s/%s", t->dir, e->d_name);
		unlink(p);
	}
	if (d)
		closedir(d);
	rmdir(t->dir);
}

long long temp_library_int(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	long long v = -1;
	if (sqlite3_prepare_v2(store_sqlite(st), sql, -1, &s, NULL) != SQLITE_OK) {
		fprintf(stderr, "temp_library_int: %s: %s\n", sql, sqlite3_errmsg(store_sqlite(st)));
		return -1;
	}
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

long long temp_library_fts_count(struct store *st, const char *match)
{
	sqlite3_stmt *s;
	long long n = -1;
	if (sqlite3_prepare_v2(store_sqlite(st), "SELECT count(*) FROM paper_fts WHERE paper_fts MATCH ?1",
			       -1, &s, NULL) != SQLITE_OK) {
		fprintf(stderr, "temp_library_fts_count: %s\n", sqlite3_errmsg(store_sqlite(st)));
		return -1;
	}
	sqlite3_bind_text(s, 1, match, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

long long temp_library_problems(struct store *st)
{
	struct strlist problems = {0};
	long long n;
	if (!store_check(st, &problems)) {
		fprintf(stderr, "temp_library_problems: %s\n", store_errmsg(st));
		return -1;
	}
	for (size_t i = 0; i < problems.n; i++)
		fprintf(stderr, "# %s\n", problems.v[i]);
	n = (long long)problems.n;
	strlist_free(&problems);
	return n;
}
