/* test-adapter-text-hf.c — Hugging Face papers pages saved as plain text (seeds 001, 002). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "adapters-text.h"
#include "fixture.h"

#define SEED_001 "tests/corpus/seeds/001_e6294ccb0d9574c1.txt"
#define SEED_002 "tests/corpus/seeds/002_1983e892e38ed1a8.txt"

/* What a test expects of one card, read off the dump by eye. */
struct want {
	const char *title;     /* the whole title */
	const char *abs_start; /* the abstract's first words */
	const char *abs_end;   /* its last words */
	int authors;           /* "N authors", 0 when the card shows none */
	const char *date;      /* ISO date, NULL when the card shows none */
	int score;             /* upvotes, -1 when the card shows none */
	const char *inst;      /* the organisation line's name, NULL when none */
};

static void check(const struct paper *p, const struct want *w)
{
	assert_non_null(p);
	assert_string_equal(p->title, w->title);
	assert_non_null(p->abstract);
	assert_true(str_starts(p->abstract, w->abs_start));
	assert_true(str_ends(p->abstract, w->abs_end));
	assert_int_equal(p->author_count, w->authors);
	assert_int_equal(p->authors.n, 0);
	if (w->date)
		assert_string_equal(p->date, w->date);
	else
		assert_null(p->date);
	assert_int_equal(p->has_score, w->score >= 0);
	if (w->score >= 0)
		assert_true(p->score == w->score);
	if (w->inst) {
		assert_int_equal(p->institutions.n, 1);
		assert_string_equal(p->institutions.v[0], w->inst);
	} else {
		assert_int_equal(p->institutions.n, 0);
	}
	assert_false(p->primary_known);
	for (int r = 0; r < REVIEW_N; r++)
		assert_null(p->reviews[r]);
}

static const struct want w001_first = {
	"MergeVLA: Cross-Skill Model Merging Toward a Generalist Vision-Language-Action Agent",
	"Recent Vision-Language-Action (VLA) models reformulate vision-language",
	"tasks, embodiments, and environments.", 6, "2025-11-24", -1, NULL,
};
static const struct want w001[] = {
	{"LuMamba: Latent Unified Mamba for Electrode Topology-Invariant and Efficient EEG Modeling",
	 "Electroencephalography (EEG) enables non-invasive monitoring of",
	 "is available at https://github.com/pulp-bio/biofoundation", 0, NULL, -1, NULL},
	{"Cross-Attention is Half Explanation in Speech-to-Text Models",
	 "Cross-attention is a core mechanism in", "predictions in S2T models.", 5, "2025-09-22", 2,
	 NULL},
	{"CooperBench: Why Coding Agents Cannot be Your Teammates Yet",
	 "Resolving team conflicts requires not only", "to developing social intelligence.", 0,
	 "2026-01-19", 3, "Stanford NLP"},
	{"Motif-Video 2B: Technical Report", "Training strong video generation models usually",
	 "much larger video models.", 0, NULL, -1, NULL},
	{"Advances and Challenges in Foundation Agents: From Brain-Inspired Intelligence to "
	 "Evolutionary, Collaborative, and Safe Systems",
	 "The advent of large language models", "for trustworthy real-world deployment.", 47,
	 "2025-03-31", 8, NULL},
	{"AutoGUI-v2: A Comprehensive Multi-Modal GUI Functionality Understanding Benchmark",
	 "Autonomous agents capable of navigating Graphical", "generation of GUI agents.", 7,
	 "2026-04-26", 2, NULL},
};
static const struct want w001_last = {
	"The Five Ws of Multi-Agent Communication: Who Talks to Whom, When, What, and Why -- A "
	"Survey from MARL to Emergent Language and LLMs",
	"Multi-agent sequential decision-making powers many real-world",
	"and interpretable multi-agent collaboration.", 4, "2026-02-12", -1, NULL,
};

