/* test-adapter-util.c — arXiv ids and categories, DOIs, author names and author lists. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "ingest-html.h"

static void test_arxiv_id_parse(void **state)
{
	static const struct {
		const char *in;  /* text starting with an id */
		const char *out; /* the id, NULL: none */
	} cases[] = {
		{"2106.09608", "2106.09608"},
		{"arXiv:2106.09608v2", "2106.09608"},
		{"  ARXIV: 2301.00001 ", "2301.00001"},
		{"2301.0001", "2301.0001"},
		{"hep-th/9901001v1", "hep-th/9901001"},
		{"math.AG/0101001", "math.AG/0101001"},
		{"cond-mat/0102536", "cond-mat/0102536"},
		{"1234.5678", NULL},   /* month 34 */
		{"2106.096", NULL},
		{"2106.096089", NULL},
		{"21060.09608", NULL},
		{"2106.09608x", NULL},
		{"hep-th/990100", NULL},
		{"10.1103/PhysRevX.12.041027", NULL},
		{"", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char id[ARXIV_ID_MAX] = "";
		bool ok = arxiv_id_parse(cases[i].in, id);
		if (cases[i].out) {
			assert_true(ok);
			assert_string_equal(id, cases[i].out);
		} else {
			assert_false(ok);
		}
	}
	assert_false(arxiv_id_parse(NULL, (char[ARXIV_ID_MAX]){0}));
}

static void test_arxiv_id_find(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"https://arxiv.org/abs/2106.09608v2", "2106.09608"},
		{"/abs/2301.00001", "2301.00001"},
		{"/pdf/2301.00001v1", "2301.00001"},
		{"https://arxiv.org/pdf/2101.01163.pdf", "2101.01163"},
		{"https://arxiv.org/html/2411.14419v1", "2411.14419"},
		{"https://doi.org/10.48550/arXiv.2301.00335", "2301.00335"},
		{"see arXiv:1706.03762 for details", "1706.03762"},
		{"https://export.arxiv.org/abs/hep-th/9901001", "hep-th/9901001"},
		{"https://example.org/abs/2106.09608", NULL},
		{"https://arxiv.org/list/cs/2301", NULL},
		{"https://doi.org/10.1145/3551385", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char id[ARXIV_ID_MAX] = "";
		bool ok = arxiv_id_find(cases[i].in, id);
		if (cases[i].out) {
			assert_true(ok);
			assert_string_equal(id, cases[i].out);
		} else {
			assert_false(ok);
		}
	}
}

static void test_categories(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"Machine Learning (cs.LG)", "cs.LG"},
		{" Statistical Mechanics (cond-mat.stat-mech) ", "cond-mat.stat-mech"},
		{"Quantum Physics (quant-ph)", "quant-ph"},
		{"hep-ph", "hep-ph"},
		{"Nonsense (Not A Code)", NULL},
		{"(cs.LG", NULL},
		{"", NULL},
	};
	struct paper p = {0};
	(void)state;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char code[64] = "";
		bool ok = arxiv_category_parse(cases[i].in, code, sizeof code);
		if (cases[i].out) {
			assert_true(ok);
			assert_string_equal(code, cases[i].out);
		} else {
			assert_false(ok);
		}
	}
	arxiv_add_categories(&p, "Human-Computer Interaction (cs.HC); Graphics (cs.GR);\n Quantum Physics "
	                         "(quant-ph); Graphics (cs.GR)");
	assert_int_equal(p.ntopics, 3);
	assert_string_equal(p.topics[0].name, "cs.HC");
	assert_string_equal(p.topics[2].name, "quant-ph");
	assert_int_equal(p.topics[1].origin, TOPIC_ARXIV);
	paper_free(&p);
}

