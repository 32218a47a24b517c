/* test-adapter-highwire.c — landing pages with citation_* metas: every real page of the
 * corpus, field by field, then the rules on small pages (exact names, legacy tags, guards). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "adapter-check.h"
#include "util.h"

#define DIR "tests/corpus/real/highwire/"
#define MAXL 6

/* What one page must give (read from its HTML). */
struct expect {
	const char *file;                /* under DIR */
	const char *title;               /* exact */
	const char *authors[MAXL];       /* exact, in order, NULL-terminated */
	const char *institutions[MAXL];  /* exact, in order, NULL-terminated */
	const char *keywords[MAXL];      /* exact, in order, NULL-terminated */
	const char *date;                /* ISO */
	const char *doi;                 /* NULL: none */
	const char *pdf;                 /* NULL: none */
	const char *abs_start;           /* NULL: no abstract */
	const char *abs_end;             /* NULL: not checked */
};

static const struct expect pages[] = {
	{"acl-2021-naacl-main-208.html", "How many data points is a prompt worth?",
	 {"Teven Le Scao", "Alexander M. Rush"}, {0}, {0}, "2021-06", "10.18653/v1/2021.naacl-main.208",
	 "https://aclanthology.org/2021.naacl-main.208.pdf",
	 "When fine-tuning pretrained models for classification, researchers either use a generic model head",
	 "prompting is often worth 100s of data points on average across classification tasks."},
	{"aps-physrevx-12-041027.html", "Tearing Instability and Current-Sheet Disruption in the Turbulent Dynamo",
	 {"Alisa K. Galishnikova", "Matthew W. Kunz", "Alexander A. Schekochihin"},
	 {"Department of Astrophysical Sciences, Princeton University, 4 Ivy Lane, Princeton, New Jersey 08544, USA",
	  "Department of Astrophysical Sciences, Princeton University, 4 Ivy Lane, Princeton, New Jersey 08544, USA "
	  "and Princeton Plasma Physics Laboratory, P.O. Box 451, Princeton, New Jersey 08543, USA",
	  "The Rudolf Peierls Centre for Theoretical Physics, University of Oxford, Clarendon Laboratory, Parks Road, "
	  "Oxford, OX1 3PU, United Kingdom and Merton College, Oxford OX1 4JD, United Kingdom"},
	 {0}, "2022-12-09", "10.1103/PhysRevX.12.041027", "http://link.aps.org/pdf/10.1103/PhysRevX.12.041027",
	 "Turbulence in a conducting plasma can amplify seed magnetic fields", NULL},
	{"hal-jpa-00235190.html", "Déplacement de Knight dans les alliages", {"Jacques Friedel"}, {0},
	 {"alloys", "nuclear magnetic resonance"}, "1955", "10.1051/jphysrad:01955001606044400",
	 "https://hal.science/jpa-00235190/document",
	 "Des calculs récents de la densité électronique dans les alliages prévoient que le déplacement de "
	 "Knight des noyaux de la matrice n'est pratiquement pas affecté",
	 "même à assez fortes concentrations."},
	{"hal-theses-tel-02083632.html", "Global discharging methods for coloring problems in graphs",
	 {"Marthe Bonamy"}, {"Algorithmes, Graphes et Combinatoire"},
	 {"coloring", "graph theory", "théorie des graphes", "coloration"}, "2015-02-09", NULL,
	 "https://theses.hal.science/tel-02083632/document", "This thesis falls within graph theory", NULL},
	{"iopscience-002.html", "Magnetic Temperature Scale in the 2 K to 30 K Range",
	 {"D N Astrov", "V A Pavlov", "V T Shkraba"},
	 {"The Physico-Technical and Radio-Technical Measurements Institute (PRMI), Moscow, USSR"}, {0},
	 "1976-10-01", "10.1088/0026-1394/12/4/002", "https://iopscience.iop.org/article/10.1088/0026-1394/12/4/002/pdf",
	 "In the temperature range from 2 to 30 K a comparison has been made of a magnetic thermometer", NULL},
	{"nber-w29971.html", "The Narrow Channel of Quantitative Easing: Evidence from YCC Down Under",
	 {"David Lucca", "Jonathan H. Wright"}, {0}, {0}, "2022-04-25", "10.3386/w29971",
	 "https://www.nber.org/system/files/working_papers/w29971/w29971.pdf",
	 "We study the recent Australian experience with yield curve control (YCC) of government bonds",
	 "may be primary transmission mechanisms of quantity-based QE policies as well."},
	{"sciencedirect-s146290112300117x.html",
	 "Nature-based solutions through collective actions for spatial justice in urban green commons",
	 {"Mahir Yazar", "Abigail York"}, {0}, {0}, "2023-07-01", "10.1016/j.envsci.2023.04.016", NULL,
	 "Urban climate adaptation through nature-based solutions (NBS) requires collective action that "
	 "incorporates spatial justice considerations.",
	 "co-opted by local and national governments."},
	{"springer-amylose-bioplastic.html", "In Vitro Cytotoxicity of Amylose-Based Bioplastic for Packaging Applications",
	 {"Sanchita Bandyopadhyay-Ghosh", "Robert Jeng", "Joydeep Mukherjee", "Mohini Sain"},
	 {"University of Toronto"}, {0}, "2010-09-01", "10.1007/s10924-010-0192-1",
	 "https://link.springer.com/content/pdf/10.1007%2Fs10924-010-0192-1.pdf",
	 "Amylose containing polysaccharides are one of the most abundant and inexpensive naturally occurring biopolymers.",
	 "The ion release and pH measurement also supported the results."},
	{"usenix-bulekov.html", "Morphuzz: Bending (Input) Space to Fuzz Virtual Devices",
	 {"Alexander Bulekov", "Bandan Das", "Stefan Hajnoczi", "Manuel Egele"},
	 {"Boston University and Red Hat", "Red Hat", "Boston University"}, {0}, "2022", NULL,
	 "https://www.usenix.org/system/files/sec22-bulekov.pdf",
	 "The security of the entire cloud ecosystem crucially depends on the isolation guarantees",
	 "without initial seed-inputs, or expert guidance."},
	{"wiley-schrodinger-1926.html", "Quantisierung als Eigenwertproblem", {"E. Schrödinger"},
	 {"Physikalisches Institut der Universität, Zürich"}, {0}, "1926-01-01", "10.1002/andp.19263851302",
	 "https://onlinelibrary.wiley.com/doi/pdf/10.1002/andp.19263851302", NULL, NULL},
};

