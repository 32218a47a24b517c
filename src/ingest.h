/* ingest.h — `paperboat ingest`: saved pages in, papers into the library (DESIGN.md §4).
 *
 *   ingest.c           one file: read, extracted, stored whole or not at all; the summary line
 *   ingest-batch.c     the run: files stored several to a transaction, a savepoint each
 *   ingest-walk.c      command-line paths to an ordered list of files
 *   ingest-paper.c     one extracted paper made ready for the store
 *   ingest-limits.c    the caps on one paper's fields
 *   ingest-progress.c  the progress bar on a terminal
 *   ingest-config.c    the config's `alias` and `topic` lines
 *   ingest-read.c, ingest-decode.c   reading and decoding one file (ingest-input.h)
 */
#ifndef PB_INGEST_H
#define PB_INGEST_H

#include <stdbool.h>
#include <stdio.h>

#include "adapter.h"
#include "institution.h"
#include "paper.h"
#include "store.h"
#include "topic-rules.h"
#include "util.h"

/* Extensions taken from directories (each also with .gz); a file named on the command line
 * is read whatever its name. */
#define INGEST_EXTENSIONS ".html, .htm, .xhtml, .txt"

/* One file to ingest, as the walk found it. */
struct ingest_file {
	char *path;  /* as the user will see it: "pages/x.html", "-" for stdin */
	char *error; /* why it cannot be read ("x: No such file or directory"), NULL when fine */
};

struct ingest_files {
	struct ingest_file *v; /* in the order they will be ingested */
	size_t n, cap;         /* used, allocated */
};

/* Expands PATHS in order: "-" is stdin, a file is itself, a directory gives its .html, .htm,
 * .xhtml and .txt files (and .gz of them) recursively, in byte order of names, skipping
 * hidden entries and the "NAME_files" folders browsers save beside NAME.html. Symbolic links
 * are followed; a directory already visited (a link loop) is not entered again. */
void ingest_walk(char *const *paths, int n, struct ingest_files *out);
void ingest_files_free(struct ingest_files *f);
/* True when NAME has one of INGEST_EXTENSIONS (optionally followed by .gz). */
bool ingest_wanted_name(const char *name);
/* True when NAME says HTML (.html, .htm, .xhtml, optionally .gz); false for .txt. *KNOWN
 * tells whether the name said anything at all. */
bool ingest_name_is_html(const char *name, bool *known);

/* What the command line adds to every paper of the run. */
struct ingest_context {
	struct strlist institutions; /* --institution NAME */
	struct strlist topics;       /* --topic NAME */
	struct strlist tags;         /* --tag NAME */
};

struct ingest_options {
	const struct adapter *const *html; /* tried in order for HTML (adapters_html) */
	const struct adapter *const *text; /* tried in order for text dumps (adapters_text) */
	const struct institutions *inst;   /* canonical institution names */
	const struct topic_rules *rules;   /* topic rules */
	struct ingest_context ctx;         /* --institution, --topic, --tag */
	bool quiet;                        /* no line per file (errors and the summary stay) */
	bool progress;                     /* stderr is a terminal: a bar when the run is long */
	FILE *out;                         /* per-file lines and the summary (stdout) */
	FILE *err;                         /* error messages (stderr) */
};

struct ingest_totals {
	size_t files;             /* files looked at, failed and unchanged ones included */
	size_t papers;            /* papers stored (new + merged) */
	size_t new_papers;        /* of those, not in the library before */
	size_t merged;            /* of those, merged into a paper already there */
	size_t unchanged;         /* files skipped: same path and content as an earlier ingest */
	size_t failed;            /* files that failed */
	size_t stopped;           /* files not looked at: the run stopped when the library
				   * could not be written (store_unwritable) */
	struct strlist failures;  /* "x.html: not a paper page", in order */
};

/* What one paper may hold (README "Limits"). Longer texts are cut and end in "…" (so a
 * later whole copy replaces them); longer names, topics, URLs and DOIs are left out, as are
 * the names and links past the counts. */
