/* ingest-heading.h — is a page's heading an institution? An author or institution page
 * ("Tsinghua University" over a list of abstracts) passes its heading to every entry only
 * when the heading names an institution; a person's name or nickname ("Atlas") is not one. */
#ifndef PB_INGEST_HEADING_H
#define PB_INGEST_HEADING_H

#include <stdbool.h>

/* True when HEADING holds an institution word as a whole word (University, Institute,
 * Laboratory/Lab, College, Academy, School, Centre/Center, Hospital, Polytechnic, Inc.,
 * Corporation, Ltd, GmbH, ... and their Romance and Germanic spellings; "X Research" with a
 * name before it), or is one of a few well-known institutions written without such a word
 * (MIT, EPFL, Google DeepMind, NVIDIA, ...). Long sentence-like headings are never one. */
bool ingest_heading_is_institution(const char *heading);

#endif
