/* test-adapter-text-detect.c — each text dump is recognised by its own adapter only, and text
 * that is no paper page (a README, a CSV, notes, a paper's full text) by none. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "adapters-text.h"
#include "fixture.h"

static bool detects(const struct adapter *a, const char *text, size_t len, htmlDocPtr doc)
{
	struct page pg = {.path = "t", .text = text, .len = len, .doc = doc, .year = 2026};
	return a->detect(&pg);
}

/* Every seed: its adapter says yes, every other text adapter no. */
static void test_seeds_one_adapter_each(void **state)
{
	static const struct {
		const char *path;           /* the seed */
		const struct adapter *want; /* the adapter that must take it */
	} seeds[] = {
		{"tests/corpus/seeds/000_9bdac604eba13c6f.txt", &adapter_author_text},
		{"tests/corpus/seeds/001_e6294ccb0d9574c1.txt", &adapter_hf_text},
		{"tests/corpus/seeds/002_1983e892e38ed1a8.txt", &adapter_hf_text},
		{"tests/corpus/seeds/003_29e9bea1fddd2667.txt", &adapter_digest_text},
		{"tests/corpus/seeds/004_da2509a94b871668.txt", &adapter_author_text},
	};
	(void)state;
	for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
		size_t len;
		char *text = fixture_load(seeds[i].path, &len);
		assert_non_null(text);
		for (int k = 0; adapters_text[k]; k++)
			assert_int_equal(detects(adapters_text[k], text, len, NULL),
					 adapters_text[k] == seeds[i].want);
		free(text);
	}
}

/* Text that is not a paper page: no text adapter takes it. */
static void test_negatives(void **state)
{
	static const char *const files[] = {
		"README.md",
		"tests/corpus/seeds/README.md",
		"tests/corpus/real/PROVENANCE.md",
		"tests/fixtures/text/negative-papers.csv",
		"tests/fixtures/text/negative-paper-fulltext.txt",
		"tests/fixtures/text/negative-meeting-notes.txt",
		"Makefile",
		"src/paper.h",
	};
	(void)state;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		size_t len;
		char *text = fixture_load(files[i], &len);
		assert_non_null(text);
		for (int k = 0; adapters_text[k]; k++)
			if (detects(adapters_text[k], text, len, NULL)) {
				print_error("%s taken by %s\n", files[i], adapters_text[k]->name);
				fail();
			}
		free(text);
	}
}

static void test_small_inputs(void **state)
{
	static const char *const texts[] = {
		"",
		"\n\n\r\n",
		"Tsinghua University\n",
		"Abstract:only a label and text, no heading above it\n",
		"May 7\n",
		"\xE2\x80\xA2 6 authors\n\xC2\xB7\nNov 24, 2025\n",
		"Primary: Columbia University\nAll Institutions: Columbia University\n",
	};
	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (int k = 0; adapters_text[k]; k++)
			assert_false(detects(adapters_text[k], texts[i], strlen(texts[i]), NULL));
}

/* An HTML page is never given to the text adapters' detect() as a dump. */
static void test_html_pages_are_not_dumps(void **state)
{
	size_t len;
	char *text = fixture_load("tests/corpus/seeds/001_e6294ccb0d9574c1.txt", &len);
	(void)state;
	assert_non_null(text);
	htmlDocPtr doc = htmlReadMemory(text, (int)len, "x.html", "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	assert_non_null(doc);
	for (int k = 0; adapters_text[k]; k++)
		assert_false(detects(adapters_text[k], text, len, doc));
	xmlFreeDoc(doc);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seeds_one_adapter_each),
		cmocka_unit_test(test_negatives),
		cmocka_unit_test(test_small_inputs),
		cmocka_unit_test(test_html_pages_are_not_dumps),
	};
	return cmocka_run_group_tests_name("adapter-text-detect", tests, NULL, NULL);
}
