/* store.c — opening a library: checks that it is one, pragmas, forward migrations. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store-internal.h"
#include "store-schema.h"

/* The page size of new libraries (bytes). */
#define STORE_PAGE_SIZE "16384"

/* A writer copies the write-ahead log into the library once it holds this many pages (SQLite's
 * default is 1,000). An ingest batch rewrites many of the same index pages each time (a random
 * title key lands on any leaf), and a checkpoint copies each page once however often the log
 * has it: at 1,000 pages (16 MB) nearly every batch was copied out, at 10,000 (160 MB at most)
 * a page changed by several batches is copied once. */
#define STORE_WAL_CHECKPOINT_PAGES "10000"

/* "PBT1": marks a file as a paperboat library (PRAGMA application_id). */
#define STORE_APPLICATION_ID 0x50425431

char *store_default_path(void)
{
	const char *env = getenv("PAPERBOAT_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (!str_empty(env))
		return xstrdup(env);
	if (!str_empty(xdg) && xdg[0] == '/')
		return xasprintf("%s/paperboat/library.db", xdg);
	return xasprintf("%s/.local/share/paperboat/library.db", str_empty(home) ? "." : home);
}

/* mkdir -p for the directory that will hold PATH. */
static bool make_parent_dirs(const char *path, struct strbuf *err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	bool ok = true;

	if (!slash || slash == dir) {
		free(dir);
		return true;
	}
	*slash = '\0';
	for (char *p = dir + 1; ok; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			sb_addf(err, "%s: cannot create directory: %s", dir, strerror(errno));
			ok = false;
		}
		*p = c;
		if (c == '\0')
			break;
	}
	free(dir);
	return ok;
}

/* Looks at an existing file before SQLite touches it, so that a file that is not a library
 * is reported and left byte-for-byte as it was. */
static bool check_existing_file(const char *path, bool *exists, struct strbuf *err)
{
	static const char magic[16] = "SQLite format 3";
	char head[16];
	struct stat sb;
	int fd;
	ssize_t n;

	*exists = false;
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT)
			return true;
		sb_addf(err, "%s: %s", path, strerror(errno));
		return false;
	}
	if (S_ISDIR(sb.st_mode)) {
		sb_addf(err, "%s: is a directory, not a paperboat library", path);
		return false;
	}
	*exists = true;
	if (sb.st_size == 0)
		return true; /* an empty file is a new library */
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		sb_addf(err, "%s: %s", path, strerror(errno));
		return false;
	}
	n = read(fd, head, sizeof head);
	close(fd);
	if (n != (ssize_t)sizeof head || memcmp(head, magic, sizeof magic) != 0) {
		sb_addf(err, "%s: not a paperboat library (not an SQLite database)", path);
		return false;
	}
	return true;
}

/* Whether the directory holding PATH lets this process create files in it. */
static bool dir_writable(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	bool ok;
	if (!slash)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	ok = access(dir, W_OK) == 0;
	free(dir);
	return ok;
}

static double seconds_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Waits for another connection's lock, trying again every millisecond or two for up to
 * STORE_BUSY_TIMEOUT_MS. SQLite's own wait (sqlite3_busy_timeout) sleeps up to 100 ms between
 * tries: a writer that lets go of the lock only for a few milliseconds at a time (an ingest
 * commits a batch, reads its next file and takes the lock again) could then keep another
 * waiting for the whole timeout. */
static int busy_wait(void *arg, int tries)
{
	double *since = arg;
	struct timespec pause = {0, tries < 100 ? 1000000 : 2000000};
	if (tries == 0)
		*since = seconds_now();
	else if (seconds_now() - *since > STORE_BUSY_TIMEOUT_MS / 1000.0)
		return 0;
	nanosleep(&pause, NULL);
	return 1;
}

static int pragma_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Opens PATH read-only to look at it. Unless a -wal file shows the database is in use, it is
 * opened immutable: no locks and no -wal/-shm files, even for another program's database in
 * WAL mode, which a plain read-only open would create beside it. */
