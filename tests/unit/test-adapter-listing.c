/* test-adapter-listing.c — lab publication lists (the real VITA page and small variants),
 * "Abstract:" author pages (constructed CatalyzeX fixtures), the Papers with Code trap, and
 * the generic last resort (JSON-LD, Dublin Core) with its refusals. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-check.h"
#include "util.h"

static void test_vita(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_file("tests/corpus/real/listing-other/vita-group-publications.html", 2025, &x);
	assert_string_equal(extracted_by(&x), "listing");
	/* 305 <b> on the page: the four bold letters of the logo, then 301 titles. */
	assert_int_equal(x.papers.n, 301);

	p = &x.papers.v[0];
	assert_string_equal(p->title, "Neuro-symbolic AI as an Antithesis to Scaling Laws");
	assert_strlist(&p->authors, (const char *[]){"A. Velasquez", "N. Bhatt", "U. Topcu", "Z. Wang",
	                                             "K. Sycara", "S. Stepputtis", "S. Neemad", "G. Vallabhae", NULL});
	assert_string_equal(p->date, "2025");
	assert_null(p->url); /* [Paper] links to "" */
	assert_null(p->arxiv_id);
	assert_null(p->abstract);

	p = papers_by_title(&x.papers, "Random Pruning Over-parameterized Neural Networks Can Improve "
	                               "Generalization: A Training Dynamics Analysis");
	assert_non_null(p);
	assert_string_equal(p->arxiv_id, "2301.00335");
	assert_strlist(&p->authors, (const char *[]){"H. Yang", "Y. Liang", "X. Guo", "L. Wu", "Z. Wang", NULL});
	assert_string_equal(p->date, "2024");

	/* "(α-β) T. Chen*, ..." — the role note and the marks go. */
	p = papers_by_title(&x.papers, "Learning to Optimize: A Primer and A Benchmark");
	assert_strlist(&p->authors, (const char *[]){"T. Chen", "X. Chen", "W. Chen", "H. Heaton", "J. Liu",
	                                             "Z. Wang", "W. Yin", NULL});
	assert_string_equal(link_of(p, "code"), "https://github.com/VITA-Group/Open-L2O");
	assert_string_equal(p->url, "https://jmlr.org/papers/v23/21-0308.html");

	/* "R. G. VidalMata, ... Y. Yuan*, J. Wu*, Z. Wang, ... et. al." */
	p = papers_by_title(&x.papers, "Bridging the Gap Between Computational Photography and Visual Recognition");
	assert_strlist(&p->authors, (const char *[]){"R. G. VidalMata", "Y. Yuan", "J. Wu", "Z. Wang", NULL});
	assert_string_equal(p->date, "2020");

	/* The year of the paper, not of the award mentioned after it. */
	p = papers_by_title(&x.papers, "EnlightenGAN: Deep Light Enhancement without Paired Supervision");
	assert_string_equal(p->date, "2021");
	assert_string_equal(p->arxiv_id, "1906.06972");

	p = papers_by_title(&x.papers, "Why Neural Network Can Discover Symbolic Structures with Gradient-based "
	                               "Training: Theoretic Foundation for Neurosymbolic AI");
	assert_strlist(&p->authors, (const char *[]){"Z. Wang", "P. Wang", NULL});

	p = papers_by_title(&x.papers, "SmartDeal: Re-Modeling Deep Network Weights for Efficient Inference and Training");
	assert_string_equal(p->arxiv_id, "2101.01163"); /* from .../pdf/2101.01163.pdf */

	p = papers_by_title(&x.papers, "Benchmarking Single Image Dehazing and Beyond");
	assert_string_equal(p->date, "2019"); /* "vol. 28, no. 1, pp. 492-505, 2019" */
	assert_string_equal(link_of(p, "project"), "https://sites.google.com/site/boyilics/website-builder/reside");

	p = papers_by_title(&x.papers, "Advancing Image Understanding in Poor Visibility Environments: A Collective Benchmark Study");
	assert_strlist(&p->authors, (const char *[]){"Y. Yuan", "W. Yang", "W. Ren", "J Liu", "W. J. Scheirer",
	                                             "Z. Wang", NULL});

	p = papers_by_title(&x.papers, "Taxonomy of Machine Learning Safety: A Survey and Primer");
	assert_string_equal(p->doi, "10.1145/3551385");

	/* Titles with markup and mixed quotes. */
	assert_non_null(papers_by_title(&x.papers, "L2-GCN: Layer-Wise and Learned Efficient Training of Graph Convolutional Networks"));
	assert_non_null(papers_by_title(&x.papers, "Drawing Early-Bird Tickets: Toward More Efficient Training of Deep Networks"));
	extracted_free(&x);
}