static void test_real_pages(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		const struct expect *e = &pages[i];
		char *path = xasprintf(DIR "%s", e->file);
		struct extracted x;
		const struct paper *p;

		extract_file(path, 2026, &x);
		free(path);
		print_message("# %s\n", e->file);
		assert_string_equal(extracted_by(&x), "highwire");
		assert_true(x.ok);
		assert_int_equal(x.papers.n, 1);
		p = &x.papers.v[0];
		assert_string_equal(p->title, e->title);
		assert_strlist(&p->authors, e->authors);
		assert_strlist(&p->institutions, e->institutions);
		assert_topics(p, TOPIC_KEYWORD, e->keywords);
		assert_string_equal(p->date, e->date);
		if (e->doi)
			assert_string_equal(p->doi, e->doi);
		else
			assert_null(p->doi);
		if (e->pdf)
			assert_string_equal(p->pdf_url, e->pdf);
		else
			assert_null(p->pdf_url);
		if (e->abs_start) {
			assert_starts(p->abstract, e->abs_start);
			if (e->abs_end)
				assert_ends(p->abstract, e->abs_end);
		} else {
			assert_null(p->abstract);
		}
		assert_null(p->arxiv_id);
		assert_false(p->has_score);
		extracted_free(&x);
	}
}

static void test_traps_of_real_pages(void **state)
{
	struct extracted x;
	(void)state;

	/* ACL: og:description is "authors. venue", not the abstract; no "Abstract" heading. */
	extract_file(DIR "acl-2021-naacl-main-208.html", 2026, &x);
	assert_null(strstr(x.papers.v[0].abstract, "Teven Le Scao"));
	extracted_free(&x);
	/* NBER: the description is the bureau's boilerplate. */
	extract_file(DIR "nber-w29971.html", 2026, &x);
	assert_null(strstr(x.papers.v[0].abstract, "Founded in 1920"));
	extracted_free(&x);
	/* APS: the one-line summary in description is not the abstract. */
	extract_file(DIR "aps-physrevx-12-041027.html", 2026, &x);
	assert_null(strstr(x.papers.v[0].abstract, "Turbulent dynamos efficiently generate"));
	extracted_free(&x);
	/* ScienceDirect: the highlights come before the abstract in the body. */
	extract_file(DIR "sciencedirect-s146290112300117x.html", 2026, &x);
	assert_null(strstr(x.papers.v[0].abstract, "Highlights"));
	extracted_free(&x);
	/* Springer: citation_abstract_html_url is a URL, not an abstract; "in\u00a0vitro" spaced. */
	extract_file(DIR "springer-amylose-bioplastic.html", 2026, &x);
	assert_string_equal(x.papers.v[0].url, "https://link.springer.com/article/10.1007/s10924-010-0192-1");
	assert_non_null(strstr(x.papers.v[0].abstract, "has in vitro biocompatibility"));
	extracted_free(&x);
}

