/* store.h — the library file (SQLite): opening, schema and migrations, and every read and write.
 * Only store-*.c files hold SQL; everything else goes through these functions.
 *
 *   store.c          open, pragmas, schema, migrations, default path
 *   store-paper.c    writing a paper (duplicate detection, merging) and reading one back
 *   store-user.c     the user's data: tags, favourites, read marks, notes
 *   store-list.c     running a query: ids and rows in a sort order, counts, facet counts
 *   store-stats.c    stats --by ...
 *   store-check.c    check: SQLite's own checks and the store's invariants
 *   store-topics.c   retopic: papers' text in id order, replacing rule topics
 * (store-internal.h lists the rest.)
 */
#ifndef PB_STORE_H
#define PB_STORE_H

#include <stdbool.h>
#include <sqlite3.h>

#include "paper.h"
#include "util.h"

struct store;

enum store_mode {
	STORE_READ_WRITE, /* creates the file (and its directory) when missing */
	STORE_READ_ONLY,  /* never writes, never creates */
};

/* The schema version this build writes; libraries with a higher one are refused. */
#define STORE_SCHEMA_VERSION 6

/* Sets how SQLite runs in this process (no per-call locking of a connection, no memory
 * statistics): for a program whose every connection stays in one thread, called before
 * anything else uses SQLite (later it does nothing). */
void store_process_setup(void);

/* $PAPERBOAT_DB, else $XDG_DATA_HOME/paperboat/library.db, else ~/.local/share/... (malloc'd). */
char *store_default_path(void);

/* Opens (and migrates) a library. On failure returns NULL and puts one line in err naming the
 * file and the problem ("x.db: not a paperboat library"); such a file is never modified. */
struct store *store_open(const char *path, enum store_mode mode, struct strbuf *err);
void store_close(struct store *st);
/* A second, read-only connection to the library ST has open (checked and migrated by then),
 * for another thread of this process: SQLite connections are one per thread. NULL when it
 * cannot be had. Only SQLite opens the file: a descriptor of it opened and closed by hand
 * (as store_open's checks do) would drop the locks ST's connection holds, POSIX locks being
 * the whole process's, and another process could then take the library from under it. */
struct store *store_open_beside(const struct store *st);
const char *store_path(const struct store *st);
sqlite3 *store_sqlite(struct store *st);  /* for store-*.c only */
/* The last error of any store function, as one line for messages: the store's own ("no paper
 * with id 42", "a tag name cannot contain spaces") or SQLite's, naming the file. */
const char *store_errmsg(struct store *st);
/* Whether the last error is the library's rather than the data's: a full or failing disk, a
 * file that cannot be written or is damaged, a lock held by another program past the wait,
 * no memory. The next write would most likely fail the same way. */
bool store_unwritable(const struct store *st);

/* Transactions. begin takes the write lock at once (BEGIN IMMEDIATE). */
bool store_begin(struct store *st);
/* The same for an ingest: operations inside take no savepoint of their own, which spares the
 * full-text index a flush per paper (it takes the batch's papers in one statement at commit).
 * After a failure outside a file's savepoint (below) store_commit refuses and the caller rolls
 * back. */
bool store_begin_batch(struct store *st);
bool store_commit(struct store *st);
void store_rollback(struct store *st);
/* Inside a batch, one ingested file: its changes are kept or undone together (a savepoint),
 * and the batch goes on either way. end keeps them when OK and returns whether they were
 * kept; a failed file's changes are rolled back, its names and counts forgotten. After a
 * failure the batch may still commit what it held before unless store_batch_ok says not (SQLite
 * rolled the whole transaction back, as it does on a full disk or without memory). */
bool store_batch_file_begin(struct store *st);
bool store_batch_file_end(struct store *st, bool ok);
/* True when a batch is open, no file is open in it, and it can still commit. */
bool store_batch_ok(const struct store *st);

/* --- ingest side ------------------------------------------------------------------------ */

/* True when a file with this content hash was already ingested from this path. */
bool store_source_unchanged(struct store *st, const char *path, const char *hash);
/* Records an ingested file; returns its id (0 on error). */
long long store_source_add(struct store *st, const char *path, const char *hash,
			   const char *adapter);

/* Adds a paper or merges it into the one it duplicates (arXiv id, then DOI, then normalised
 * title, then abstract fingerprint; never across different arXiv ids or DOIs). Merging keeps
 * the fullest abstract (more words; a "…" snippet never beats a complete one; abstract_raw
 * stays with its abstract), the union of authors, institutions and topics, the highest score,
 * the most precise date, every source and link, and fills what was missing; it never changes
 * the user's data. The result does not depend on the order papers arrive in (one exception:
 * a paper with no arXiv id or DOI that matches two papers whose ids differ joins the one it
 * meets first). When the new paper joins two that were stored apart (a title-only and an
 * abstract-only entry), the older absorbs the other, user data included. Putting what the
 * library already holds changes nothing, updated_at included (a new source for it is
 * recorded but is no change). Institutions are expected canonical; aliases recorded with
 * store_institution_alias are resolved too. Its own transaction unless one is open.
 * *is_new tells whether no stored paper matched; either out pointer may be NULL. */