static int open_to_identify(const char *path, sqlite3 **db)
{
	static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				   "0123456789/._-~";
	char *wal = xasprintf("%s-wal", path);
	bool live = access(wal, F_OK) == 0;
	struct strbuf uri = {0};
	int rc;

	free(wal);
	if (live)
		return sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY, NULL);
	sb_add(&uri, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (strchr(safe, *p))
			sb_addc(&uri, (char)*p);
		else
			sb_addf(&uri, "%%%02X", *p);
	}
	sb_add(&uri, "?immutable=1");
	rc = sqlite3_open_v2(uri.s, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	sb_free(&uri);
	return rc;
}

/* Reads application_id, user_version and whether the file has any table, without writing. */
static bool identify(sqlite3 *db, const char *path, int *version, bool *blank, struct strbuf *err)
{
	int app = 0, tables = 0;
	if (pragma_int(db, "PRAGMA application_id", &app) != SQLITE_OK ||
	    pragma_int(db, "PRAGMA user_version", version) != SQLITE_OK ||
	    pragma_int(db, "SELECT count(*) FROM sqlite_master", &tables) != SQLITE_OK) {
		int code = sqlite3_errcode(db);
		if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
			sb_addf(err, "%s: the library is damaged (%s); it was not changed", path,
				sqlite3_errmsg(db));
		else
			sb_addf(err, "%s: cannot read the library: %s", path, sqlite3_errmsg(db));
		return false;
	}
	*blank = tables == 0 && app == 0 && *version == 0;
	if (*blank)
		return true;
	if (app != STORE_APPLICATION_ID) {
		sb_addf(err, "%s: not a paperboat library (an SQLite database of something else)", path);
		return false;
	}
	if (*version > STORE_SCHEMA_VERSION) {
		sb_addf(err, "%s: made by a newer paperboat (library version %d, this one reads up to %d)",
			path, *version, STORE_SCHEMA_VERSION);
		return false;
	}
	return true;
}

static bool exec(struct store *st, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return true;
	sqlite3_free(msg);
	return false;
}

/* Brings the schema from VERSION to STORE_SCHEMA_VERSION in one transaction. */
static bool migrate(struct store *st, int version, struct strbuf *err)
{
	if (version == STORE_SCHEMA_VERSION)
		return true;
	if (!exec(st, "BEGIN IMMEDIATE"))
		goto fail;
	/* Someone else may have migrated while we waited for the lock. */
	if (pragma_int(st->db, "PRAGMA user_version", &version) != SQLITE_OK)
		goto fail_rollback;
	for (int v = version; v < STORE_SCHEMA_VERSION; v++)
		if (!exec(st, store_migrations[v]))
			goto fail_rollback;
	{
		char sql[96];
		snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
			 STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
		if (!exec(st, sql))
			goto fail_rollback;
	}
	if (!exec(st, "COMMIT"))
		goto fail_rollback;
	return true;
fail_rollback:
	sb_addf(err, "%s: cannot update the library to version %d: %s", st->path,
		STORE_SCHEMA_VERSION, sqlite3_errmsg(st->db));
	exec(st, "ROLLBACK");
	return false;
fail:
	sb_addf(err, "%s: cannot update the library: %s", st->path, sqlite3_errmsg(st->db));
	return false;
}

struct store *store_open(const char *path, enum store_mode mode, struct strbuf *err)
{
	struct store *st = xcalloc(1, sizeof *st);
	bool exists, blank = false;
	int version = 0;
	int flags, rc;

	st->path = xstrdup(path);
	st->readonly = mode == STORE_READ_ONLY;
	if (!check_existing_file(path, &exists, err))
		goto fail;
	if (!exists && st->readonly) {
		sb_addf(err, "%s: no such library", path);
		goto fail;
	}
	if (!exists && !make_parent_dirs(path, err))
		goto fail;

