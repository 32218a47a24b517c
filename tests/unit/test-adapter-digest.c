/* test-adapter-digest.c — the weekly digest: the text dump (seed 003) and the HTML page
 * (constructed fixtures, no real page being known), read by the same record structure. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "adapters-text.h"
#include "digest.h"
#include "fixture.h"

#define SEED_003 "tests/corpus/seeds/003_29e9bea1fddd2667.txt"
#define HTML_HEADINGS "tests/fixtures/digest/digest-headings-constructed.html"
#define HTML_PLAIN "tests/fixtures/digest/digest-plain-constructed.html"

/* One record as the dump shows it. */
struct want {
	const char *abs_start;          /* the abstract's first words */
	const char *abs_end;            /* its last words */
	const char *inst[5];            /* institutions in order, primary first; NULL-ended */
	const char *review[REVIEW_N];   /* each section's first words */
};

static const struct want columbia = {
	"Language models increasingly write probabilistic programs (in",
	"is calibration, not compilation.",
	{"Columbia University", NULL},
	{"This paper introduces a paradigm shift for", "The paper proposes a robust methodology for",
	 "The experimental evaluation is exceptionally thorough and",
	 "The paper demonstrates a high commitment to",
	 "The authors are transparent about several limitations:",
	 "This paper has profound broader impact for"},
};
static const struct want autom = {
	"Memory expertise is a learned skill: knowing", "gains on long-horizon tasks.",
	{"Stanford University", NULL},
	{"The paper's findings have substantial broader implications.",
	 "The methodology proposed in AutoMem is exceptionally",
	 "The experimental evaluation is rigorous and highly",
	 "The paper demonstrates an excellent commitment to",
	 "The authors thoughtfully acknowledge several limitations.",
	 "The paper's findings have substantial broader implications."},
};
static const struct want astar = {
	"4D hand motion reconstruction from egocentric video",
	"Project page: https://vidihand.github.io.",
	{"A*STAR (Agency for Science, Technology and Research)",
	 "NTU Singapore (Nanyang Technological University)", "Alibaba Group", NULL},
	{"The paper presents a significant advancement in 4D",
	 "The paper proposes a novel paradigm for 4D", "The evaluation is comprehensive and rigorous.",
	 "The paper provides detailed implementation details,",
	 "The primary limitation is computational cost.",
	 "This work has significant implications for embodied AI,"},
};
static const struct want warsaw = {
	"Although neural networks are remarkably effective, their", "lens of variational calculus.",
	{"University of Warsaw", "Brno University of Technology", "Universit\xC3\xA9 de Toulouse",
	 "INSA Toulouse", NULL},
	{"This paper offers a profound theoretical contribution",
	 "This paper proposes a highly novel and mathematically rigorous",
	 "The experimental evaluation is primarily illustrative,",
	 "The paper provides a detailed mathematical formulation",
	 "The most significant limitation, explicitly acknowledged",
	 "This paper offers a profound theoretical contribution"},
};
/* Its TL;DR opens with an unfilled template, "[One sentence main contribution]. ". */
static const struct want discoper = {
	"Autonomous scientific discovery systems offer the potential",
	"benefits of second-order meta-reflection.",
	{"University of Edinburgh", "Massachusetts Institute of Technology", NULL},
	{"DiscoPER introduces a novel autonomous scientific discovery framework",
	 "The paper proposes DiscoPER, an autonomous scientific",
	 "The evaluation is rigorous and addresses the specific",
	 "The paper provides detailed implementation specifications,",
	 "The system is computationally expensive", "This work has significant implications for"},
};
static const struct want nvidia = {
	"Kilometer-scale convection shapes precipitation extremes, tropical organization,",
	"dataset are publicly available.",
	{"NVIDIA", "Lawrence Livermore National Laboratory",
	 "Pacific Northwest National Laboratory",
	 "National Energy Research Scientific Computing Center (NERSC)", NULL},
	{"STRATA represents a significant advance", "The paper introduces STRATA,",
	 "The evaluation is comprehensive and rigorous.", "The paper provides detailed implementation",
	 "The model exhibits large-scale biases", "This work has the potential to revolutionize"},
};
static const struct want guicrafter = {
	"Data, as the fundamental substrate of modern",
	"are available at https://github.com/fansunqi/GUICrafter.",
	{"Tsinghua University", "Tencent Hunyuan", NULL},
	{"GUICrafter presents a significant advancement in GUI", "The paper proposes GUICrafter,",
	 "The evaluation is comprehensive, covering", "The authors provide code, data, and models.",
	 "The method still relies on a small amount", "This work addresses a critical bottleneck in"},
};
/* "All Institutions: Valeo, Alan Turing Institute (implied by ... found in the text.)": the
 * second name is the digest's hedged guess, so only Valeo is kept. */
