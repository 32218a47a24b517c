/* ingest-hf-json.c — papers in the JSON that Hugging Face pages embed in data-props. The key
 * that holds the list differs between pages (dailyPapers, searchResults, orgPapers, a lone
 * paper on a paper page), so the walk looks for paper objects wherever they are: an object
 * whose "paper" member has an id and a title (a list item), or an object with id, title and
 * summary or authors (a bare paper). */
#include "ingest-hf.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "text.h"
#include "util.h"

static const char *str_member(json_t *o, const char *key)
{
	json_t *v = json_is_object(o) ? json_object_get(o, key) : NULL;
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* First non-empty string member KEY of A, else of B. */
static const char *either(json_t *a, json_t *b, const char *key)
{
	const char *v = str_member(a, key);
	return !str_empty(v) ? v : str_member(b, key);
}

static void read_authors(struct paper *p, json_t *authors)
{
	size_t i;
	json_t *a;

	json_array_foreach(authors, i, a) {
		const char *name;
		/* Authors the page hides are not shown by the site either. */
		if (json_is_true(json_object_get(a, "hidden")))
			continue;
		name = str_member(a, "name");
		if (str_empty(name))
			name = str_member(json_object_get(a, "user"), "fullname");
		if (!str_empty(name))
			paper_add_author(p, name);
	}
}

static void read_organization(struct paper *p, json_t *paper, json_t *item)
{
	const char *full = str_member(json_object_get(paper, "organization"), "fullname");
	char *clean;

	if (str_empty(full))
		full = str_member(json_object_get(item, "organization"), "fullname");
	clean = text_clean(full);
	paper_add_institution(p, clean);
	free(clean);
}

static void read_score(struct paper *p, json_t *paper, json_t *item)
{
	json_t *v = json_object_get(paper, "upvotes");
	if (!json_is_number(v))
		v = json_object_get(item, "upvotes");
	if (json_is_number(v)) {
		p->has_score = true;
		p->score = json_number_value(v);
	}
}

/* A link the page gives, when it is an http(s) URL; cleaned like any page text. */
static void add_web_link(struct paper *p, const char *kind, const char *raw)
{
	char *url = text_clean(raw);
	if (url && (str_starts(url, "https://") || str_starts(url, "http://")) && !strchr(url, ' '))
		paper_add_link(p, kind, url);
	free(url);
}

/* Ids of HF paper pages: arXiv ids, or the site's own plain tokens. */
static bool is_page_id(const char *id)
{
	if (str_empty(id) || strlen(id) > 64)
		return false;
	for (const char *c = id; *c; c++)
		if (!isalnum((unsigned char)*c) && !strchr("._-/", *c))
			return false;
	return true;
}

static void read_links(struct paper *p, json_t *paper, const char *id)
{
	char *page;

	add_web_link(p, "code", str_member(paper, "githubRepo"));
	add_web_link(p, "project", str_member(paper, "projectPage"));
	if (!is_page_id(id))
		return;
	page = xasprintf("https://huggingface.co/papers/%s", id);
	paper_add_link(p, "page", page);
	if (!p->arxiv_id && !p->url)
		p->url = xstrdup(page);
	free(page);
}

static void add_paper(json_t *item, json_t *paper, struct paper_list *out, struct strlist *seen)
{
	const char *id = str_member(paper, "id");
	json_t *kw = json_object_get(paper, "ai_keywords");
	char aid[ARXIV_ID_MAX], *key;
	struct paper *p;
	size_t i;
	json_t *k;

	key = arxiv_id_parse(id, aid) ? xstrdup(aid) : xstrdup(id);
	if (strlist_has(seen, key)) {
		free(key);
		return;
	}
	strlist_take(seen, key);
	p = paper_list_push(out);
	paper_set_title(p, either(paper, item, "title"));
	paper_set_abstract(p, either(paper, item, "summary"));
	paper_set_date(p, str_member(paper, "publishedAt"), 0);
	read_authors(p, json_object_get(paper, "authors"));
	read_score(p, paper, item);
	read_organization(p, paper, item);
	json_array_foreach(kw, i, k) {
		char *clean = json_is_string(k) ? text_clean(json_string_value(k)) : NULL;
		paper_add_topic(p, clean, TOPIC_KEYWORD);
		free(clean);
	}
	if (arxiv_id_parse(id, aid))
		paper_set_arxiv(p, aid);
	read_links(p, paper, id);
}

static bool is_paper(json_t *o)
{
	return json_is_object(o) && !str_empty(str_member(o, "id")) && !str_empty(str_member(o, "title"));
}

static void walk(json_t *v, struct paper_list *out, struct strlist *seen)
{
	const char *key;
	json_t *child;
	size_t i;

	if (json_is_array(v)) {
		json_array_foreach(v, i, child)
			walk(child, out, seen);
		return;
	}
	if (!json_is_object(v))
		return;
	child = json_object_get(v, "paper");
	if (json_is_object(child) && !str_empty(str_member(child, "id")) &&
	    !str_empty(either(child, v, "title"))) {
		add_paper(v, child, out, seen);
		return;
	}
	if (is_paper(v) && (str_member(v, "summary") || json_is_array(json_object_get(v, "authors")))) {
		add_paper(v, v, out, seen);
		return;
	}
	json_object_foreach(v, key, child)
		walk(child, out, seen);
}

bool hf_json_papers(const char *props, struct paper_list *out, struct strlist *seen)
{
	json_error_t jerr;
	json_t *root = json_loads(props, JSON_DECODE_ANY, &jerr);

	if (!root)
		return false;
	walk(root, out, seen);
	json_decref(root);
	return true;
}