	/* Identify read-only first: a file that is not ours must not be changed at all. */
	if (exists) {
		if (open_to_identify(path, &st->db) != SQLITE_OK) {
			sb_addf(err, "%s: cannot open: %s", path, sqlite3_errmsg(st->db));
			goto fail;
		}
		sqlite3_busy_handler(st->db, busy_wait, &st->busy_since);
		if (!identify(st->db, path, &version, &blank, err))
			goto fail;
		sqlite3_close(st->db);
		st->db = NULL;
		/* a file with no tables: a library created and killed before its first write */
		if (st->readonly && blank) {
			sb_addf(err, "%s: the library is empty: nothing has been stored in it yet", path);
			goto fail;
		}
		if (st->readonly && version < STORE_SCHEMA_VERSION) {
			sb_addf(err, "%s: the library needs an update that a read-only open cannot make",
				path);
			goto fail;
		}
	}

	if (exists && !dir_writable(path)) {
		/* SQLite writes its -wal and -shm files beside a library in WAL mode, even to
		 * read it; where it cannot, reading opens the file as it is (no one can be
		 * writing to it there either), and writing is refused in words. */
		if (!st->readonly) {
			sb_addf(err, "%s: cannot write to the library: its directory is read-only", path);
			goto fail;
		}
		rc = open_to_identify(path, &st->db);
	} else {
		flags = st->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
		rc = sqlite3_open_v2(path, &st->db, flags, NULL);
	}
	if (rc != SQLITE_OK) {
		sb_addf(err, "%s: cannot open: %s", path, sqlite3_errmsg(st->db));
		goto fail;
	}
	/* SQLite opens a file it may not write read-only without a word */
	if (!st->readonly && sqlite3_db_readonly(st->db, "main") == 1) {
		sb_addf(err, "%s: cannot write to the library: the file is read-only", path);
		goto fail;
	}
	/* A new library gets larger pages: a paper's row (abstract and all) is 1.5-3 KB, and
	 * 4 KB pages leave a quarter of the table empty around such rows. Only possible before
	 * the first write; existing libraries keep theirs. */
	if (!st->readonly && (!exists || blank) && !exec(st, "PRAGMA page_size = " STORE_PAGE_SIZE)) {
		sb_addf(err, "%s: cannot open: %s", path, sqlite3_errmsg(st->db));
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_handler(st->db, busy_wait, &st->busy_since);
	/* A bigger page cache keeps a whole ingested file's changes in memory until commit
	 * instead of spilling pages to the WAL in the middle of the transaction. */
	if (!exec(st, "PRAGMA foreign_keys = ON") || !exec(st, "PRAGMA cache_size = -32768") ||
	    !exec(st, "PRAGMA temp_store = MEMORY")) {
		sb_addf(err, "%s: cannot open: %s", path, sqlite3_errmsg(st->db));
		goto fail;
	}
	if (!st->readonly) {
		/* WAL lets the reader stay open while an ingest writes; NORMAL sync is safe in WAL
		 * (a crash can lose the last commit, never corrupt the file). */
		if (!exec(st, "PRAGMA journal_mode = WAL") || !exec(st, "PRAGMA synchronous = NORMAL") ||
		    !exec(st, "PRAGMA wal_autocheckpoint = " STORE_WAL_CHECKPOINT_PAGES)) {
			sb_addf(err, "%s: cannot open for writing: %s", path, sqlite3_errmsg(st->db));
			goto fail;
		}
		if (!migrate(st, version, err))
			goto fail;
		/* the store keeps the full-text index and counts itself (store-derived.c); the
		 * triggers stay in the schema for other writers */
		if (sqlite3_db_config(st->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL) !=
		    SQLITE_OK) {
			sb_addf(err, "%s: cannot open for writing: %s", path, sqlite3_errmsg(st->db));
			goto fail;
		}
	}
	return st;
fail:
	store_close(st);
	return NULL;
}

struct store *store_open_beside(const struct store *st)
{
	struct store *ro = xcalloc(1, sizeof *ro);
	sqlite3_vfs *vfs = NULL;

