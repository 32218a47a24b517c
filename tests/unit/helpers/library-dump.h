/* library-dump.h — a library as canonical text, for comparing two libraries in tests.
 *
 * Library ids, timestamps and row order do not appear: two libraries built from the same pages
 * in different orders dump the same. Papers are listed in order of their content; each shows
 * every field store_paper_get returns (user data and source paths too), and the institution,
 * alias, topic and tag tables follow with their paper counts. */
#ifndef PB_TEST_LIBRARY_DUMP_H
#define PB_TEST_LIBRARY_DUMP_H

#include "store.h"

/* The dump as one malloc'd string; NULL (with a message on stderr) on error. */
char *library_dump(struct store *st);

#endif