static const struct want w002_first = {
	"GIRL: Generative Imagination Reinforcement Learning via Information-Theoretic "
	"Hallucination Control",
	"Model-based reinforcement learning (MBRL) improves sample", "to the full model.", 1,
	"2026-04-07", -1, NULL,
};
static const struct want w002[] = {
	{"FlashRT: Towards Computationally and Memory Efficient Red-Teaming for Prompt Injection "
	 "and Knowledge Corruption",
	 "Long-context large language models (LLMs)-for example,",
	 "is available at: https://github.com/Wang-Yanting/FlashRT", 0, NULL, -1, NULL},
	{"HiL-Bench (Human-in-Loop Benchmark): Do Agents Know When to Ask for Help?",
	 "Frontier coding agents solve complex tasks", "and act on it.", 0, "2026-04-28", 2,
	 "Scale AI"},
	{"EditReward: A Human-Aligned Reward Model for Instruction-Guided Image Editing",
	 "Recently, we have witnessed great progress", "image editing training datasets.", 0,
	 "2025-09-30", 3, "TIGER-Lab"},
	{"FP4 Explore, BF16 Train: Diffusion Reinforcement Learning via Efficient Rollout Scaling",
	 "Reinforcement-Learning-based post-training has recently emerged as",
	 "fraction of the cost.", 0, "2026-04-07", 1, "NVIDIA"},
};
static const struct want w002_last = {
	"Anchor Sampling for Federated Learning with Partial Client Participation",
	"Compared with full client participation, partial", "test accuracy significantly improves.",
	6, "2022-06-12", -1, NULL,
};

/* Runs the text adapters on TEXT; the HF one must be the one that takes it. */
static void run_hf(const char *text, size_t len, int year, struct paper_list *out)
{
	const struct adapter *a = fixture_run(adapters_text, text, len, false, year, out);
	assert_ptr_equal(a, &adapter_hf_text);
}

static void check_001(const struct paper_list *l)
{
	assert_int_equal(l->n, 49);
	check(&l->v[0], &w001_first);
	for (size_t i = 0; i < sizeof w001 / sizeof w001[0]; i++)
		check(fixture_find_title(l, w001[i].title), &w001[i]);
	check(&l->v[48], &w001_last);
}

static void test_seed_001(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_001, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	run_hf(text, len, 2026, &l);
	check_001(&l);
	paper_list_free(&l);
	free(text);
}

static void test_seed_002(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_002, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	run_hf(text, len, 2026, &l);
	assert_int_equal(l.n, 67);
	check(&l.v[0], &w002_first);
	for (size_t i = 0; i < sizeof w002 / sizeof w002[0]; i++)
		check(fixture_find_title(&l, w002[i].title), &w002[i]);
	check(&l.v[66], &w002_last);
	paper_list_free(&l);
	free(text);
}

/* "Feb 17" on a page whose latest written year is 2025 ("Dec 15, 2025"): the run's year
 * when it is later than 2025, else 2026. Written years are kept as they are. */
static void test_page_year(void **state)
{
	static const struct {
		int run_year; /* the year the run gives the page */
		const char *want; /* SuperLocalMemory's "Feb 17" */
	} cases[] = {
		{2026, "2026-02-17"}, {0, "2026-02-17"}, {2025, "2026-02-17"}, {2019, "2026-02-17"},
		{2027, "2027-02-17"},
	};
	size_t len;
	char *text = fixture_load(SEED_002, &len);
	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct paper_list l = {0};
		run_hf(text, len, cases[i].run_year, &l);
		const struct paper *p = fixture_find_title(&l, "SuperLocalMemory:");
		assert_non_null(p);
		assert_string_equal(p->date, cases[i].want);
		p = fixture_find_title(&l, "TrustLLM:");
		assert_non_null(p);
		assert_string_equal(p->date, "2024-01-10");
		assert_true(p->has_score && p->score == 3);
		paper_list_free(&l);
	}
	free(text);
}

/* A page with no year written anywhere: the run's year, or no date when it has none. */
static void test_page_year_unknown(void **state)
{
	static const char page[] =
		"Daily Papers\n\nbyAK and the research community\n\nMay 7\n\n"
		"A Paper Title\n\nAn abstract long enough to be one, saying what the paper did and "
		"what it found in a sentence.\n\n  \xE2\x80\xA2 2 authors\n\xC2\xB7\nFeb 17 4\n";
	struct paper_list l = {0};
	(void)state;
	run_hf(page, sizeof page - 1, 2024, &l);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].date, "2024-02-17");
	assert_true(l.v[0].has_score && l.v[0].score == 4);
	assert_int_equal(l.v[0].author_count, 2);
	paper_list_free(&l);
	run_hf(page, sizeof page - 1, 0, &l);
	assert_int_equal(l.n, 1);
	assert_null(l.v[0].date);
	assert_string_equal(l.v[0].title, "A Paper Title");
	paper_list_free(&l);
}

