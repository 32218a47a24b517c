/* digest.h — the weekly digest's records, read from a sequence of lines. The text dump and
 * the HTML page share the reading: the text adapter gives the dump's lines, the HTML adapter
 * the page's text blocks (paragraphs, headings) in document order.
 *
 *   digest-read.c          records from lines: labels, review sections, institutions
 *   ingest-text-digest.c   the digest saved as plain text (adapters_text[])
 *   ingest-digest.c        the digest as HTML (adapter_digest, for adapters_html[])
 *
 * A record: the abstract, "Primary: <inst>", "All Institutions: a, b, c" (may be missing),
 * then six review paragraphs in the order of enum review_section — or, where the page labels
 * them ("TL;DR", "Methodology", ... as headings or "Label: text"), by their labels. The page
 * opens with "Last 7 Days (June 29 – July 05, 2026)". No titles, no per-paper dates, no
 * score are shown, so none are given. Every record with an abstract is returned, repeats
 * included (the store merges them by abstract fingerprint). */
#ifndef PB_DIGEST_H
#define PB_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "adapter.h"
#include "paper.h"
#include "util.h"

/* Parses "Last 7 Days (June 29 – July 05, 2026)": true with the year the range ends in. */
bool digest_header_year(const char *line, int *year);

/* The lines: one paragraph each, cleaned; an empty line is a break (the HTML page's end of a
 * section or article), which text dumps never have.
 *
 * Does this sequence of lines hold digest records? At least one "Primary:" line between an
 * abstract-sized paragraph and three or more review paragraphs, and either the header, an
 * "All Institutions:" line, or a second such record. */
bool digest_detect(const struct strlist *lines);

/* Appends one paper per record. */
void digest_read(const struct strlist *lines, struct paper_list *out);

/* Splits an "All Institutions:" value on ", " outside parentheses: "A*STAR, NTU Singapore
 * (Nanyang Technological University), Alibaba Group" gives three names. A name followed by
 * a parenthesis too long to be its long form is commentary on a guess, and is left out. */
void digest_split_institutions(const char *list, struct strlist *out);

/* The HTML digest; belongs in adapters_html[] before the generic adapters. */
extern const struct adapter adapter_digest;

#endif
