/* fuzz-clean.c — fuzz target: the text clean-up every adapter and the run rely on
 * (text_clean, text_node on a parsed fragment, readable LaTeX, entities in dumps, text for a
 * terminal, URL resolution), dates, folding keys, institution names and topic rules. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fold.h"
#include "fuzz-check.h"
#include "html.h"
#include "ingest.h"
#include "institution.h"
#include "topic-rules.h"
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

/* LaTeX made readable and entities decoded: clean text either way. */
static void check_latex(const char *s)
{
	char *r = text_latex_readable(s);
	fuzz_check_clean("text_latex_readable", "result", r);
	free(r);
	(void)text_has_latex(s);
	(void)text_is_truncated(s);
	r = text_decode_entities(s);
	if (!r)
		fuzz_fail("text_decode_entities", "NULL for a string", s);
	if (fuzz_utf8_valid(s, strlen(s)) && !fuzz_utf8_valid(r, strlen(r)))
		fuzz_fail("text_decode_entities", "valid UTF-8 in, invalid out", r);
	free(r);
}

/* What the run prints of a page holds no control character. */
static void check_printable(const char *s)
{
	char *r = ingest_printable(s);
	for (const unsigned char *p = (const unsigned char *)r; *p; p++)
		if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0))
			fuzz_fail("ingest_printable", "a control character left", r);
	free(r);
}

/* Canonical institution names are clean, and canonical again; rules find clean topics. */
static void check_names(const char *s)
{
	static struct institutions *in;
	static struct topic_rules *rules;
	struct strlist aliases = {0}, topics = {0};
	char *c, *again, *key;

	if (!in) {
		in = institutions_new();
		rules = topic_rules_new();
	}
	c = institution_canonical(in, s, &aliases);
	fuzz_check_clean("institution_canonical", "result", c);
	for (size_t i = 0; i < aliases.n; i++)
		fuzz_check_clean("institution_canonical", "alias", aliases.v[i]);
	if (c) {
		again = institution_canonical(in, c, NULL);
		if (!again || strcmp(again, c) != 0)
			fuzz_fail("institution_canonical", "a canonical name is not its own canonical", c);
		free(again);
	}
	key = institution_key(s);
	free(key);
	topic_rules_match(rules, s, s, &topics);
	for (size_t i = 0; i < topics.n; i++)
		fuzz_check_clean("topic_rules_match", "topic", topics.v[i]);
	strlist_free(&topics);
	strlist_free(&aliases);
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
	check_latex(s);
	check_printable(s);
	check_names(s);
	check_node(s, len);
	check_date(s);
	check_fold(s, len);
	check_url(s);
	free(s);
	return 0;
}
