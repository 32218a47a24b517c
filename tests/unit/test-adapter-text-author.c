/* test-adapter-text-author.c — author and institution pages saved as plain text (seeds 000,
 * 004), and which headings name an institution. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "adapters-text.h"
#include "fixture.h"
#include "ingest-heading.h"

#define SEED_000 "tests/corpus/seeds/000_9bdac604eba13c6f.txt"
#define SEED_004 "tests/corpus/seeds/004_da2509a94b871668.txt"

/* One entry as the dump shows it: the abstract's first and last words. */
struct want {
	size_t index;          /* its place on the page */
	const char *abs_start; /* first words, after "Abstract:" */
	const char *abs_end;   /* last words */
};

static void run_author(const char *text, size_t len, struct paper_list *out)
{
	const struct adapter *a = fixture_run(adapters_text, text, len, false, 2026, out);
	assert_ptr_equal(a, &adapter_author_text);
}

/* Every entry: an abstract, no title, date, authors or score; INST as its one institution. */
static void check_all(const struct paper_list *l, const char *inst)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct paper *p = &l->v[i];
		assert_non_null(p->abstract);
		assert_false(str_starts(p->abstract, "Abstract"));
		assert_null(p->title);
		assert_null(p->date);
		assert_int_equal(p->author_count, 0);
		assert_false(p->has_score);
		assert_false(p->primary_known);
		if (inst) {
			assert_int_equal(p->institutions.n, 1);
			assert_string_equal(p->institutions.v[0], inst);
		} else {
			assert_int_equal(p->institutions.n, 0);
		}
	}
}

static void check_entries(const struct paper_list *l, const struct want *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		assert_true(w[i].index < l->n);
		const char *a = l->v[w[i].index].abstract;
		assert_true(str_starts(a, w[i].abs_start));
		assert_true(str_ends(a, w[i].abs_end));
	}
}

static const struct want w000[] = {
	{0, "As LLM-powered agents have been used for", "GLEAN's utility in practice."},
	{1, "Low-bit attention, such as SageAttention, has emerged",
	 "limited benefit during pre-training."},
	{7, "Predictive world models that simulate future observations",
	 "while reducing computational costs."},
	{9, "Vision-Language-Action (VLA) models hold promise for generalist",
	 "https://rdt-robotics.github.io/rdt2/ for more information."},
};

static const struct want w004[] = {
	{0, "Sparsely activated Mixture-of-Experts (SMoE) has shown promise",
	 "examples and supervised fine-tuning."},
	{1, "Aligning large language models (LLMs) with human", "consistently validate these findings."},
	{5, "Reasoning and strategic behavior in \\emph{social interactions} is a hallmark",
	 "and human--AI teaming."},
	{7, "Deep neural networks are prone to various", "is available at https://github.com/ahxt/yodo."},
	{9, "Advancements in Large Language Models (LLMs) and", "38% relative to baselines."},
};

static void test_seed_000(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_000, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	run_author(text, len, &l);
	assert_int_equal(l.n, 10);
	check_all(&l, "Tsinghua University");
	check_entries(&l, w000, sizeof w000 / sizeof w000[0]);
	paper_list_free(&l);
	free(text);
}

/* "Atlas" is a nickname: the entries get no institution. */
static void test_seed_004(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_004, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	run_author(text, len, &l);
	assert_int_equal(l.n, 10);
	check_all(&l, NULL);
	check_entries(&l, w004, sizeof w004 / sizeof w004[0]);
	paper_list_free(&l);
	free(text);
}

static void test_layout_variations(void **state)
{
	static const struct {
		const char *from, *to; /* replaced all through seed 000 */
	} v[] = {
		{"\n", "\r\n"},                     /* CRLF */
		{"\n", " \t\n\n\n"},                /* trailing whitespace, blank lines */
		{"Abstract:", "Abstract: "},        /* a space after the label */
		{"Abstract:", "Abstract:\n"},       /* the label on a line of its own */
		{"Abstract:", "ABSTRACT:"},         /* shouted */
		{"Tsinghua University\n", "Jun Zhu\nTsinghua University\n"}, /* a name line too */
	};
	size_t len;
	char *text = fixture_load(SEED_000, &len);
	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char *changed = fixture_replace(text, v[i].from, v[i].to);
		struct paper_list l = {0};
		run_author(changed, strlen(changed), &l);
		assert_int_equal(l.n, 10);
		check_all(&l, "Tsinghua University");
		check_entries(&l, w000, sizeof w000 / sizeof w000[0]);
		paper_list_free(&l);
		free(changed);
	}
	free(text);
}

/* An abstract that runs over two lines stays one entry. */
static void test_continued_abstract(void **state)
{
	static const char page[] = "Google DeepMind\n"
				   "Abstract:First part of the first abstract.\n"
				   "Its second paragraph.\n"
				   "Abstract:The second abstract.\n";
	struct paper_list l = {0};
	(void)state;
	run_author(page, sizeof page - 1, &l);
	assert_int_equal(l.n, 2);
	check_all(&l, "Google DeepMind");
	assert_string_equal(l.v[0].abstract, "First part of the first abstract. Its second paragraph.");
	assert_string_equal(l.v[1].abstract, "The second abstract.");
	paper_list_free(&l);
}

static void test_heading_is_institution(void **state)
{
	static const struct {
		const char *heading; /* a page's heading */
		bool inst;           /* names an institution */
	} cases[] = {
		{"Tsinghua University", true},
		{"Atlas", false},
		{"Zhangyang Wang", false},
		{"Jun Zhu", false},
		{"Google DeepMind", true},
		{"MIT", true},
		{"Microsoft Research", true},
		{"Research", false},
		{"Max Planck Institute for Intelligent Systems", true},
		{"Universit\xC3\xA4t Stuttgart", true},
		{"Universit\xC3\xA9 de Toulouse", true},
		{"ETH Z\xC3\xBCrich", true},
		{"Apple Inc.", true},
		{"Mila - Quebec AI Institute", true},
		{"HUAWEI Noah's Ark Lab", true},
		{"Labrador", false},
		{"Collegeville", false},
		{"Notes I took while visiting the university library during a long and rainy week", false},
		{"", false},
		{NULL, false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(ingest_heading_is_institution(cases[i].heading), cases[i].inst);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_000),
		cmocka_unit_test(test_seed_004),
		cmocka_unit_test(test_layout_variations),
		cmocka_unit_test(test_continued_abstract),
		cmocka_unit_test(test_heading_is_institution),
	};
	return cmocka_run_group_tests_name("adapter-text-author", tests, NULL, NULL);
}