static void test_cite_variants(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	/* Title first in <strong>, authors on the next line, an arXiv DOI, a versioned PDF link. */
	extract_string("<ul><li><strong>Deep Residual Learning for Image Recognition</strong><br>"
	               "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun<br>CVPR 2016. "
	               "<a href='https://doi.org/10.48550/arXiv.1512.03385'>DOI</a></li>"
	               "<li><strong>Attention Is All You Need</strong><br>Ashish Vaswani, Noam Shazeer and Niki "
	               "Parmar<br>NeurIPS, 2017 <a href='https://arxiv.org/pdf/1706.03762v7.pdf'>pdf</a> "
	               "<a href='https://github.com/tensorflow/tensor2tensor'>code</a></li></ul>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "listing");
	assert_int_equal(x.papers.n, 2);
	p = &x.papers.v[0];
	assert_string_equal(p->title, "Deep Residual Learning for Image Recognition");
	assert_strlist(&p->authors, (const char *[]){"Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun", NULL});
	assert_string_equal(p->arxiv_id, "1512.03385");
	assert_string_equal(p->date, "2016");
	p = &x.papers.v[1];
	assert_strlist(&p->authors, (const char *[]){"Ashish Vaswani", "Noam Shazeer", "Niki Parmar", NULL});
	assert_string_equal(p->arxiv_id, "1706.03762");
	assert_string_equal(link_of(p, "code"), "https://github.com/tensorflow/tensor2tensor");
	extracted_free(&x);

	/* Classed title and authors (an academic page theme), an item holding paragraphs. */
	extract_string("<ol class='bibliography'><li><div class='row'><div class='abbr'><abbr>NeurIPS</abbr></div>"
	               "<div class='col'><div class='title'>Learning Things from Other Things</div>"
	               "<div class='author'><em>Jane Smith</em>, Bob Lee, and Carol Wu</div>"
	               "<div class='periodical'><em>In Advances in Neural Information Processing Systems</em>, 2023</div>"
	               "<div class='links'><a href='http://arxiv.org/abs/2301.12345' class='btn'>arXiv</a>"
	               "<a href='https://github.com/js/things' class='btn'>Code</a></div></div></div></li>"
	               "<li><p><b>Another Paper About Things</b></p><p>Carol Wu and Jane Smith</p>"
	               "<p>ICML, 2022</p></li></ol>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "listing");
	assert_int_equal(x.papers.n, 2);
	p = &x.papers.v[0];
	assert_string_equal(p->title, "Learning Things from Other Things");
	assert_strlist(&p->authors, (const char *[]){"Jane Smith", "Bob Lee", "Carol Wu", NULL});
	assert_string_equal(p->date, "2023");
	assert_string_equal(p->arxiv_id, "2301.12345");
	assert_string_equal(link_of(p, "code"), "https://github.com/js/things");
	p = &x.papers.v[1];
	assert_string_equal(p->title, "Another Paper About Things");
	assert_strlist(&p->authors, (const char *[]){"Carol Wu", "Jane Smith", NULL});
	assert_string_equal(p->date, "2022");
	extracted_free(&x);

	/* Navigation and bold words are not publications. */
	extract_string("<ul><li><b>Home</b></li><li><b>People</b> of the lab</li>"
	               "<li>Welcome to our <b>wonderful research group page</b> where we do things</li></ul>",
	               2026, &x);
	assert_null(x.by);
	extracted_free(&x);
}

/* The seed's abstracts, the expected abstracts of the fixture built from it. */
static void check_seed_abstracts(const struct paper_list *l, const char *seed, const char *inst)
{
	struct page_file pf;
	char *line, *save = NULL;
	size_t i = 0;

	assert_true(page_load(seed, 0, &pf)); /* only the bytes are wanted */
	for (line = strtok_r(pf.buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "Abstract:", 9) != 0)
			continue;
		assert_true(i < l->n);
		assert_string_equal(l->v[i].abstract, line + 9);
		if (inst)
			assert_strlist(&l->v[i].institutions, (const char *[]){inst, NULL});
		else
			assert_int_equal(l->v[i].institutions.n, 0);
		assert_null(l->v[i].title);
		assert_int_equal(l->v[i].authors.n, 0);
		i++;
	}
	assert_int_equal(i, l->n);
	page_unload(&pf);
}

static void test_catalyzex(void **state)
{
	struct extracted x;
	(void)state;

	extract_file("tests/fixtures/catalyzex/author-jun-zhu.html", 2026, &x);
	assert_string_equal(extracted_by(&x), "listing");
	assert_int_equal(x.papers.n, 10);
	check_seed_abstracts(&x.papers, "tests/corpus/seeds/000_9bdac604eba13c6f.txt", "Tsinghua University");
	extracted_free(&x);

	extract_file("tests/fixtures/catalyzex/author-atlas-fragment.html", 2026, &x);
	assert_string_equal(extracted_by(&x), "listing");
	assert_int_equal(x.papers.n, 10);
	/* "Atlas" is a person's nickname, not an institution: no context. */
	check_seed_abstracts(&x.papers, "tests/corpus/seeds/004_da2509a94b871668.txt", NULL);
	extracted_free(&x);
}

static void test_abstract_blocks_with_cards(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_string("<h1>University of Examples</h1><h2>Papers</h2>"
	               "<div class='paper'><h3>Sparse Things Learned Quickly</h3>"
	               "<a href='https://arxiv.org/abs/2401.00001v3'>arXiv</a>"
	               "<p><b>Abstract:</b> We learn sparse things quickly, and show it on many benchmarks.</p></div>"
	               "<div class='paper'><h3>Dense Things Learned Slowly</h3>"
	               "<p>Abstract: We learn dense things slowly, which is fine for some purposes.</p>"
	               "<a href='https://github.com/x/dense'>Code</a></div>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "listing");
	assert_int_equal(x.papers.n, 2);
	p = &x.papers.v[0];
	assert_string_equal(p->title, "Sparse Things Learned Quickly");
	assert_string_equal(p->arxiv_id, "2401.00001");
	assert_string_equal(p->abstract, "We learn sparse things quickly, and show it on many benchmarks.");
	assert_strlist(&p->institutions, (const char *[]){"University of Examples", NULL});
	p = &x.papers.v[1];
	assert_string_equal(p->title, "Dense Things Learned Slowly");
	assert_string_equal(link_of(p, "code"), "https://github.com/x/dense");
	assert_strlist(&p->institutions, (const char *[]){"University of Examples", NULL});
	extracted_free(&x);

	/* One abstract alone is not a list (and without metadata not a paper either). */
	extract_string("<h1>Some Lab</h1><p>Abstract: a single abstract on a page that is about something.</p>", 2026, &x);
	assert_null(x.by);
	extracted_free(&x);
}

/* Cards nested deep, many of them: each block finds its own card (its title), and an
 * "Abstract:" element holding another gives way to the inner one. (Cards are found from the
 * neighbouring blocks alone; asking every block at every level took minutes on pages of a
 * few thousand.) */
static void test_abstract_blocks_nested(void **state)
{
	enum { CARDS = 300, DEPTH = 40 };
	struct strbuf b = {0};
	struct extracted x;
	(void)state;

	sb_add(&b, "<h1>University of Examples</h1>");
	for (int i = 0; i < CARDS; i++) {
		for (int d = 0; d < DEPTH; d++)
			sb_add(&b, "<div>");
		sb_addf(&b, "<h3>Paper number %d in a deep card</h3>", i);
		sb_addf(&b, "<div>Abstract: the outer text of card %d, long enough to be one."
			    "<p>Abstract: the inner text of card %d, which is the abstract.</p></div>", i, i);
		for (int d = 0; d < DEPTH; d++)
			sb_add(&b, "</div>");
	}
	extract_string(b.s, 2026, &x);
	assert_string_equal(extracted_by(&x), "listing");
	assert_int_equal(x.papers.n, CARDS);
	for (int i = 0; i < CARDS; i++) {
		char *want = xasprintf("Paper number %d in a deep card", i);
		assert_string_equal(x.papers.v[i].title, want);
		free(want);
		want = xasprintf("the inner text of card %d, which is the abstract.", i);
		assert_string_equal(x.papers.v[i].abstract, want);
		free(want);
		assert_strlist(&x.papers.v[i].institutions, (const char *[]){"University of Examples", NULL});
	}
	extracted_free(&x);
	sb_free(&b);
}

static void test_pwc_negative(void **state)
{
	struct extracted x;
	(void)state;

	/* og:description, <title> and a JSON-LD CreativeWork describe a method, not a paper. */
	extract_file("tests/corpus/real/listing-other/negative-pwc-method-vae.html", 2026, &x);
	assert_null(x.by);
	assert_int_equal(x.papers.n, 0);
	extracted_free(&x);
}

static void test_generic(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	extract_string("<html><head><title>Notes</title><script type='application/ld+json'>"
	               "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
	               "{\"@type\":\"ScholarlyArticle\",\"headline\":\"Notes on the Analytical Engine\","
	               "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Lovelace\"},\"Charles Babbage\"],"
	               "\"datePublished\":\"1843-09-01\",\"abstract\":\"Notes  on the engine.\","
	               "\"identifier\":\"https://doi.org/10.1000/ae.1843\"}]}</script></head></html>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "generic");
	assert_int_equal(x.papers.n, 1);
	p = &x.papers.v[0];
	assert_string_equal(p->title, "Notes on the Analytical Engine");
	assert_strlist(&p->authors, (const char *[]){"Ada Lovelace", "Charles Babbage", NULL});
	assert_string_equal(p->date, "1843-09-01");
	assert_string_equal(p->abstract, "Notes on the engine.");
	assert_string_equal(p->doi, "10.1000/ae.1843");
	extracted_free(&x);

	/* Dublin Core names in any case (sites write DC.title, dc.Title, ...). */
	extract_string("<meta name='dc.Title' content='A Dublin Core Paper'><meta name='DC.creator' content='Doe, Jane'>"
	               "<meta name='dc.creator' content='Roe, Richard'><meta name='DC.Date' content='2020-05'>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "generic");
	p = &x.papers.v[0];
	assert_string_equal(p->title, "A Dublin Core Paper");
	assert_strlist(&p->authors, (const char *[]){"Jane Doe", "Richard Roe", NULL});
	assert_string_equal(p->date, "2020-05");
	extracted_free(&x);

	/* A title and a description but nobody who wrote it: nothing. */
	extract_string("<head><title>VAE Explained</title><meta property='og:title' content='VAE Explained'>"
	               "<meta property='og:description' content='A Variational Autoencoder is a type of "
	               "likelihood-based generative model. It consists of an encoder and a decoder, and it is "
	               "trained with a reconstruction term and a regulariser on the latent space, which is a "
	               "very long description indeed.'>"
	               "<script type='application/ld+json'>{\"@type\":\"CreativeWork\",\"name\":\"VAE\","
	               "\"description\":\"A method.\"}</script>"
	               "<script type='application/ld+json'>{\"@type\":\"ScholarlyArticle\",\"name\":\"No authors\"}</script>"
	               "</head>",
	               2026, &x);
	assert_null(x.by);
	extracted_free(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vita),
		cmocka_unit_test(test_cite_variants),
		cmocka_unit_test(test_catalyzex),
		cmocka_unit_test(test_abstract_blocks_with_cards),
		cmocka_unit_test(test_abstract_blocks_nested),
		cmocka_unit_test(test_pwc_negative),
		cmocka_unit_test(test_generic),
	};
	return cmocka_run_group_tests_name("adapter-listing", tests, NULL, NULL);
}
