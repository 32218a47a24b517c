/* fault-run.c — the base library, the broken operations and the after-check of the fault
 * tests (fault-run.h). */
#include "helpers/fault-run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers/library-dump.h"
#include "helpers/sample-library.h"
#include "ingest.h"

static bool copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
	char buf[65536];
	size_t n;
	bool ok = in && out;
	while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
		ok = fwrite(buf, 1, n, out) == n;
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		ok = false;
	return ok;
}

static void remove_beside(const char *path)
{
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	unlink(wal);
	unlink(shm);
	free(wal);
	free(shm);
}

void fault_run_setup(struct fault_run *r)
{
	const char *tmp = getenv("TMPDIR"), *top = getenv("PB_TOP"), *page = getenv("PB_FAULT_PAGE");
	struct strbuf err = {0};
	struct store *st;

	memset(r, 0, sizeof *r);
	snprintf(r->dir, sizeof r->dir, "%s/pbfault.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(r->dir)) {
		perror("mkdtemp");
		abort();
	}
	snprintf(r->base, sizeof r->base, "%s/base.db", r->dir);
	snprintf(r->work, sizeof r->work, "%s/work.db", r->dir);
	if (!page || !*page)
		page = FAULT_PAGE;
	r->page = top && *top && page[0] != '/' ? xasprintf("%s/%s", top, page) : xstrdup(page);
	st = store_open(r->base, STORE_READ_WRITE, &err);
	if (!st) {
		fprintf(stderr, "fault_run_setup: %s\n", err.s);
		abort();
	}
	sample_library_fill(st);
	store_close(st);
	st = store_open(r->base, STORE_READ_ONLY, &err);
	if (!st || !(r->before = library_dump(st)))
		abort();
	store_close(st);
}

void fault_run_teardown(struct fault_run *r)
{
	char *cmd = xasprintf("rm -rf '%s'", r->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "# cannot remove %s\n", r->dir);
	free(cmd);
	free(r->page);
	free(r->before);
}

void fault_run_fresh(struct fault_run *r)
{
	remove_beside(r->work);
	if (!copy_file(r->base, r->work)) {
		perror(r->work);
		abort();
	}
}

bool fault_run_ingest(struct store *st, const struct fault_run *r, struct strbuf *msg)
{
	struct institutions *inst = institutions_new();
	struct topic_rules *rules = topic_rules_new();
	struct ingest_options o = {0};
	struct ingest_totals t = {0};
	struct ingest_file f = {r->page, NULL};
	bool ok;

	o.html = adapters_html;
	o.text = adapters_text;
	o.inst = inst;
	o.rules = rules;
	o.out = stdout;
	o.err = stderr;
	ok = ingest_file(st, &o, &f, &t, msg);
	ingest_totals_free(&t);
	institutions_free(inst);
	topic_rules_free(rules);
	return ok;
}

bool fault_run_edit(struct store *st, struct strbuf *msg)
{
	bool ok = store_begin(st);
	for (long long id = 1; ok && id <= 5; id++)
		ok = store_tag_set(st, id, "faulted", true);
	ok = ok && store_favourite_set(st, 6, true) && store_read_set(st, 7, true) &&
	     store_note_set(st, 8, "Written while the disk failed.") && store_commit(st);
	if (!ok) {
		sb_add(msg, store_errmsg(st));
		store_rollback(st);
	}
	return ok;
}

char *fault_run_verify(const struct fault_run *r)
{
	struct strbuf err = {0};
	struct strlist problems = {0};
	struct store *st;
	char *dump = NULL;

	/* read-write, as the next command would: WAL recovery, and the full-text check too */
	st = store_open(r->work, STORE_READ_WRITE, &err);
	if (!st) {
		fprintf(stderr, "# reopening: %s\n", err.s);
		sb_free(&err);
		return NULL;
	}
	if (!store_check(st, &problems))
		fprintf(stderr, "# check could not run: %s\n", store_errmsg(st));
	else if (problems.n)
		fprintf(stderr, "# check: %s (and %zu more)\n", problems.v[0], problems.n - 1);
	else
		dump = library_dump(st);
	strlist_free(&problems);
	store_close(st);
	return dump;
}