/* The same dump with its layout changed as other savers change it gives the same papers. */
static void test_layout_variations(void **state)
{
	static const struct {
		const char *from, *to; /* replaced all through seed 001 */
	} v[] = {
		{"\n", "\r\n"},                 /* CRLF */
		{"\n", "\r"},                   /* old Mac line ends */
		{"\n\n", "\n"},                 /* no blank lines */
		{"\n", "  \t\n\n\n"},           /* trailing whitespace, extra blank lines */
		{"\xE2\x80\xA2", "*"},          /* "•" saved as "*" */
		{"\xE2\x80\xA2", "-"},          /* ... or as "-" */
		{"\n\xC2\xB7\n", " \xC2\xB7 "}, /* count, "·" and date on one line */
		{"\n\xC2\xB7\n", "\n-\n"},     /* "·" saved as "-" */
	};
	size_t len;
	char *text = fixture_load(SEED_001, &len);
	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char *changed = fixture_replace(text, v[i].from, v[i].to);
		struct paper_list l = {0};
		run_hf(changed, strlen(changed), 2026, &l);
		check_001(&l);
		paper_list_free(&l);
		free(changed);
	}
	free(text);
}

/* A copy that starts at the first card (the chrome left out) is still recognised. */
static void test_without_chrome(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_001, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	const char *start = strstr(text, "MergeVLA:");
	assert_non_null(start);
	run_hf(start, strlen(start), 2026, &l);
	check_001(&l);
	paper_list_free(&l);
	free(text);
}

/* Cards missing parts: no abstract, an abstract in two paragraphs, a footer after the list. */
static void test_missing_blocks(void **state)
{
	static const char page[] =
		"new\nGet trending papers in your email inbox!\nSubscribe\nDaily Papers\n"
		"byAK and the research community\nMar 3\n"
		"Only A Title\n\xE2\x80\xA2 3 authors\n\xC2\xB7\nMar 1, 2025\n"
		"Two Paragraphs\n"
		"First paragraph of an abstract that goes on for a while and then stops.\n"
		"Second paragraph of the same abstract, which is long enough that it cannot be a "
		"title: titles are short, and this one keeps going with words about methods, data, "
		"evaluation, baselines, ablations, limitations, broader impact, code release, and "
		"more words again to pass the four hundred characters a title never reaches on the "
		"page, at least not on any page seen so far in the saved copies of papers lists, "
		"search results and organisation pages kept as text.\n"
		"\xE2\x80\xA2 1 author\n\xC2\xB7\nFeb 2 7\n"
		"Load more\n";
	struct paper_list l = {0};
	(void)state;
	run_hf(page, sizeof page - 1, 2026, &l);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].title, "Only A Title");
	assert_null(l.v[0].abstract);
	assert_int_equal(l.v[0].author_count, 3);
	assert_string_equal(l.v[0].date, "2025-03-01");
	assert_false(l.v[0].has_score);
	assert_string_equal(l.v[1].title, "Two Paragraphs");
	assert_true(str_starts(l.v[1].abstract, "First paragraph of an abstract"));
	assert_true(str_ends(l.v[1].abstract, "pages kept as text."));
	assert_int_equal(l.v[1].author_count, 1);
	assert_string_equal(l.v[1].date, "2026-02-02");
	assert_true(l.v[1].has_score && l.v[1].score == 7);
	paper_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_001),
		cmocka_unit_test(test_seed_002),
		cmocka_unit_test(test_page_year),
		cmocka_unit_test(test_page_year_unknown),
		cmocka_unit_test(test_layout_variations),
		cmocka_unit_test(test_without_chrome),
		cmocka_unit_test(test_missing_blocks),
	};
	return cmocka_run_group_tests_name("adapter-text-hf", tests, NULL, NULL);
}
