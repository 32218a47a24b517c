/* fuzz-check.h — what the fuzz targets demand of every result besides not crashing: the
 * promises paper.h and adapter.h make about an adapter's papers. A broken promise aborts, so
 * libFuzzer keeps the input as a crash. */
#ifndef PB_FUZZ_CHECK_H
#define PB_FUZZ_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "adapter.h"
#include "paper.h"
#include "util.h"

/* Reports WHAT about the result of WHO on stderr and aborts. */
void fuzz_fail(const char *who, const char *what, const char *value) __attribute__((noreturn));

/* Is S valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF)? */
bool fuzz_utf8_valid(const char *s, size_t len);

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day. */
bool fuzz_iso_date(const char *s);
/* An http(s) URL with nothing in it a terminal or a shell could take for more. */
bool fuzz_http_url(const char *s);

/* S is text as text_clean() leaves it: valid UTF-8, not empty, no control, zero-width or
 * bidi characters, no space at either end, no two spaces in a row. */
void fuzz_check_clean(const char *who, const char *field, const char *s);

/* Every paper of L keeps the promises of paper.h: a title, abstract, arXiv id or DOI to
 * know it by, clean one-line text, ISO dates, http(s) links, bare arXiv ids and DOIs, an
 * author count that covers the authors, nothing in the fields only the store fills. */
void fuzz_check_papers(const char *who, const struct paper_list *l);

/* The result of an extract(): false comes with one line in err. */
void fuzz_check_extract(const char *who, bool ok, const struct strbuf *err);

/* Runs every adapter of TABLE on PG as the ingest run does (the first that detects the page
 * extracts, and its papers are checked), then every adapter's extract() directly, for memory
 * safety only: an adapter asked about a page of another kind may find nothing or nonsense. */
void fuzz_run_adapters(const struct adapter *const *table, const struct page *pg);

#endif
