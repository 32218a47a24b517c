/* ingest-loader.c — the page side of an ingest run (read, hash, decode, parse, extract,
 * prepare) done for the next files in a thread of its own while the main thread stores the
 * current ones, handed over in order through a bounded ring.
 *
 * Loading a page costs more than storing its papers (the bench's 214 MB sample: 5.9 s against
 * 4.7 s of CPU), so the main thread, when it has nothing to store, loads the next file itself
 * instead of waiting (it waited 1.7-2 s of a 6 s run). Whoever loads takes the next file in
 * the run's order under the lock, loads it without the lock, and puts it in the ring at its
 * number; the main thread stores them from the ring in that order, so lines, messages and the
 * library are what one thread would have made. Two cores stay busy; a second loader thread
 * instead was no faster (three threads on two cores) and held a second parse's memory.
 *
 * The store is the main thread's alone. The loader asks "ingested before with this
 * content?" through a read-only connection of its own, so unchanged files are still skipped
 * without being parsed; it only sees what is committed, so the main thread asks again before
 * storing a file (one indexed lookup) and its answer is the one that counts. libxml2's
 * allocator is installed by the main thread before the loader starts; each thread parses in an
 * arena of its own (ingest-arena.h).
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

/* A place in the ring: an item, once it is loaded. */
struct loader_slot {
	struct ingest_item it;
	bool filled;
};

struct ingest_loader {
	const struct ingest_options *o;   /* the run's options */
	const struct ingest_files *files; /* the run's files, in order */
	struct store *st;                 /* the run's store (the main thread's) */
	struct store *ro;                 /* the loader thread's read-only connection */
	bool threaded;                    /* a thread loads; else loading is done when asked */
	/* which file is next: the inline loader's, or under lock */
	size_t next;                      /* the next file to look at */
	bool next_seen;                   /* it has been checked against done_paths */
	bool stdin_open;                  /* standard input, the next file, may be read */
	struct strlist done_paths;        /* sources of the files handed out so far */
	void *done_tree;                  /* the same, as a search tree: a run of 100,000
					     files must not compare each with all before it */
	/* threaded: shared, under lock */
	pthread_t thread;                 /* the loader */
	bool running;                     /* the loader has not finished */
	pthread_mutex_t lock;             /* guards what follows, and the choice of the next file */
	pthread_cond_t filled;            /* a slot was filled or the loader finished */
	pthread_cond_t freed;             /* a slot was taken, stdin allowed, or stop */
	struct loader_slot ring[LOADER_AHEAD]; /* item number K is at K % LOADER_AHEAD */
	size_t head;                      /* the number of the oldest item not taken */
	size_t issued;                    /* items numbered so far */
	size_t papers;                    /* the papers of the filled slots */
	bool stdin_wait;                  /* "standard input is next" was handed out: no file is
					     taken until the main thread lets it be read */
	bool stop;                        /* the main thread wants no more */
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

enum loader_pick { PICK_NONE, PICK_STDIN_NEXT, PICK_FILE };

/* What comes next in the run's order: a file to load (its index in *I), the sign that standard
 * input comes next (once, until the main thread lets it be read), or nothing. */
static enum loader_pick loader_pick(struct ingest_loader *ld, size_t *i)
{
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
		*i = ld->next;
		if (is_stdin && !ld->stdin_open)
			return PICK_STDIN_NEXT;
		ld->next++;
		ld->next_seen = false;
		ld->stdin_open = false;
		return PICK_FILE;
	}
	return PICK_NONE;
}

/* File I of the run loaded into OUT, ST telling unchanged files. */
static void loader_load(struct ingest_loader *ld, struct store *st, size_t i,
			struct ingest_item *out)
{
	struct strbuf line = {0};
	memset(out, 0, sizeof *out);
	out->index = i;
	out->result = ingest_load(st, ld->o, &ld->files->v[i], &out->l, &line);
	if (out->result != INGEST_LOADED)
		out->line = xstrdup(line.s ? line.s : "");
	sb_free(&line);
}

/* The next item made in the caller's thread, unthreaded; false when no file is left. */
static bool loader_produce(struct ingest_loader *ld, struct ingest_item *out)
{
	size_t i = 0;
	switch (loader_pick(ld, &i)) {
	case PICK_NONE: return false;
	case PICK_STDIN_NEXT:
		memset(out, 0, sizeof *out);
		out->index = i;
		out->stdin_next = true;
		return true;
	case PICK_FILE: break;
	}
	loader_load(ld, ld->st, i, out);
	return true;
}

