/* test-format-bibtex.c — --format bibtex: entry types, escaping, citation keys, raw abstracts. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

static char *render(const struct paper *papers, size_t n)
{
	struct format_out o;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	assert_non_null(f);
	format_begin(&o, f, FORMAT_BIBTEX);
	for (size_t i = 0; i < n; i++)
		format_paper(&o, &papers[i]);
	format_end(&o);
	fclose(f);
	return text;
}

static void test_escape(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"plain", "plain"},
		{"Cost & Benefit", "Cost \\& Benefit"},
		{"100% of $x_1$ #1", "100\\% of \\$x\\_1\\$ \\#1"},
		{"{lone brace", "\\textbraceleft{}lone brace"},
		{"a}b", "a\\textbraceright{}b"},
		{"back\\slash", "back\\textbackslash{}slash"},
		{"~ and ^", "\\textasciitilde{} and \\textasciicircum{}"},
		{"Schrödinger 清华", "Schrödinger 清华"},
		{"line\nbreak\033[1m", "line break"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf b = {0};
		format_bibtex_escape(&b, cases[i].in);
		assert_string_equal(b.s ? b.s : "", cases[i].out);
		assert_true(format_bibtex_balanced(b.s ? b.s : ""));
		sb_free(&b);
	}
}

static void test_balanced(void **state)
{
	(void)state;
	assert_true(format_bibtex_balanced("\\emph{x} and {y}"));
	assert_true(format_bibtex_balanced("set \\{a\\} ok"));
	assert_false(format_bibtex_balanced("open {"));
	assert_false(format_bibtex_balanced("} close"));
	assert_false(format_bibtex_balanced("escaped \\{ alone")); /* BibTeX counts it */
	assert_false(format_bibtex_balanced("\\{ x }"));            /* TeX does not */
	assert_false(format_bibtex_balanced("ends with \\"));
}

static void test_arxiv_entry(void **state)
{
	struct paper p = {0};
	char *got;
	(void)state;

	p.arxiv_id = xstrdup("2606.31630");
	p.title = xstrdup("Calibration & Compilation: 100% {Sure}");
	strlist_add(&p.authors, "Jian Xu");
	strlist_add(&p.authors, "Research and Development Team");
	p.author_count = 5;
	p.date = xstrdup("2026-06-30");
	paper_add_topic(&p, "agents", TOPIC_RULE);
	paper_add_topic(&p, "cs.LG", TOPIC_ARXIV);
	p.url = xstrdup("https://arxiv.org/abs/2606.31630");
	p.abstract = xstrdup("We get 4.45 ± 0.30.");
	p.abstract_raw = xstrdup("We get $4.45 \\pm 0.30$.");
	got = render(&p, 1);
	assert_string_equal(got,
		"@misc{xu2026calibration,\n"
		"  title = {Calibration \\& Compilation: 100\\% \\textbraceleft{}Sure\\textbraceright{}},\n"
		"  author = {Jian Xu and {Research and Development Team} and others},\n"
		"  year = {2026},\n"
		"  month = jun,\n"
		"  eprint = {2606.31630},\n"
		"  archivePrefix = {arXiv},\n"
		"  primaryClass = {cs.LG},\n"
		"  url = {https://arxiv.org/abs/2606.31630},\n"
		"  keywords = {agents, cs.LG},\n"
		"  abstract = {We get $4.45 \\pm 0.30$.}\n"
		"}\n");
	free(got);
	paper_free(&p);
}

static void test_other_entries(void **state)
{
	struct paper p[3] = {{0}};
	char *got;
	(void)state;

	/* a DOI and no arXiv id: @article */
	p[0].doi = xstrdup("10.1103/PhysRevX.12.041027");
	p[0].title = xstrdup("The Quantum Thing");
	strlist_add(&p[0].authors, "Müller, Anna");
	p[0].date = xstrdup("2022");
	p[0].url = xstrdup("https://example.org/a b{c}");
	/* the raw abstract cannot be used (unbalanced): the readable one, escaped */
	p[0].abstract = xstrdup("Costs $5 {approx}.");
	p[0].abstract_raw = xstrdup("Costs \\$5 \\{approx.");
	/* neither: @misc with the URL, a key from what is there */
	p[1].title = xstrdup("A study");
	strlist_add(&p[1].authors, "张伟");
	p[1].url = xstrdup("https://example.org/p");
	/* nothing at all */
	got = render(p, 3);
	assert_string_equal(got,
		"@article{muller2022quantum,\n"
		"  title = {The Quantum Thing},\n"
		"  author = {Müller, Anna},\n"
		"  year = {2022},\n"
		"  doi = {10.1103/PhysRevX.12.041027},\n"
		"  url = {https://example.org/a%20b%7Bc%7D},\n"
		"  abstract = {Costs \\$5 \\textbraceleft{}approx\\textbraceright{}.}\n"
		"}\n"
		"\n"
		"@misc{anonstudy,\n"
		"  title = {A study},\n"
		"  author = {张伟},\n"
		"  url = {https://example.org/p}\n"
		"}\n"
		"\n"
		"@misc{anonpaper\n"
		"}\n");
	free(got);
	for (int i = 0; i < 3; i++)
		paper_free(&p[i]);
}

static void test_keys_unique(void **state)
{
	struct format_bibkeys *set = format_bibkeys_new();
	struct paper p = {0}, q = {0};
	static const char *const want[] = {"smith2024deep", "smith2024deepa", "smith2024deepb"};
	(void)state;

	strlist_add(&p.authors, "John Smith Jr.");
	p.date = xstrdup("2024-01-02");
	p.title = xstrdup("On the Deep Things");
	for (size_t i = 0; i < 3; i++) {
		char *k = format_bibkey(set, &p);
		assert_string_equal(k, want[i]);
		free(k);
	}
	/* a title whose own key looks like a suffixed one does not collide */
	strlist_add(&q.authors, "Jo Smith");
	q.date = xstrdup("2024");
	q.title = xstrdup("Deepc");
	{
		char *k = format_bibkey(set, &q);
		assert_string_equal(k, "smith2024deepc");
		free(k);
	}
	{
		char *k = format_bibkey(set, &p);
		assert_string_equal(k, "smith2024deepd"); /* deepc is taken */
		free(k);
	}
	format_bibkeys_free(set);
	paper_free(&p);
	paper_free(&q);
}

static void test_many_keys(void **state)
{
	struct format_bibkeys *set = format_bibkeys_new();
	struct paper p = {0};
	char *k = NULL;
	(void)state;

	p.title = xstrdup("Same");
	for (int i = 0; i < 28; i++) {
		free(k);
		k = format_bibkey(set, &p);
	}
	/* plain, then a..z (26), then aa */
	assert_string_equal(k, "anonsameaa");
	free(k);
	format_bibkeys_free(set);
	paper_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_balanced),
		cmocka_unit_test(test_arxiv_entry),
		cmocka_unit_test(test_other_entries),
		cmocka_unit_test(test_keys_unique),
		cmocka_unit_test(test_many_keys),
	};
	return cmocka_run_group_tests_name("format-bibtex", tests, NULL, NULL);
}
