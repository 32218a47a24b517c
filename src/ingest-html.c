/* ingest-html.c — pieces the HTML adapters share: authors from DOM nodes and from text. */
#include "ingest-html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter-util.h"
#include "html.h"
#include "util.h"

void ingest_add_author_node(struct paper *p, xmlNodePtr n)
{
	char *name = html_text_nodesc(n);
	if (name)
		paper_add_author(p, name);
	free(name);
}

void ingest_add_author_links(struct paper *p, xmlNodePtr container)
{
	xmlNodePtr a = html_find(container, "a", NULL);
	char *text;

	if (a) {
		for (; a; a = html_find_after(container, a, "a", NULL))
			ingest_add_author_node(p, a);
		return;
	}
	text = html_text_nodesc(container);
	if (text)
		ingest_add_authors(p, text);
	free(text);
}

/* Words that end an author list or stand for names left out. */
static bool is_filler(const char *s)
{
	static const char *const fillers[] = {"et al", "et al.", "et. al", "et. al.", "...", "\xe2\x80\xa6",
	                                      "others", "and others"};
	for (size_t i = 0; i < sizeof fillers / sizeof fillers[0]; i++)
		if (strcasecmp(s, fillers[i]) == 0)
			return true;
	return false;
}

static size_t add_one(struct paper *p, const char *start, size_t len)
{
	char *part = xstrndup(start, len);
	char *name = author_name_display(part);
	size_t added = 0;

	/* "Z. Wang, ... Y. Yuan": ellipses stand for names the page left out. */
	if (name) {
		char *e = strstr(name, "...");
		if (e == name) {
			memmove(name, name + 3, strlen(name + 3) + 1);
			char *again = author_name_display(name);
			free(name);
			name = again;
		} else if (e) {
			*e = '\0';
			char *again = author_name_display(name);
			free(name);
			name = again;
		}
	}
	if (name && !is_filler(name)) {
		strlist_take(&p->authors, name);
		added = 1;
	} else {
		free(name);
	}
	free(part);
	return added;
}

size_t ingest_add_authors(struct paper *p, const char *text)
{
	size_t added = 0;
	const char *s = text, *start = text;

	if (!text)
		return 0;
	while (*s) {
		size_t sep = 0;
		if (*s == ',' || *s == ';')
			sep = 1;
		else if (*s == '&')
			sep = 1;
		else if (strncmp(s, " and ", 5) == 0)
			sep = 5;
		if (sep) {
			added += add_one(p, start, (size_t)(s - start));
			s += sep;
			/* ", and C" */
			while (*s == ' ')
				s++;
			if (strncmp(s, "and ", 4) == 0)
				s += 4;
			start = s;
			continue;
		}
		s++;
	}
	added += add_one(p, start, (size_t)(s - start));
	return added;
}
