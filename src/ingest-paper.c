/* ingest-paper.c — one paper as an adapter gave it, made ready for the store: clean text,
 * readable LaTeX, canonical institutions, topics from the rules, the command line's context. */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

/* Replaces *S by F(*S) (NULL when nothing is left). */
static void apply(char **s, char *(*f)(const char *))
{
	char *v;
	if (!*s)
		return;
	v = f(*s);
	free(*s);
	*s = v;
}

static void strip_entities(char **s)
{
	apply(s, text_decode_entities);
}

/* Cleans every string of L with F and drops the ones left empty. */
static void clean_list(struct strlist *l, bool entities, char *(*f)(const char *))
{
	size_t kept = 0;
	for (size_t i = 0; i < l->n; i++) {
		char *v = l->v[i];
		if (entities)
			strip_entities(&v);
		apply(&v, f);
		if (v)
			l->v[kept++] = v;
	}
	l->n = kept;
}

/* The abstract: readable text, the original kept in abstract_raw when it differs. */
static void prepare_abstract(struct paper *p)
{
	char *readable;
	if (!p->abstract)
		return;
	readable = text_latex_readable(p->abstract);
	if (readable && !p->abstract_raw && text_has_latex(p->abstract)) {
		char *raw = text_clean(p->abstract);
		if (raw && strcmp(raw, readable) != 0)
			p->abstract_raw = raw;
		else
			free(raw);
	}
	free(p->abstract);
	p->abstract = readable;
	if (!p->abstract) {
		free(p->abstract_raw);
		p->abstract_raw = NULL;
	}
}

/* Canonical institution names in page order, without duplicates; the primary institution
 * stays first only when it survived. */
static void prepare_institutions(struct paper *p, const struct ingest_options *o,
				 struct strlist *aliases)
{
	struct strlist canon = {0};
	bool primary = p->primary_known;
	for (size_t i = 0; i < p->institutions.n; i++) {
		struct strlist found = {0};
		char *c = institution_canonical(o->inst, p->institutions.v[i], &found);
		if (!c) {
			primary = primary && i > 0;
		} else if (!strlist_has_nocase(&canon, c)) {
			for (size_t k = 0; k < found.n; k++) {
				strlist_add(aliases, found.v[k]);
				strlist_add(aliases, c);
			}
			strlist_take(&canon, c);
		} else {
			free(c);
		}
		strlist_free(&found);
	}
	for (size_t i = 0; i < o->ctx.institutions.n; i++) {
		char *c = institution_canonical(o->inst, o->ctx.institutions.v[i], NULL);
		if (c && !strlist_has_nocase(&canon, c))
			strlist_take(&canon, c);
		else
			free(c);
	}
	strlist_free(&p->institutions);
	p->institutions = canon;
	p->primary_known = primary && canon.n > 0;
}

bool ingest_paper_prepare(struct paper *p, bool text_dump, const struct ingest_options *o,
			  struct strlist *aliases, size_t *limited)
{
	/* Before clean-up with room to spare (clean-up mostly shrinks text, "--" grows), so
	 * its work stays bounded; after it, to the limits themselves. */
	size_t before = ingest_paper_limit(p, 4), after;

	if (text_dump) {
		strip_entities(&p->title);
		strip_entities(&p->abstract);
		for (int i = 0; i < REVIEW_N; i++)
			strip_entities(&p->reviews[i]);
	}
	apply(&p->title, text_latex_readable);
	prepare_abstract(p);
	apply(&p->abstract_raw, text_clean);
	for (int i = 0; i < REVIEW_N; i++)
		apply(&p->reviews[i], text_latex_readable);
	clean_list(&p->authors, text_dump, text_latex_readable);
	if (text_dump)
		for (size_t i = 0; i < p->institutions.n; i++)
			strip_entities(&p->institutions.v[i]);
	prepare_institutions(p, o, aliases);
	if (p->author_count > 0 && (size_t)p->author_count < p->authors.n)
		p->author_count = (int)p->authors.n;

	struct strlist found = {0};
	if (o->rules)
		topic_rules_match(o->rules, p->title, p->abstract, &found);
	for (size_t i = 0; i < found.n; i++)
		paper_add_topic(p, found.v[i], TOPIC_RULE);
	strlist_free(&found);
	for (size_t i = 0; i < o->ctx.topics.n; i++)
		paper_add_topic(p, o->ctx.topics.v[i], TOPIC_OPTION);
	after = ingest_paper_limit(p, 1);
	if (limited)
		*limited = before > after ? before : after;

	return !str_empty(p->title) || !str_empty(p->abstract) || !str_empty(p->arxiv_id) ||
	       !str_empty(p->doi);
}
