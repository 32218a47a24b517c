/* paper-spec.c — building a struct paper from a compact test description. */
#include "helpers/paper-spec.h"

#include <stdlib.h>
#include <string.h>

/* Calls FN for each "; "-separated item of LIST. */
static void each_item(const char *list, void (*fn)(struct paper *, const char *), struct paper *p)
{
	const char *s = list;
	while (s && *s) {
		const char *end = strstr(s, "; ");
		char *item = end ? strndup(s, (size_t)(end - s)) : strdup(s);
		fn(p, item);
		free(item);
		s = end ? end + 2 : NULL;
	}
}

static void add_author(struct paper *p, const char *name)
{
	strlist_add(&p->authors, name);
}

static void add_institution(struct paper *p, const char *name)
{
	paper_add_institution(p, name);
}

static void add_topic(struct paper *p, const char *item)
{
	static const char *const origins[] = {"", "arxiv", "keyword", "rule", "option"};
	const char *at = strrchr(item, '@');
	enum topic_origin origin = TOPIC_RULE;
	char *name = at ? strndup(item, (size_t)(at - item)) : strdup(item);
	for (int i = 1; at && i <= 4; i++)
		if (strcmp(at + 1, origins[i]) == 0)
			origin = (enum topic_origin)i;
	paper_add_topic(p, name, origin);
	free(name);
}

static void add_link(struct paper *p, const char *item)
{
	const char *eq = strchr(item, '=');
	char *kind;
	if (!eq)
		return;
	kind = strndup(item, (size_t)(eq - item));
	paper_add_link(p, kind, eq + 1);
	free(kind);
}

void paper_from_spec(struct paper *p, const struct paper_spec *s)
{
	memset(p, 0, sizeof *p);
	p->arxiv_id = xstrdup(s->arxiv);
	p->doi = xstrdup(s->doi);
	p->title = xstrdup(s->title);
	p->abstract = xstrdup(s->abstract);
	p->abstract_raw = xstrdup(s->raw);
	p->date = xstrdup(s->date);
	p->url = xstrdup(s->url);
	p->pdf_url = xstrdup(s->pdf);
	each_item(s->authors, add_author, p);
	p->author_count = s->author_count;
	each_item(s->institutions, add_institution, p);
	p->primary_known = s->primary && p->institutions.n > 0;
	each_item(s->topics, add_topic, p);
	each_item(s->links, add_link, p);
	if (s->score) {
		p->has_score = true;
		p->score = strtod(s->score, NULL);
	}
	for (int i = 0; i < REVIEW_N; i++)
		p->reviews[i] = xstrdup(s->reviews[i]);
}
