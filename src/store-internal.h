/* store-internal.h — what store-*.c files share: the handle, cached statements, errors and
 * units of work.
 *
 *   store.c             open, identify, migrate; transactions and units of work; errors
 *   store-stmt.c        the cache of prepared statements
 *   store-schema.c      the schema as forward migrations
 *   store-merge.c       merge rules (pure C): two descriptions of one paper -> one
 *   store-paper.c       store_paper_put: finding duplicates, absorbing, writing
 *   store-paper-read.c  reading a paper back (store_paper_get, find, total)
 *   store-paper-write.c writing a merged paper's rows, only what changed
 *   store-names.c       institutions, aliases and topics by name; the FTS institutions text
 *   store-source.c      ingested files
 *   store-user.c        tags, favourites, read marks, notes
 *   store-stats.c       stats and check
 *   store-topics.c      retopic: papers' text, replacing rule topics
 */
#ifndef PB_STORE_INTERNAL_H
#define PB_STORE_INTERNAL_H

#include <stdbool.h>
#include <sqlite3.h>

#include "store-merge.h"
#include "util.h"

/* How long a writer waits for another process's lock before giving up. */
#define STORE_BUSY_TIMEOUT_MS 10000

/* Cached prepared statements, by fixed slot; see store_stmt(). */
enum { STORE_STMT_SLOTS = 192 };

/* Whose paper counts a link table feeds (store-derived.c). */
enum count_kind { COUNT_INSTITUTION, COUNT_TOPIC, COUNT_TAG, COUNT_KINDS };

/* A change to one paper count not yet written. */
struct count_delta {
	enum count_kind kind; /* the parent table */
	long long id;         /* its row */
	long long delta;      /* papers gained (negative: lost) */
};

/* One name the library answered for (store-namecache.c). */
struct store_name_entry {
	char *key;    /* the name as asked for; NULL: a free slot */
	long long id; /* the row it resolves to */
	char *value;  /* the stored spelling (or, for alias text, the aliases), may be NULL */
};

/* An open-addressing hash table of names; all zero is empty. */
struct store_namecache {
	struct store_name_entry *slots; /* cap entries */
	size_t cap;                     /* a power of two, or 0 */
	size_t n;                       /* entries in use */
};

struct store {
	sqlite3 *db;          /* the connection */
	char *path;           /* the library file, for messages */
	bool readonly;        /* opened with STORE_READ_ONLY */
	bool in_transaction;  /* between store_begin and commit/rollback */
	int work_depth;       /* nested store_work_begin calls */
	bool work_owns_tx;    /* the outermost unit of work began the transaction */
	bool batch;           /* store_begin_batch: units of work take no savepoint */
	bool batch_failed;    /* a unit of work failed in the batch: it cannot commit */
	bool batch_file;      /* a file's savepoint is open in the batch (store_batch_file_begin) */
	double busy_since;    /* when the current wait for another's lock began (monotonic s) */
	struct strbuf err;    /* the last error message (store_errmsg) */
	int err_code;         /* SQLite's primary result code behind it (0: not SQLite's) */
	sqlite3_stmt *stmts[STORE_STMT_SLOTS]; /* prepared once, reset after each use */
	struct store_namecache inst_names;    /* institution name or alias -> id, canonical name */
	struct store_namecache topic_names;   /* topic name -> id, stored name */
	struct store_namecache inst_aliases;  /* canonical institution name -> its aliases text */
	long long data_version;               /* PRAGMA data_version when the caches were valid */
	long long fts_after;                  /* in a batch: papers above this id are indexed at commit */
	bool foreign_keys_off;                /* a batch turned foreign keys off (store_begin_batch) */
	bool fts_hash_checked;                /* the index's 'hashsize' was checked (store_begin_batch) */
	int fts_ids;                          /* fts-ids.c's function: 0 not yet registered,
					       * 1 registered, -1 FTS5 would not have it */
	struct count_delta *counts;           /* paper counts changed by the open work, unwritten */
	size_t ncounts;                       /* entries in counts */
	size_t counts_cap;                    /* allocated entries */
	long *counts_index;                   /* (kind, id) -> entry of counts, -1 free */
	size_t counts_index_cap;              /* slots in counts_index (a power of two) */
	struct count_delta *counts_mark;      /* counts as they were when the file began */
	size_t ncounts_mark;                  /* entries in counts_mark */
	size_t counts_mark_cap;               /* allocated entries */
};

