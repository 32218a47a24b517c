/* ingest-batch.c — the ingest run: files stored several to a transaction, each in a savepoint
 * of its own, so a file is in the library whole or not at all while the commit, its sync and
 * the full-text index's new segment are paid once per batch instead of once per file.
 *
 * A batch ends after INGEST_BATCH_FILES stored files or INGEST_BATCH_SECONDS, whichever comes
 * first, so another writer (a tag edit, the reader, a second ingest) waits at most about that
 * long for the lock. What a file's line says is true once its batch is committed, so the lines
 * of a batch (failures too, to keep them in order) are printed after its commit: a kill
 * before it leaves neither the files nor their lines. When the library itself fails (a full
 * disk, SQLite rolling the transaction back), the batch is rolled back and its files stored
 * again one transaction each, so what could be kept is kept and the first file that cannot
 * be stored is the one named; the run stops there as before. The files come read and
 * extracted, in order, from ingest-loader.c, which works a few files ahead in a thread of its
 * own while this one stores. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingest-run.h"

/* A batch ends after this many stored files... */
#define INGEST_BATCH_FILES 32
/* ...or after this long (seconds since it took the lock), whichever comes first. */
#define INGEST_BATCH_SECONDS 0.25

enum told_kind {
	TOLD_STORED,    /* stored in the open batch */
	TOLD_UNCHANGED, /* skipped */
	TOLD_FAILED,    /* failed: the line is its message */
	TOLD_LOST,      /* looked at, but the library failed before it could be stored */
};

/* One file's outcome, told once the batch it belongs to is over. */
struct told {
	enum told_kind kind;    /* what happened to it */
	struct ingest_loaded l; /* TOLD_STORED: the file, kept to store it again alone */
	char *line;             /* TOLD_UNCHANGED, TOLD_FAILED: its line */
};

struct batch {
	struct store *st;                /* the library */
	const struct ingest_options *o;  /* the run's options */
	struct ingest_totals *t;         /* the run's counts */
	struct ingest_progress *bar;     /* cleared before anything is printed */
	struct told *v;                  /* the files since the last commit, in order */
	size_t n, cap;                   /* used, allocated */
	size_t stored;                   /* of those, stored in the open batch */
	bool open;                       /* a batch transaction is open */
	double began;                    /* when it took the lock (monotonic seconds) */
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct told *told_push(struct batch *b)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 16;
		b->v = xrealloc(b->v, b->cap * sizeof *b->v);
	}
	memset(&b->v[b->n], 0, sizeof b->v[b->n]);
	return &b->v[b->n++];
}

static void told_fail(struct told *e, struct strbuf *line)
{
	e->kind = TOLD_FAILED;
	free(e->line);
	e->line = xstrdup(line->s ? line->s : "");
}

/* Prints and counts every file told so far, then forgets them. */
static void tell(struct batch *b)
{
	struct strbuf line = {0};
	size_t lost = 0;

	if (b->n)
		ingest_progress_clear(b->bar);
	for (size_t i = 0; i < b->n; i++) {
		struct told *e = &b->v[i];
		switch (e->kind) {
		case TOLD_STORED:
			ingest_count_stored(b->t, &e->l);
			ingest_stored_line(&e->l, &line);
			if (!b->o->quiet)
				fprintf(b->o->out, "%s\n", line.s);
			break;
		case TOLD_UNCHANGED:
			b->t->unchanged++;
			if (!b->o->quiet)
				fprintf(b->o->out, "%s\n", e->line);
			break;
		case TOLD_FAILED:
			ingest_count_failed(b->t, e->line);
			fflush(b->o->out);
			fprintf(b->o->err, "paperboat: %s\n", e->line);
			fflush(b->o->err);
			break;
		case TOLD_LOST:
			lost++;
			break;
		}
		ingest_loaded_free(&e->l);
		free(e->line);
	}
	/* a lost file was looked at, but it is one the run stopped before */
	b->t->files -= lost;
	b->t->stopped += lost;
	fflush(b->o->out);
	b->n = 0;
	sb_free(&line);
}

/* The library failed: the batch is rolled back and its stored files stored again, each in a
 * transaction of its own, until one fails; that one is named, the rest are lost. Returns
 * whether all of them could be stored. */
static bool store_again(struct batch *b)
{
	struct strbuf line = {0};
	bool ok = true;

	store_rollback(b->st);
	b->open = false;
	b->stored = 0;
	for (size_t i = 0; i < b->n; i++) {
		struct told *e = &b->v[i];
		if (e->kind != TOLD_STORED)
			continue;
		if (!ok) {
			e->kind = TOLD_LOST;
		} else if (!ingest_store_alone(b->st, b->o, &e->l, &line)) {
			told_fail(e, &line);
			ok = false;
		}
	}
	sb_free(&line);
	return ok;
}

/* Commits the open batch (if any) and tells its files. False when the library failed and the
 * run must stop. */
