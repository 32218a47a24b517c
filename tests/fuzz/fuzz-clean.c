/* fuzz-clean.c — fuzz target: the text clean-up every adapter relies on (text_clean,
 * text_node on a parsed fragment, URL resolution), dates and folding keys. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fold.h"
#include "fuzz-check.h"
#include "html.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* text_clean() gives clean text, and clean text is its own clean-up. */
static void check_clean(const char *s)
{
	char *c = text_clean(s);
	fuzz_check_clean("text_clean", "result", c);
	if (c) {
		char *again = text_clean(c);
		if (!again || strcmp(again, c) != 0)
			fuzz_fail("text_clean", "cleaning clean text changed it", c);
		free(again);
	}
	free(c);
}

static void check_node(const char *s, size_t len)
{
	htmlDocPtr doc = htmlReadMemory(s, (int)len, "fuzz.html", "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
						HTML_PARSE_NOWARNING);
	if (!doc)
		return;
	char *t = text_node(html_root(doc));
	fuzz_check_clean("text_node", "result", t);
	free(t);
	t = html_title(doc);
	fuzz_check_clean("html_title", "result", t);
	free(t);
	xmlFreeDoc(doc);
}

static void check_date(const char *s)
{
	static const int years[] = {0, 2026};
	for (size_t i = 0; i < sizeof years / sizeof years[0]; i++) {
		char out[11];
		memset(out, 'x', sizeof out);
		if (!date_normalise(s, years[i], out))
			continue;
		if (!memchr(out, '\0', sizeof out) || !fuzz_iso_date(out))
			fuzz_fail("date_normalise", "not an ISO date", out);
	}
}

/* A key folds to itself, and valid UTF-8 stays valid. */
static void check_fold(const char *s, size_t len)
{
	char *k = fold_key(s);
	if (!k)
		fuzz_fail("fold_key", "NULL for a string", s);
	if (fuzz_utf8_valid(s, len) && !fuzz_utf8_valid(k, strlen(k)))
		fuzz_fail("fold_key", "valid UTF-8 in, invalid out", k);
	char *again = fold_key(k);
	if (strcmp(again, k) != 0)
		fuzz_fail("fold_key", "folding a key changed it", k);
	free(again);
	free(k);
}

/* The text up to the first tab is a link, the rest the page's address. */
static void check_url(const char *s)
{
	const char *tab = strchr(s, '\t');
	char *href = tab ? strndup(s, (size_t)(tab - s)) : strdup(s);
	char *u = html_url_resolve(href, tab ? tab + 1 : NULL);
	if (u && !fuzz_http_url(u))
		fuzz_fail("html_url_resolve", "not an http(s) URL", u);
	free(u);
	free(href);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	size_t len = 0;

	for (size_t i = 0; i < size; i++)
		if (data[i])
			s[len++] = (char)data[i];
	s[len] = '\0';
	check_clean(s);
	check_node(s, len);
	check_date(s);
	check_fold(s, len);
	check_url(s);
	free(s);
	return 0;
}