static const struct want valeo = {
	"We elucidate the design space of Representation",
	"Project page: https://alan-lanfeng.github.io/rdm/.",
	{"Valeo", NULL},
	{"This paper presents a significant advancement in one-step",
	 "The paper proposes \"Representation Distribution Matching\"",
	 "The experimental evaluation is rigorous and comprehensive.",
	 "The paper provides significant detail for reproducibility.",
	 "The primary limitation is the computational cost of training.",
	 "This work significantly advances the field of"},
};
/* Primary is listed second under All Institutions: it still comes first. */
static const struct want tum = {
	"Large vision-language models (LVLMs) have achieved strong", "scale in ultrasound LVLMs.",
	{"Technical University of Munich", "MedAI Technology (Wuxi) Co. Ltd", NULL},
	{"This paper makes a substantial contribution", "The paper proposes a straightforward",
	 "The experimental evaluation is comprehensive and robust.",
	 "The paper provides detailed hyperparameters,", "The primary limitation is the potential",
	 "This work has significant implications for medical AI,"},
};
static const struct want oxford = {
	"Physics-informed neural networks (PINNs) have emerged",
	"wephy/physics-informed-neural-networks",
	{"University of Oxford", NULL},
	{"This paper presents a significant advancement in the optimization",
	 "The paper addresses the critical bottleneck", "The experimental evaluation is extensive",
	 "The paper provides a GitHub repository link", "The primary limitation is the computational",
	 "This work has the potential to transform"},
};
static const struct want hma = {
	"LLM inference comprises a compute-bound prefill phase",
	"loss on generation-quality benchmarks.",
	{"Shanghai Jiao Tong University", NULL},
	{"HMA-Serve presents a compelling systems solution for", "The paper proposes HMA-Serve,",
	 "The evaluation is conducted on real silicon,", "The paper provides specific hardware",
	 "The current evaluation is limited", "This work highlights the growing fragmentation in"},
};

static void check(const struct paper *p, const struct want *w)
{
	size_t n = 0;

	assert_non_null(p->abstract);
	assert_true(str_starts(p->abstract, w->abs_start));
	assert_true(str_ends(p->abstract, w->abs_end));
	while (w->inst[n])
		n++;
	assert_int_equal(p->institutions.n, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(p->institutions.v[i], w->inst[i]);
	assert_true(p->primary_known);
	for (int r = 0; r < REVIEW_N; r++) {
		assert_non_null(p->reviews[r]);
		assert_true(str_starts(p->reviews[r], w->review[r]));
	}
	/* The digest shows no title, authors, date or score. */
	assert_null(p->title);
	assert_null(p->date);
	assert_int_equal(p->author_count, 0);
	assert_int_equal(p->authors.n, 0);
	assert_false(p->has_score);
}

static void run_text(const char *text, size_t len, struct paper_list *out)
{
	const struct adapter *a = fixture_run(adapters_text, text, len, false, 2026, out);
	assert_ptr_equal(a, &adapter_digest_text);
}

static void check_003(const struct paper_list *l)
{
	assert_int_equal(l->n, 23);
	assert_int_equal(fixture_distinct_abstracts(l), 20);
	check(&l->v[0], &columbia);
	check(&l->v[1], &autom);
	check(&l->v[2], &astar);
	check(&l->v[3], &warsaw);
	check(&l->v[5], &autom); /* the repeats are returned too */
	check(&l->v[7], &discoper);
	check(&l->v[8], &columbia);
	check(&l->v[9], &nvidia);
	check(&l->v[12], &astar);
	check(&l->v[13], &guicrafter);
	check(&l->v[14], &valeo);
	check(&l->v[15], &tum);
	check(&l->v[22], &hma);
}

static void test_seed_003(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_003, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	run_text(text, len, &l);
	check_003(&l);
	paper_list_free(&l);
	free(text);
}

static void test_layout_variations(void **state)
{
	static const struct {
		const char *from, *to; /* replaced all through seed 003 */
	} v[] = {
		{"\n", "\r\n"},           /* CRLF */
		{"\n", "\n\n"},           /* a blank line between paragraphs */
		{"\n", " \t \n\n\n"},     /* trailing whitespace, more blank lines */
		{"Primary: ", "Primary:"}, /* no space after the label */
	};
	size_t len;
	char *text = fixture_load(SEED_003, &len);
	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char *changed = fixture_replace(text, v[i].from, v[i].to);
		struct paper_list l = {0};
		run_text(changed, strlen(changed), &l);
		check_003(&l);
		paper_list_free(&l);
		free(changed);
	}
	free(text);
}