	ro->path = xstrdup(st->path);
	ro->readonly = true;
	/* through the same VFS as ST's, which then sees both connections to the one file */
	if (sqlite3_file_control(st->db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK)
		vfs = NULL;
	if (sqlite3_open_v2(st->path, &ro->db, SQLITE_OPEN_READONLY,
			    vfs ? vfs->zName : NULL) != SQLITE_OK) {
		store_close(ro);
		return NULL;
	}
	sqlite3_extended_result_codes(ro->db, 1);
	sqlite3_busy_handler(ro->db, busy_wait, &ro->busy_since);
	return ro;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	store_statements_finalize(st);
	store_names_forget(st);
	free(st->counts);
	free(st->counts_index);
	free(st->counts_mark);
	if (st->db)
		sqlite3_close(st->db);
	free(st->path);
	sb_free(&st->err);
	free(st);
}

const char *store_path(const struct store *st)
{
	return st->path;
}

sqlite3 *store_sqlite(struct store *st)
{
	return st->db;
}

const char *store_errmsg(struct store *st)
{
	if (st->err.s && st->err.len)
		return st->err.s;
	return st->db ? sqlite3_errmsg(st->db) : "no library open";
}

bool store_fail(struct store *st, const char *fmt, ...)
{
	va_list ap;
	st->err_code = 0;
	sb_clear(&st->err);
	va_start(ap, fmt);
	sb_vaddf(&st->err, fmt, ap);
	va_end(ap);
	return false;
}

bool store_fail_sql(struct store *st, const char *what)
{
	int code = sqlite3_errcode(st->db) & 0xff; /* the primary code of an extended one */
	store_fail(st, "%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
	st->err_code = code;
	return false;
}

bool store_unwritable(const struct store *st)
{
	switch (st->err_code) {
	case SQLITE_FULL:      /* the disk is full */
	case SQLITE_IOERR:     /* the disk fails */
	case SQLITE_READONLY:  /* it cannot be written */
	case SQLITE_CANTOPEN:
	case SQLITE_CORRUPT:   /* it is damaged */
	case SQLITE_NOTADB:
	case SQLITE_BUSY:      /* another program has held the lock for the whole timeout */
	case SQLITE_LOCKED:
	case SQLITE_NOMEM:
		return true;
	default:
		return false;
	}
}

bool store_step_done(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc;
	if (!s)
		return false;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		store_fail_sql(st, what);
		sqlite3_reset(s);
		return false;
	}
	sqlite3_reset(s);
	return true;
}

int store_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	int rc = v ? sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(s, i);
	/* the copy failed: the parameter stays NULL and the statement would store NULL */
	if (rc == SQLITE_NOMEM)
		util_out_of_memory(strlen(v) + 1);
	return rc;
}

int store_bind_static(sqlite3_stmt *s, int i, const char *v)
{
	return v ? sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC) : sqlite3_bind_null(s, i);
}

const char *store_column_str(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	if (!t && sqlite3_column_type(s, i) != SQLITE_NULL)
		util_out_of_memory((size_t)sqlite3_column_bytes(s, i) + 1);
	return (const char *)t;
}

char *store_column_text(sqlite3_stmt *s, int i)
{
	return xstrdup(store_column_str(s, i));
}

bool store_transaction_lost(struct store *st)
{
	if ((st->in_transaction || st->work_owns_tx) && sqlite3_get_autocommit(st->db)) {
		store_fail(st, "%s: the transaction was rolled back after an error; nothing of it "
			   "was kept", st->path);
		st->err_code = SQLITE_ABORT;
		return true;
	}
	return false;
}

/* The name caches hold what this connection saw: another connection's commit (PRAGMA
 * data_version moves only for those) may have renamed or folded names since. Called once a
 * transaction has begun. */
static void names_check(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, STORE_SLOT_STORE, "PRAGMA data_version");
	long long v = -1;
	if (s && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	if (s)
		sqlite3_reset(s);
	if (v < 0 || v != st->data_version)
		store_names_forget(st);
	st->data_version = v;
}

