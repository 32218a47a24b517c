/* test-html.c — the DOM helpers: classes, walking, finding, metas by exact name, text without
 * labels, URLs. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/page-load.h"
#include "html.h"

static void test_classes_and_find(void **state)
{
	struct page_file pf;
	xmlNodePtr top, a, b;
	(void)state;

	page_from_string("<div class='  list-title\tmathjax '><span class=descriptor>Title:</span>T<b>x</b></div>"
	                 "<div class='list-titles'>not me</div><p class=\"list-title\">second</p>",
	                 0, &pf);
	top = html_root(pf.pg.doc);
	a = html_find(top, "div", "list-title");
	assert_non_null(a);
	assert_true(html_has_class(a, "mathjax"));
	assert_false(html_has_class(a, "list"));
	assert_true(html_match(a, "DIV", NULL));
	/* any tag with the class, in document order */
	b = html_find_after(top, a, NULL, "list-title");
	assert_true(html_is(b, "p"));
	assert_null(html_find_after(top, b, NULL, "list-title"));
	assert_true(html_is(html_next_element(a), "div"));
	assert_true(html_is(html_ancestor(html_find(a, "span", NULL), NULL, "mathjax"), "div"));
	assert_null(html_ancestor(a, "span", NULL));
	{
		char *t = html_text_nodesc(a), *all = html_text(a);
		assert_string_equal(t, "Tx");
		assert_string_equal(all, "Title:Tx");
		free(t);
		free(all);
	}
	page_unload(&pf);
}

static void test_walk(void **state)
{
	struct page_file pf;
	xmlNodePtr top;
	char order[64] = "";
	(void)state;

	page_from_string("<div id=a><p id=b><i id=c></i></p><p id=d></p></div><span id=e></span>", 0, &pf);
	top = html_find(html_root(pf.pg.doc), "body", NULL);
	for (xmlNodePtr n = html_next(top, top); n; n = html_next(n, top)) {
		char *id = html_attr(n, "id");
		strcat(order, id ? id : "?");
		free(id);
	}
	assert_string_equal(order, "abcde");
	/* skipping a subtree */
	assert_string_equal((const char *)html_next_skip(html_find(top, "p", NULL), top)->name, "p");
	page_unload(&pf);
}

static void test_metas(void **state)
{
	struct page_file pf;
	struct html_metas m;
	(void)state;

	/* Unquoted attributes, content before name, property=, entities, an empty content. */
	page_from_string("<head><meta content=\"How many?\" name=citation_title>"
	                 "<meta name='citation_abstract_html_url' content='https://x.org/a'>"
	                 "<meta property='og:description' content='A &amp; B &#xf6;'>"
	                 "<meta name='citation_author' content='One'><meta name='citation_author' content='Two'>"
	                 "<meta name='citation_abstract' content=''>"
	                 "<meta charset='utf-8'></head>",
	                 0, &pf);
	html_metas_read(pf.pg.doc, &m);
	assert_int_equal(m.n, 6);
	assert_string_equal(html_metas_get(&m, "citation_title"), "How many?");
	assert_string_equal(html_metas_get(&m, "og:description"), "A & B \xc3\xb6");
	assert_null(html_metas_get(&m, "citation_abstract")); /* empty, and never the _html_url */
	assert_null(html_metas_get(&m, "Citation_title"));
	assert_string_equal(m.v[3].content, "One");
	assert_string_equal(m.v[4].content, "Two");
	html_metas_free(&m);
	page_unload(&pf);
}

static void test_urls(void **state)
{
	static const struct {
		const char *href, *base, *out;
	} cases[] = {
		{"/pdf/2301.00001", "https://arxiv.org/", "https://arxiv.org/pdf/2301.00001"},
		{"https://a.org/x", NULL, "https://a.org/x"},
		{"  http://a.org/x  ", NULL, "http://a.org/x"},
		{"paper.pdf", "https://a.org/dir/page.html", "https://a.org/dir/paper.pdf"},
		{"javascript:alert(1)", "https://a.org/", NULL},
		{"/relative/only", NULL, NULL},
		{"", "https://a.org/", NULL}, /* href="": no link (VITA's empty [Paper]) */
		{"mailto:x@y.org", NULL, NULL},
		/* What a URL cannot hold is percent-encoded, never kept raw nor dropped. */
		{"https://a.org/my paper.pdf", NULL, "https://a.org/my%20paper.pdf"},
		{"http:// h<meta name=", NULL, "http://%20h%3Cmeta%20name="},
		{"https://a.org/\xc3\xa9t\xc3\xa9?q=\"x\"", NULL, "https://a.org/%C3%A9t%C3%A9?q=%22x%22"},
		{"100% sure", "https://a.org/", "https://a.org/100%25%20sure"},
		{"a%20b", "https://a.org/d ir/", "https://a.org/d%20ir/a%20b"},
		/* libxml2 gives a base's host back unescaped: escaped again. */
		{"paper.pdf", "https://exa mple.org/\"a\"/", "https://exa%20mple.org/%22a%22/paper.pdf"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *u = html_url_resolve(cases[i].href, cases[i].base);
		if (cases[i].out)
			assert_string_equal(u, cases[i].out);
		else
			assert_null(u);
		free(u);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classes_and_find),
		cmocka_unit_test(test_walk),
		cmocka_unit_test(test_metas),
		cmocka_unit_test(test_urls),
	};
	return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
