/* temp-library.h — a fresh library in a temporary directory, removed afterwards. */
#ifndef PB_TEST_TEMP_LIBRARY_H
#define PB_TEST_TEMP_LIBRARY_H

#include "store.h"

struct temp_library {
	char dir[256];     /* the temporary directory */
	char path[300];    /* DIR/library.db */
	struct store *st;  /* open read-write; NULL after temp_library_close */
};

/* Creates the directory and opens (creates) the library; aborts the test program on failure. */
void temp_library_open(struct temp_library *t);
/* Closes the library and removes the directory and everything in it. */
void temp_library_close(struct temp_library *t);
/* Counts the rows SQL returns as its first column (an integer), for quick assertions. */
long long temp_library_int(struct store *st, const char *sql);
/* Papers the full-text index finds for MATCH (an FTS5 query), or -1 when it cannot run. */
long long temp_library_fts_count(struct store *st, const char *match);
/* Runs the store's check; prints each problem found ("# ..." on stderr) and returns how many
 * (-1 when the check itself fails). */
long long temp_library_problems(struct store *st);

#endif