static bool batch_end(struct batch *b)
{
	bool ok = true;
	if (b->open) {
		if (store_commit(b->st)) {
			b->open = false;
			b->stored = 0;
		} else {
			ok = store_again(b);
		}
	}
	tell(b);
	return ok;
}

/* Stores a loaded file in the batch (opening one when none is). False when the library
 * failed: the batch is then over (its files stored again alone, E failed or lost) and the run
 * stops. */
static bool batch_add(struct batch *b, struct told *e)
{
	struct strbuf line = {0};
	bool kept;

	if (!b->open) {
		if (!store_begin_batch(b->st)) {
			char *why = xasprintf("cannot write to the library: %s", store_errmsg(b->st));
			ingest_failure_line(&line, e->l.path, why);
			free(why);
			told_fail(e, &line);
			ingest_loaded_free(&e->l);
			sb_free(&line);
			return !store_unwritable(b->st);
		}
		b->open = true;
		b->began = now();
	}
	kept = store_batch_file_begin(b->st);
	if (kept) {
		kept = ingest_store(b->st, b->o, &e->l, &line);
		kept = store_batch_file_end(b->st, kept) && kept;
	}
	if (kept) {
		b->stored++;
		sb_free(&line);
		return true;
	}
	if (!line.len) { /* the savepoint itself failed */
		char *why = xasprintf("cannot store: %s", store_errmsg(b->st));
		ingest_failure_line(&line, e->l.path, why);
		free(why);
	}
	told_fail(e, &line);
	ingest_loaded_free(&e->l);
	sb_free(&line);
	if (store_batch_ok(b->st) && !store_unwritable(b->st))
		return true; /* the file's own failure: the batch goes on without it */
	if (!store_again(b))
		e->kind = TOLD_LOST; /* an earlier file of the batch is the one named */
	return false;
}

/* Takes over the loader's item IT as the batch's next file; false when the library failed
 * and the run must stop. */
static bool batch_take(struct batch *b, struct ingest_item *it)
{
	struct told *e = told_push(b);

	switch (it->result) {
	case INGEST_UNCHANGED:
		e->kind = TOLD_UNCHANGED;
		e->line = it->line;
		it->line = NULL;
		return true;
	case INGEST_FAILED:
		e->kind = TOLD_FAILED;
		e->line = it->line;
		it->line = NULL;
		return true;
	case INGEST_LOADED:
		break;
	}
	/* the loader's own look was at what was committed then: this one counts */
	if (store_source_unchanged(b->st, it->l.source, it->l.hash)) {
		struct strbuf line = {0};
		ingest_unchanged_line(&line, it->l.path);
		e->kind = TOLD_UNCHANGED;
		e->line = sb_take(&line);
		return true;
	}
	e->kind = TOLD_STORED;
	e->l = it->l;
	memset(&it->l, 0, sizeof it->l);
	return batch_add(b, e);
}

bool ingest_run(struct store *st, const struct ingest_options *o, char *const *paths, int n,
		struct ingest_totals *t)
{
	struct ingest_files files = {0};
	struct ingest_progress bar;
	struct ingest_loader *ld;
	struct ingest_item it;
	struct strbuf line = {0};
	struct batch b = {.st = st, .o = o, .t = t, .bar = &bar};
	size_t i = 0; /* the first file not dealt with */
	bool going = true;

	ingest_walk(paths, n, &files);
	ingest_progress_start(&bar, o->progress, files.n);
	ld = ingest_loader_start(st, o, &files);
	while (going && ingest_loader_next(ld, &it)) {
		i = it.index;
		if (it.stdin_next) {
			/* standard input may take its time: nobody waits for the lock meanwhile,
			 * and the bar names it while it is read */
			if ((going = batch_end(&b))) {
				ingest_progress_update(&bar, i, files.v[i].path);
				ingest_loader_read_stdin(ld);
			}
			continue;
		}
		if (files.v[i].error || strcmp(files.v[i].path, "-") != 0)
			ingest_progress_update(&bar, i, files.v[i].path);
		t->files++;
		i++;
		going = batch_take(&b, &it);
		ingest_item_free(&it);
		if (going && b.open && b.stored < INGEST_BATCH_FILES &&
		    now() - b.began < INGEST_BATCH_SECONDS)
			continue;
		going = batch_end(&b) && going;
	}
	ingest_loader_stop(ld);
	if (going)
		i = files.n;
	going = batch_end(&b) && going;
	if (!going && i < files.n) /* a full disk or a damaged library fails every file alike */
		t->stopped += files.n - i;
	if (!going && t->stopped) {
		fprintf(o->err, "paperboat: %s: stopped: the library cannot be written; %zu file%s "
			"not ingested\n", store_path(st), t->stopped, t->stopped == 1 ? "" : "s");
		fflush(o->err);
	}
	ingest_progress_clear(&bar);
	sb_clear(&line);
	ingest_summary(t, &line);
	fprintf(o->out, "%s\n", line.s);
	fflush(o->out);
	sb_free(&line);
	free(b.v);
	ingest_files_free(&files);
	return t->failed == 0 && t->stopped == 0;
}
