/* test-store-oom.c — SQLite out of memory: its Nth allocation fails (once, or from then on)
 * through opening a library, ingesting a real page and listing papers, each attempt in a
 * child process. Each step must fail with an error naming the file or succeed, or the
 * program end through the out-of-memory handler (util.h: paperboat's own allocations, and a
 * column's text SQLite could not allocate); never crash (the sanitizers watch). The library
 * afterwards must pass check with the state before or after the ingest. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers/fault-run.h"
#include "helpers/sqlite-faults.h"
#include "query.h"

static struct fault_run run;

/* Allocations stepped through: every one up to DENSE, then every STRIDE-th (about
 * forty more points), unless $PB_OOM_STRIDE asks for another stride (1: every one). */
#define DENSE 60

static int setup(void **state)
{
	(void)state;
	fault_run_setup(&run);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fault_run_teardown(&run);
	return 0;
}

/* A child's exit status: what its run came to. */
enum {
	CHILD_OK = 0,         /* open, ingest and list all worked */
	CHILD_NOT_LISTED = 2, /* the ingest worked, the list failed with a message */
	CHILD_NOT_INGESTED = 3, /* the open or the ingest failed with a message */
	CHILD_BAD_MESSAGE = 5,  /* a failure without a clear message */
	CHILD_NO_FAILURE = 6,   /* every allocation from the Nth failed, yet all worked */
	CHILD_OUT_OF_MEMORY = 42, /* ended by the out-of-memory handler (util.h) */
};

static void child_out_of_memory(void)
{
	_exit(CHILD_OUT_OF_MEMORY);
}

/* Must hold in the child; cmocka's asserts belong to the parent. */
#define CHILD_REQUIRE(cond)                                                                    \
	do {                                                                                   \
		if (!(cond)) {                                                                 \
			fprintf(stderr, "# %s:%d: %s\n", __FILE__, __LINE__, #cond);            \
			_exit(CHILD_BAD_MESSAGE);                                              \
		}                                                                              \
	} while (0)

/* Open, ingest, list, close (in a child process); returns a CHILD_ status. */
static int open_ingest_list(void)
{
	struct strbuf err = {0}, msg = {0};
	struct query_error qerr;
	struct query *q = query_parse("inst:tsinghua -topic:rl", &qerr);
	struct list_row *rows = NULL;
	size_t n = 0;
	int status = CHILD_NOT_INGESTED;
	struct store *st;

	CHILD_REQUIRE(q);
	st = store_open(run.work, STORE_READ_WRITE, &err);
	if (!st) {
		CHILD_REQUIRE(err.s && strstr(err.s, run.work));
		goto done;
	}
	if (!fault_run_ingest(st, &run, &msg)) {
		CHILD_REQUIRE(msg.s && strstr(msg.s, run.page));
		goto done;
	}
	status = CHILD_NOT_LISTED;
	if (!store_list_rows(st, q, sort_default(), 0, -1, &rows, &n, &err)) {
		CHILD_REQUIRE(err.s && strstr(err.s, run.work));
		goto done;
	}
	CHILD_REQUIRE(n > 0);
	status = CHILD_OK;
done:
	list_rows_free(rows, n);
	store_close(st);
	query_free(q);
	sb_free(&err);
	sb_free(&msg);
	return status;
}

/* Runs open_ingest_list in a child with SQLite's Nth allocation failing (N = 0: none);
 * returns its exit status, -1 when it did not exit (a crash). */
static int attempt(long n, bool sticky)
{
	pid_t pid;
	int ws;
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int status;
		util_set_fatal_cleanup(child_out_of_memory);
		fault_malloc_arm(n, sticky);
		status = open_ingest_list();
		fault_malloc_disarm();
		if (sticky && fault_malloc_fired() && status == CHILD_OK)
			status = CHILD_NO_FAILURE;
		_exit(status);
	}
	assert_int_equal(waitpid(pid, &ws, 0), pid);
	return WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
}

static void test_oom(void **state)
{
	const char *env = getenv("PB_OOM_STRIDE");
	long total, stride, points = 0, died = 0;
	char *after;
	(void)state;

	/* a run without faults: how many allocations, and the library it leaves */
	fault_run_fresh(&run);
	fault_malloc_arm(0, false);
	assert_int_equal(open_ingest_list(), CHILD_OK);
	total = fault_malloc_count();
	fault_malloc_disarm();
	after = fault_run_verify(&run);
	assert_non_null(after);
	stride = env && atol(env) > 0 ? atol(env) : (total - DENSE) / 40 + 1;
	print_message("# %ld allocations by SQLite; every one to %d, then every %ld\n", total,
		      DENSE, stride);

	for (int sticky = 0; sticky < 2; sticky++)
		for (long n = 1; n <= total; n += n < DENSE ? 1 : stride) {
			if (getenv("PB_OOM_ONLY") && atol(getenv("PB_OOM_ONLY")) != n)
				continue;
			int status;
			char *dump;
			fault_run_fresh(&run);
			status = attempt(n, sticky);
			if (status != CHILD_OK && status != CHILD_NOT_LISTED &&
			    status != CHILD_NOT_INGESTED && status != CHILD_OUT_OF_MEMORY)
				fprintf(stderr, "# allocation %ld (sticky %d): the run ended with %d\n", n,
					sticky, status);
			assert_true(status == CHILD_OK || status == CHILD_NOT_LISTED ||
				    status == CHILD_NOT_INGESTED || status == CHILD_OUT_OF_MEMORY);
			points++;
			died += status == CHILD_OUT_OF_MEMORY;
			dump = fault_run_verify(&run);
			if (!dump || (strcmp(dump, after) != 0 &&
				      ((status != CHILD_NOT_INGESTED && status != CHILD_OUT_OF_MEMORY) ||
				       strcmp(dump, run.before) != 0)))
				fprintf(stderr, "# allocation %ld (sticky %d): status %d: %s\n", n, sticky,
					status, dump ? "neither before nor after" : "the library is not whole");
			if (dump && getenv("PB_OOM_ONLY")) {
				FILE *fa = fopen("/tmp/oom-after.txt", "w"), *fb = fopen("/tmp/oom-got.txt", "w"),
				     *fc = fopen("/tmp/oom-before.txt", "w");
				fputs(after, fa);
				fputs(dump, fb);
				fputs(run.before, fc);
				fclose(fa);
				fclose(fb);
				fclose(fc);
			}
			assert_non_null(dump);
			/* what was reported stored is stored; what failed is wholly undone */
			assert_true(strcmp(dump, after) == 0 ||
				    ((status == CHILD_NOT_INGESTED || status == CHILD_OUT_OF_MEMORY) &&
				     strcmp(dump, run.before) == 0));
			free(dump);
		}
	print_message("# %ld failed allocations, %ld ended by the out-of-memory handler\n", points,
		      died);
	free(after);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oom),
	};
	if (!fault_malloc_install()) {
		fprintf(stderr, "cannot put an allocator under SQLite\n");
		return 1;
	}
	return cmocka_run_group_tests_name("store-oom", tests, setup, teardown);
}
