/* ingest-run.h — what the run's files share: one file read and extracted, waiting to be
 * stored (ingest.c), and the batches that store files several to a transaction
 * (ingest-batch.c). */
#ifndef PB_INGEST_RUN_H
#define PB_INGEST_RUN_H

#include "ingest.h"
#include "sha256.h"

/* A file whose papers are ready for the store. */
struct ingest_loaded {
	char *path;                    /* as the user named it, for messages */
	char *source;                  /* as recorded: absolute, links resolved ("-": stdin) */
	char hash[SHA256_HEX_LEN + 1]; /* SHA-256 of its content */
	const char *adapter;           /* the name of the adapter that read it */
	struct paper_list papers;      /* ready for the store (ingest_paper_prepare) */
	struct strlist aliases;        /* (alias, canonical) pairs its institutions named */
	size_t limited;                /* fields cut or left out by the limits */
	size_t new_papers;             /* of papers, new to the library (set by ingest_store) */
};

enum ingest_load_result {
	INGEST_LOADED,    /* ready to store */
	INGEST_UNCHANGED, /* ingested before with this content: skipped */
	INGEST_FAILED,    /* cannot be read or holds no papers */
};

/* Reads, decodes and extracts F into OUT. UNCHANGED and FAILED put the file's line in LINE
 * (the failure naming the file, safe for a terminal); OUT is then empty. ST, which tells an
 * unchanged file, may be NULL: then no file is skipped here. */
enum ingest_load_result ingest_load(struct store *st, const struct ingest_options *o,
				    const struct ingest_file *f, struct ingest_loaded *out,
				    struct strbuf *line);
/* Writes L's source, papers (with the run's tags) and aliases in the open transaction and
 * sets L->new_papers; false with "x.html: cannot store: ..." in LINE. */
bool ingest_store(struct store *st, const struct ingest_options *o, struct ingest_loaded *l,
		  struct strbuf *line);
/* The same in a transaction of its own, kept whole or not at all. */
bool ingest_store_alone(struct store *st, const struct ingest_options *o,
			struct ingest_loaded *l, struct strbuf *line);
/* The line of a stored file: "x.html: 13 papers (2 new, 11 merged)". */
void ingest_stored_line(const struct ingest_loaded *l, struct strbuf *line);
/* Adds stored file L to T's counts. */
void ingest_count_stored(struct ingest_totals *t, const struct ingest_loaded *l);
/* Adds a failed file, its message MSG (copied), to T. */
void ingest_count_failed(struct ingest_totals *t, const char *msg);
void ingest_loaded_free(struct ingest_loaded *l);
/* Puts "PATH: unchanged since it was last ingested; skipped" in LINE. */
void ingest_unchanged_line(struct strbuf *line, const char *path);
/* Puts "PATH: WHAT" in LINE, safe for a terminal. */
void ingest_failure_line(struct strbuf *line, const char *path, const char *what);

/* The path a source is recorded under (malloc'd): absolute and without links, so the same
 * file found two ways is one source. */
char *ingest_source_path(const char *path);

/* The files of a run read and extracted in order, ahead of the store (ingest-loader.c). */
struct ingest_loader;

/* One file of the run as the loader hands it over, or the sign that standard input is next. */
struct ingest_item {
	size_t index;                   /* its place in the run's list of files */
	bool stdin_next;                /* no file yet: standard input is to be read next */
	enum ingest_load_result result; /* what ingest_load() made of it */
	struct ingest_loaded l;         /* INGEST_LOADED: the file, to store */
	char *line;                     /* otherwise: its line */
};

/* Starts loading FILES (each file once, however often named) for a run storing into ST. With
 * more than one file a thread reads them ahead, ST being left to the caller; else they are
 * read when asked for. */
struct ingest_loader *ingest_loader_start(struct store *st, const struct ingest_options *o,
					  const struct ingest_files *files);
/* The next file in order into OUT (the caller's to free with ingest_item_free); false when
 * there are no more. After an item with stdin_next, standard input is read only once
 * ingest_loader_read_stdin() is called. */
bool ingest_loader_next(struct ingest_loader *ld, struct ingest_item *out);
/* Lets the loader read standard input, announced by the last item. */
void ingest_loader_read_stdin(struct ingest_loader *ld);
/* Stops the loader, forgets the files it read ahead and frees it (NULL: nothing). */
void ingest_loader_stop(struct ingest_loader *ld);
void ingest_item_free(struct ingest_item *it);

#endif