/* Returns the cached statement in SLOT, preparing SQL the first time (NULL on error, with the
 * message set). Callers sqlite3_reset() it when done. Each file owns a range of slots. */
sqlite3_stmt *store_stmt(struct store *st, int slot, const char *sql);
void store_statements_finalize(struct store *st);

/* Slot ranges, one per file, so files never collide. */
enum {
	STORE_SLOT_PAPER = 0,    /* store-paper.c: 0..39 */
	STORE_SLOT_USER = 40,    /* store-user.c: 40..55 */
	STORE_SLOT_LIST = 56,    /* store-list.c: 56..79 */
	STORE_SLOT_STATS = 80,   /* store-stats.c: 80..95 */
	STORE_SLOT_READ = 96,    /* store-paper-read.c: 96..115 */
	STORE_SLOT_WRITE = 116,  /* store-paper-write.c: 116..135 */
	STORE_SLOT_NAMES = 136,  /* store-names.c: 136..151 */
	STORE_SLOT_SOURCE = 152, /* store-source.c: 152..159 */
	STORE_SLOT_TOPICS = 160, /* store-topics.c: 160..175 */
	STORE_SLOT_STORE = 176,  /* store.c: 176..179 */
	STORE_SLOT_DERIVED = 180, /* store-derived.c: 180..191 */
};

/* The full-text index and paper counts, kept by the store itself (store-derived.c; the
 * store's connection runs with triggers off). fts_add indexes paper ID as its row now is,
 * fts_remove takes it out as its row still is: call remove before changing the title,
 * abstract, authors or institutions columns or deleting the row, add after. In a batch,
 * papers added by the batch are left to store_commit (store_fts_deferred). */
bool store_fts_deferred(const struct store *st, long long id);
bool store_fts_add(struct store *st, long long id);
bool store_fts_remove(struct store *st, long long id);
/* At a batch's commit: indexes what the batch added and changed. */
bool store_fts_batch(struct store *st);
/* A link row was added (+1) or removed (-1): remembered, written by store_counts_flush
 * (end of a unit of work, commit); store_counts_discard forgets them (rollback). */
void store_count_add(struct store *st, enum count_kind kind, long long id, int delta);
bool store_counts_flush(struct store *st);
void store_counts_discard(struct store *st);
/* Remembers the unwritten counts as they are (a batch's file begins); store_counts_back
 * returns to them (the file is rolled back), forgetting what was added since. */
void store_counts_mark(struct store *st);
void store_counts_back(struct store *st);
/* One paper less for everything of KIND paper PAPER_ID links to: call before its link rows
 * go (a rewrite, or the paper's deletion cascading). */
bool store_counts_drop_paper(struct store *st, enum count_kind kind, long long paper_id);
/* Adds DELTA to the count of ID at once. */
bool store_count_now(struct store *st, enum count_kind kind, long long id, int delta);

/* The name caches (store-namecache.c). get returns NULL when KEY is not cached; put copies
 * KEY and VALUE. store_names_forget empties all three: call it whenever what they hold may
 * no longer be what the library holds (a rollback, a rename, an alias, another writer). */
const struct store_name_entry *store_namecache_get(const struct store_namecache *c,
						   const char *key);
void store_namecache_put(struct store_namecache *c, const char *key, long long id,
			 const char *value);
void store_namecache_clear(struct store_namecache *c);
void store_names_forget(struct store *st);

/* Sets the message store_errmsg() returns; always returns false so callers can
 * `return store_fail(st, ...)`. store_stmt() clears it, so report a failure right where it
 * happens (store_fail_sql captures SQLite's message before a rollback replaces it); without
 * one, store_errmsg() gives sqlite3_errmsg(). */
