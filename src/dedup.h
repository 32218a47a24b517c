/* dedup.h — the keys that recognise one paper on different pages: a normalised title and an
 * abstract fingerprint. Pure functions, no SQL; the store keeps their results in paper.title_key
 * and paper.abstract_fp, so changing how they are computed needs a migration that re-keys. */
#ifndef PB_DEDUP_H
#define PB_DEDUP_H

#include <stdbool.h>

/* How many leading words of an abstract the fingerprint covers. */
#define DEDUP_FP_WORDS 40
/* A complete abstract shorter than DEDUP_FP_WORDS is fingerprinted whole when it has at least
 * this many words; anything shorter gets no fingerprint (too little to tell papers apart). */
#define DEDUP_FP_MIN_WORDS 12

/* True when TEXT ends as a cut-off snippet does: "…" or "..." (trailing spaces ignored). */
bool dedup_is_truncated(const char *text);

/* The title as a key: folded (case, accents), LaTeX commands, punctuation and spaces removed.
 * NULL when the title is missing, truncated, or too short to identify a paper (fewer than
 * three words and fewer than 16 key bytes). Malloc'd. */
char *dedup_title_key(const char *title);

/* A fingerprint of the abstract's first DEDUP_FP_WORDS normalised words, as 16 hex digits.
 * Robust to case, accents, punctuation, whitespace and LaTeX markup, and to a snippet cut off
 * with "…" (its last, possibly partial, word is ignored). NULL when there are too few words.
 * Malloc'd. */
char *dedup_abstract_fp(const char *abstract);

/* A person's name as a key: its normalised words in sorted order, so "Łukasz Kaiser",
 * "lukasz kaiser" and "Kaiser, Łukasz" give one key. Malloc'd; "" when nothing is left. */
char *dedup_name_key(const char *name);
/* How many words of a name key are bare initials ("y shimada": 1). */
unsigned dedup_name_initials(const char *key);
/* True when two name keys may be one person: the same key, or as many words, at least one
 * full word in common, and initials standing for the rest ("Y. Shimada", "Yuki Shimada"). */
bool dedup_names_match(const char *key_a, const char *key_b);

/* How many normalised words S has (0 for NULL). */
unsigned dedup_word_count(const char *s);

/* Writes S's normalised words into OUT separated by single spaces (for tests and `check`);
 * returns how many words there were. */
struct strbuf;
unsigned dedup_words(const char *s, struct strbuf *out);

#endif
