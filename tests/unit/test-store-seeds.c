/* test-store-seeds.c — the bundled text dumps (tests/corpus/seeds), read by the text adapters
 * and put into libraries in different file orders, give the same library; the digest's
 * repeated entries become one paper each. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapter.h"
#include "helpers/library-dump.h"
#include "helpers/temp-library.h"

static const char *const seeds[] = {
	"000_9bdac604eba13c6f.txt", "001_e6294ccb0d9574c1.txt", "002_1983e892e38ed1a8.txt",
	"003_29e9bea1fddd2667.txt", "004_da2509a94b871668.txt",
};
#define NSEEDS (sizeof seeds / sizeof seeds[0])

static char *dumps[4]; /* freed by teardown, also after a failed assertion */

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < 4; i++) {
		free(dumps[i]);
		dumps[i] = NULL;
	}
	return 0;
}

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*n = (size_t)ftell(f);
	rewind(f);
	buf = malloc(*n + 1);
	assert_int_equal(fread(buf, 1, *n, f), *n);
	buf[*n] = '\0';
	fclose(f);
	return buf;
}

/* Puts every seed, in ORDER, into a fresh library; returns its dump and the paper count. */
static char *build(const size_t *order, long long *papers, size_t *entries)
{
	const char *top = getenv("PB_TOP");
	struct temp_library t;
	char *dump;

	*entries = 0;
	temp_library_open(&t);
	for (size_t k = 0; k < NSEEDS; k++) {
		char *path = xasprintf("%s/tests/corpus/seeds/%s", top ? top : ".", seeds[order[k]]);
		struct strbuf err = {0};
		struct paper_list l = {0};
		struct page pg = {.path = path, .year = 2026};
		size_t n;
		char *text = slurp(path, &n);
		long long src;

		pg.text = text;
		pg.len = n;
		for (const struct adapter *const *a = adapters_text; *a; a++)
			if ((*a)->detect(&pg)) {
				assert_true((*a)->extract(&pg, &l, &err));
				break;
			}
		assert_true(l.n > 0);
		src = store_source_add(t.st, path, "hash", "text");
		assert_true(store_begin(t.st));
		for (size_t i = 0; i < l.n; i++)
			assert_true(store_paper_put(t.st, &l.v[i], src, NULL, NULL));
		assert_true(store_commit(t.st));
		*entries += l.n;
		paper_list_free(&l);
		sb_free(&err);
		free(text);
		free(path);
	}
	*papers = store_paper_total(t.st);
	dump = library_dump(t.st);
	temp_library_close(&t);
	return dump;
}

static void test_seed_orders(void **state)
{
	static const size_t orders[4][NSEEDS] = {
		{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 4, 1, 2}, {2, 4, 0, 3, 1},
	};
	long long papers[4];
	size_t entries;
	(void)state;

	for (size_t o = 0; o < 4; o++) {
		dumps[o] = build(orders[o], &papers[o], &entries);
		assert_non_null(dumps[o]);
		assert_int_equal(papers[o], papers[0]);
		assert_string_equal(dumps[o], dumps[0]);
	}
	/* the digest repeats some entries: fewer papers than entries, never more */
	assert_true(papers[0] < (long long)entries);
	assert_true(papers[0] > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_seed_orders, teardown),
	};
	return cmocka_run_group_tests_name("store-seeds", tests, NULL, NULL);
}
