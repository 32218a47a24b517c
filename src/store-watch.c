/* store-watch.c — data_version polling and interruptible reads for the reader. */
#include "store-watch.h"

#include <sqlite3.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "store-internal.h"

long long store_data_version(struct store *st)
{
	sqlite3_stmt *stmt;
	long long v = -1;
	/* not cached: a cached statement would hold nothing, but this runs once a second at
	 * most and keeping it out of the slot table leaves the slots to store-*.c */
	if (sqlite3_prepare_v2(st->db, "PRAGMA data_version", -1, &stmt, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

struct interrupt_hook {
	bool (*check)(void *ctx); /* the caller's test */
	void *ctx;                /* its argument */
};

/* SQLite virtual machine steps between two checks: often enough that a key is answered
 * within a millisecond or so, rarely enough that the check costs nothing measurable. */
#define STORE_INTERRUPT_PERIOD 1000

/* One reader, one library: a single hook is all the program needs. */
static struct interrupt_hook hook;

/* The work budget of the running statement (store_budget_begin). */
static struct {
	bool on;      /* a budget is set */
	double until; /* the thread's CPU time (ms) when it is spent */
	bool spent;   /* the statement was stopped for it */
} budget;

static double thread_cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int progress(void *arg)
{
	struct interrupt_hook *h = arg;
	if (budget.on && thread_cpu_ms() >= budget.until) {
		budget.spent = true;
		return 1;
	}
	return h->check && h->check(h->ctx) ? 1 : 0;
}

static void progress_install(struct store *st)
{
	if (hook.check || budget.on)
		sqlite3_progress_handler(st->db, STORE_INTERRUPT_PERIOD, progress, &hook);
	else
		sqlite3_progress_handler(st->db, 0, NULL, NULL);
}

bool store_interrupt_pending(void)
{
	return hook.check && hook.check(hook.ctx);
}

bool store_progress_stop(void)
{
	return progress(&hook) != 0;
}

void store_set_interrupt(struct store *st, bool (*check)(void *ctx), void *ctx)
{
	hook.check = check;
	hook.ctx = ctx;
	progress_install(st);
}

void store_reader_tune(struct store *st)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", STORE_READER_CACHE_KIB);
	sqlite3_exec(st->db, sql, NULL, NULL, NULL);
}

void store_budget_begin(struct store *st, double ms)
{
	budget.on = true;
	budget.until = thread_cpu_ms() + ms;
	budget.spent = false;
	progress_install(st);
}

bool store_budget_end(struct store *st)
{
	bool spent = budget.spent;
	budget.on = false;
	budget.spent = false;
	progress_install(st);
	return spent;
}
