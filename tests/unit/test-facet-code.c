/* test-facet-code.c — the facet index's lists recoded from LEB128 to fixed-width gaps: lists
 * of gaps of one byte, two bytes, gaps that need the escape (0, and larger than the width),
 * a list that would grow where the bytes after it are not yet recoded, runs of consecutive
 * ids, lists dense enough to be bitmaps; each read back
 * (filled into a bitmap and counted against one) gives the ids it was built with. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "facet-index.h"

#define MAX_IDS 4000

/* One list as the build writes it. */
struct spec {
	long long ids[MAX_IDS]; /* ascending */
	uint32_t n;             /* how many */
};

/* Family 0 of IX made of the lists of S, coded LEB128 as the build codes them. */
static void make_family(struct facet_index *ix, const struct spec *s, size_t n)
{
	struct facet_family *f = &ix->fam[FAM_INST];
	facet_index_init(ix);
	f->lists = xcalloc(n, sizeof *f->lists);
	f->ids = xcalloc(n, sizeof *f->ids);
	f->n = f->cap = n;
	for (size_t i = 0; i < n; i++) {
		long long last = 0;
		f->lists[i].off = f->len;
		f->lists[i].n = s[i].n;
		f->ids[i] = (long long)i + 1;
		for (uint32_t k = 0; k < s[i].n; k++) {
			facet_blob_put(f, (unsigned long long)(s[i].ids[k] - last));
			last = s[i].ids[k];
		}
	}
}

static void recode(struct facet_index *ix)
{
	int steps = 0;
	while (!facet_index_recode_step(ix, FAM_COUNT))
		assert_true(++steps < 1000);
}

/* Every list of IX reads back as S says, filled and counted. */
static void check_lists(const struct facet_index *ix, const struct spec *s, size_t n,
			long long limit)
{
	const struct facet_family *f = &ix->fam[FAM_INST];
	struct bits half;
	bits_init(&half, limit);
	for (long long id = 0; id < limit; id += 2) /* the even ids */
		bits_set(&half, id);
	for (size_t i = 0; i < n; i++) {
		struct bits got;
		long long even = 0;
		bits_init(&got, limit);
		facet_list_fill(f, &f->lists[i], &got);
		assert_int_equal(bits_count(&got), s[i].n);
		for (uint32_t k = 0; k < s[i].n; k++) {
			if (!bits_test(&got, s[i].ids[k]))
				fail_msg("list %zu: id %lld missing (width %d)", i, s[i].ids[k],
					 f->lists[i].width);
			even += s[i].ids[k] % 2 == 0;
		}
		assert_int_equal(facet_list_count(f, &f->lists[i], &half), even);
		bits_free(&got);
	}
	bits_free(&half);
}

static struct spec specs[7];

static void test_widths(void **state)
{
	(void)state;
	struct facet_index ix;
	memset(specs, 0, sizeof specs);
	for (int k = 0; k < 200; k++) /* gaps of 3: one byte each */
		specs[0].ids[specs[0].n++] = 3LL * (k + 1);
	for (int k = 0; k < 1000; k++) /* gaps of 200: two bytes in LEB128, one in width 1 */
		specs[1].ids[specs[1].n++] = 200LL * (k + 1);
	for (int k = 0; k < 500; k++) /* gaps of 300: two bytes in both codings */
		specs[2].ids[specs[2].n++] = 300LL * (k + 1);
	for (int k = 0; k < 300; k++) /* gaps of 5 and now and then 100,005: escaped */
		specs[3].ids[specs[3].n++] = 5LL * (k + 1) + (k / 50) * 100000LL;
	specs[4].ids[specs[4].n++] = 0; /* a first gap of 0: escaped */
	for (int k = 1; k < 100; k++)
		specs[4].ids[specs[4].n++] = 2LL * k;
	for (int k = 0; k < 40; k++) /* gaps of 70,000: each escaped would be a third larger */
		specs[5].ids[specs[5].n++] = 70000LL * (k + 1);
	for (long long id = 1000; id < 3000; id++) /* runs of consecutive ids, and a lone one */
		specs[6].ids[specs[6].n++] = id;
	for (long long id = 5001; id < 6000; id++)
		specs[6].ids[specs[6].n++] = id;
	specs[6].ids[specs[6].n++] = 7000;
	make_family(&ix, specs, 7);
	recode(&ix);
	const struct facet_family *f = &ix.fam[FAM_INST];
	assert_int_equal(f->lists[0].width, 1);
	assert_int_equal(f->lists[1].width, 1);
	assert_int_equal(f->lists[2].width, 2);
	assert_int_equal(f->lists[3].width, 1);
	assert_int_equal(f->lists[4].width, 1);
	assert_int_equal(f->lists[5].width, 0);
	assert_int_equal(f->lists[6].width, 3);
	check_lists(&ix, specs, 7, 70000LL * 41);
	/* the lists sit one after the other from the start, none past the end */
	assert_int_equal(f->lists[0].off, 0);
	for (size_t i = 1; i < 7; i++)
		assert_true(f->lists[i].off > f->lists[i - 1].off);
	assert_true(f->lists[6].off < f->len);
	facet_index_free(&ix);
}

