/* test-adapter-arxiv.c — arXiv abstract pages (and their head-only, body-only and pre-2021
 * forms), listings (pastweek, monthly, empty, /new, /a/), search results. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-check.h"
#include "util.h"

#define ABS "tests/corpus/real/arxiv/abs-2106.09608-xhtml-2021.html"
#define ABS_TITLE "Learning Knowledge Graph-based World Models of Textual Environments"
#define ABS_START "World models improve a learning agent's ability to efficiently operate in " \
                  "interactive and situated environments."
#define ABS_END "as well as the importance of each of our contributions."

static void check_abs_common(const struct paper *p)
{
	assert_string_equal(p->arxiv_id, "2106.09608");
	assert_string_equal(p->title, ABS_TITLE);
	assert_strlist(&p->authors, (const char *[]){"Prithviraj Ammanabrolu", "Mark O. Riedl", NULL});
	assert_string_equal(p->date, "2021-06-17");
	assert_string_equal(p->url, "https://arxiv.org/abs/2106.09608");
	assert_string_equal(p->pdf_url, "https://arxiv.org/pdf/2106.09608");
	assert_starts(p->abstract, ABS_START);
	assert_ends(p->abstract, ABS_END);
	assert_null(p->doi);
	assert_false(p->has_score);
}

static void test_abs_page(void **state)
{
	struct extracted x;
	(void)state;

	extract_file(ABS, 2026, &x);
	assert_string_equal(extracted_by(&x), "arxiv-abs");
	assert_int_equal(x.papers.n, 1);
	check_abs_common(&x.papers.v[0]);
	assert_topics(&x.papers.v[0], TOPIC_ARXIV, (const char *[]){"cs.LG", "cs.AI", "cs.CL", NULL});
	extracted_free(&x);
}

/* Cuts the text between FROM and TO (TO excluded; NULL: to the end) out of a copy of S. */
static char *cut(const char *s, const char *from, const char *to)
{
	const char *a = strstr(s, from), *b;
	struct strbuf out = {0};

	assert_non_null(a);
	b = to ? strstr(a, to) : a + strlen(a);
	assert_non_null(b);
	sb_addn(&out, s, (size_t)(a - s));
	sb_add(&out, b);
	return sb_take(&out);
}

static void test_abs_head_only(void **state)
{
	struct page_file pf;
	struct extracted x;
	char *head;
	(void)state;

	/* Saved with the <head> only: everything from the metas, authors turned round. */
	assert_true(page_load(ABS, 2026, &pf));
	head = cut(pf.buf, "<body", NULL);
	page_unload(&pf);
	extract_string(head, 2026, &x);
	free(head);
	assert_string_equal(extracted_by(&x), "arxiv-abs");
	assert_int_equal(x.papers.n, 1);
	check_abs_common(&x.papers.v[0]);
	assert_int_equal(x.papers.v[0].ntopics, 0); /* the subjects are in the body */
	extracted_free(&x);
}

static void test_abs_without_citation_abstract(void **state)
{
	struct page_file pf;
	struct extracted x;
	char *old;
	(void)state;

	/* Pages of 2020 and before have no citation_abstract: the blockquote is the source, its
	 * "Abstract:" label dropped. */
	assert_true(page_load(ABS, 2026, &pf));
	old = cut(pf.buf, "<meta name=\"citation_abstract\"", "<meta name=\"twitter:site\"");
	page_unload(&pf);
	assert_null(strstr(old, "citation_abstract"));
	extract_string(old, 2026, &x);
	free(old);
	assert_string_equal(extracted_by(&x), "arxiv-abs");
	check_abs_common(&x.papers.v[0]);
	extracted_free(&x);
}

static void test_abs_body_only(void **state)
{
	struct page_file pf;
	struct extracted x;
	char *body;
	const struct paper *p;
	(void)state;

	/* No metas at all: title heading without "Title:", id from "Cite as", date from the
	 * dateline, abstract from the blockquote. */
	assert_true(page_load(ABS, 2026, &pf));
	body = cut(pf.buf, "<head>", "</head>");
	page_unload(&pf);
	extract_string(body, 2026, &x);
	free(body);
	assert_string_equal(extracted_by(&x), "arxiv-abs");
	assert_int_equal(x.papers.n, 1);
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2106.09608");
	assert_string_equal(p->title, ABS_TITLE);
	assert_string_equal(p->date, "2021-06-17");
	assert_starts(p->abstract, ABS_START);
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"cs.LG", "cs.AI", "cs.CL", NULL});
	extracted_free(&x);
}

