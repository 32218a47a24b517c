/* fault-run.h — what the fault tests share: a base library copied afresh for each fault, the
 * two operations they break (ingesting a real page; a tag, favourite and note edit), and the
 * check that a library is whole in the state before or after one. */
#ifndef PB_TEST_FAULT_RUN_H
#define PB_TEST_FAULT_RUN_H

#include <stdbool.h>

#include "store.h"
#include "util.h"

/* The page the ingest operation reads: a real arXiv listing of three papers, or the page
 * $PB_FAULT_PAGE names (`make torture` uses a Hugging Face daily list of many papers). */
#define FAULT_PAGE "tests/corpus/real/arxiv/list-cs-2301-show3-reformatted.html"

struct fault_run {
	char dir[256];    /* a temporary directory */
	char base[300];   /* DIR/base.db: the sample library, closed cleanly */
	char work[300];   /* DIR/work.db: the copy each attempt works on */
	char *page;       /* the page, as a path from here */
	char *before;     /* the base library's dump */
};

/* Creates the directory and the base library; aborts on failure. */
void fault_run_setup(struct fault_run *r);
void fault_run_teardown(struct fault_run *r);
/* Copies the base library to WORK (no -wal or -shm beside it). */
void fault_run_fresh(struct fault_run *r);

/* Ingests the page into ST; false with the file's message in MSG. */
bool fault_run_ingest(struct store *st, const struct fault_run *r, struct strbuf *msg);
/* Tags papers 1-5 "faulted", marks 6 favourite and 7 read, sets a note on 8, in one
 * transaction as `paperboat tag` does; false with the message in MSG. */
bool fault_run_edit(struct store *st, struct strbuf *msg);

/* Opens WORK as the program would next time and returns its dump after checking it: NULL
 * (with the reason on stderr) when it cannot be opened or check finds a problem. */
char *fault_run_verify(const struct fault_run *r);

#endif