/* A list whose fixed width is a little larger than its LEB128 keeps LEB128 where it comes
 * first (its bytes end where the next list's begin), and is recoded after a list that shrank. */
static void test_no_overrun(void **state)
{
	(void)state;
	struct facet_index ix;
	struct spec grow = {0}, shrink = {0};
	long long id = 0;
	for (int k = 0; k < 100; k++) /* 90 gaps of 2 and 10 of 300: width 1 is 9% larger */
		grow.ids[grow.n++] = id += k % 10 == 9 ? 300 : 2;
	for (int k = 0; k < 1000; k++) /* gaps of 200: two bytes in LEB128, one in width 1 */
		shrink.ids[shrink.n++] = 200LL * (k + 1);
	memset(specs, 0, sizeof specs);
	specs[0] = grow;
	specs[1] = shrink;
	specs[2] = grow;
	make_family(&ix, specs, 3);
	size_t before = ix.fam[FAM_INST].len;
	recode(&ix);
	const struct facet_family *f = &ix.fam[FAM_INST];
	assert_int_equal(f->lists[0].width, 0);
	assert_int_equal(f->lists[1].width, 1);
	assert_int_equal(f->lists[2].width, 1);
	assert_true(f->len < before);
	check_lists(&ix, specs, 3, 200LL * 1001);
	facet_index_free(&ix);
}

/* A list holding more than an eighth of the ids below the index's limit is kept as a bitmap
 * (smaller than a byte an id), read back as the others; a sparser one keeps its gaps. Counted
 * against a set shorter than the bitmap, the ids past the set's end count as not in it. */
static void test_bitmap(void **state)
{
	(void)state;
	struct facet_index ix;
	memset(specs, 0, sizeof specs);
	for (long long id = 1; id < 4000; id += 3) /* a third of the ids: a bitmap */
		specs[0].ids[specs[0].n++] = id;
	for (long long id = 7; id < 4000; id += 10) /* a tenth: width 1, smaller */
		specs[1].ids[specs[1].n++] = id;
	specs[2].ids[specs[2].n++] = 0; /* id 0 and the last id below the limit */
	for (long long id = 2; id < 4000; id += 2)
		specs[2].ids[specs[2].n++] = id;
	specs[2].ids[specs[2].n++] = 4095;
	make_family(&ix, specs, 3);
	ix.limit = 4096;
	recode(&ix);
	const struct facet_family *f = &ix.fam[FAM_INST];
	assert_int_equal(f->lists[0].width, 4);
	assert_int_equal(f->lists[1].width, 1);
	assert_int_equal(f->lists[2].width, 4);
	assert_int_equal(f->bitwords, 64);
	check_lists(&ix, specs, 3, 4096);
	struct bits low;
	bits_init(&low, 1000); /* ids 0..1023 */
	for (long long id = 0; id < 1000; id++)
		bits_set(&low, id);
	assert_int_equal(facet_list_count(f, &f->lists[0], &low), 333); /* 1, 4, .. 997 */
	assert_int_equal(facet_list_count(f, &f->lists[2], &low), 500);  /* 0, 2, .. 998 */
	bits_free(&low);
	facet_index_free(&ix);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_no_overrun),
		cmocka_unit_test(test_bitmap),
	};
	return cmocka_run_group_tests_name("facet-code", tests, NULL, NULL);
}