bool store_work_begin(struct store *st)
{
	if (st->readonly)
		return store_fail(st, "%s: the library is open read-only", st->path);
	if (store_transaction_lost(st))
		return false;
	if (st->in_transaction && st->batch) {
		st->work_depth++;
		return true;
	}
	/* counts of work done outside any unit belong before the savepoint */
	if (!store_counts_flush(st))
		return false;
	if (st->work_depth == 0 && !st->in_transaction) {
		if (!exec(st, "BEGIN IMMEDIATE"))
			return store_fail_sql(st, "cannot start a transaction");
		st->work_owns_tx = true;
		names_check(st);
	} else if (!exec(st, "SAVEPOINT work")) {
		return store_fail_sql(st, "cannot start a savepoint");
	}
	st->work_depth++;
	return true;
}

bool store_work_end(struct store *st, bool ok)
{
	bool own = st->work_depth == 1 && st->work_owns_tx;
	if (ok && store_transaction_lost(st))
		ok = false;
	st->work_depth--;
	/* a batch writes its counts at commit; other work before its savepoint or commit ends */
	if (ok && !(st->in_transaction && st->batch))
		ok = store_counts_flush(st);
	if (!ok) /* what the failed work added to the caches may be rolled back */
		store_names_forget(st);
	if (st->in_transaction && st->batch) {
		/* the counts go back with the file's savepoint or the batch's rollback */
		st->batch_failed |= !ok;
		return ok;
	}
	if (!ok)
		store_counts_discard(st);
	if (own) {
		st->work_owns_tx = false;
		if (ok && exec(st, "COMMIT"))
			return true;
		if (ok)
			store_fail_sql(st, "cannot commit");
		exec(st, "ROLLBACK");
		store_names_forget(st);
		return false;
	}
	if (ok && exec(st, "RELEASE work"))
		return true;
	if (ok)
		store_fail_sql(st, "cannot release a savepoint");
	exec(st, "ROLLBACK TO work");
	store_names_forget(st);
	exec(st, "RELEASE work");
	return false;
}

bool store_begin(struct store *st)
{
	if (st->readonly)
		return store_fail(st, "%s: the library is open read-only", st->path);
	if (!exec(st, "BEGIN IMMEDIATE"))
		return store_fail_sql(st, "cannot start a transaction");
	st->in_transaction = true;
	st->batch = st->batch_failed = st->batch_file = false;
	names_check(st);
	return true;
}

/* The full-text index keeps the terms of a statement's new rows in memory up to its
 * 'hashsize' (1 MB by default) and writes a segment each time that fills. A batch's commit
 * indexes some 800 papers in one statement, a little more than 1 MB of terms: two or three
 * segments a batch where one would do, and every segment is merged again later. The setting is
 * the index's own (its config table) and changes no result; checked once per connection. */
#define STORE_FTS_HASH_SIZE "8388608"

static bool fts_hash_size(struct store *st)
{
	sqlite3_stmt *s;
	bool set;
	if (sqlite3_prepare_v2(st->db,
			       "SELECT 1 FROM paper_fts_config WHERE k = 'hashsize'"
			       " AND v = " STORE_FTS_HASH_SIZE,
			       -1, &s, NULL) != SQLITE_OK)
		return store_fail_sql(st, "cannot set up the full-text index");
	set = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	if (!set && !exec(st, "INSERT INTO paper_fts (paper_fts, rank) VALUES ('hashsize', "
			      STORE_FTS_HASH_SIZE ")"))
		return store_fail_sql(st, "cannot set up the full-text index");
	st->fts_hash_checked = true;
	return true;
}

/* A batch runs with foreign keys off: every row it adds hangs off a paper or source it has
 * just written or read (checking each again cost ~6% of storing a paper: a parent lookup per
 * author, two per topic, institution and source link), and the one delete it makes (a paper
 * absorbed by another) removes the paper's rows itself (store-paper.c). The setting can only
 * change outside a transaction; it comes back on when the batch ends. */
