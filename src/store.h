/* store.h — the library file (SQLite): opening, schema and migrations, and every read and write.
 * Only store-*.c files hold SQL; everything else goes through these functions.
 *
 *   store.c          open, pragmas, schema, migrations, default path
 *   store-paper.c    writing a paper (duplicate detection, merging) and reading one back
 *   store-user.c     the user's data: tags, favourites, read marks, notes
 *   store-list.c     running a query: ids and rows in a sort order, counts, facet counts
 *   store-stats.c    stats --by ..., check
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
#define STORE_SCHEMA_VERSION 1

/* $PAPERBOAT_DB, else $XDG_DATA_HOME/paperboat/library.db, else ~/.local/share/... (malloc'd). */
char *store_default_path(void);

/* Opens (and migrates) a library. On failure returns NULL and puts one line in err naming the
 * file and the problem ("x.db: not a paperboat library"); such a file is never modified. */
struct store *store_open(const char *path, enum store_mode mode, struct strbuf *err);
void store_close(struct store *st);
const char *store_path(const struct store *st);
sqlite3 *store_sqlite(struct store *st);  /* for store-*.c only */
const char *store_errmsg(struct store *st); /* the last SQLite error, for messages */

/* Transactions: one per ingested file. begin takes the write lock at once (BEGIN IMMEDIATE). */
bool store_begin(struct store *st);
bool store_commit(struct store *st);
void store_rollback(struct store *st);

/* --- ingest side ------------------------------------------------------------------------ */

/* True when a file with this content hash was already ingested from this path. */
bool store_source_unchanged(struct store *st, const char *path, const char *hash);
/* Records an ingested file; returns its id (0 on error). */
long long store_source_add(struct store *st, const char *path, const char *hash,
			   const char *adapter);

/* Adds a paper or merges it into the one it duplicates (arXiv id, then DOI, then normalised
 * title, then abstract fingerprint). Merging keeps the fullest abstract, the union of authors,
 * institutions and topics, the highest score, and every source; it never touches user data.
 * Institutions are expected canonical already. */
bool store_paper_put(struct store *st, const struct paper *p, long long source_id,
		     long long *id_out, bool *is_new);

/* Records that ALIAS names the institution CANONICAL (both kept; `inst:` matches either). */
bool store_institution_alias(struct store *st, const char *alias, const char *canonical);

/* --- reading ------------------------------------------------------------------------------ */

/* Reads one paper in full (user data and sources too). False when there is no such paper. */
bool store_paper_get(struct store *st, long long id, struct paper *out);
/* Resolves what a user typed: a library id ("42") or an arXiv id ("2106.09608", "arXiv:..v2").
 * Returns 0 when nothing matches. */
long long store_paper_find(struct store *st, const char *ref);
long long store_paper_total(struct store *st); /* papers in the library */

/* --- the user's data (each call is its own transaction unless one is open) ------------------ */

bool store_tag_set(struct store *st, long long id, const char *tag, bool on);
bool store_favourite_set(struct store *st, long long id, bool on);
bool store_read_set(struct store *st, long long id, bool on);
bool store_note_set(struct store *st, long long id, const char *text); /* NULL or "" removes */

#endif