bool store_paper_put(struct store *st, const struct paper *p, long long source_id,
		     long long *id_out, bool *is_new);

/* Records that ALIAS names the institution CANONICAL (both kept; `inst:` matches either, and
 * full-text search finds papers by either). Papers already stored under ALIAS as an
 * institution of its own move to CANONICAL. Recording a known alias again writes nothing. */
bool store_institution_alias(struct store *st, const char *alias, const char *canonical);

/* --- reading ------------------------------------------------------------------------------ */

/* Reads one paper in full (user data and sources too). False when there is no such paper. */
bool store_paper_get(struct store *st, long long id, struct paper *out);
/* Resolves what a user typed: a library id ("42"), an arXiv id ("2106.09608", "arXiv:..v2",
 * "hep-th/9901001", an arxiv.org/abs or /pdf URL) or a DOI. Returns 0 when nothing matches. */
long long store_paper_find(struct store *st, const char *ref);
long long store_paper_total(struct store *st); /* papers in the library */

/* --- topic rules (store-topics.c) ----------------------------------------------------------- */

/* A paper's text, for topic rules. */
struct store_paper_text {
	long long id;   /* library id */
	char *title;    /* NULL when the paper has none */
	char *abstract; /* NULL when the paper has none */
};
/* Reads up to LIMIT papers with an id above AFTER, in id order, into OUT (room for LIMIT);
 * *N tells how many (0: no more). */
bool store_paper_texts(struct store *st, long long after, size_t limit, struct store_paper_text *out,
		       size_t *n);
void store_paper_texts_free(struct store_paper_text *v, size_t n);
/* Makes the topics paper ID has from rules (origin TOPIC_RULE) exactly NAMES; topics it has
 * from elsewhere stay as they are. *CHANGED tells whether anything changed (then updated_at
 * is now). Its own transaction unless one is open. */
bool store_paper_rule_topics_set(struct store *st, long long id, const struct strlist *names,
				 bool *changed);
/* Forgets topics no paper has any more. */
bool store_topics_prune(struct store *st);

/* --- the user's data (each call is its own transaction unless one is open) ------------------ */

/* Tag names are trimmed; empty names, whitespace or control characters inside, a leading '+'
 * or '-', and invalid UTF-8 are refused. A tag no paper has any more is forgotten.
 * All four fail with "no paper with id N" when there is no such paper. */
bool store_tag_set(struct store *st, long long id, const char *tag, bool on);
bool store_favourite_set(struct store *st, long long id, bool on);
bool store_read_set(struct store *st, long long id, bool on);
bool store_note_set(struct store *st, long long id, const char *text); /* NULL or "" removes */

/* --- stats and check (store-stats.c, store-check.c) ---------------------------------------- */

enum stats_by {
	STATS_NONE,        /* the totals only */
	STATS_INSTITUTION, /* papers per institution */
	STATS_TOPIC,       /* papers per topic */
	STATS_TAG,         /* papers per tag */
	STATS_SOURCE,      /* papers per ingested file (path) */
};

struct stats_entry {
	char *name;      /* institution, topic, tag or file path */
	long long count; /* papers */
};

struct store_stats {
	long long papers;        /* papers in the library */
	long long with_abstract; /* papers with an abstract */
	long long favourites;    /* papers marked favourite */
	long long read;          /* papers marked read */
	long long tagged;        /* papers with at least one tag */
	long long sources;       /* files ingested (distinct paths) */
	struct stats_entry *v;   /* the breakdown asked for: most papers first, then by name */
	size_t n;                /* entries in v */
};

/* "institution", "topic", "tag", "source" (also "none"); false for anything else. */
bool stats_by_parse(const char *name, enum stats_by *out);
const char *stats_by_name(enum stats_by by);
/* Fills OUT (totals, and the breakdown BY). False on error (store_errmsg). */
bool store_stats(struct store *st, enum stats_by by, struct store_stats *out);
void store_stats_free(struct store_stats *s);

/* Checks the library: SQLite's integrity and foreign-key checks, the full-text index against
 * the papers, and the store's own invariants (joined author and institution text, year, counts,
 * primary institution, duplicate keys). Each problem found is one line added to PROBLEMS
 * (none: the library is fine). False only when the check itself could not run. On a library
 * opened read-only the full-text index is only checked for missing and left-over entries
 * (SQLite checks its content through a write statement). */
bool store_check(struct store *st, struct strlist *problems);

#endif