/* Records without "All Institutions:" keep the primary alone and every other field. */
static void test_missing_all_institutions(void **state)
{
	size_t len;
	char *text = fixture_load(SEED_003, &len);
	struct paper_list l = {0};
	(void)state;
	assert_non_null(text);
	char *changed = fixture_replace(text,
		"All Institutions: A*STAR, NTU Singapore (Nanyang Technological University), "
		"Alibaba Group\n", "");
	run_text(changed, strlen(changed), &l);
	assert_int_equal(l.n, 23);
	struct want w = astar;
	w.inst[1] = NULL;
	check(&l.v[2], &w);
	check(&l.v[12], &w);
	check(&l.v[3], &warsaw);
	check(&l.v[22], &hma);
	paper_list_free(&l);
	free(changed);
	free(text);
}

/* Reviews labelled on the page go by their labels, whatever their order. */
static void test_labelled_reviews(void **state)
{
	static const char page[] =
		"Last 7 Days (December 29 \xE2\x80\x93 January 04, 2027)\n"
		"An abstract that is long enough to count as one, about a method and its results on "
		"several benchmarks.\n"
		"Primary: ETH Z\xC3\xBCrich\n"
		"All Institutions: ETH Z\xC3\xBCrich, EPFL\n"
		"Limitations: Only small models.\n"
		"TL;DR\n"
		"A faster method.\n"
		"Methodology: A new loss.\n"
		"Experiments: Three benchmarks.\n"
		"Broader impact: Cheaper training.\n"
		"Reproducibility: Code is released.\n";
	struct paper_list l = {0};
	(void)state;
	run_text(page, sizeof page - 1, &l);
	assert_int_equal(l.n, 1);
	const struct paper *p = &l.v[0];
	assert_string_equal(p->reviews[REVIEW_TLDR], "A faster method.");
	assert_string_equal(p->reviews[REVIEW_METHODOLOGY], "A new loss.");
	assert_string_equal(p->reviews[REVIEW_EXPERIMENTS], "Three benchmarks.");
	assert_string_equal(p->reviews[REVIEW_REPRODUCIBILITY], "Code is released.");
	assert_string_equal(p->reviews[REVIEW_LIMITATIONS], "Only small models.");
	assert_string_equal(p->reviews[REVIEW_IMPACT], "Cheaper training.");
	assert_int_equal(p->institutions.n, 2);
	assert_string_equal(p->institutions.v[1], "EPFL");
	paper_list_free(&l);
}

/* A "Primary:" with no abstract above it (a doubled label) gives no paper of its own: every
 * paper has something to know it by. */
static void test_primary_without_abstract(void **state)
{
	static const char page[] =
		"Last 7 Days (June 29 \xE2\x80\x93 July 05, 2026)\n"
		"An abstract that is long enough to count as one, about a method and its results on "
		"several benchmarks.\n"
		"Primary: EPFL\n"
		"A first review paragraph that is long enough to count as one.\n"
		"A second review paragraph that is long enough to count as one.\n"
		"A third review paragraph that is long enough to count as one.\n"
		"Another abstract that is long enough to count as one, about a second method and "
		"its results.\n"
		"Primary: KAIST\n"
		"Primary: ETH Z\xC3\xBCrich\n"
		"A review paragraph of nobody's paper, long enough to count as one.\n";
	struct paper_list l = {0};
	(void)state;
	run_text(page, sizeof page - 1, &l);
	assert_int_equal(l.n, 2);
	assert_true(str_starts(l.v[0].abstract, "An abstract"));
	assert_string_equal(l.v[0].institutions.v[0], "EPFL");
	assert_true(str_starts(l.v[1].abstract, "Another abstract"));
	assert_string_equal(l.v[1].institutions.v[0], "KAIST");
	paper_list_free(&l);
}

static void test_header_year(void **state)
{
	static const struct {
		const char *line; /* a page's first line */
		int year;         /* the year it ends in, 0: not a digest header */
	} cases[] = {
		{"Last 7 Days (June 29 \xE2\x80\x93 July 05, 2026)", 2026},
		{"Last 7 Days (December 29 \xE2\x80\x93 January 04, 2027)", 2027},
		{"Last 30 days (June 5 - July 05, 2025)", 2025},
		{"Last 7 Days", 0},
		{"Last 7 Days (June 29 \xE2\x80\x93 July 05)", 0},
		{"Last night (June 29, 2026)", 0},
		{"The Last 7 Days (June 29 - July 05, 2026)", 0},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int y = 0;
		assert_int_equal(digest_header_year(cases[i].line, &y), cases[i].year != 0);
		if (cases[i].year)
			assert_int_equal(y, cases[i].year);
	}
}