#define INGEST_MAX_TITLE 2048          /* bytes of the title */
#define INGEST_MAX_ABSTRACT 65536      /* bytes of the abstract, its original, each review */
#define INGEST_MAX_NAME 512            /* bytes of an author or institution name */
#define INGEST_MAX_TOPIC 128           /* bytes of a topic */
#define INGEST_MAX_URL 4096            /* bytes of a link */
#define INGEST_MAX_DOI 256             /* bytes of a DOI */
#define INGEST_MAX_AUTHORS 5000        /* authors of one paper */
#define INGEST_MAX_INSTITUTIONS 1000   /* institutions of one paper */
#define INGEST_MAX_TOPICS 100          /* topics of one paper */
#define INGEST_MAX_LINKS 64            /* further links of one paper */

/* Applies the caps above, each multiplied by SLACK (1: the limits themselves; more before
 * clean-up, to bound its work); also drops links that are not http(s). Returns how many
 * fields were cut or left out. */
size_t ingest_paper_limit(struct paper *p, size_t slack);
/* True when URL may be stored as a link: http:// or https://, no spaces or controls, at most
 * INGEST_MAX_URL bytes. */
bool ingest_url_acceptable(const char *url);

/* Makes P ready for the store: clean text (entities decoded for TEXT_DUMP pages), readable
 * LaTeX with the original kept in abstract_raw, canonical institutions, topic rules, the
 * command line's institutions and topics, the caps above (the number of fields cut or left
 * out goes to *LIMITED when it is not NULL). Appends (alias, canonical) pairs to ALIASES.
 * Returns false when nothing identifies the paper (no title, abstract, arXiv id or DOI). */
bool ingest_paper_prepare(struct paper *p, bool text_dump, const struct ingest_options *o,
			  struct strlist *aliases, size_t *limited);

/* Ingests the file F in a transaction of its own and adds to T. Puts the file's line in LINE
 * ("x.html: 13 papers (2 new, 11 merged)", or that it was unchanged and skipped) and returns
 * true; or puts the failure ("x.html: not a paper page") in LINE and T and returns false. */
bool ingest_file(struct store *st, const struct ingest_options *o, const struct ingest_file *f,
		 struct ingest_totals *t, struct strbuf *line);
/* Ingests every path, several files to a transaction (ingest-batch.c), printing each file's
 * line once its transaction is committed, then the summary; true when no file failed. Stops
 * at the first file the library itself could not take (store_unwritable). */
bool ingest_run(struct store *st, const struct ingest_options *o, char *const *paths, int n,
		struct ingest_totals *t);
/* "14 files: 1,204 papers, 311 new, 893 merged; 2 unchanged files skipped; 1 file failed:
 * x.html: not a paper page" */
void ingest_summary(const struct ingest_totals *t, struct strbuf *out);
void ingest_totals_free(struct ingest_totals *t);
/* Appends N with thousands separators: 1204 -> "1,204". */
void ingest_format_count(struct strbuf *b, size_t n);

/* Reads the config file's `alias` lines into IN and `topic` lines into RULES (either may be
 * NULL: those lines are then passed over); the config's messages go to ERR. */
void ingest_config_load(struct institutions *in, struct topic_rules *rules, FILE *err);

/* Copies S for a terminal: control characters (C0, DEL, C1) become '?'. Malloc'd. */
char *ingest_printable(const char *s);

/* The progress bar: drawn on stderr only when enabled, after a second of work, at most ten
 * times a second; ingest_progress_clear() before anything else is printed. */
struct ingest_progress {
	bool enabled;       /* stderr is a terminal */
	bool shown;         /* a bar is on the screen now */
	double start;       /* when the run began (monotonic seconds) */
	double last;        /* when the bar was last drawn */
	size_t total;       /* files in the run */
};
void ingest_progress_start(struct ingest_progress *p, bool enabled, size_t total);
void ingest_progress_update(struct ingest_progress *p, size_t done, const char *name);
void ingest_progress_clear(struct ingest_progress *p);

#endif
