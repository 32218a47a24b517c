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
 * (the failure naming the file, safe for a terminal); OUT is then empty. */
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
/* Puts "PATH: WHAT" in LINE, safe for a terminal. */
void ingest_failure_line(struct strbuf *line, const char *path, const char *what);

/* The path a source is recorded under (malloc'd): absolute and without links, so the same
 * file found two ways is one source. */
char *ingest_source_path(const char *path);

#endif
