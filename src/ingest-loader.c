/* ingest-loader.c — the page side of an ingest run (read, hash, decode, parse, extract,
 * prepare) done for the next files in a thread of its own while the main thread stores the
 * current ones, handed over in order through a small bounded queue.
 *
 * The store is the main thread's alone. The loader asks "ingested before with this
 * content?" through a read-only connection of its own, so unchanged files are still skipped
 * without being parsed; it only sees what is committed, so the main thread asks again before
 * storing a file (one indexed lookup) and its answer is the one that counts. libxml2 is used
 * by the loader thread alone from its start to its join (see ingest-arena.h): the main
 * thread initialises it before the thread starts and does no parsing meanwhile.
 *
 * Standard input is read only when the main thread says so (after committing what it holds):
 * nobody waits for the library's lock while a pipe takes its time. A run of one file, or one
 * whose thread cannot be started, reads its files when they are asked for, in the main
 * thread, as before. */
#include <pthread.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

#include "ingest-arena.h"
#include "ingest-run.h"

/* Files read ahead of the one being stored. A batch's commit (its full-text segment, the
 * write-ahead log) keeps the main thread away for tens of milliseconds at a time: the loader
 * must be able to go on meanwhile, or the two threads take turns instead of working at once
 * (4 files ahead: 7.6 s for the bench's 214 MB sample; 32: 6.8 s; 128: 6.2 s). */
#define LOADER_AHEAD 128
/* ...and papers waiting, so that memory stays bounded when pages hold many papers each. */
#define LOADER_PAPERS 8192

struct ingest_loader {
	const struct ingest_options *o;   /* the run's options */
	const struct ingest_files *files; /* the run's files, in order */
	struct store *st;                 /* what tells unchanged files: the loader's own
					     read-only connection, or the run's store inline */
	bool threaded;                    /* a thread loads; else loading is done when asked */
	/* the loader's own (the thread's, or the caller's inline) */
	size_t next;                      /* the next file to look at */
	bool next_seen;                   /* it has been checked against done_paths */
	bool stdin_open;                  /* standard input, the next file, may be read */
	struct strlist done_paths;        /* sources of the files handed over so far */
	void *done_tree;                  /* the same, as a search tree: a run of 100,000
					     files must not compare each with all before it */
	/* shared, under lock */
	pthread_t thread;                 /* the loader */
	pthread_mutex_t lock;             /* guards what follows */
	pthread_cond_t filled;            /* an item was queued or the loader finished */
	pthread_cond_t freed;             /* room in the queue, stdin allowed, or stop */
	struct ingest_item queue[LOADER_AHEAD]; /* a ring of loaded files, in order */
	size_t head, count;               /* the oldest, how many */
	size_t papers;                    /* the papers of those */
	bool stdin_allowed;               /* the main thread let standard input be read */
	bool stop;                        /* the main thread wants no more */
	bool finished;                    /* the loader has queued its last item */
};

void ingest_item_free(struct ingest_item *it)
{
	ingest_loaded_free(&it->l);
	free(it->line);
	memset(it, 0, sizeof *it);
}

static int path_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void path_keep(void *p)
{
	(void)p;
}

/* Makes the next item: the next file loaded, or the sign that standard input comes next
 * (once, until the main thread lets it be read). False when no file is left. */
static bool loader_produce(struct ingest_loader *ld, struct ingest_item *out)
{
	struct strbuf line = {0};

	memset(out, 0, sizeof *out);
	while (ld->next < ld->files->n) {
		const struct ingest_file *f = &ld->files->v[ld->next];
		bool is_stdin = !f->error && strcmp(f->path, "-") == 0;
		if (!ld->next_seen) {
			/* the same file named twice (or found twice through links) is read once */
			char *real = f->error ? NULL : ingest_source_path(f->path);
			if (real && strcmp(real, "-") != 0 && tfind(real, &ld->done_tree, path_cmp)) {
				free(real);
				ld->next++;
				continue;
			}
			if (real) {
				strlist_take(&ld->done_paths, real);
				if (!tsearch(real, &ld->done_tree, path_cmp))
					util_out_of_memory(sizeof(void *) * 4);
			}
			ld->next_seen = true;
		}
		out->index = ld->next;
		if (is_stdin && !ld->stdin_open) {
			out->stdin_next = true;
			return true;
		}
		out->result = ingest_load(ld->st, ld->o, f, &out->l, &line);
		if (out->result != INGEST_LOADED)
			out->line = xstrdup(line.s ? line.s : "");
		ld->next++;
		ld->next_seen = false;
		ld->stdin_open = false;
		sb_free(&line);
		return true;
	}
	return false;
}

