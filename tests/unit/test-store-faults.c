/* test-store-faults.c — storage faults: for every N, the Nth write (an I/O error, or a full
 * disk) or the Nth sync fails through an ingest of a real page and through a tag edit. The
 * operation must fail with a message naming the library, and the library afterwards must
 * pass check and hold exactly the state before or after the operation. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/fault-run.h"
#include "helpers/sqlite-faults.h"

static struct fault_run run;

static int setup(void **state)
{
	(void)state;
	fault_vfs_install();
	fault_run_setup(&run);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fault_run_teardown(&run);
	return 0;
}

typedef bool (*operation)(struct store *st, struct strbuf *msg);

static bool do_ingest(struct store *st, struct strbuf *msg)
{
	return fault_run_ingest(st, &run, msg);
}

/* The library after OP without faults. */
static char *state_after(operation op)
{
	struct strbuf err = {0}, msg = {0};
	struct store *st;
	char *dump;
	bool ok;
	fault_run_fresh(&run);
	st = store_open(run.work, STORE_READ_WRITE, &err);
	assert_non_null(st);
	ok = op(st, &msg);
	if (!ok)
		fprintf(stderr, "# %s\n", msg.s);
	assert_true(ok);
	store_close(st);
	dump = fault_run_verify(&run);
	assert_non_null(dump);
	assert_string_not_equal(dump, run.before);
	sb_free(&msg);
	return dump;
}

/* Fails the Nth operation of KIND for N = 1, 2, ... until OP gets through without reaching
 * it. Returns how many faults fired. */
static long break_every_n(operation op, const char *after, enum sqlite_fault kind, bool sticky,
			  const char *must_name)
{
	long n;
	for (n = 1;; n++) {
		struct strbuf err = {0}, msg = {0};
		struct store *st;
		bool ok, fired;
		char *dump;

		fault_run_fresh(&run);
		st = store_open(run.work, STORE_READ_WRITE, &err);
		assert_non_null(st);
		fault_vfs_arm(kind, n, sticky);
		ok = op(st, &msg);
		store_close(st); /* the checkpoint at close is written through the fault too */
		fired = fault_vfs_fired();
		fault_vfs_disarm();
		if (!ok) {
			/* one clear line: names what failed, and the library */
			assert_non_null(msg.s);
			if (!strstr(msg.s, run.work) || (must_name && !strstr(msg.s, must_name)))
				fprintf(stderr, "# fault %d at %ld: message '%s'\n", kind, n, msg.s);
			assert_non_null(strstr(msg.s, run.work));
			if (must_name)
				assert_non_null(strstr(msg.s, must_name));
			assert_null(strchr(msg.s, '\n'));
			assert_true(fired);
		}
		dump = fault_run_verify(&run);
		if (!dump)
			fprintf(stderr, "# fault %d (sticky %d) at %ld: the library is not whole\n",
				kind, sticky, n);
		assert_non_null(dump);
		/* done work is kept; failed work is either wholly kept (the commit reached the
		 * disk before a later sync failed) or wholly undone */
		if (strcmp(dump, after) != 0 && (ok || strcmp(dump, run.before) != 0))
			fprintf(stderr, "# fault %d (sticky %d) at %ld: ok %d, neither before nor after\n",
				kind, sticky, n, ok);
		assert_true(strcmp(dump, after) == 0 || (!ok && strcmp(dump, run.before) == 0));
		free(dump);
		sb_free(&err);
		sb_free(&msg);
		if (!fired)
			break;
	}
	return n - 1;
}

/* Each fault once and for good; a full disk only for good (it stays full). */
static void every_fault(operation op, const char *must_name)
{
	static const enum sqlite_fault kinds[] = {FAULT_WRITE, FAULT_FULL, FAULT_SYNC};
	char *after = state_after(op);
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		for (int sticky = kinds[k] == FAULT_FULL; sticky < 2; sticky++) {
			long fired = break_every_n(op, after, kinds[k], sticky, must_name);
			print_message("# fault %d%s: %ld points\n", kinds[k], sticky ? " (sticky)" : "",
				      fired);
			/* writes and syncs happen: the test reached them */
			assert_true(fired >= 1);
		}
	free(after);
}

static void test_ingest_faults(void **state)
{
	(void)state;
	every_fault(do_ingest, run.page);
}

static void test_edit_faults(void **state)
{
	(void)state;
	every_fault(fault_run_edit, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ingest_faults),
		cmocka_unit_test(test_edit_faults),
	};
	return cmocka_run_group_tests_name("store-faults", tests, setup, teardown);
}
