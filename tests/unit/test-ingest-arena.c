/* test-ingest-arena.c — pages parsed in the arena stay whole while their documents live, also
 * when later pages are parsed, and libxml2 allocates normally outside a parse; two threads
 * parse at once, each in its own arena. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/tree.h>

#include "html.h"
#include "ingest-arena.h"
#include "ingest-input.h"
#include "util.h"

/* A page whose <title> is TITLE and whose body has N paragraphs "TITLE k" (k = 0..N-1). */
static char *page_make(const char *title, int n)
{
	struct strbuf b = {0};
	sb_addf(&b, "<html><head><title>%s</title></head><body>", title);
	for (int k = 0; k < n; k++)
		sb_addf(&b, "<p class=\"c%d\">%s %d</p>", k % 7, title, k);
	sb_add(&b, "</body></html>");
	return sb_take(&b);
}

static htmlDocPtr parse(const char *html)
{
	struct strbuf err = {0};
	htmlDocPtr doc = ingest_parse_html(html, strlen(html), "t.html", &err);
	assert_non_null(doc);
	assert_null(err.s);
	return doc;
}

/* The page's title and every paragraph read back as page_make wrote them. */
static void check_page(htmlDocPtr doc, const char *title, int n)
{
	xmlNodePtr root = html_root(doc), p = NULL;
	char *got = html_title(doc);
	int k = 0;

	assert_string_equal(got, title);
	free(got);
	while ((p = html_find_after(root, p, "p", NULL))) {
		char want[64], cls[8];
		char *text = html_text(p), *c = html_attr(p, "class");
		snprintf(want, sizeof want, "%s %d", title, k);
		snprintf(cls, sizeof cls, "c%d", k % 7);
		assert_string_equal(text, want);
		assert_string_equal(c, cls);
		free(text);
		free(c);
		k++;
	}
	assert_int_equal(k, n);
}

static void test_one_after_another(void **state)
{
	(void)state;
	for (int i = 0; i < 5; i++) {
		char title[32];
		snprintf(title, sizeof title, "page%d", i);
		char *html = page_make(title, 100 + 5000 * (i % 2)); /* small, large, small, ... */
		htmlDocPtr doc = parse(html);
		check_page(doc, title, 100 + 5000 * (i % 2));
		xmlFreeDoc(doc);
		free(html);
	}
}

static void test_documents_overlap(void **state)
{
	char *a = page_make("alpha", 3000), *b = page_make("beta", 20), *c = page_make("gamma", 4000);
	htmlDocPtr da, db, dc;

	(void)state;
	da = parse(a);
	db = parse(b); /* alpha still alive: its memory must not be reused */
	check_page(da, "alpha", 3000);
	xmlFreeDoc(da);
	dc = parse(c); /* beta still alive */
	check_page(db, "beta", 20);
	check_page(dc, "gamma", 4000);
	xmlFreeDoc(db);
	xmlFreeDoc(dc);
	da = parse(a); /* none alive: the arena starts over */
	check_page(da, "alpha", 3000);
	xmlFreeDoc(da);
	free(a);
	free(b);
	free(c);
}

/* A long text node grows by realloc while it is parsed; attributes and text are copied. */
static void test_long_text(void **state)
{
	struct strbuf b = {0}, want = {0};
	htmlDocPtr doc;
	char *got;

	(void)state;
	sb_add(&b, "<html><body><div id=\"x\">");
	for (int k = 0; k < 20000; k++) {
		sb_addf(&b, "w%d &amp; ", k);
		sb_addf(&want, "%sw%d &", k ? " " : "", k);
	}
	sb_add(&b, "</div></body></html>");
	doc = parse(b.s);
	got = html_text(html_find(html_root(doc), "div", NULL));
	assert_string_equal(got, want.s);
	free(got);
	xmlFreeDoc(doc);
	sb_free(&b);
	sb_free(&want);
}

/* Outside a parse libxml2 allocates with malloc: a node made between two parses outlives the
 * next one. */
static void test_outside_parse(void **state)
{
	char *html = page_make("delta", 50);
	htmlDocPtr doc;
	xmlNodePtr own = xmlNewNode(NULL, (const xmlChar *)"kept");
	xmlNodeSetContent(own, (const xmlChar *)"still here");

	(void)state;
	doc = parse(html);
	xmlFreeDoc(doc);
	doc = parse(html);
	check_page(doc, "delta", 50);
	xmlFreeDoc(doc);
	xmlChar *content = xmlNodeGetContent(own);
	assert_string_equal((const char *)content, "still here");
	xmlFree(content);
	xmlFreeNode(own);
	free(html);
}

/* The census the parse leaves in the document: what is on the page is found, also written in
 * capitals or deep down; what is not ends the search (and is not found either way). */
