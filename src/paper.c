/* paper.c — lifetime and small edits of struct paper. */
#include "paper.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct paper *paper_list_push(struct paper_list *l)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	memset(&l->v[l->n], 0, sizeof l->v[0]);
	return &l->v[l->n++];
}

void paper_list_free(struct paper_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		paper_free(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

void paper_free(struct paper *p)
{
	free(p->arxiv_id);
	free(p->doi);
	free(p->title);
	free(p->abstract);
	free(p->abstract_raw);
	free(p->date);
	free(p->url);
	free(p->pdf_url);
	for (size_t i = 0; i < p->nlinks; i++) {
		free(p->links[i].kind);
		free(p->links[i].url);
	}
	free(p->links);
	strlist_free(&p->authors);
	strlist_free(&p->institutions);
	for (size_t i = 0; i < p->ntopics; i++)
		free(p->topics[i].name);
	free(p->topics);
	for (int i = 0; i < REVIEW_N; i++)
		free(p->reviews[i]);
	free(p->note);
	strlist_free(&p->tags);
	strlist_free(&p->sources);
	memset(p, 0, sizeof *p);
}

void paper_add_topic(struct paper *p, const char *name, enum topic_origin origin)
{
	if (str_empty(name))
		return;
	for (size_t i = 0; i < p->ntopics; i++)
		if (strcasecmp(p->topics[i].name, name) == 0)
			return;
	p->topics = xrealloc(p->topics, (p->ntopics + 1) * sizeof *p->topics);
	p->topics[p->ntopics].name = xstrdup(name);
	p->topics[p->ntopics].origin = origin;
	p->ntopics++;
}

void paper_add_link(struct paper *p, const char *kind, const char *url)
{
	if (str_empty(kind) || str_empty(url))
		return;
	for (size_t i = 0; i < p->nlinks; i++)
		if (strcmp(p->links[i].url, url) == 0)
			return;
	p->links = xrealloc(p->links, (p->nlinks + 1) * sizeof *p->links);
	p->links[p->nlinks].kind = xstrdup(kind);
	p->links[p->nlinks].url = xstrdup(url);
	p->nlinks++;
}

void paper_add_institution(struct paper *p, const char *name)
{
	if (str_empty(name) || strlist_has_nocase(&p->institutions, name))
		return;
	strlist_add(&p->institutions, name);
}

static const char *const review_names[REVIEW_N] = {
	"tldr", "methodology", "experiments", "reproducibility", "limitations", "impact",
};
static const char *const review_titles[REVIEW_N] = {
	"TL;DR", "Methodology", "Experiments", "Reproducibility", "Limitations", "Broader impact",
};

const char *review_section_name(enum review_section s)
{
	return (unsigned)s < REVIEW_N ? review_names[s] : "?";
}

const char *review_section_title(enum review_section s)
{
	return (unsigned)s < REVIEW_N ? review_titles[s] : "?";
}

bool review_section_from_name(const char *name, enum review_section *out)
{
	for (int i = 0; i < REVIEW_N; i++)
		if (name && strcmp(name, review_names[i]) == 0) {
			*out = (enum review_section)i;
			return true;
		}
	return false;
}

const char *topic_origin_name(enum topic_origin o)
{
	switch (o) {
	case TOPIC_ARXIV: return "arxiv";
	case TOPIC_KEYWORD: return "keyword";
	case TOPIC_RULE: return "rule";
	case TOPIC_OPTION: return "option";
	}
	return "?";
}
