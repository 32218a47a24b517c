/* test-store-open.c — opening libraries: creation, modes, WAL, the default path, and files
 * that are not libraries (refused with a clear message and left byte-for-byte unchanged). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "helpers/paper-spec.h"
#include "helpers/temp-library.h"
#include "store.h"

static char dir[256];

static int setup(void **state)
{
	const char *tmp = getenv("TMPDIR");
	(void)state;
	snprintf(dir, sizeof dir, "%s/pbopen.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[300];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static char *in_dir(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static bool exists(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0;
}

static void write_file(const char *path, const void *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	fclose(f);
}

static char *read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = malloc(1 << 16);
	assert_non_null(f);
	*n = fread(buf, 1, 1 << 16, f);
	fclose(f);
	return buf;
}

static long long pragma(struct store *st, const char *sql)
{
	return temp_library_int(st, sql);
}

static void test_create(void **state)
{
	char *path = in_dir("a/b/library.db");
	struct strbuf err = {0};
	struct store *st;
	sqlite3_stmt *s;
	(void)state;

	st = store_open(path, STORE_READ_WRITE, &err);
	assert_non_null(st);
	assert_string_equal(store_path(st), path);
	assert_int_equal(pragma(st, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(pragma(st, "PRAGMA application_id"), 0x50425431);
	assert_int_equal(pragma(st, "PRAGMA foreign_keys"), 1);
	assert_int_equal(sqlite3_prepare_v2(store_sqlite(st), "PRAGMA journal_mode", -1, &s, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	assert_int_equal(store_paper_total(st), 0);
	store_close(st);

	/* opening again changes nothing and keeps what was there */
	st = store_open(path, STORE_READ_WRITE, &err);
	assert_non_null(st);
	assert_int_equal(pragma(st, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	store_close(st);
	assert_null(err.s);
	free(path);
}

/* A path that needs escaping in an SQLite URI still opens, twice (create, then identify). */
static void test_odd_path(void **state)
{
	char *path = in_dir("odd dir/lib ?#%&=.db");
	struct strbuf err = {0};
	struct store *st;
	(void)state;
	for (int i = 0; i < 2; i++) {
		st = store_open(path, STORE_READ_WRITE, &err);
		assert_non_null(st);
		assert_int_equal(pragma(st, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
		store_close(st);
	}
	st = store_open(path, STORE_READ_ONLY, &err);
	assert_non_null(st);
	store_close(st);
	free(path);
}

static void test_empty_file_becomes_library(void **state)
{
	char *path = in_dir("empty.db");
	struct strbuf err = {0};
	struct store *st;
	(void)state;
	write_file(path, "", 0);
	/* read-only, it is an empty library (a run killed before its first write), not an old one */
	assert_null(store_open(path, STORE_READ_ONLY, &err));
	assert_non_null(strstr(err.s, path));
	assert_non_null(strstr(err.s, "the library is empty"));
	assert_null(strstr(err.s, "update"));
	sb_free(&err);
	st = store_open(path, STORE_READ_WRITE, &err);
	assert_non_null(st);
	assert_int_equal(pragma(st, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	store_close(st);
	free(path);
}

static void test_read_only(void **state)
{
	char *missing = in_dir("missing.db");
	char *path = in_dir("lib.db");
	struct strbuf err = {0};
	struct store *st;
	struct paper_spec spec = {.title = "A Paper Put Before Going Read Only"};
	struct paper p;
	(void)state;

	assert_null(store_open(missing, STORE_READ_ONLY, &err));
	assert_non_null(strstr(err.s, "no such library"));
	assert_non_null(strstr(err.s, missing));
	assert_false(exists(missing));
	sb_free(&err);

	st = store_open(path, STORE_READ_WRITE, &err);
	paper_from_spec(&p, &spec);
	assert_true(store_paper_put(st, &p, 0, NULL, NULL));
	store_close(st);

	st = store_open(path, STORE_READ_ONLY, &err);
	assert_non_null(st);
	assert_int_equal(store_paper_total(st), 1);
	assert_false(store_paper_put(st, &p, 0, NULL, NULL));
	assert_non_null(strstr(store_errmsg(st), "read-only"));
	assert_false(store_begin(st));
	assert_int_equal(store_paper_total(st), 1);
	store_close(st);
	paper_free(&p);
	free(missing);
	free(path);
}

/* Refused files: the message names the file and says what is wrong; nothing is written,
 * not even a -wal, -shm or -journal file beside it. */
static void refused(const char *name, const void *data, size_t n, const char *msg)
{
	char *path = in_dir(name);
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	char *journal = xasprintf("%s-journal", path);
	struct strbuf err = {0};
	struct stat before, after;
	size_t len;
	char *back;

	if (data)
		write_file(path, data, n);
	assert_int_equal(stat(path, &before), 0);
	for (int mode = 0; mode < 2; mode++) {
		assert_null(store_open(path, mode ? STORE_READ_ONLY : STORE_READ_WRITE, &err));
		assert_non_null(err.s);
		assert_non_null(strstr(err.s, path));
		if (!strstr(err.s, msg))
			fprintf(stderr, "# %s: got '%s'\n", name, err.s);
		assert_non_null(strstr(err.s, msg));
		sb_free(&err);
	}
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(after.st_size, before.st_size);
	assert_int_equal(after.st_mtime, before.st_mtime);
	if (data) {
		back = read_file(path, &len);
		assert_int_equal(len, n);
		assert_memory_equal(back, data, n);
		free(back);
	}
	assert_false(exists(wal));
	assert_false(exists(shm));
	assert_false(exists(journal));
	free(path);
	free(wal);
	free(shm);
	free(journal);
}

static void test_not_a_library(void **state)
{
	static const char text[] = "title,abstract\nA paper,Some text\n";
	static const unsigned char jpeg[] = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F',
					     0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
					     0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06};
	char *dirpath = in_dir("adir");
	(void)state;

	refused("notes.txt", text, sizeof text - 1, "not a paperboat library");
	refused("photo.jpg", jpeg, sizeof jpeg, "not a paperboat library");
	/* a file that starts like SQLite but is cut short */
	refused("short.db", "SQLite format 3", 16, "damaged");
	assert_int_equal(mkdir(dirpath, 0700), 0);
	refused("adir", NULL, 0, "is a directory");
	free(dirpath);
}

/* Writes an SQLite database with the given pragmas and one table, closed cleanly. */
static void make_db(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

static char *slurp(const char *path, size_t *n)
{
	return read_file(path, n);
}

static void test_other_sqlite(void **state)
{
	char *other = in_dir("firefox.sqlite");
	char *newer = in_dir("newer.db");
	char *data;
	size_t n;
	(void)state;

	make_db(other, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
		       "INSERT INTO moz_places (url) VALUES ('https://example.org');");
	data = slurp(other, &n);
	refused("firefox.sqlite", data, n, "an SQLite database of something else");
	free(data);

	/* another application's database in WAL mode: identifying it must not create -wal/-shm */
	free(other);
	other = in_dir("wal.sqlite");
	make_db(other, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
	data = slurp(other, &n);
	refused("wal.sqlite", data, n, "an SQLite database of something else");
	free(data);

	make_db(newer, "PRAGMA application_id = 1346524209; PRAGMA user_version = 99;"
		       "CREATE TABLE paper (id INTEGER PRIMARY KEY);");
	data = slurp(newer, &n);
	refused("newer.db", data, n, "newer paperboat");
	free(data);
	free(other);
	free(newer);
}

static void test_default_path(void **state)
{
	char *p;
	(void)state;
	setenv("PAPERBOAT_DB", "/x/lib.db", 1);
	p = store_default_path();
	assert_string_equal(p, "/x/lib.db");
	free(p);
	unsetenv("PAPERBOAT_DB");
	setenv("XDG_DATA_HOME", "/data", 1);
	p = store_default_path();
	assert_string_equal(p, "/data/paperboat/library.db");
	free(p);
	setenv("XDG_DATA_HOME", "relative", 1); /* not absolute: ignored, as the spec says */
	setenv("HOME", "/home/u", 1);
	p = store_default_path();
	assert_string_equal(p, "/home/u/.local/share/paperboat/library.db");
	free(p);
	unsetenv("XDG_DATA_HOME");
	p = store_default_path();
	assert_string_equal(p, "/home/u/.local/share/paperboat/library.db");
	free(p);
}

/* WAL: a reader keeps its snapshot while another connection writes. */
static void test_reader_and_writer(void **state)
{
	char *path = in_dir("shared.db");
	struct strbuf err = {0};
	struct store *w = store_open(path, STORE_READ_WRITE, &err);
	struct store *r = store_open(path, STORE_READ_ONLY, &err);
	struct paper_spec spec = {.title = "Written While Someone Reads"};
	struct paper p;
	(void)state;

	assert_non_null(w);
	assert_non_null(r);
	assert_true(store_begin(w));
	paper_from_spec(&p, &spec);
	assert_true(store_paper_put(w, &p, 0, NULL, NULL));
	paper_free(&p);
	assert_int_equal(store_paper_total(r), 0); /* not committed yet, and not blocked */
	assert_true(store_commit(w));
	assert_int_equal(store_paper_total(r), 1);
	store_close(r);
	store_close(w);
	free(path);
}

/* A writer that finds the lock taken waits for it (up to 10 s) instead of failing: another
 * process's write goes in once this one commits. */
static void test_writer_waits(void **state)
{
	char *path = in_dir("waited.db");
	struct strbuf err = {0};
	struct store *a;
	struct timespec pause = {0, 300000000};
	int status = -1, go[2];
	char c = 0;
	pid_t pid;
	(void)state;

	/* the child forks before any connection is open: SQLite's are not to cross a fork */
	assert_int_equal(pipe(go), 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct strbuf e = {0};
		struct store *b;
		bool ok;
		close(go[1]);
		if (read(go[0], &c, 1) != 1) /* the parent holds the lock now */
			_exit(2);
		b = store_open(path, STORE_READ_WRITE, &e);
		ok = b && store_begin(b) && store_commit(b);
		if (!ok)
			fprintf(stderr, "# the waiting writer: %s\n", b ? store_errmsg(b) : e.s);
		_exit(ok ? 0 : 1);
	}
	close(go[0]);
	a = store_open(path, STORE_READ_WRITE, &err);
	assert_non_null(a);
	assert_true(store_begin(a));
	assert_int_equal(write(go[1], &c, 1), 1);
	close(go[1]);
	nanosleep(&pause, NULL); /* the child is waiting for the lock meanwhile */
	assert_true(store_commit(a));
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	store_close(a);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create),
		cmocka_unit_test(test_writer_waits),
		cmocka_unit_test(test_odd_path),
		cmocka_unit_test(test_empty_file_becomes_library),
		cmocka_unit_test(test_read_only),
		cmocka_unit_test(test_not_a_library),
		cmocka_unit_test(test_other_sqlite),
		cmocka_unit_test(test_default_path),
		cmocka_unit_test(test_reader_and_writer),
	};
	return cmocka_run_group_tests_name("store-open", tests, setup, teardown);
}