static void test_cloudflare_negative(void **state)
{
	struct extracted x;
	(void)state;

	extract_file(DIR "negative-cloudflare-acs.html", 2026, &x);
	assert_null(x.by);
	assert_int_equal(x.papers.n, 0);
	extracted_free(&x);
}

static void test_rules(void **state)
{
	struct extracted x;
	const struct paper *p;
	(void)state;

	/* Exact names: citation_abstract_html_url is not citation_abstract; an institution before
	 * any author belongs to nobody; duplicates fold; keywords split on ";". */
	extract_string("<meta name='citation_title' content='A  Title\n'>"
	               "<meta name='citation_author_institution' content='Nowhere'>"
	               "<meta name='citation_abstract_html_url' content='https://x.org/abs'>"
	               "<meta name='citation_author' content='Doe, Jane'>"
	               "<meta name='citation_author_institution' content='MIT'>"
	               "<meta name='citation_author' content='Roe, R.'>"
	               "<meta name='citation_author_institution' content='mit'>"
	               "<meta name='citation_keywords' content='graphs; colouring ;'>"
	               "<meta name='citation_date' content='2019/04/12'>"
	               "<meta name='citation_doi' content='https://doi.org/10.1000/xyz.1'>"
	               "<meta name='citation_pdf_url' content='/paper.pdf'>",
	               2026, &x);
	assert_string_equal(extracted_by(&x), "highwire");
	p = &x.papers.v[0];
	assert_string_equal(p->title, "A Title");
	assert_strlist(&p->authors, (const char *[]){"Jane Doe", "R. Roe", NULL});
	assert_strlist(&p->institutions, (const char *[]){"MIT", NULL});
	assert_topics(p, TOPIC_KEYWORD, (const char *[]){"graphs", "colouring", NULL});
	assert_null(p->abstract);
	assert_string_equal(p->date, "2019-04-12");
	assert_string_equal(p->doi, "10.1000/xyz.1");
	assert_string_equal(p->url, "https://x.org/abs");
	assert_string_equal(p->pdf_url, "https://x.org/paper.pdf");
	extracted_free(&x);

	/* Legacy tags; an arXiv DOI gives the arXiv id; a short description is no abstract. */
	extract_string("<html><head><meta name='citation_title' content='Old'>"
	               "<meta name='citation_authors' content='Smith, John; Brown, Ann'>"
	               "<meta name='citation_year' content='1999'>"
	               "<meta name='citation_doi' content='10.48550/arXiv.2301.00335'>"
	               "<meta name='description' content='A short blurb.'></head></html>",
	               2026, &x);
	p = &x.papers.v[0];
	assert_strlist(&p->authors, (const char *[]){"John Smith", "Ann Brown", NULL});
	assert_string_equal(p->date, "1999");
	assert_string_equal(p->arxiv_id, "2301.00335");
	assert_null(p->abstract);
	extracted_free(&x);

	/* A heading "Abstract" over the text, in a fragment without <head>. */
	extract_string("<meta name='citation_title' content='T'><meta name='citation_author' content='A B'>"
	               "<section><h2>Abstract</h2><p>We show that the thing holds for every graph we tried, "
	               "which is many.</p></section><h2>Introduction</h2><p>Not this.</p>",
	               2026, &x);
	assert_string_equal(x.papers.v[0].abstract,
	                    "We show that the thing holds for every graph we tried, which is many.");
	extracted_free(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_pages),
		cmocka_unit_test(test_traps_of_real_pages),
		cmocka_unit_test(test_cloudflare_negative),
		cmocka_unit_test(test_rules),
	};
	return cmocka_run_group_tests_name("adapter-highwire", tests, NULL, NULL);
}