/* Whether no more files may be taken now: the ring is full, enough papers wait, or standard
 * input is next and not allowed yet. */
static bool loader_must_wait(const struct ingest_loader *ld)
{
	return ld->stdin_wait || ld->issued - ld->head == LOADER_AHEAD ||
	       (ld->issued > ld->head && ld->papers >= LOADER_PAPERS);
}

/* Under the lock: takes the next file and loads it (the lock let go meanwhile) with ST into
 * its place in the ring. False when there is no file left to take. */
static bool loader_take_one(struct ingest_loader *ld, struct store *st)
{
	struct ingest_item it = {0};
	size_t i = 0, number;
	enum loader_pick pick = loader_pick(ld, &i);
	if (pick == PICK_NONE)
		return false;
	number = ld->issued++;
	if (pick == PICK_STDIN_NEXT) {
		it.index = i;
		it.stdin_next = true;
		ld->stdin_wait = true;
	} else { /* the work itself, while the other thread goes on */
		pthread_mutex_unlock(&ld->lock);
		loader_load(ld, st, i, &it);
		pthread_mutex_lock(&ld->lock);
	}
	/* filled even after a stop: ingest_loader_stop frees it */
	ld->ring[number % LOADER_AHEAD] = (struct loader_slot){.it = it, .filled = true};
	ld->papers += it.l.papers.n;
	pthread_cond_broadcast(&ld->filled);
	return true;
}

static void *loader_run(void *arg)
{
	struct ingest_loader *ld = arg;

	pthread_mutex_lock(&ld->lock);
	for (;;) {
		while (!ld->stop && loader_must_wait(ld))
			pthread_cond_wait(&ld->freed, &ld->lock);
		if (ld->stop || !loader_take_one(ld, ld->ro))
			break;
	}
	ld->running = false;
	pthread_cond_broadcast(&ld->filled);
	pthread_mutex_unlock(&ld->lock);
	ingest_arena_thread_end();
	return NULL;
}

struct ingest_loader *ingest_loader_start(struct store *st, const struct ingest_options *o,
					  const struct ingest_files *files)
{
	struct ingest_loader *ld = xcalloc(1, sizeof *ld);

	ld->o = o;
	ld->files = files;
	ld->st = st;
	if (files->n < 2 || !(ld->ro = store_open_beside(st)))
		return ld;
	/* libxml2 is initialised here, before another thread can use it */
	ingest_arena_install();
	pthread_mutex_init(&ld->lock, NULL);
	pthread_cond_init(&ld->filled, NULL);
	pthread_cond_init(&ld->freed, NULL);
	ld->threaded = ld->running = true;
	if (pthread_create(&ld->thread, NULL, loader_run, ld) != 0) {
		/* no thread: the files are read inline, as with one file */
		store_close(ld->ro);
		ld->ro = NULL;
		ld->threaded = ld->running = false;
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
	for (;;) {
		struct loader_slot *s = &ld->ring[ld->head % LOADER_AHEAD];
		if (s->filled) {
			*out = s->it;
			memset(s, 0, sizeof *s);
			ld->head++;
			ld->papers -= out->l.papers.n;
			pthread_cond_broadcast(&ld->freed);
			got = true;
			break;
		}
		/* every number handed out is filled before the loader finishes */
		if (!ld->running && ld->head == ld->issued)
			break;
		/* nothing to store yet: load the next file here rather than wait for it */
		if (ld->stop || loader_must_wait(ld) || !loader_take_one(ld, ld->st))
			pthread_cond_wait(&ld->filled, &ld->lock);
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
	ld->stdin_open = true;
	ld->stdin_wait = false;
	pthread_cond_broadcast(&ld->freed);
	pthread_mutex_unlock(&ld->lock);
}

void ingest_loader_stop(struct ingest_loader *ld)
{
	if (!ld)
		return;
	if (ld->threaded) {
		pthread_mutex_lock(&ld->lock);
		ld->stop = true;
		pthread_cond_broadcast(&ld->freed);
		pthread_mutex_unlock(&ld->lock);
		/* it finishes the file it is reading, if any, and takes no other */
		pthread_join(ld->thread, NULL);
		for (size_t k = 0; k < LOADER_AHEAD; k++)
			if (ld->ring[k].filled)
				ingest_item_free(&ld->ring[k].it);
		store_close(ld->ro);
		pthread_cond_destroy(&ld->freed);
		pthread_cond_destroy(&ld->filled);
		pthread_mutex_destroy(&ld->lock);
	}
	tdestroy(ld->done_tree, path_keep); /* the paths are done_paths' */
	strlist_free(&ld->done_paths);
	free(ld);
}
