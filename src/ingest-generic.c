/* ingest-generic.c — the last resort: a page that names one paper through schema.org JSON-LD
 * (ScholarlyArticle and kin, with a title AND authors) or Dublin Core metas (DC.title AND
 * DC.creator). A page whose only description is a og:description/<title> pair is not a paper:
 * without a title+author structure nothing is produced. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-html.h"
#include "text.h"
#include "util.h"

static const char *const article_types[] = {
	"ScholarlyArticle", "MedicalScholarlyArticle", "Report", "Thesis", "Chapter",
};

static bool type_is_article(json_t *type)
{
	size_t i;
	json_t *t;

	if (json_is_array(type)) {
		json_array_foreach(type, i, t)
			if (type_is_article(t))
				return true;
		return false;
	}
	for (size_t k = 0; json_is_string(type) && k < sizeof article_types / sizeof article_types[0]; k++)
		if (strcmp(json_string_value(type), article_types[k]) == 0)
			return true;
	return false;
}

static const char *member(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Author names of a JSON-LD author value: a name, a Person, or a list of either. */
static void add_ld_authors(struct paper *p, json_t *a)
{
	size_t i;
	json_t *x;

	if (json_is_string(a))
		paper_add_author(p, json_string_value(a));
	else if (json_is_object(a))
		paper_add_author(p, member(a, "name"));
	else if (json_is_array(a))
		json_array_foreach(a, i, x)
			add_ld_authors(p, x);
}

/* The first scholarly object in a JSON-LD value (graphs and lists included). */
static json_t *find_article(json_t *v)
{
	size_t i;
	json_t *x;

	if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			json_t *found = find_article(x);
			if (found)
				return found;
		}
		return NULL;
	}
	if (!json_is_object(v))
		return NULL;
	if (type_is_article(json_object_get(v, "@type")) &&
	    (member(v, "name") || member(v, "headline")) && json_object_get(v, "author"))
		return v;
	return find_article(json_object_get(v, "@graph"));
}

/* Parses each JSON-LD script until one holds an article; the caller decrefs *root. */
static json_t *ld_article(htmlDocPtr doc, json_t **root)
{
	xmlNodePtr top = html_root(doc);

	*root = NULL;
	for (xmlNodePtr s = html_find(top, "script", NULL); s; s = html_find_after(top, s, "script", NULL)) {
		char *type = html_attr(s, "type");
		bool ld = type && strcmp(type, "application/ld+json") == 0;
		free(type);
		if (ld) {
			xmlChar *raw = xmlNodeGetContent(s);
			json_t *j = raw ? json_loads((const char *)raw, JSON_DECODE_ANY, NULL) : NULL;
			json_t *art = find_article(j);
			xmlFree(raw);
			if (art) {
				*root = j;
				return art;
			}
			json_decref(j);
		}
	}
	return NULL;
}

static bool has_dc_paper(const struct html_metas *m)
{
	return html_metas_get_nocase(m, "DC.title") && html_metas_get_nocase(m, "DC.creator");
}

static bool generic_detect(const struct page *pg)
{
	struct html_metas m;
	json_t *root;
	bool yes = ld_article(pg->doc, &root) != NULL;

	json_decref(root);
	if (!yes) {
		html_metas_read(pg->doc, &m);
		yes = has_dc_paper(&m);
		html_metas_free(&m);
	}
	return yes;
}

static void read_dc(struct paper *p, const struct html_metas *m, int year)
{
	paper_set_title(p, html_metas_get_nocase(m, "DC.title"));
	if (p->authors.n == 0)
		for (size_t i = 0; i < m->n; i++)
			if (strcasecmp(m->v[i].name, "DC.creator") == 0)
				paper_add_author(p, m->v[i].content);
	paper_set_abstract(p, html_metas_get_nocase(m, "DC.description"));
	paper_set_date(p, html_metas_get_nocase(m, "DC.date"), year);
	for (size_t i = 0; i < m->n; i++)
		if (strcasecmp(m->v[i].name, "DC.identifier") == 0)
			paper_set_doi(p, m->v[i].content);
}

static bool generic_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	struct html_metas m;
	json_t *root;
	json_t *art = ld_article(pg->doc, &root);
	struct paper *p = paper_list_push(out);

	(void)err;
	if (art) {
		paper_set_title(p, member(art, "headline") ? member(art, "headline") : member(art, "name"));
		add_ld_authors(p, json_object_get(art, "author"));
		paper_set_abstract(p, member(art, "abstract"));
		paper_set_date(p, member(art, "datePublished"), pg->year);
		paper_set_doi(p, member(art, "identifier"));
		paper_set_doi(p, member(art, "sameAs"));
		paper_set_url(&p->url, member(art, "url"));
	}
	json_decref(root);
	html_metas_read(pg->doc, &m);
	if (has_dc_paper(&m))
		read_dc(p, &m, pg->year);
	html_metas_free(&m);
	if (!p->title || p->authors.n == 0) {
		paper_free(p);
		out->n--;
	}
	return true;
}

const struct adapter adapter_generic = {
	.name = "generic",
	.detect = generic_detect,
	.extract = generic_extract,
};