static void test_census(void **state)
{
	static const char html[] =
		"<HTML><head><META name=\"citation_title\" content=\"T\"></head><body>"
		"<div><div><SPAN Class=\"x  Deep-One\tother\">a</SPAN></div></div>"
		"<article data-target=\"y\"><p class=\"abstract\">b</p></article></body></HTML>";
	htmlDocPtr doc = parse(html);
	xmlNodePtr top = html_root(doc);
	struct html_metas m;
	xmlNodePtr n;

	(void)state;
	assert_non_null(doc->_private);
	assert_true(html_may_have(top, HTML_ELEMENT, "span"));
	assert_true(html_may_have(top, HTML_ELEMENT, "ARTICLE"));
	assert_true(html_may_have(top, HTML_ATTRIBUTE, "data-target"));
	assert_true(html_may_have(top, HTML_CLASS, "Deep-One"));
	assert_true(html_may_have(top, HTML_CLASS, "other"));
	assert_false(html_may_have(top, HTML_ELEMENT, "blockquote"));
	assert_false(html_may_have(top, HTML_CLASS, "arxiv-result"));
	n = html_find(top, "SPAN", "Deep-One");
	assert_non_null(n);
	assert_ptr_equal(html_find(top, NULL, "other"), n);
	assert_null(html_find(top, "span", "deep-one")); /* class words keep their case */
	assert_non_null(html_find(top, "p", "abstract"));
	assert_null(html_find(top, "blockquote", "abstract"));
	assert_null(html_find(top, "li", NULL));
	assert_null(html_find(top, NULL, "arxiv-result"));
	html_metas_read(doc, &m);
	assert_int_equal(m.n, 1);
	assert_string_equal(html_metas_get(&m, "citation_title"), "T");
	html_metas_free(&m);
	xmlFreeDoc(doc);
}

/* Whether DOC reads back as page_make(TITLE, N) wrote it (for a thread, where cmocka's
 * assertions cannot be used). */
static bool page_is(htmlDocPtr doc, const char *title, int n)
{
	xmlNodePtr root = html_root(doc), p = NULL;
	char *got = html_title(doc);
	bool ok = got && !strcmp(got, title);
	int k = 0;
	free(got);
	while (ok && (p = html_find_after(root, p, "p", NULL))) {
		char want[64];
		char *text = html_text(p);
		snprintf(want, sizeof want, "%s %d", title, k++);
		ok = text && !strcmp(text, want);
		free(text);
	}
	return ok && k == n;
}

struct parser_run {
	const char *name;       /* the pages' titles start with it */
	htmlDocPtr other;       /* a document of the other thread's arena, alive throughout */
	int bad;                /* pages that did not read back, or arenas mixed up */
};

/* Parses pages of alternating sizes, keeping each alive while the next is parsed. */
static void *parse_pages(void *arg)
{
	struct parser_run *r = arg;
	htmlDocPtr kept = NULL;
	for (int i = 0; i < 40; i++) {
		char title[32], *html;
		int n = 50 + 3000 * (i % 3 == 0);
		snprintf(title, sizeof title, "%s%d", r->name, i);
		html = page_make(title, n);
		struct strbuf err = {0};
		htmlDocPtr doc = ingest_parse_html(html, strlen(html), "t.html", &err);
		r->bad += !doc || !page_is(doc, title, n) || !ingest_arena_has(doc) ||
			  ingest_arena_has(r->other);
		if (kept)
			xmlFreeDoc(kept);
		kept = doc;
		sb_free(&err);
		free(html);
	}
	xmlFreeDoc(kept);
	return NULL;
}

static void *parse_pages_thread(void *arg)
{
	parse_pages(arg);
	ingest_arena_thread_end();
	return NULL;
}

static void test_two_threads(void **state)
{
	char *a = page_make("main-alive", 200), *b = page_make("thread-alive", 200);
	struct parser_run mine = {.name = "m"}, theirs = {.name = "t"};
	pthread_t t;
	(void)state;
	ingest_arena_install();
	/* a document of this thread's arena, alive while both parse: the other thread's arena is
	 * not this one, and neither reuses the other's memory */
	htmlDocPtr da = parse(a);
	theirs.other = da;
	assert_int_equal(pthread_create(&t, NULL, parse_pages_thread, &theirs), 0);
	parse_pages(&mine);
	assert_int_equal(pthread_join(t, NULL), 0);
	check_page(da, "main-alive", 200);
	assert_int_equal(mine.bad, 0);
	assert_int_equal(theirs.bad, 0);
	xmlFreeDoc(da);
	htmlDocPtr db = parse(b);
	check_page(db, "thread-alive", 200);
	xmlFreeDoc(db);
	free(a);
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_after_another),
		cmocka_unit_test(test_documents_overlap),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_outside_parse),
		cmocka_unit_test(test_census),
		cmocka_unit_test(test_two_threads),
	};
	return cmocka_run_group_tests_name("ingest-arena", tests, NULL, NULL);
}