static void *loader_run(void *arg)
{
	struct ingest_loader *ld = arg;
	struct ingest_item it;
	bool more = true;

	while (more) {
		pthread_mutex_lock(&ld->lock);
		more = !ld->stop;
		pthread_mutex_unlock(&ld->lock);
		if (!more || !(more = loader_produce(ld, &it)))
			break;
		pthread_mutex_lock(&ld->lock);
		while ((ld->count == LOADER_AHEAD || (ld->count && ld->papers >= LOADER_PAPERS)) &&
		       !ld->stop)
			pthread_cond_wait(&ld->freed, &ld->lock);
		if (ld->stop) {
			ingest_item_free(&it);
			more = false;
		} else {
			ld->queue[(ld->head + ld->count++) % LOADER_AHEAD] = it;
			ld->papers += it.l.papers.n;
			pthread_cond_signal(&ld->filled);
			if (it.stdin_next) {
				while (!ld->stdin_allowed && !ld->stop)
					pthread_cond_wait(&ld->freed, &ld->lock);
				ld->stdin_open = ld->stdin_allowed;
				ld->stdin_allowed = false;
			}
		}
		pthread_mutex_unlock(&ld->lock);
	}
	pthread_mutex_lock(&ld->lock);
	ld->finished = true;
	pthread_cond_signal(&ld->filled);
	pthread_mutex_unlock(&ld->lock);
	return NULL;
}

struct ingest_loader *ingest_loader_start(struct store *st, const struct ingest_options *o,
					  const struct ingest_files *files)
{
	struct ingest_loader *ld = xcalloc(1, sizeof *ld);
	struct store *ro;

	ld->o = o;
	ld->files = files;
	ld->st = st;
	if (files->n < 2 || !(ro = store_open_beside(st)))
		return ld;
	/* libxml2 is initialised here, before another thread can use it */
	ingest_arena_install();
	pthread_mutex_init(&ld->lock, NULL);
	pthread_cond_init(&ld->filled, NULL);
	pthread_cond_init(&ld->freed, NULL);
	ld->st = ro;
	ld->threaded = true;
	if (pthread_create(&ld->thread, NULL, loader_run, ld) != 0) {
		/* no thread: the files are read inline, as with one file */
		store_close(ro);
		ld->st = st;
		ld->threaded = false;
		pthread_cond_destroy(&ld->freed);
		pthread_cond_destroy(&ld->filled);
		pthread_mutex_destroy(&ld->lock);
	}
	return ld;
}

bool ingest_loader_next(struct ingest_loader *ld, struct ingest_item *out)
{
	bool got = false;

	if (!ld->threaded)
		return loader_produce(ld, out);
	pthread_mutex_lock(&ld->lock);
	while (ld->count == 0 && !ld->finished)
		pthread_cond_wait(&ld->filled, &ld->lock);
	if (ld->count) {
		*out = ld->queue[ld->head];
		ld->papers -= out->l.papers.n;
		memset(&ld->queue[ld->head], 0, sizeof ld->queue[ld->head]);
		ld->head = (ld->head + 1) % LOADER_AHEAD;
		ld->count--;
		pthread_cond_signal(&ld->freed);
		got = true;
	}
	pthread_mutex_unlock(&ld->lock);
	return got;
}

void ingest_loader_read_stdin(struct ingest_loader *ld)
{
	if (!ld->threaded) {
		ld->stdin_open = true;
		return;
	}
	pthread_mutex_lock(&ld->lock);
	ld->stdin_allowed = true;
	pthread_cond_signal(&ld->freed);
	pthread_mutex_unlock(&ld->lock);
}

void ingest_loader_stop(struct ingest_loader *ld)
{
	if (!ld)
		return;
	if (ld->threaded) {
		pthread_mutex_lock(&ld->lock);
		ld->stop = true;
		pthread_cond_signal(&ld->freed);
		pthread_mutex_unlock(&ld->lock);
		/* it finishes the file it is reading, if any, and queues nothing more */
		pthread_join(ld->thread, NULL);
		for (; ld->count; ld->count--, ld->head = (ld->head + 1) % LOADER_AHEAD)
			ingest_item_free(&ld->queue[ld->head]);
		store_close(ld->st);
		pthread_cond_destroy(&ld->freed);
		pthread_cond_destroy(&ld->filled);
		pthread_mutex_destroy(&ld->lock);
	}
	tdestroy(ld->done_tree, path_keep); /* the paths are done_paths' */
	strlist_free(&ld->done_paths);
	free(ld);
}