static void test_listing_pastweek(void **state)
{
	struct extracted x;
	const struct paper *p;
	size_t per_day[5] = {0};
	static const char *const days[5] = {"2024-11-22", "2024-11-21", "2024-11-20", "2024-11-19", "2024-11-18"};
	(void)state;

	extract_file("tests/corpus/real/arxiv/list-astro-ph-pastweek-2024-11-browser-saved.html", 2024, &x);
	assert_string_equal(extracted_by(&x), "arxiv-listing");
	assert_int_equal(x.papers.n, 397);
	/* "(showing 75 of 75 entries)" etc. under each day heading */
	for (size_t i = 0; i < x.papers.n; i++)
		for (int d = 0; d < 5; d++)
			if (x.papers.v[i].date && strcmp(x.papers.v[i].date, days[d]) == 0)
				per_day[d]++;
	assert_int_equal(per_day[0], 75);
	assert_int_equal(per_day[1], 67);
	assert_int_equal(per_day[2], 94);
	assert_int_equal(per_day[3], 101);
	assert_int_equal(per_day[4], 60);

	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2411.14419");
	assert_string_equal(p->title, "Combining summary statistics with simulation-based inference for "
	                              "the 21 cm signal from the Epoch of Reionization");
	assert_strlist(&p->authors, (const char *[]){"Benoit Semelin", "Romain Mériot", "Ashutosh Mishra",
	                                             "David Cornu", NULL});
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"astro-ph.CO", NULL});
	assert_string_equal(p->pdf_url, "https://arxiv.org/pdf/2411.14419");
	assert_null(p->abstract); /* listings carry none; never the comments */

	/* MathJax trap: the TeX once, no glyph text. */
	p = papers_by_arxiv(&x.papers, "2411.14189");
	assert_non_null(p);
	assert_string_equal(p->title, "Reevaluating $H_0$ Tension with Non-Planck CMB and DESI BAO Joint Analysis");
	assert_string_equal(p->authors.v[0], "Ye-Huang Pang");
	assert_string_equal(p->date, "2024-11-22");

	p = papers_by_arxiv(&x.papers, "2411.13551");
	assert_string_equal(p->title, "A Survey of H I and O VI Absorption Lines in the Outskirts of "
	                              "$z\\lesssim0.3$ Galaxy Clusters");
	assert_string_equal(p->authors.v[0], "Priscilla Holguin Luna");
	assert_int_equal(p->authors.n, 6);
	assert_string_equal(p->date, "2024-11-21");

	p = papers_by_arxiv(&x.papers, "2411.14383");
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"astro-ph.GA", "astro-ph.CO", NULL});

	assert_string_equal(x.papers.v[396].arxiv_id, "2411.09747");
	assert_string_equal(x.papers.v[396].date, "2024-11-18");
	extracted_free(&x);
}

static void test_listing_monthly(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/corpus/real/arxiv/list-cs-2301-show3-reformatted.html", 2024, &x);
	assert_string_equal(extracted_by(&x), "arxiv-listing");
	assert_int_equal(x.papers.n, 3); /* of "Total of 5648 entries": the file holds three */
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2301.00001");
	assert_string_equal(p->title, "NFTrig");
	/* names wrapped across lines by the formatter */
	assert_strlist(&p->authors, (const char *[]){"Jordan Thompson", "Ryan Benac", "Kidus Olana",
	                                             "Talha Hassan", "Andrew Sward", "Tauheed Khan Mohd", NULL});
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"cs.HC", NULL});
	assert_string_equal(p->date, "2023-01"); /* "Authors and titles for January 2023" */
	assert_string_equal(p->url, "https://arxiv.org/abs/2301.00001");
	assert_string_equal(p->pdf_url, "https://arxiv.org/pdf/2301.00001");

	p = &x.papers.v[1];
	assert_string_equal(p->title, "Evaluating Alternative Glyph Design for Showing Large-Magnitude-Range Quantum Spins");
	assert_strlist(&p->authors, (const char *[]){"Henan Zhao", "Garnett W. Bryant", "Wesley Griffin",
	                                             "Judith E. Terrill", "Jian Chen", NULL});
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"cs.HC", "cs.GR", "quant-ph", NULL});
	assert_null(p->abstract);

	p = &x.papers.v[2];
	assert_string_equal(p->title, "Emotion in Cognitive Architecture: Emergent Properties from Interactions with Human Emotion");
	assert_strlist(&p->authors, (const char *[]){"Junya Morita", NULL});
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"cs.HC", "cs.AI", NULL});
	extracted_free(&x);
}

