/* test-ingest-limits.c — the caps on one paper's fields: long texts cut with "…" at a
 * character boundary, over-long names and links left out, counts capped, only web links kept. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ingest.h"
#include "text.h"

/* N bytes of "é" (two bytes each) after PREFIX, malloc'd. */
static char *long_text(const char *prefix, size_t n)
{
	size_t plen = strlen(prefix);
	char *s = xmalloc(plen + n + 1);
	memcpy(s, prefix, plen);
	for (size_t i = 0; i + 1 < n; i += 2)
		memcpy(s + plen + i, "\xC3\xA9", 2);
	s[plen + (n & ~(size_t)1)] = '\0';
	return s;
}

static void test_texts(void **state)
{
	struct paper p = {0};
	(void)state;

	/* an odd prefix puts the limit inside a two-byte character */
	p.title = long_text("x", 1 << 20);
	p.abstract = long_text("y", 1 << 20);
	p.reviews[REVIEW_TLDR] = long_text("", INGEST_MAX_ABSTRACT); /* exactly at the limit */
	assert_int_equal(ingest_paper_limit(&p, 1), 2);
	assert_true(strlen(p.title) <= INGEST_MAX_TITLE);
	assert_true(strlen(p.title) >= INGEST_MAX_TITLE - 4);
	assert_true(str_ends(p.title, "é…"));
	assert_true(text_is_truncated(p.title));
	assert_true(strlen(p.abstract) <= INGEST_MAX_ABSTRACT);
	assert_true(str_ends(p.abstract, "é…"));
	assert_int_equal(strlen(p.reviews[REVIEW_TLDR]), INGEST_MAX_ABSTRACT);
	assert_false(text_is_truncated(p.reviews[REVIEW_TLDR]));
	/* a second pass finds nothing more to do */
	assert_int_equal(ingest_paper_limit(&p, 1), 0);
	paper_free(&p);
}

static void test_names_and_counts(void **state)
{
	struct paper p = {0};
	char *big = long_text("", INGEST_MAX_NAME + 2);
	(void)state;

	strlist_add(&p.institutions, big);
	strlist_add(&p.institutions, "MIT");
	p.primary_known = true;
	for (int i = 0; i < INGEST_MAX_AUTHORS + 10; i++)
		strlist_take(&p.authors, xasprintf("Author %d", i));
	strlist_add(&p.authors, big);
	p.author_count = 3;
	for (int i = 0; i < INGEST_MAX_TOPICS + 1; i++) {
		char *t = xasprintf("topic%d", i);
		paper_add_topic(&p, t, TOPIC_KEYWORD);
		free(t);
	}
	/* 1 institution, 11 authors, 1 topic */
	assert_int_equal(ingest_paper_limit(&p, 1), 13);
	assert_int_equal(p.institutions.n, 1);
	assert_string_equal(p.institutions.v[0], "MIT");
	assert_false(p.primary_known); /* the primary one was the name left out */
	assert_int_equal(p.authors.n, INGEST_MAX_AUTHORS);
	assert_string_equal(p.authors.v[INGEST_MAX_AUTHORS - 1], "Author 4999");
	assert_int_equal(p.author_count, INGEST_MAX_AUTHORS + 11); /* the page named them all */
	assert_int_equal(p.ntopics, INGEST_MAX_TOPICS);
	paper_free(&p);
	free(big);
}

static void test_links(void **state)
{
	struct paper p = {0};
	char *long_url = long_text("https://example.org/", INGEST_MAX_URL);
	(void)state;

	assert_true(ingest_url_acceptable("https://arxiv.org/abs/2106.09608"));
	assert_true(ingest_url_acceptable("http://example.org/a?b=c#d"));
	assert_false(ingest_url_acceptable("javascript:alert(1)"));
	assert_false(ingest_url_acceptable("JAVASCRIPT://x"));
	assert_false(ingest_url_acceptable("file:///etc/passwd"));
	assert_false(ingest_url_acceptable("data:text/html,<script>"));
	assert_false(ingest_url_acceptable("https://x.org/a b"));
	assert_false(ingest_url_acceptable("https://x.org/\x1B]52;c;x\x07"));
	assert_false(ingest_url_acceptable("https://x.org/\n; rm -rf ~"));
	assert_false(ingest_url_acceptable(long_url));
	assert_false(ingest_url_acceptable(NULL));

	p.url = xstrdup("file:///etc/passwd");
	p.pdf_url = xstrdup("https://arxiv.org/pdf/2106.09608");
	p.doi = long_text("10.1234/", INGEST_MAX_DOI);
	paper_add_link(&p, "code", "javascript:alert(1)");
	paper_add_link(&p, "code", "https://github.com/x/y");
	paper_add_link(&p, "project", long_url);
	assert_int_equal(ingest_paper_limit(&p, 1), 4);
	assert_null(p.url);
	assert_string_equal(p.pdf_url, "https://arxiv.org/pdf/2106.09608");
	assert_null(p.doi);
	assert_int_equal(p.nlinks, 1);
	assert_string_equal(p.links[0].url, "https://github.com/x/y");
	paper_free(&p);
	free(long_url);
}

/* The whole preparation reports what it cut, and the work before clean-up is bounded too. */
static void test_prepare(void **state)
{
	struct ingest_options o = {0};
	struct strlist aliases = {0};
	struct paper p = {0};
	size_t limited = 99;
	(void)state;

	p.title = xstrdup("A title");
	assert_true(ingest_paper_prepare(&p, false, &o, &aliases, &limited));
	assert_int_equal(limited, 0);
	paper_free(&p);

	memset(&p, 0, sizeof p);
	/* 1 MB of words: cut to four times the limit before clean-up, to the limit after */
	p.abstract = xmalloc((1 << 20) + 1);
	for (size_t i = 0; i < 1 << 20; i += 4)
		memcpy(p.abstract + i, "abc ", 4);
	p.abstract[1 << 20] = '\0';
	assert_true(ingest_paper_prepare(&p, false, &o, &aliases, &limited));
	assert_int_equal(limited, 1);
	assert_true(strlen(p.abstract) <= INGEST_MAX_ABSTRACT);
	assert_true(strlen(p.abstract) >= INGEST_MAX_ABSTRACT - 4);
	assert_true(str_ends(p.abstract, "…"));
	assert_true(str_starts(p.abstract, "abc abc abc"));
	paper_free(&p);
	strlist_free(&aliases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_texts), cmocka_unit_test(test_names_and_counts),
		cmocka_unit_test(test_links), cmocka_unit_test(test_prepare),
	};
	return cmocka_run_group_tests_name("ingest-limits", tests, NULL, NULL);
}
