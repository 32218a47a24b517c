/* test-text.c — text clean-up: whitespace and invisible characters, readable LaTeX, entities in
 * text dumps, cut snippets, DOM text. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libxml/HTMLparser.h>

#include "text.h"
#include "text-latex.h"

struct pair {
	const char *in;  /* as a page has it */
	const char *out; /* what a reader should see; NULL: nothing left */
};

static void check_pairs(char *(*fn)(const char *), const struct pair *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *got = fn(cases[i].in);
		if (!cases[i].out) {
			if (got)
				print_error("case %zu: \"%s\" gave \"%s\", expected nothing\n", i, cases[i].in, got);
			assert_null(got);
			continue;
		}
		if (!got || strcmp(got, cases[i].out) != 0)
			print_error("case %zu: \"%s\"\n   got \"%s\"\n  want \"%s\"\n", i, cases[i].in,
				    got ? got : "(null)", cases[i].out);
		assert_non_null(got);
		assert_string_equal(got, cases[i].out);
		free(got);
	}
}

static void test_clean(void **state)
{
	static const struct pair cases[] = {
		{"  two   words \n\t here ", "two words here"},
		{"zero\xE2\x80\x8B" "width", "zerowidth"},            /* U+200B */
		{"bidi \xE2\x80\xAE" "evil\xE2\x80\xAC text", "bidi evil text"}, /* U+202E, U+202C */
		{"isolate\xE2\x81\xA6" "x\xE2\x81\xA9", "isolatex"},  /* U+2066, U+2069 */
		{"\xEF\xBB\xBF" "bom", "bom"},                      /* U+FEFF */
		{"nb\xC2\xA0" "space", "nb space"},                    /* U+00A0 */
		{"esc\x1B[31mred", "escred"},                       /* escape sequences go whole */
		{"a\x1B[1;31;48;5;196mb\x1B[0m c", "ab c"},          /* CSI with parameters */
		{"x\x1B]52;c;ZXZpbA==\x07y", "xy"},                 /* OSC 52 ended by BEL */
		{"\x1B]8;;https://evil.example/\x1B\\link\x1B]8;;\x1B\\", "link"}, /* OSC 8 */
		{"d\x1BP+q544e\x1B\\cs", "dcs"},                    /* DCS ended by ST */
		{"c1 \xC2\x9B" "2J csi", "c1 csi"},                   /* the one-character CSI */
		{"c1 \xC2\x9D" "0;t\xC2\x9C" "osc", "c1 osc"},        /* C1 OSC ended by C1 ST */
		{"ctl\x01\x7F\xC2\x85" "x", "ctlx"},                  /* C0, DEL, C1 go */
		{"open \x1B]0;never ended", "open"},                /* an open string runs to the end */
		{"soft\xC2\xAD" "hyphen", "softhyphen"},
		{"bad \xFF byte", "bad \xEF\xBF\xBD byte"},          /* invalid UTF-8 stays visible */
		{"   ", NULL},
		{"", NULL},
	};
	(void)state;
	check_pairs(text_clean, cases, sizeof cases / sizeof cases[0]);
	assert_null(text_clean(NULL));
}