static void test_listing_no_updates(void **state)
{
	struct extracted x;
	(void)state;

	extract_file("tests/corpus/real/arxiv/negative-list-cs-9101-no-updates.html", 2024, &x);
	assert_string_equal(extracted_by(&x), "arxiv-listing");
	assert_true(x.ok);
	assert_int_equal(x.papers.n, 0);
	extracted_free(&x);
}

static void test_listing_new_fixture(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/fixtures/arxiv/new-quant-ph-constructed.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "arxiv-listing");
	assert_int_equal(x.papers.n, 2);
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2512.02934");
	assert_string_equal(p->date, "2025-12-03"); /* "Showing new listings for Wednesday, 3 December 2025" */
	assert_starts(p->abstract, "We study the quantum dynamics generated by the repeated action");
	assert_null(strstr(p->abstract, "pages")); /* the comments stay out */
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"quant-ph", "cond-mat.stat-mech", NULL});
	p = &x.papers.v[1];
	assert_string_equal(p->arxiv_id, "2512.03003");
	assert_string_equal(p->date, "2025-12-03");
	assert_strlist(&p->authors, (const char *[]){"Luca Panizzi", NULL});
	assert_starts(p->abstract, "In this letter I quantify the effects of varying the top Yukawa coupling");
	extracted_free(&x);
}

static void test_listing_author_fixture(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/fixtures/arxiv/author-list-fragment-constructed.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "arxiv-listing");
	assert_int_equal(x.papers.n, 2);
	p = &x.papers.v[0];
	assert_string_equal(p->title, "NFTrig"); /* "Title:" dropped */
	assert_int_equal(p->authors.n, 6);        /* "Authors:" dropped */
	assert_string_equal(p->authors.v[0], "Jordan Thompson");
	assert_null(p->date);
	p = &x.papers.v[1];
	assert_string_equal(p->arxiv_id, "hep-th/9901001");
	assert_string_equal(p->url, "https://arxiv.org/abs/hep-th/9901001");
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"hep-th", "math-ph", NULL});
	extracted_free(&x);
}

static void test_search(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/corpus/real/arxiv/search-abstract-200.html", 2026, &x);
	assert_string_equal(extracted_by(&x), "arxiv-search");
	assert_int_equal(x.papers.n, 200);

	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2512.03003");
	assert_string_equal(p->title, "The role of the top Yukawa coupling in triple Higgs production at the LHC");
	assert_strlist(&p->authors, (const char *[]){"Luca Panizzi", NULL});
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"hep-ph", NULL});
	assert_string_equal(p->date, "2025-12-02");
	assert_string_equal(p->pdf_url, "https://arxiv.org/pdf/2512.03003");
	/* The full abstract, search hits kept as text, the "△ Less" toggle gone. */
	assert_starts(p->abstract, "In this letter I quantify the effects of varying the top Yukawa coupling");
	assert_ends(p->abstract, "of the three-Higgs system and other global observables.");

	p = &x.papers.v[1];
	assert_string_equal(p->arxiv_id, "2512.02934");
	assert_strlist(&p->authors, (const char *[]){"Yi-Cheng Wang", "Ehud Altman", "Samuel J. Garratt", NULL});
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"quant-ph", "cond-mat.stat-mech", NULL});

	/* DOI tags are not categories. */
	p = papers_by_arxiv(&x.papers, "2512.10701");
	assert_string_equal(p->doi, "10.1145/3773274.3774931");
	assert_topics(p, TOPIC_ARXIV, (const char *[]){"cs.LG", NULL});
	assert_string_equal(p->date, "2025-12-11");

	/* LaTeX stays as the page wrote it. */
	p = papers_by_arxiv(&x.papers, "2512.02749");
	assert_non_null(strstr(p->abstract, "computing the minimal decomposition entropy for finite $ q>1 $. Entropy"));
	assert_null(strstr(p->abstract, "\xe2\x96\xb3"));
	assert_null(strstr(p->abstract, "More"));
	extracted_free(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abs_page),
		cmocka_unit_test(test_abs_head_only),
		cmocka_unit_test(test_abs_without_citation_abstract),
		cmocka_unit_test(test_abs_body_only),
		cmocka_unit_test(test_listing_pastweek),
		cmocka_unit_test(test_listing_monthly),
		cmocka_unit_test(test_listing_no_updates),
		cmocka_unit_test(test_listing_new_fixture),
		cmocka_unit_test(test_listing_author_fixture),
		cmocka_unit_test(test_search),
	};
	return cmocka_run_group_tests_name("adapter-arxiv", tests, NULL, NULL);
}
