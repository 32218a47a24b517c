/* test-adapter-hf.c — the Hugging Face adapter on the real daily list and the constructed
 * search, organisation, paper-page and card-only fixtures. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-check.h"
#include "util.h"

#define DAILY "tests/corpus/real/hf/daily-2024-08-01.html"

static void test_daily_json(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file(DAILY, 2024, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_true(x.ok);
	assert_int_equal(x.papers.n, 13);

	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2407.21783");
	assert_string_equal(p->title, "The Llama 3 Herd of Models");
	assert_int_equal(p->authors.n, 533);
	assert_string_equal(p->authors.v[0], "Abhimanyu Dubey");
	assert_string_equal(p->authors.v[1], "Abhinav Jauhri");
	assert_true(p->has_score);
	assert_true(p->score == 94);
	assert_string_equal(p->date, "2024-07-31");
	assert_starts(p->abstract, "Modern artificial intelligence (AI) systems are powered by foundation models.");
	assert_string_equal(p->url, "https://arxiv.org/abs/2407.21783");
	assert_string_equal(link_of(p, "page"), "https://huggingface.co/papers/2407.21783");
	assert_int_equal(p->institutions.n, 0); /* 2024 pages carry no organization */
	assert_int_equal(p->ntopics, 0);

	/* One author of this paper is hidden on the site: left out. */
	p = papers_by_arxiv(&x.papers, "2407.21781");
	assert_non_null(p);
	assert_strlist(&p->authors, (const char *[]){"Qiayuan Liao", "Bike Zhang", "Xiaoyu Huang",
	                                             "Zhongyu Li", "Koushil Sreenath", NULL});
	assert_true(p->score == 7);

	p = papers_by_arxiv(&x.papers, "2407.21705");
	assert_string_equal(p->title, "Tora: Trajectory-oriented Diffusion Transformer for Video Generation");
	assert_true(p->score == 24);
	assert_ends(p->abstract, "Page can be found at https://ali-videoai.github.io/tora_video.");

	/* A title the JSON wraps over two lines, and an older paper featured that day. */
	p = papers_by_arxiv(&x.papers, "2404.01300");
	assert_string_equal(p->title, "NeRF-MAE: Masked AutoEncoders for Self-Supervised 3D "
	                              "Representation Learning for Neural Radiance Fields");
	assert_string_equal(p->date, "2024-04-01");
	assert_true(p->score == 3);

	p = papers_by_arxiv(&x.papers, "2407.21530");
	assert_int_equal(p->authors.n, 28);
	assert_string_equal(p->authors.v[1], "Iker García-Ferrero");
	assert_string_equal(p->authors.v[10], "Luca D'Amico-Wong");
	extracted_free(&x);
}

/* The same page with the island's data-props removed: only the SSR cards are left. */
static void test_daily_cards_fallback(void **state)
{
	struct page_file pf;
	struct extracted x;
	const char *attr = "data-target=\"DailyPapers\" data-props=\"";
	char *s, *end;
	const struct paper *p;
	(void)state;

	assert_true(page_load(DAILY, 2024, &pf));
	s = strstr(pf.buf, attr);
	assert_non_null(s);
	end = strchr(s + strlen(attr), '"');
	memmove(s + strlen("data-target=\"DailyPapers\""), end + 1, strlen(end + 1) + 1);
	extract_string(pf.buf, 2024, &x);
	page_unload(&pf);

	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 13);
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2407.21783");
	assert_string_equal(p->title, "The Llama 3 Herd of Models");
	assert_true(p->has_score);
	assert_true(p->score == 94);
	assert_int_equal(p->author_count, 533);
	assert_int_equal(p->authors.n, 0);
	assert_null(p->abstract);
	assert_null(p->date); /* the daily cards show no paper date */
	p = papers_by_arxiv(&x.papers, "2407.21530");
	assert_true(p->score == 8);
	assert_int_equal(p->author_count, 28);
	p = &x.papers.v[12];
	assert_string_equal(p->arxiv_id, "2404.01300");
	assert_true(p->score == 3);
	extracted_free(&x);
}

/* The daily page as a re-serialiser writes it: data-props single-quoted, the JSON raw inside
 * (&quot; turned back into ", any ' written &#39;), the attributes in another order. */
