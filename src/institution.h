/* institution.h — institution names made canonical, so that "A*STAR (Agency for Science,
 * Technology and Research)" and "A*STAR" are one institution in the library.
 *
 *   institution.c        lookup, "Name (Expansion)" forms, config `alias` lines
 *   institution-table.c  the built-in aliases
 *
 * Canonical names depend only on the name, the built-in table and the config, never on what
 * the library already holds, so the same pages give the same library in any order.
 */
#ifndef PB_INSTITUTION_H
#define PB_INSTITUTION_H

#include <stdbool.h>

#include "config.h"
#include "util.h"

struct institutions;

/* A resolver with the built-in aliases. */
struct institutions *institutions_new(void);
void institutions_free(struct institutions *in);

/* `alias ALIAS CANONICAL`: ALIAS names CANONICAL from now on. CANONICAL is itself resolved
 * through the built-in table ("alias Tsinghua-U Tsinghua" maps to "Tsinghua University");
 * config aliases win over built-in ones. */
bool institutions_add_alias(struct institutions *in, const char *alias, const char *canonical,
			    struct strbuf *err);
/* The config handler for `alias` lines; ctx is a struct institutions. */
bool institutions_config_alias(const struct config_line *l, void *ctx, struct strbuf *err);

/* The canonical form of NAME (malloc'd), NULL when nothing is left of it. Appends to
 * ALIASES (may be NULL) the other names of that institution worth recording in the library
 * (the form NAME had, the built-in aliases, the abbreviation in "Name (ABBR)"), none equal to
 * the canonical name. Rules, in order: an alias from the config or the built-in table; for
 * "X (Y)": a known X or Y, else the long form when one of them abbreviates the other
 * ("MBZUAI (Mohamed bin Zayed University of Artificial Intelligence)" -> the long name), else
 * X when Y is a remark rather than a name (more than 8 words), else NAME as written. */
char *institution_canonical(const struct institutions *in, const char *name,
			    struct strlist *aliases);

/* The lookup key: folded case and accents, punctuation as spaces, no leading "the"
 * ("The Hong Kong University of Science & Technology" -> "hong kong university of science
 * and technology"). Malloc'd. */
char *institution_key(const char *name);

/* The built-in table: each entry "Canonical|alias|alias...", NULL-terminated. */
extern const char *const institution_table[];

#endif