static void test_latex(void **state)
{
	static const struct pair cases[] = {
		/* the examples of DESIGN.md §4 */
		{"a \\emph{statistically} wrong", "a statistically wrong"},
		{"MOS of $4.45 \\pm 0.30$ and", "MOS of 4.45 ± 0.30 and"},
		{"GPT-5.1 $33{\\to}92\\%$, Claude $75{\\to}100\\%$", "GPT-5.1 33→92%, Claude 75→100%"},
		{"available at \\href{https://github.com/SunGL001/MePo}{MePo}", "available at MePo"},
		/* seed 003 */
		{"\\textbf{Detection:} on a benchmark of $14$ types", "Detection: on a benchmark of 14 types"},
		{"reaches $62$--$78\\%$ (the upper", "reaches 62–78% (the upper"},
		{"diagnostics ($\\hat R$, divergences", "diagnostics (R\xCC\x82" ", divergences"},
		{"paired McNemar, $n{=}228$", "paired McNemar, n=228"},
		{"\\emph{statistically} wrong -- a Gaussian", "statistically wrong – a Gaussian"},
		{"by {\\em mirror descent} (MDPO)", "by mirror descent (MDPO)"},
		{"$p < 4.5 \\times 10^{-10}$", "p < 4.5 × 10⁻¹⁰"},
		{"$3\\times10^{-16}$ error", "3×10⁻¹⁶ error"},
		{"the $C^3$ model", "the C³ model"},
		{"$O(M^3)$ time", "O(M³) time"},
		{"$L^2_\\omega$ space", "L²_ω space"},
		{"$\\ell_2^{\\text{rel}} = 4.75 \\times 10^{-7}$", "ℓ₂ʳᵉˡ = 4.75 × 10⁻⁷"},
		{"$W^{1,2}(\\Omega) \\cap L^2$", "W^(1,2)(Ω) ∩ L²"},
		{"\\titlevariable~consistently beats", "\\titlevariable consistently beats"},
		{"we built \\mname, trained", "we built \\mname, trained"},
		{"$\\textbf{DSGNAR}$ is", "DSGNAR is"},
		{"step $\\lambda$ and $1/α$", "step λ and 1/α"},
		{"$\\rightarrow$ done", "→ done"},
		/* citations and references leave no hole */
		{"as shown in \\cite{smith20}.", "as shown in."},
		{"prior work~\\citep[see][p.~3]{a,b}, which", "prior work, which"},
		{"Table~\\ref{tab:x} shows", "Table shows"},
		/* accents */
		{"Schr\\\"odinger and Erd\\H{o}s and G\\\"{o}del", "Schrödinger and Erdős and Gödel"},
		{"na\\\"ive caf\\'e \\c{c}a", "naïve café ça"},
		/* fractions, roots, sets */
		{"$\\frac{1}{2}$ and $\\frac{a+b}{c}$", "1/2 and (a+b)/c"},
		{"$\\sqrt{n}$ rate", "√n rate"},
		{"$x \\in \\mathbb{R}^d$", "x ∈ ℝᵈ"},
		{"$\\{0,1\\}^n$", "{0,1}ⁿ"},
		{"$90^\\circ$ turn", "90° turn"},
		{"$A^\\top B$", "Aᵀ B"},
		/* escapes and quotes */
		{"50\\% of \\$100 and R\\&D", "50% of $100 and R&D"},
		{"the ``best'' one", "the “best” one"},
		{"\\emph{em}---dash", "em—dash"},
		{"pages 3--5 of \\emph{x}", "pages 3–5 of x"},
		{"plain text keeps its -- and --- as typed", "plain text keeps its -- and --- as typed"},
		{"use \\emph{--verbose} flag", "use --verbose flag"},
		/* not LaTeX: left as written */
		{"costs $5 and $10 per month", "costs $5 and $10 per month"},
		{"US$ 20 million", "US$ 20 million"},
		{"a{b}c with no commands", "a{b}c with no commands"},
		{"state-of-the-art", "state-of-the-art"},
		/* prices beside real mathematics */
		{"$5 and $10 with $x$", "$5 and $10 with x"},
		/* unbalanced and hostile */
		{"\\emph{never closed", "{never closed"},
		{"$x^{$", "x^{"},
		{"\\", "\\"},
		{"trailing \\emph", "trailing"},
		{"$$E = mc^2$$", "E = mc²"},
		{"\\(a_1\\) and \\[b\\]", "a₁ and b"},
		{"", NULL},
	};
	(void)state;
	check_pairs(text_latex_readable, cases, sizeof cases / sizeof cases[0]);
	assert_null(text_latex_readable(NULL));
}

