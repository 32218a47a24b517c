/* test-store-user.c — tags, favourites, read marks and notes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "helpers/paper-spec.h"
#include "helpers/temp-library.h"
#include "store.h"

static long long paper_id;

static int setup(void **state)
{
	struct temp_library *t = calloc(1, sizeof *t);
	struct paper_spec s = {.arxiv = "2501.00010", .title = "A Paper To Tag And Mark"};
	struct paper p;
	temp_library_open(t);
	paper_from_spec(&p, &s);
	if (!store_paper_put(t->st, &p, 0, &paper_id, NULL))
		return -1;
	paper_free(&p);
	*state = t;
	return 0;
}

static int teardown(void **state)
{
	struct temp_library *t = *state;
	temp_library_close(t);
	free(t);
	return 0;
}

static struct paper get(struct store *st)
{
	struct paper p;
	assert_true(store_paper_get(st, paper_id, &p));
	return p;
}

static void test_tags(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper p;

	assert_true(store_tag_set(st, paper_id, "  toread ", true));
	assert_true(store_tag_set(st, paper_id, "toread", true)); /* again: no duplicate */
	assert_true(store_tag_set(st, paper_id, "ml/theory", true));
	assert_true(store_tag_set(st, paper_id, "日本語", true));
	p = get(st);
	assert_int_equal(p.tags.n, 3);
	assert_string_equal(p.tags.v[0], "ml/theory");
	assert_string_equal(p.tags.v[1], "toread");
	assert_string_equal(p.tags.v[2], "日本語");
	paper_free(&p);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'toread'"), 1);

	assert_true(store_tag_set(st, paper_id, "toread", false));
	assert_true(store_tag_set(st, paper_id, "never-set", false));
	p = get(st);
	assert_int_equal(p.tags.n, 2);
	paper_free(&p);
	/* a tag no paper has is forgotten */
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM tag WHERE name = 'toread'"), 0);
}

static void test_bad_tags(void **state)
{
	static const struct {
		const char *tag; /* what was typed */
		const char *msg; /* part of the message */
	} cases[] = {
		{"", "needs a name"},
		{"   ", "needs a name"},
		{"two words", "spaces"},
		{"tab\there", "spaces"},
		{"non\xC2\xA0" "breaking", "spaces"},
		{"bell\a", "control"},
		{"esc\x1b[31m", "control"},
		{"+plus", "'+' or '-'"},
		{"-minus", "'+' or '-'"},
		{"bad\xFFutf8", "UTF-8"},
		{"over\xC0\xAFlong", "UTF-8"},
	};
	struct store *st = ((struct temp_library *)*state)->st;
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_false(store_tag_set(st, paper_id, cases[i].tag, true));
		assert_non_null(strstr(store_errmsg(st), cases[i].msg));
	}
	assert_false(store_tag_set(st, paper_id, NULL, true));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM tag"), 0);
}

static void test_flags_and_note(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper p;

	assert_true(store_favourite_set(st, paper_id, true));
	assert_true(store_favourite_set(st, paper_id, true));
	assert_true(store_read_set(st, paper_id, true));
	assert_true(store_note_set(st, paper_id, "Read section 3.\nThen the appendix."));
	p = get(st);
	assert_true(p.favourite);
	assert_true(p.read);
	assert_string_equal(p.note, "Read section 3.\nThen the appendix.");
	paper_free(&p);
	assert_true(store_note_set(st, paper_id, "Replaced."));
	p = get(st);
	assert_string_equal(p.note, "Replaced.");
	paper_free(&p);

	assert_true(store_favourite_set(st, paper_id, false));
	assert_true(store_read_set(st, paper_id, false));
	assert_true(store_note_set(st, paper_id, ""));
	p = get(st);
	assert_false(p.favourite);
	assert_false(p.read);
	assert_null(p.note);
	paper_free(&p);
	assert_true(store_note_set(st, paper_id, "again"));
	assert_true(store_note_set(st, paper_id, NULL));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM note"), 0);
}

static void test_no_such_paper(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	long long missing = paper_id + 100;

	assert_false(store_tag_set(st, missing, "x", true));
	assert_non_null(strstr(store_errmsg(st), "no paper with id"));
	assert_false(store_favourite_set(st, missing, true));
	assert_non_null(strstr(store_errmsg(st), "no paper with id"));
	assert_false(store_read_set(st, missing, true));
	assert_false(store_note_set(st, missing, "x"));
	assert_non_null(strstr(store_errmsg(st), "no paper with id"));
	/* nothing was left behind by the failed calls */
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM tag"), 0);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM favourite"), 0);
	/* and the library is still usable: no transaction was left open */
	assert_true(store_favourite_set(st, paper_id, true));
}

static void test_inside_transaction(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper p;

	assert_true(store_begin(st));
	assert_true(store_tag_set(st, paper_id, "kept", true));
	assert_false(store_tag_set(st, paper_id + 100, "lost", true)); /* undoes only itself */
	assert_true(store_favourite_set(st, paper_id, true));
	assert_true(store_commit(st));
	p = get(st);
	assert_int_equal(p.tags.n, 1);
	assert_true(p.favourite);
	paper_free(&p);

	assert_true(store_begin(st));
	assert_true(store_read_set(st, paper_id, true));
	store_rollback(st);
	p = get(st);
	assert_false(p.read);
	paper_free(&p);
}

static void test_read_only(void **state)
{
	struct temp_library *t = *state;
	struct strbuf err = {0};
	struct store *ro = store_open(t->path, STORE_READ_ONLY, &err);
	struct paper p;

	assert_non_null(ro);
	assert_false(store_favourite_set(ro, paper_id, true));
	assert_non_null(strstr(store_errmsg(ro), "read-only"));
	assert_false(store_tag_set(ro, paper_id, "x", true));
	assert_true(store_paper_get(ro, paper_id, &p));
	assert_false(p.favourite);
	paper_free(&p);
	store_close(ro);
	sb_free(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_tags, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_tags, setup, teardown),
		cmocka_unit_test_setup_teardown(test_flags_and_note, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_such_paper, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inside_transaction, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only, setup, teardown),
	};
	return cmocka_run_group_tests_name("store-user", tests, NULL, NULL);
}