static void test_doi(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"10.1103/PhysRevX.12.041027", "10.1103/PhysRevX.12.041027"},
		{"doi:10.1000/xyz", "10.1000/xyz"},
		{"https://doi.org/10.1145/3551385.", "10.1145/3551385"},
		{"https://dl.acm.org/doi/10.1145/3551385", "10.1145/3551385"},
		{"10.1051/jphysrad:01955001606044400", "10.1051/jphysrad:01955001606044400"},
		{"no doi here", NULL},
		{"210.1234/x", NULL},
		{"10.12/x", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *d = doi_parse(cases[i].in);
		if (cases[i].out)
			assert_string_equal(d, cases[i].out);
		else
			assert_null(d);
		free(d);
	}
}

static void test_author_names(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"Riedl, Mark O.", "Mark O. Riedl"},
		{"Schr\xc3\xb6" "dinger, E.", "E. Schr\xc3\xb6" "dinger"},
		{"Le Scao, Teven", "Teven Le Scao"},
		{"  N. Bhatt* ", "N. Bhatt"},
		{"(\xce\xb1-\xce\xb2) T. Chen*", "T. Chen"},
		{"Smith\xe2\x80\xa0", "Smith"},
		{"A. Author1", "A. Author"},
		{"King, Jr.", "King, Jr."},
		{"Jane\tDoe\n", "Jane Doe"},
		{"*", NULL},
		{"", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *n = author_name_display(cases[i].in);
		if (cases[i].out)
			assert_string_equal(n, cases[i].out);
		else
			assert_null(n);
		free(n);
	}
}

static void test_author_lists(void **state)
{
	static const struct {
		const char *in;
		size_t n;          /* how many authors */
		const char *last;  /* the last one */
	} cases[] = {
		{"A. One*, B. Two, and C. Three, et al.", 3, "C. Three"},
		{"X Y and Z W", 2, "Z W"},
		{"Ann Lee & Bo Chen", 2, "Bo Chen"},
		{"Alice Liddell", 1, "Alice Liddell"},
		{"R. G. VidalMata, ... Y. Yuan*, J. Wu*, Z. Wang, ... et. al. ", 4, "Z. Wang"},
		{"", 0, NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct paper p = {0};
		assert_int_equal(ingest_add_authors(&p, cases[i].in), cases[i].n);
		assert_int_equal(p.authors.n, cases[i].n);
		if (cases[i].last)
			assert_string_equal(p.authors.v[p.authors.n - 1], cases[i].last);
		paper_free(&p);
	}
}

static void test_setters(void **state)
{
	struct paper p = {0};
	struct paper_list l = {0};
	(void)state;

	/* The first value wins; empty values do not count. */
	paper_set_title(&p, "   ");
	assert_null(p.title);
	paper_set_title(&p, " A\n title ");
	paper_set_title(&p, "Another");
	assert_string_equal(p.title, "A title");
	assert_false(paper_set_date(&p, "no date", 2026));
	assert_true(paper_set_date(&p, "Feb 17", 2026));
	assert_false(paper_set_date(&p, "2020", 2026));
	assert_string_equal(p.date, "2026-02-17");
	paper_set_url(&p.url, "javascript:alert(1)");
	assert_null(p.url);
	paper_set_arxiv(&p, "arXiv:2106.09608v2");
	assert_string_equal(p.arxiv_id, "2106.09608");
	assert_string_equal(p.url, "https://arxiv.org/abs/2106.09608");
	assert_string_equal(p.pdf_url, "https://arxiv.org/pdf/2106.09608");
	paper_free(&p);

	/* Entries with nothing to know them by are dropped, the others keep their order. */
	paper_list_push(&l);
	paper_set_title(paper_list_push(&l), "kept one");
	paper_list_push(&l)->doi = strdup("10.1/x");
	paper_list_push(&l);
	papers_drop_unusable(&l, 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].title, "kept one");
	assert_string_equal(l.v[1].doi, "10.1/x");
	paper_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arxiv_id_parse),
		cmocka_unit_test(test_arxiv_id_find),
		cmocka_unit_test(test_categories),
		cmocka_unit_test(test_doi),
		cmocka_unit_test(test_author_names),
		cmocka_unit_test(test_author_lists),
		cmocka_unit_test(test_setters),
	};
	return cmocka_run_group_tests_name("adapter-util", tests, NULL, NULL);
}
