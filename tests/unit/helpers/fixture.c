/* fixture.c — test fixtures: files of the checkout, pages made from them, adapters run. */
#include "fixture.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

char *fixture_load(const char *relpath, size_t *len)
{
	const char *top = getenv("PB_TOP");
	char *path = xasprintf("%s/%s", top && *top ? top : ".", relpath);
	struct strbuf b = {0};
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		free(path);
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_addn(&b, chunk, n);
	fclose(f);
	free(path);
	if (len)
		*len = b.len;
	return sb_take(&b);
}

char *fixture_replace(const char *s, const char *from, const char *to)
{
	struct strbuf b = {0};
	size_t n = strlen(from);
	const char *hit;

	while ((hit = strstr(s, from))) {
		sb_addn(&b, s, (size_t)(hit - s));
		sb_add(&b, to);
		s = hit + n;
	}
	sb_add(&b, s);
	return sb_take(&b);
}

const struct adapter *fixture_run(const struct adapter *const *table, const char *text,
				  size_t len, bool html, int year, struct paper_list *out)
{
	struct page pg = {.path = "fixture", .text = text, .len = len, .year = year};
	const struct adapter *found = NULL;

	if (html)
		pg.doc = htmlReadMemory(text, (int)len, "fixture.html", "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
						HTML_PARSE_NOWARNING);
	for (int i = 0; table[i]; i++) {
		if (!table[i]->detect(&pg))
			continue;
		struct strbuf err = {0};
		found = table[i];
		if (!found->extract(&pg, out, &err))
			fprintf(stderr, "%s: %s\n", found->name, err.s ? err.s : "failed");
		sb_free(&err);
		break;
	}
	if (pg.doc)
		xmlFreeDoc(pg.doc);
	return found;
}

const struct paper *fixture_find_title(const struct paper_list *l, const char *prefix)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].title && str_starts(l->v[i].title, prefix))
			return &l->v[i];
	return NULL;
}

size_t fixture_distinct_abstracts(const struct paper_list *l)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = l->v[i].abstract && l->v[j].abstract &&
			       strcmp(l->v[i].abstract, l->v[j].abstract) == 0;
		n += !seen;
	}
	return n;
}