static void test_split_institutions(void **state)
{
	static const struct {
		const char *list;   /* an "All Institutions:" value */
		const char *names[5]; /* the names, NULL-ended */
	} cases[] = {
		{"A*STAR, NTU Singapore (Nanyang Technological University), Alibaba Group",
		 {"A*STAR", "NTU Singapore (Nanyang Technological University)", "Alibaba Group"}},
		{"Institute (A, B), Lab", {"Institute (A, B)", "Lab"}},
		{"MedAI Technology (Wuxi) Co. Ltd, Technical University of Munich",
		 {"MedAI Technology (Wuxi) Co. Ltd", "Technical University of Munich"}},
		{"Open (never closed, Other", {"Open (never closed", "Other"}},
		{"One,Two", {"One,Two"}},
		{"Solo", {"Solo"}},
		{"", {NULL}},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strlist out = {0};
		size_t n = 0;
		digest_split_institutions(cases[i].list, &out);
		while (cases[i].names[n])
			n++;
		assert_int_equal(out.n, n);
		for (size_t k = 0; k < n; k++)
			assert_string_equal(out.v[k], cases[i].names[k]);
		strlist_free(&out);
	}
}

static void run_html(const char *path, struct paper_list *out)
{
	static const struct adapter *const table[] = {&adapter_digest, NULL};
	size_t len;
	char *text = fixture_load(path, &len);
	assert_non_null(text);
	assert_ptr_equal(fixture_run(table, text, len, true, 2026, out), &adapter_digest);
	free(text);
}

/* Section headings, labels in <strong>, chrome around the records, a script that holds
 * "Primary:" (not page text). */
static void test_html_headings(void **state)
{
	struct paper_list l = {0};
	(void)state;
	run_html(HTML_HEADINGS, &l);
	assert_int_equal(l.n, 6);
	assert_int_equal(fixture_distinct_abstracts(&l), 5);
	check(&l.v[0], &columbia);
	check(&l.v[1], &astar);
	check(&l.v[2], &discoper);
	check(&l.v[3], &valeo);
	check(&l.v[4], &tum);
	check(&l.v[5], &columbia);
	/* The footer after the last record is not part of its last review. */
	assert_true(str_ends(l.v[5].reviews[REVIEW_IMPACT], "are designed and evaluated."));
	paper_list_free(&l);
}

/* Labels in a definition list, reviews as bare paragraphs, a record without All Institutions. */
static void test_html_plain(void **state)
{
	struct paper_list l = {0};
	struct want w = nvidia;
	(void)state;
	run_html(HTML_PLAIN, &l);
	assert_int_equal(l.n, 3);
	check(&l.v[0], &oxford);
	w.inst[1] = NULL;
	check(&l.v[1], &w);
	check(&l.v[2], &hma);
	paper_list_free(&l);
}

/* Real pages of other kinds are not digests. */
static void test_html_negatives(void **state)
{
	static const char *const pages[] = {
		"tests/corpus/real/hf/daily-2024-08-01.html",
		"tests/corpus/real/arxiv/abs-2106.09608-xhtml-2021.html",
		"tests/corpus/real/highwire/usenix-bulekov.html",
		"tests/corpus/real/listing-other/vita-group-publications.html",
		"tests/corpus/real/highwire/negative-cloudflare-acs.html",
	};
	static const struct adapter *const table[] = {&adapter_digest, NULL};
	(void)state;
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		size_t len;
		struct paper_list l = {0};
		char *text = fixture_load(pages[i], &len);
		assert_non_null(text);
		assert_null(fixture_run(table, text, len, true, 2026, &l));
		assert_int_equal(l.n, 0);
		free(text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_003),
		cmocka_unit_test(test_layout_variations),
		cmocka_unit_test(test_missing_all_institutions),
		cmocka_unit_test(test_labelled_reviews),
		cmocka_unit_test(test_primary_without_abstract),
		cmocka_unit_test(test_header_year),
		cmocka_unit_test(test_split_institutions),
		cmocka_unit_test(test_html_headings),
		cmocka_unit_test(test_html_plain),
		cmocka_unit_test(test_html_negatives),
	};
	return cmocka_run_group_tests_name("adapter-digest", tests, NULL, NULL);
}