static void test_daily_reserialised(void **state)
{
	struct page_file pf;
	struct extracted x;
	struct strbuf b = {0};
	const char *attr = "data-target=\"DailyPapers\" data-props=\"";
	const char *s, *v, *end;
	(void)state;

	assert_true(page_load(DAILY, 2024, &pf));
	s = strstr(pf.buf, attr);
	assert_non_null(s);
	v = s + strlen(attr);
	end = strchr(v, '"');
	sb_addn(&b, pf.buf, (size_t)(s - pf.buf));
	sb_add(&b, "data-props='");
	for (const char *c = v; c < end; c++) {
		if (strncmp(c, "&quot;", 6) == 0) {
			sb_addc(&b, '"');
			c += 5;
		} else if (*c == '\'') {
			sb_add(&b, "&#39;");
		} else {
			sb_addc(&b, *c);
		}
	}
	sb_add(&b, "' data-target='DailyPapers'");
	sb_add(&b, end + 1);
	page_unload(&pf);
	extract_string(b.s, 2024, &x);
	sb_free(&b);

	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 13);
	assert_int_equal(x.papers.v[0].authors.n, 533);
	assert_string_equal(papers_by_arxiv(&x.papers, "2407.21530")->authors.v[10], "Luca D'Amico-Wong");
	assert_non_null(x.papers.v[0].abstract); /* from the JSON, not the cards */
	extracted_free(&x);
}

static void test_search_fixture(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/fixtures/hf/search-2025.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 3);

	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2501.12948");
	assert_string_equal(p->title, "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning");
	assert_strlist(&p->authors, (const char *[]){"DeepSeek-AI", "Daya Guo", "Dejian Yang",
	                                             "Haowei Zhang", NULL});
	assert_string_equal(p->date, "2025-01-22");
	assert_true(p->score == 424);
	assert_strlist(&p->institutions, (const char *[]){"DeepSeek", NULL});
	assert_topics(p, TOPIC_KEYWORD, (const char *[]){"reinforcement learning", "reasoning", "distillation", NULL});
	assert_string_equal(link_of(p, "code"), "https://github.com/deepseek-ai/DeepSeek-R1");
	assert_null(link_of(p, "project"));
	/* Newlines inside the summary collapse to spaces. */
	assert_starts(p->abstract, "We introduce our first-generation reasoning models, "
	                           "DeepSeek-R1-Zero and DeepSeek-R1. DeepSeek-R1-Zero, a model");

	p = &x.papers.v[1];
	assert_string_equal(p->arxiv_id, "2412.15115");
	assert_string_equal(p->title, "Qwen2.5 Technical Report");
	assert_string_equal(link_of(p, "project"), "https://qwenlm.github.io/blog/qwen2.5/");
	assert_null(link_of(p, "code"));
	assert_strlist(&p->institutions, (const char *[]){"Qwen", NULL});
	assert_string_equal(p->date, "2024-12-19");

	/* No organization, no keywords, no links beyond the paper page. */
	p = &x.papers.v[2];
	assert_string_equal(p->arxiv_id, "2106.09685");
	assert_int_equal(p->institutions.n, 0);
	assert_int_equal(p->ntopics, 0);
	assert_int_equal(p->nlinks, 1);
	assert_true(p->score == 80);
	extracted_free(&x);
}

static void test_search_cards_fragment(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/fixtures/hf/search-cards-fragment.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 3);
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2501.12948");
	assert_true(p->score == 424);
	assert_int_equal(p->author_count, 4);
	assert_string_equal(p->date, "2025-01-22");
	assert_starts(p->abstract, "We introduce our first-generation reasoning models");
	p = &x.papers.v[2];
	assert_string_equal(p->title, "LoRA: Low-Rank Adaptation of Large Language Models");
	assert_string_equal(p->date, "2021-06-17");
	assert_true(p->score == 80);
	extracted_free(&x);
}

