/* topic-rules.h — keyword rules that give papers topics from their title and abstract.
 *
 *   topic-rules.c          parsing rules, matching them
 *   topic-rules-default.c  the shipped rule set
 *
 * A rule is `NAME: word, word, ...`; a word is a word or phrase matched case- and
 * accent-insensitively on word boundaries ("rl" does not match "world"); punctuation counts
 * as a space ("multi-agent" matches "multi agent"); '*' at the end or start of a word matches
 * any ending or beginning ("agent*" matches "agents", "agentic").
 */
#ifndef PB_TOPIC_RULES_H
#define PB_TOPIC_RULES_H

#include <stdbool.h>

#include "config.h"
#include "util.h"

struct topic_rules;

/* The shipped rules. */
struct topic_rules *topic_rules_new(void);
/* No rules at all (for tests). */
struct topic_rules *topic_rules_new_empty(void);
void topic_rules_free(struct topic_rules *r);

/* Sets the rule "NAME: WORDS" from TEXT. A rule of an existing name replaces it; a name with
 * no words ("rl:") removes it. Returns false with one line in err for a malformed rule. */
bool topic_rules_set(struct topic_rules *r, const char *text, struct strbuf *err);
/* The config handler for `topic NAME: word, ...` lines; ctx is a struct topic_rules. */
bool topic_rules_config(const struct config_line *l, void *ctx, struct strbuf *err);

/* Appends to OUT the names of the rules TITLE or ABSTRACT (either may be NULL) match, in
 * rule order. */
void topic_rules_match(const struct topic_rules *r, const char *title, const char *abstract,
		       struct strlist *out);

/* The rules as config lines ("topic agents: agent*, agentic, ..."), one per line. */
char *topic_rules_format(const struct topic_rules *r);

/* The shipped rules, "NAME: word, word" each, NULL-terminated. */
extern const char *const topic_rules_default[];

#endif
