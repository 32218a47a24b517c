/* adapter-util.h — what every adapter needs to fill a paper: arXiv ids and categories, author
 * names, DOIs, cleaned fields. Pure string work, no DOM. */
#ifndef PB_ADAPTER_UTIL_H
#define PB_ADAPTER_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "paper.h"

/* Longest arXiv id we keep, "cond-mat.stat-mech/0102536" with room to spare, plus NUL. */
#define ARXIV_ID_MAX 48

/* S starts with an arXiv id, optionally after "arXiv:" and spaces: new style 2106.09608,
 * old style hep-th/9901001 or math.AG/0101001. Writes it without version. */
bool arxiv_id_parse(const char *s, char out[ARXIV_ID_MAX]);
/* The arXiv id in a link: .../abs/<id>, .../pdf/<id>(.pdf), .../html/<id>, the arXiv DOI
 * 10.48550/arXiv.<id>, or "arXiv:<id>" anywhere in S. */
bool arxiv_id_find(const char *s, char out[ARXIV_ID_MAX]);
/* The category code in a subject such as "Machine Learning (cs.LG)" -> "cs.LG"; a bare code
 * ("hep-ph") is accepted too. */
bool arxiv_category_parse(const char *subject, char *out, size_t outlen);
/* Every category code in a subjects line "A (cs.LG); B (cs.AI)", in order, as arXiv topics. */
void arxiv_add_categories(struct paper *p, const char *subjects);

/* A DOI from "10.1103/X", "doi:10.1103/X" or "https://doi.org/10.1103/X"; NULL if none. */
char *doi_parse(const char *s);

/* An author as a reader wants it: cleaned, "Last, First" turned into "First Last", footnote
 * marks (*, †, ‡, digits at the end) removed. NULL when nothing is left. */
char *author_name_display(const char *raw);

/* Setters that clean the text and keep an existing value when the new one is empty. */
void paper_set_title(struct paper *p, const char *raw);
void paper_set_abstract(struct paper *p, const char *raw);
/* Takes ownership of TEXT (already cleaned); frees it when the paper has one. */
void paper_take_abstract(struct paper *p, char *text);
void paper_take_title(struct paper *p, char *text);
/* Normalises RAW with date_normalise; false when it holds no date. */
bool paper_set_date(struct paper *p, const char *raw, int page_year);
/* Sets the arXiv id and, when the page gave none, the abstract and PDF links it implies. */
void paper_set_arxiv(struct paper *p, const char *id);
void paper_set_doi(struct paper *p, const char *raw);
void paper_add_author(struct paper *p, const char *raw);
/* Removes, from index FROM on, papers with neither title, abstract, arXiv id nor DOI: an
 * entry of the page's shape that holds nothing to know the paper by. */
void papers_drop_unusable(struct paper_list *l, size_t from);
/* Sets url / pdf_url from a link when still empty and the link is absolute http(s), as
 * html_url_resolve() gives it. */
void paper_set_url(char **field, const char *url);

#endif
