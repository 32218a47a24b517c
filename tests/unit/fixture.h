/* fixture.h — test fixtures: files of the checkout, pages made from them, adapters run. */
#ifndef PB_TEST_FIXTURE_H
#define PB_TEST_FIXTURE_H

#include <stddef.h>

#include "adapter.h"
#include "paper.h"

/* Reads RELPATH (relative to the checkout: $PB_TOP, else the current directory) whole, as
 * bytes with a NUL after them. NULL, with a message on stderr, when it cannot be read. */
char *fixture_load(const char *relpath, size_t *len);

/* S with every FROM replaced by TO (malloc'd). */
char *fixture_replace(const char *s, const char *from, const char *to);

/* Runs the adapters of TABLE on TEXT as the ingest run does: the first whose detect() says
 * yes extracts into OUT. Returns that adapter, or NULL when none detects the page. A page
 * parsed as HTML when HTML is true. YEAR is the run's year for the page. */
const struct adapter *fixture_run(const struct adapter *const *table, const char *text,
				  size_t len, bool html, int year, struct paper_list *out);

/* The first paper whose title starts with PREFIX, or NULL. */
const struct paper *fixture_find_title(const struct paper_list *l, const char *prefix);

/* How many different abstracts the papers have. */
size_t fixture_distinct_abstracts(const struct paper_list *l);

#endif