bool store_fail(struct store *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same for an SQLite failure: "<path>: WHAT: <sqlite message>". */
bool store_fail_sql(struct store *st, const char *what);

/* True (with the message set) when a transaction this store began is gone: SQLite rolled it
 * back by itself after an error (no memory, a full or failing disk). Nothing may be written
 * then until the caller's rollback, or it would be committed piecemeal. */
bool store_transaction_lost(struct store *st);

/* A unit of work: its own transaction (BEGIN IMMEDIATE) when none is open, else a savepoint
 * inside the caller's, so a failed step undoes only itself. end commits/releases when OK, else
 * rolls back; returns whether the work is now kept. Fails on a read-only library. */
bool store_work_begin(struct store *st);
bool store_work_end(struct store *st, bool ok);

/* Steps a statement that returns no rows (or whose rows are ignored), then resets it. */
bool store_step_done(struct store *st, sqlite3_stmt *s, const char *what);

/* Binds a string or NULL. SQLite copies the string; when it cannot allocate the copy, the
 * program ends as xmalloc does (the statement would otherwise store NULL). */
int store_bind_text(sqlite3_stmt *s, int i, const char *v);
/* The same without a copy, for the statements that run for every paper: V must stay as it is
 * until the statement has been stepped and reset, and every use of the statement binds all
 * its parameters again (a reset keeps the pointer, which may then be stale). */
int store_bind_static(sqlite3_stmt *s, int i, const char *v);
/* A column as a malloc'd string, NULL for SQL NULL. */
char *store_column_text(sqlite3_stmt *s, int i);
/* A column's text, NULL only for SQL NULL. SQLite also returns NULL when it cannot allocate
 * the text (it copies values to add their NUL): read as NULL that would lose data silently
 * (a merge would write the paper back without it), so it ends the program as xmalloc does. */
const char *store_column_str(sqlite3_stmt *s, int i);

/* --- shared between the store-paper*.c and store-names.c files --------------------------- */

/* Loads paper ID as a merge state (canonical). WITH_USER adds favourite, read, note, tags and
 * sources. False when there is no such paper (message set) or on error. */
bool store_paper_load(struct store *st, long long id, struct merge_state *m, bool with_user);
/* A paper's duplicate keys (dedup.h), worked out once per put. */
struct paper_keys {
	char *title_key; /* dedup_title_key of its title; NULL: none */
	char *fp;        /* dedup_abstract_fp of its abstract; NULL: none */
};
/* Writes state M, whose keys are KEYS, as a new paper; sets *ID. */
bool store_paper_insert(struct store *st, struct merge_state *m, const struct paper_keys *keys,
			long long now, long long *id);
/* Writes what differs between OLD (as stored for ID) and NEW; *CHANGED tells whether anything
 * did (then updated_at is NOW). */
bool store_paper_update(struct store *st, long long id, const struct merge_state *old,
			struct merge_state *m, long long now, bool *changed);

/* Finds or creates an institution; resolves aliases. *NAME is replaced by the canonical
 * spelling. Returns the id, 0 on error. */
long long store_institution_ensure(struct store *st, char **name);
long long store_topic_ensure(struct store *st, char **name);
/* The FTS text for a list of canonical institution names: each name, then its aliases. */
bool store_institutions_text(struct store *st, const struct strlist *names, char **out);
/* The same, computed from paper ID's rows (for check). */
bool store_paper_institutions_text(struct store *st, long long id, char **out);
/* Rewrites the institution rows (order) and FTS text of every paper linked to INST_ID. */
bool store_institution_refresh_papers(struct store *st, long long inst_id);
/* Rewrites paper ID's institution rows to match M (canonical); computes the FTS text into
 * *TEXT_OUT unless it is NULL. FRESH: the paper was just inserted and has no rows yet. */
bool store_paper_write_institutions(struct store *st, long long id, const struct merge_state *m,
				    bool fresh, char **text_out);

#endif