static void test_org_fixture(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	/* Single-quoted raw JSON with an &#39; inside, attributes reordered. */
	extract_file("tests/fixtures/hf/org-papers-2025.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 2);
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2501.12948");
	assert_starts(p->abstract, "We introduce DeepSeek-R1, which incorporates multi-stage training");
	assert_non_null(strstr(p->abstract, "the model's reasoning matches"));
	assert_strlist(&p->institutions, (const char *[]){"DeepSeek", NULL});
	p = &x.papers.v[1];
	assert_string_equal(p->arxiv_id, "2412.19437");
	assert_string_equal(p->title, "DeepSeek-V3 Technical Report");
	assert_strlist(&p->authors, (const char *[]){"DeepSeek-AI", "Aixin Liu", "Bei Feng", NULL});
	assert_string_equal(p->date, "2024-12-27");
	assert_true(p->score == 270);
	assert_string_equal(link_of(p, "code"), "https://github.com/deepseek-ai/DeepSeek-V3");
	extracted_free(&x);
}

static void test_paper_page_fixture(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	/* One paper; comments, upvoters and the UpvoteControl island add none. */
	extract_file("tests/fixtures/hf/paper-page-2025.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 1);
	p = &x.papers.v[0];
	assert_string_equal(p->arxiv_id, "2501.12948");
	assert_int_equal(p->authors.n, 4);
	assert_true(p->score == 424);
	assert_strlist(&p->institutions, (const char *[]){"DeepSeek", NULL});
	assert_int_equal(p->ntopics, 3);
	extracted_free(&x);
}

static void test_props_edge_cases(void **state)
{
	struct extracted x;
	(void)state;

	/* A bare paper object (id, title, summary), no wrapper, hidden flag absent, no upvotes. */
	extract_string("<div class='SVELTE_HYDRATER contents' data-target='X' data-props='"
	               "{\"results\":[{\"id\":\"2301.00001\",\"title\":\"  NFTrig \",\"summary\":\"S.\","
	               "\"authors\":[{\"name\":\"Jordan Thompson\"},{\"user\":{\"fullname\":\"Ryan Benac\"}}]}]}'></div>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_int_equal(x.papers.n, 1);
	assert_string_equal(x.papers.v[0].title, "NFTrig");
	assert_strlist(&x.papers.v[0].authors, (const char *[]){"Jordan Thompson", "Ryan Benac", NULL});
	assert_false(x.papers.v[0].has_score);
	assert_null(x.papers.v[0].date);
	extracted_free(&x);

	/* The same paper twice (two islands): kept once. */
	extract_string("<div data-target='A' data-props='{\"paper\":{\"id\":\"2301.00001\",\"title\":\"T one\"}}'></div>"
	               "<div data-target='B' data-props='{\"paper\":{\"id\":\"2301.00001v2\",\"title\":\"T two\"}}'></div>",
	               2026, &x);
	assert_int_equal(x.papers.n, 1);
	assert_string_equal(x.papers.v[0].title, "T one");
	extracted_free(&x);

	/* Broken JSON and no cards: the page is of this kind but damaged. */
	extract_string("<div data-target='DailyPapers' data-props='{\"paper\": {\"title\": \"x\"'></div>", 2026, &x);
	assert_string_equal(extracted_by(&x), "hf");
	assert_false(x.ok);
	assert_non_null(strstr(x.err.s, "data-props"));
	assert_int_equal(x.papers.n, 0);
	extracted_free(&x);

	/* Hostile values: escape sequences dropped whole, non-web links and odd ids give no link. */
	extract_string("<div data-target='A' data-props='{\"paper\":{\"id\":\"x\\u001b]0;y\",\"title\":\"Bad\\u001b[2J title\","
	               "\"githubRepo\":\"javascript:alert(1)\",\"projectPage\":\"https://ok.example/p\"}}'></div>",
	               2026, &x);
	assert_int_equal(x.papers.n, 1);
	assert_string_equal(x.papers.v[0].title, "Bad title");
	assert_null(x.papers.v[0].arxiv_id);
	assert_null(x.papers.v[0].url);
	assert_null(link_of(&x.papers.v[0], "code"));
	assert_null(link_of(&x.papers.v[0], "page"));
	assert_string_equal(link_of(&x.papers.v[0], "project"), "https://ok.example/p");
	extracted_free(&x);

	/* Islands without papers (the header, the banner) are not a papers page. */
	extract_string("<div data-target='MainHeader' data-props='{\"classNames\":\"\",\"isWide\":false}'></div>", 2026, &x);
	assert_null(x.by);
	extracted_free(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_daily_json),
		cmocka_unit_test(test_daily_cards_fallback),
		cmocka_unit_test(test_daily_reserialised),
		cmocka_unit_test(test_search_fixture),
		cmocka_unit_test(test_search_cards_fragment),
		cmocka_unit_test(test_org_fixture),
		cmocka_unit_test(test_paper_page_fixture),
		cmocka_unit_test(test_props_edge_cases),
	};
	return cmocka_run_group_tests_name("adapter-hf", tests, NULL, NULL);
}
