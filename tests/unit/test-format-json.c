/* test-format-json.c — --format json on hand-made papers, read back with jansson's parser:
 * every key of DESIGN.md §7 with its type, nulls for what a page did not carry. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

/* Runs the papers through the json format and parses the result. */
static json_t *render(const struct paper *papers, size_t n, char **text_out)
{
	struct format_out o;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	json_error_t jerr;
	json_t *root;

	assert_non_null(f);
	format_begin(&o, f, FORMAT_JSON);
	for (size_t i = 0; i < n; i++)
		format_paper(&o, &papers[i]);
	format_end(&o);
	fclose(f);
	root = json_loads(text, JSON_REJECT_DUPLICATES, &jerr);
	if (!root)
		fail_msg("not JSON (%s, line %d): %s", jerr.text, jerr.line, text);
	if (text_out)
		*text_out = text;
	else
		free(text);
	return root;
}

static void full_paper(struct paper *p)
{
	memset(p, 0, sizeof *p);
	p->id = 7;
	p->arxiv_id = xstrdup("2606.31630");
	p->doi = xstrdup("10.1000/xyz");
	p->title = xstrdup("Calibration, Not Compilation");
	p->abstract = xstrdup("Language models write \"programs\".");
	p->date = xstrdup("2026-06-30");
	p->url = xstrdup("https://arxiv.org/abs/2606.31630");
	p->pdf_url = xstrdup("https://arxiv.org/pdf/2606.31630");
	strlist_add(&p->authors, "Jian Xu");
	strlist_add(&p->authors, "Delu Zeng");
	p->author_count = 3; /* the card said three, listed two */
	strlist_add(&p->institutions, "Columbia University");
	strlist_add(&p->institutions, "Tsinghua University");
	p->primary_known = true;
	paper_add_topic(p, "cs.LG", TOPIC_ARXIV);
	paper_add_topic(p, "agents", TOPIC_RULE);
	p->has_score = true;
	p->score = 128;
	strlist_add(&p->tags, "toread");
	p->favourite = true;
	p->note = xstrdup("check eq. 3");
	strlist_add(&p->sources, "/pages/daily.html");
}

static void test_full_paper(void **state)
{
	static const char *const keys[] = {
		"id", "arxiv_id", "doi", "title", "authors", "author_count", "institutions",
		"primary_institution", "topics", "date", "score", "url", "pdf_url", "abstract",
		"tags", "favourite", "read", "note", "sources",
	};
	struct paper p;
	json_t *root, *o;
	char *text;
	(void)state;

	full_paper(&p);
	root = render(&p, 1, &text);
	assert_true(json_is_array(root));
	assert_int_equal(json_array_size(root), 1);
	o = json_array_get(root, 0);
	assert_int_equal(json_object_size(o), sizeof keys / sizeof keys[0]);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		assert_non_null(json_object_get(o, keys[i]));

	assert_true(json_is_integer(json_object_get(o, "id")));
	assert_int_equal(json_integer_value(json_object_get(o, "id")), 7);
	assert_string_equal(json_string_value(json_object_get(o, "arxiv_id")), "2606.31630");
	assert_string_equal(json_string_value(json_object_get(o, "doi")), "10.1000/xyz");
	assert_string_equal(json_string_value(json_object_get(o, "abstract")),
			    "Language models write \"programs\".");
	assert_int_equal(json_array_size(json_object_get(o, "authors")), 2);
	assert_string_equal(json_string_value(json_array_get(json_object_get(o, "authors"), 1)),
			    "Delu Zeng");
	assert_int_equal(json_integer_value(json_object_get(o, "author_count")), 3);
	assert_string_equal(json_string_value(json_array_get(json_object_get(o, "institutions"), 0)),
			    "Columbia University");
	assert_string_equal(json_string_value(json_object_get(o, "primary_institution")),
			    "Columbia University");
	assert_string_equal(json_string_value(json_array_get(json_object_get(o, "topics"), 1)),
			    "agents");
	assert_string_equal(json_string_value(json_object_get(o, "date")), "2026-06-30");
	assert_true(json_is_integer(json_object_get(o, "score")));
	assert_int_equal(json_integer_value(json_object_get(o, "score")), 128);
	assert_true(json_is_true(json_object_get(o, "favourite")));
	assert_true(json_is_false(json_object_get(o, "read")));
	assert_string_equal(json_string_value(json_object_get(o, "note")), "check eq. 3");
	assert_string_equal(json_string_value(json_array_get(json_object_get(o, "sources"), 0)),
			    "/pages/daily.html");
	/* the score is written as a count, and the keys in the order of §7 */
	assert_non_null(strstr(text, "\"score\": 128,"));
	assert_true(strstr(text, "\"id\"") < strstr(text, "\"arxiv_id\""));
	assert_true(strstr(text, "\"note\"") < strstr(text, "\"sources\""));
	free(text);
	json_decref(root);
	paper_free(&p);
}