static void test_latex_deep(void **state)
{
	/* 10,000 nested groups must not recurse 10,000 deep. */
	size_t n = 10000;
	char *s = malloc(2 * n + 2);
	(void)state;
	memset(s, '{', n);
	s[n] = 'x';
	memset(s + n + 1, '}', n);
	s[2 * n + 1] = '\0';
	char *s2 = malloc(2 * n + 10);
	strcpy(s2, "\\emph");
	strcat(s2, s);
	char *got = text_latex_readable(s2);
	assert_non_null(got);
	assert_non_null(strchr(got, 'x'));
	free(got);
	free(s);
	free(s2);
}

static void test_has_latex(void **state)
{
	static const struct {
		const char *in; /* text */
		bool want;      /* has LaTeX */
	} cases[] = {
		{"plain text", false},
		{"costs $5 and $10", false},
		{"the $x$ axis", true},
		{"\\emph{y}", true},
		{"50\\%", true},
		{"$$a$$", true},
		{"a -- b", false},
		{"``q''", true},
		{"Schr\\\"odinger", true},
		{"a \\' b", false},
		{"", false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(text_has_latex(cases[i].in), cases[i].want);
	assert_false(text_has_latex(NULL));
	assert_true(latex_symbols_sorted());
}

static void test_entities(void **state)
{
	static const struct pair cases[] = {
		{"R&amp;D &lt;b&gt; &quot;q&quot; &#39;s&#39;", "R&D <b> \"q\" 's'"},
		{"caf&eacute; &#233; &#xE9; &#XE9;", "café é é é"},
		{"a&hellip; b&nbsp;c &mdash; d", "a… b\xC2\xA0" "c — d"},
		{"AT&T and &unknown; and &#; and & alone", "AT&T and &unknown; and &#; and & alone"},
		{"&#0; &#x110000; &#xD800;", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
		{"layersx2013coupled and maskx2014leads", "layers–coupled and mask—leads"},
		{"box 0x2013 stays, and Fx2013", "box 0x2013 stays, and Fx2013"},
		{"", ""},
	};
	(void)state;
	check_pairs(text_decode_entities, cases, sizeof cases / sizeof cases[0]);
}

static void test_truncated(void **state)
{
	static const struct {
		const char *in; /* a snippet */
		bool want;      /* cut short */
	} cases[] = {
		{"We propose a method that …", true},
		{"We propose a method that...", true},
		{"We propose a method that ... ", true},
		{"…that improves accuracy.", true},
		{"We propose [...]", true},
		{"We propose a method … more", true},
		{"We propose a method.", false},
		{"A full abstract, with 3.5 points.", false},
		{"", false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(text_is_truncated(cases[i].in), cases[i].want);
	assert_false(text_is_truncated(NULL));
}

static void test_node(void **state)
{
	static const char html[] =
		"<html><body><h1 id=t><span class=\"descriptor\">Title:</span> Reevaluating "
		"<span class=\"MathJax_Preview\" style=\"display: none;\"></span>"
		"<span class=\"MathJax\"><span>H</span><span>0</span></span>"
		"<script type=\"math/tex\" id=\"MathJax-Element-3\">H_0</script> Tension</h1>"
		"<p id=p>one<br>two <script>var x = 1;</script><style>p{}</style>three</p>"
		"</body></html>";
	htmlDocPtr doc = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	xmlNodePtr body = xmlDocGetRootElement(doc)->children;
	xmlNodePtr h1 = body->children, p = h1->next;
	(void)state;
	char *t = text_node(h1);
	assert_string_equal(t, "Title: Reevaluating $H_0$ Tension");
	char *r = text_latex_readable(t);
	assert_string_equal(r, "Title: Reevaluating H₀ Tension");
	char *q = text_node(p);
	assert_string_equal(q, "one two three");
	free(t);
	free(r);
	free(q);
	xmlFreeDoc(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),     cmocka_unit_test(test_latex),
		cmocka_unit_test(test_latex_deep), cmocka_unit_test(test_has_latex),
		cmocka_unit_test(test_entities),  cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_node),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