static void batch_foreign_keys(struct store *st, bool on)
{
	if (on != st->foreign_keys_off || !sqlite3_get_autocommit(st->db))
		return;
	if (exec(st, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF"))
		st->foreign_keys_off = !on;
}

bool store_begin_batch(struct store *st)
{
	sqlite3_stmt *s;

	batch_foreign_keys(st, false);
	if (!store_begin(st)) {
		batch_foreign_keys(st, true);
		return false;
	}
	/* new papers enter the full-text index at commit (schema v4), and changed ones leave
	 * their old text here until then (store-derived.c) */
	if (!exec(st, "CREATE TEMP TABLE IF NOT EXISTS fts_old (id INTEGER PRIMARY KEY, title,"
		      " abstract, authors, institutions)")) {
		store_fail_sql(st, "cannot start a transaction");
		store_rollback(st);
		return false;
	}
	s = store_stmt(st, STORE_SLOT_STORE + 1,
		       "INSERT INTO fts_defer (after) SELECT coalesce(max(id), 0) FROM paper"
		       " RETURNING after");
	if (!s || sqlite3_step(s) != SQLITE_ROW) {
		if (s) {
			store_fail_sql(st, "cannot start a transaction");
			sqlite3_reset(s);
		}
		store_rollback(st);
		return false;
	}
	st->fts_after = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (!st->fts_hash_checked && !fts_hash_size(st)) {
		store_rollback(st);
		return false;
	}
	st->batch = true;
	return true;
}

bool store_commit(struct store *st)
{
	if (store_transaction_lost(st)) {
		st->in_transaction = st->batch = false;
		store_names_forget(st);
		batch_foreign_keys(st, true);
		return false;
	}
	if (st->batch_failed || st->batch_file) /* half of a failed operation may be in it */
		return store_fail(st, "%s: cannot commit: a change in the transaction failed", st->path);
	if (!store_counts_flush(st))
		return false;
	if (st->batch && !store_fts_batch(st))
		return false;
	if (st->batch && !exec(st, "DELETE FROM temp.fts_old; DELETE FROM fts_defer"))
		return store_fail_sql(st, "cannot update the full-text index");
	if (!exec(st, "COMMIT"))
		return store_fail_sql(st, "cannot commit");
	st->in_transaction = st->batch = false;
	batch_foreign_keys(st, true);
	return true;
}

void store_rollback(struct store *st)
{
	if (st->in_transaction)
		exec(st, "ROLLBACK");
	batch_foreign_keys(st, true);
	store_names_forget(st);
	store_counts_discard(st);
	st->fts_hash_checked = false; /* its setting may have gone with the rest */
	st->in_transaction = st->batch = st->batch_failed = st->batch_file = false;
}

bool store_batch_file_begin(struct store *st)
{
	if (!st->in_transaction || !st->batch || st->batch_file)
		return store_fail(st, "%s: no batch to add a file to", st->path);
	if (store_transaction_lost(st))
		return false;
	/* prepared once: a batch takes one per file */
	if (!store_step_done(st, store_stmt(st, STORE_SLOT_STORE + 2, "SAVEPOINT file"),
			     "cannot start a savepoint"))
		return false;
	st->batch_file = true;
	st->batch_failed = false;
	store_counts_mark(st);
	return true;
}

bool store_batch_file_end(struct store *st, bool ok)
{
	if (!st->batch_file)
		return store_fail(st, "%s: no file to end in the batch", st->path);
	st->batch_file = false;
	if (ok && st->batch_failed) /* half of a failed operation may be in it */
		ok = store_fail(st, "%s: cannot store: a change for the file failed", st->path);
	if (ok && store_transaction_lost(st))
		return false;
	if (ok && store_step_done(st, store_stmt(st, STORE_SLOT_STORE + 3, "RELEASE file"),
				  "cannot release a savepoint"))
		return true;
	store_names_forget(st);
	store_counts_back(st);
	if (sqlite3_get_autocommit(st->db))
		return false; /* SQLite rolled the whole transaction back: store_batch_ok says so */
	/* the file's changes go; the batch's earlier files stay, and it may commit */
	if (exec(st, "ROLLBACK TO file") && exec(st, "RELEASE file"))
		st->batch_failed = false;
	else
		st->batch_failed = true;
	return false;
}

bool store_batch_ok(const struct store *st)
{
	return st->in_transaction && st->batch && !st->batch_failed && !st->batch_file &&
	       !sqlite3_get_autocommit(st->db);
}