static void test_unknown_is_null(void **state)
{
	struct paper p = {0};
	json_t *root, *o;
	static const char *const nulls[] = {
		"arxiv_id", "doi", "title", "author_count", "primary_institution", "date",
		"score", "url", "pdf_url", "abstract", "note",
	};
	static const char *const arrays[] = {"authors", "institutions", "topics", "tags", "sources"};
	(void)state;

	p.id = 3;
	p.doi = xstrdup(""); /* an empty string is not a value either */
	strlist_add(&p.institutions, "MIT"); /* listed, but the page did not say primary */
	root = render(&p, 1, NULL);
	o = json_array_get(root, 0);
	for (size_t i = 0; i < sizeof nulls / sizeof nulls[0]; i++)
		if (!json_is_null(json_object_get(o, nulls[i])))
			fail_msg("%s is not null", nulls[i]);
	for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
		assert_true(json_is_array(json_object_get(o, arrays[i])));
	assert_int_equal(json_array_size(json_object_get(o, "authors")), 0);
	assert_int_equal(json_array_size(json_object_get(o, "institutions")), 1);
	assert_true(json_is_false(json_object_get(o, "favourite")));
	json_decref(root);
	paper_free(&p);
}

static void test_score_and_count_edges(void **state)
{
	struct paper p[3] = {{0}};
	json_t *root;
	(void)state;

	p[0].id = 1;
	p[0].has_score = true;
	p[0].score = 8.5;
	p[1].id = 2;
	p[1].has_score = true;
	p[1].score = 0; /* a real zero is a score, not unknown */
	strlist_add(&p[1].authors, "A. Person");
	p[2].id = 3;
	p[2].author_count = 6; /* "6 authors", none listed */
	root = render(p, 3, NULL);
	assert_int_equal(json_array_size(root), 3);
	assert_true(json_is_real(json_object_get(json_array_get(root, 0), "score")));
	assert_true(json_real_value(json_object_get(json_array_get(root, 0), "score")) == 8.5);
	assert_true(json_is_integer(json_object_get(json_array_get(root, 1), "score")));
	assert_int_equal(json_integer_value(json_object_get(json_array_get(root, 1), "score")), 0);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(root, 1), "author_count")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(root, 2), "author_count")), 6);
	assert_true(json_is_null(json_object_get(json_array_get(root, 2), "score")));
	json_decref(root);
	for (int i = 0; i < 3; i++)
		paper_free(&p[i]);
}

static void test_hostile_text(void **state)
{
	struct paper p = {0};
	json_t *root;
	char *text;
	(void)state;

	p.id = 9;
	p.title = xstrdup("esc \033[31mred\033[0m tab\tquote\" back\\slash \xff bad");
	root = render(&p, 1, &text);
	/* control characters are escaped in the text, and come back intact from a parser */
	assert_null(strchr(text, '\033'));
	assert_non_null(strstr(text, "\\u001B[31m"));
	assert_string_equal(json_string_value(json_object_get(json_array_get(root, 0), "title")),
			    "esc \033[31mred\033[0m tab\tquote\" back\\slash \xef\xbf\xbd bad");
	free(text);
	json_decref(root);
	paper_free(&p);
}

static void test_empty_list(void **state)
{
	char *text;
	json_t *root;
	(void)state;
	root = render(NULL, 0, &text);
	assert_string_equal(text, "[]\n");
	assert_int_equal(json_array_size(root), 0);
	free(text);
	json_decref(root);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_paper),
		cmocka_unit_test(test_unknown_is_null),
		cmocka_unit_test(test_score_and_count_edges),
		cmocka_unit_test(test_hostile_text),
		cmocka_unit_test(test_empty_list),
	};
	return cmocka_run_group_tests_name("format-json", tests, NULL, NULL);
}
