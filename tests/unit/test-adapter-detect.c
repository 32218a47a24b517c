/* test-adapter-detect.c — which adapter takes each saved page (every real page of the corpus and
 * every constructed fixture) and how many papers it yields; the order of adapters_html[]. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-check.h"
#include "util.h"

/* One page: the adapter expected to detect it ("" for none) and the papers it must give. */
static const struct {
	const char *path;    /* relative to the checkout */
	const char *adapter; /* expected adapter name, "" when no adapter may take the page */
	size_t papers;       /* expected number of papers */
} pages[] = {
	{"tests/corpus/real/arxiv/abs-2106.09608-xhtml-2021.html", "arxiv-abs", 1},
	{"tests/corpus/real/arxiv/list-astro-ph-pastweek-2024-11-browser-saved.html", "arxiv-listing", 397},
	{"tests/corpus/real/arxiv/list-cs-2301-show3-reformatted.html", "arxiv-listing", 3},
	{"tests/corpus/real/arxiv/negative-list-cs-9101-no-updates.html", "arxiv-listing", 0},
	{"tests/corpus/real/arxiv/search-abstract-200.html", "arxiv-search", 200},
	{"tests/corpus/real/hf/daily-2024-08-01.html", "hf", 13},
	{"tests/corpus/real/highwire/acl-2021-naacl-main-208.html", "highwire", 1},
	{"tests/corpus/real/highwire/aps-physrevx-12-041027.html", "highwire", 1},
	{"tests/corpus/real/highwire/hal-jpa-00235190.html", "highwire", 1},
	{"tests/corpus/real/highwire/hal-theses-tel-02083632.html", "highwire", 1},
	{"tests/corpus/real/highwire/iopscience-002.html", "highwire", 1},
	{"tests/corpus/real/highwire/nber-w29971.html", "highwire", 1},
	{"tests/corpus/real/highwire/negative-cloudflare-acs.html", "", 0},
	{"tests/corpus/real/highwire/sciencedirect-s146290112300117x.html", "highwire", 1},
	{"tests/corpus/real/highwire/springer-amylose-bioplastic.html", "highwire", 1},
	{"tests/corpus/real/highwire/usenix-bulekov.html", "highwire", 1},
	{"tests/corpus/real/highwire/wiley-schrodinger-1926.html", "highwire", 1},
	{"tests/corpus/real/listing-other/negative-pwc-method-vae.html", "", 0},
	{"tests/corpus/real/listing-other/vita-group-publications.html", "listing", 301},
	{"tests/fixtures/arxiv/author-list-fragment-constructed.html", "arxiv-listing", 2},
	{"tests/fixtures/arxiv/new-quant-ph-constructed.html", "arxiv-listing", 2},
	{"tests/fixtures/catalyzex/author-atlas-fragment.html", "listing", 10},
	{"tests/fixtures/digest/digest-headings-constructed.html", "digest", 6},
	{"tests/fixtures/digest/digest-plain-constructed.html", "digest", 3},
	{"tests/fixtures/catalyzex/author-jun-zhu.html", "listing", 10},
	{"tests/fixtures/hf/org-papers-2025.html", "hf", 2},
	{"tests/fixtures/hf/paper-page-2025.html", "hf", 1},
	{"tests/fixtures/hf/search-2025.html", "hf", 3},
	{"tests/fixtures/hf/search-cards-fragment.html", "hf", 3},
};

static void test_every_page(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		struct extracted x;
		extract_file(pages[i].path, 2026, &x);
		print_message("# %s: %s, %zu papers\n", pages[i].path, extracted_by(&x), x.papers.n);
		assert_string_equal(extracted_by(&x), pages[i].adapter);
		assert_int_equal(x.papers.n, pages[i].papers);
		if (x.by)
			assert_true(x.ok);
		for (size_t j = 0; j < x.papers.n; j++)
			/* Every paper has something to find it by. */
			assert_true(x.papers.v[j].title || x.papers.v[j].abstract);
		extracted_free(&x);
	}
}

static bool listed(const char *path)
{
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
		if (strcmp(pages[i].path, path) == 0)
			return true;
	return false;
}

/* A page added to the corpus or the fixtures must be added to the table above. */
static void test_table_covers_the_folders(void **state)
{
	static const char *const dirs[] = {
		"tests/corpus/real/arxiv", "tests/corpus/real/hf", "tests/corpus/real/highwire",
		"tests/corpus/real/listing-other", "tests/fixtures/arxiv", "tests/fixtures/catalyzex",
		"tests/fixtures/digest", "tests/fixtures/hf",
	};
	const char *top = getenv("PB_TOP");
	(void)state;

	for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
		char *full = top ? xasprintf("%s/%s", top, dirs[d]) : xstrdup(dirs[d]);
		DIR *dir = opendir(full);
		struct dirent *e;
		assert_non_null(dir);
		while ((e = readdir(dir)) != NULL) {
			char *rel;
			if (!str_ends(e->d_name, ".html"))
				continue;
			rel = xasprintf("%s/%s", dirs[d], e->d_name);
			if (!listed(rel))
				fail_msg("%s is not in the detection table", rel);
			free(rel);
		}
		closedir(dir);
		free(full);
	}
}

static void test_table_order(void **state)
{
	static const char *const order[] = {"hf", "arxiv-abs", "arxiv-search", "arxiv-listing",
	                                    "highwire", "digest", "listing", "generic"};
	size_t n = 0;
	(void)state;

	while (adapters_html[n])
		n++;
	assert_int_equal(n, sizeof order / sizeof order[0]);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(adapters_html[i]->name, order[i]);
		assert_non_null(adapters_html[i]->detect);
		assert_non_null(adapters_html[i]->extract);
	}
}

static void test_empty_and_odd_documents(void **state)
{
	static const char *const docs[] = {
		"", "<html></html>", "plain words, no markup at all", "<p>Abstract:</p><p>Abstract:</p>",
		"<dl id='x'><dt><a href='/abs/'>x</a></dt><dd></dd></dl>",
		"<li class='arxiv-result'></li>",
		"<div data-target='A' data-props=''></div>",
		"<meta name='citation_title' content=''>",
	};
	(void)state;

	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		struct extracted x;
		extract_string(docs[i], 2026, &x);
		/* No crash; whatever takes such a page finds nothing usable in it. */
		for (size_t j = 0; j < x.papers.n; j++)
			assert_true(x.papers.v[j].title || x.papers.v[j].abstract || x.papers.v[j].arxiv_id);
		extracted_free(&x);
	}
}

/* Every page cut short (a save interrupted, a fragment copied): no crash, no empty papers. */
static void test_truncated_pages(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		struct page_file pf;
		assert_true(page_load(pages[i].path, 2026, &pf));
		for (size_t k = 1; k <= 2; k++) {
			char *part = xstrndup(pf.buf, pf.pg.len * k / 3);
			struct extracted x;
			extract_string(part, 2026, &x);
			for (size_t j = 0; j < x.papers.n; j++) {
				const struct paper *p = &x.papers.v[j];
				assert_true(p->title || p->abstract || p->arxiv_id || p->doi);
			}
			extracted_free(&x);
			free(part);
		}
		page_unload(&pf);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_page),
		cmocka_unit_test(test_table_covers_the_folders),
		cmocka_unit_test(test_table_order),
		cmocka_unit_test(test_empty_and_odd_documents),
		cmocka_unit_test(test_truncated_pages),
	};
	return cmocka_run_group_tests_name("adapter-detect", tests, NULL, NULL);
}
