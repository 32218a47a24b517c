/* facet-index.h — an in-memory index of which papers hold each institution, topic, date and
 * score, so that a query's matching set can be made a bitmap (facet-match.c) and facet counts
 * taken from it without SQL.
 *
 * Each value keeps its papers as a sorted list of ids, delta-coded in bytes: LEB128 while
 * built, then fixed-width gaps or runs where that is no larger (facet-code.c), one or two
 * bytes an id for most values: 7.1 MB for a library of a million papers, 20.2 MB for three
 * million (the bench's). It is built in steps of FACET_INDEX_STEP rows (or
 * FACET_INDEX_STEP_MS), each its own short read, so the reader stays responsive; a commit by
 * another connection while it is built starts it again. It holds the library as it was when
 * built: after a write (store_data_version changes, or the reader reloads) the owner resets it
 * and it is built afresh. */
#ifndef PB_FACET_INDEX_H
#define PB_FACET_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "facet-bits.h"
#include "util.h"

struct store;

/* One value's papers: ascending ids, delta-coded as 7-bit groups (LEB128). */
struct facet_list {
	size_t off;    /* where its bytes start in the family's blob */
	uint32_t n;    /* how many ids */
	uint32_t rank; /* inst/topic: place of the name in (name COLLATE NOCASE, id) order */
	long long last; /* the last id added (while building) */
	uint8_t width;  /* bytes a gap once recoded (facet-code.c); 0: LEB128, 3: runs,
			 * 4: a bitmap of the family's bitwords words */
};

/* The lists of one kind of value, in the order of the value. */
struct facet_family {
	struct facet_list *lists; /* one per value that papers hold */
	size_t n, cap;            /* lists used and allocated */
	long long *ids;           /* inst/topic: the value's id, ascending */
	double *nums;             /* score: the value, ascending */
	char **texts;             /* date: the value, ascending (bytewise) */
	uint32_t *by_size;        /* inst/topic: list indexes, most ids first (ties by index),
				   * so that a count can stop where no value left can reach the
				   * pane (facet-count.c) */
	unsigned char *blob;      /* the coded ids */
	size_t len, blobcap;      /* bytes used and allocated */
	size_t bitwords;          /* words of a list kept as a bitmap: the ids below the limit */
	bool odd;                 /* a value of a type the lists cannot compare like SQLite
				   * (a date that is not text, a score that is not a number):
				   * terms and orders by it go to SQL instead */
};

/* In the order the build reads them (facet-index.c's stages): dates first, which recode to
 * a small part of what they are read in, so that the index's peak is the lists it keeps. */
enum facet_fam { FAM_DATE, FAM_INST, FAM_TOPIC, FAM_SCORE, FAM_COUNT };

struct facet_index {
	int stage;               /* building: what is being read (0 first, ready at the end) */
	bool ready;              /* built and usable */
	bool broken;             /* a step failed other than by an interruption: not retried
				  * until the next reset */
	long long version;       /* store_data_version when the build began */
	long long limit;         /* ids below this are covered (max(id) + 1) */
	struct facet_family fam[FAM_COUNT]; /* the lists */
	struct bits all;         /* every paper */
	long long papers;        /* how many: the bits of all (when ready) */
	sqlite3_value *key;      /* building: the last key read in this stage (NULL: none) */
	long long key_id;        /* building: the last paper id read with it */
	long long built_rows;    /* rows read so far (for the caller's curiosity) */
	long long step_rows;     /* rows read in one step (FACET_INDEX_STEP; tests use fewer) */
	int recode_fam;          /* recoding (after each family's stage): the family ... */
	size_t recode_list;      /* ... and its list being recoded */
	size_t recode_off;       /* where that list's bytes go */
	int resets;              /* builds dropped because the library changed (kept by reset) */
};

/* Rows read in one build step. */
#define FACET_INDEX_STEP 65536
/* ... or as many as this many milliseconds read, whichever comes first */
#define FACET_INDEX_STEP_MS 15.0

void facet_index_init(struct facet_index *ix);
void facet_index_free(struct facet_index *ix);
/* Drops what is built (the library changed); the next step starts the build again. */
void facet_index_reset(struct facet_index *ix);
/* Does one step of building. Returns false with ERR filled on an error (an interrupted step
 * is an error too, and is simply done again by the next call). */
bool facet_index_step(struct facet_index *ix, struct store *st, struct strbuf *err);
/* Bytes held (for measurements). */
size_t facet_index_bytes(const struct facet_index *ix);

/* One step of recoding the lists of the families below UPTO (facet-code.c), each once its
 * stage has read it: true when every one of them is done. */
bool facet_index_recode_step(struct facet_index *ix, int upto);
/* Appends V to the family's blob in LEB128, as the build writes a list's gaps. */
void facet_blob_put(struct facet_family *f, unsigned long long v);

/* Sets in OUT every paper of LIST. */
void facet_list_fill(const struct facet_family *f, const struct facet_list *l, struct bits *out);
/* How many papers of LIST are in SET. */
long long facet_list_count(const struct facet_family *f, const struct facet_list *l,
			   const struct bits *set);
/* The ids of LIST that are in SET into OUT (room for as many as facet_list_count says),
 * ascending; returns how many. */
size_t facet_list_matches(const struct facet_family *f, const struct facet_list *l,
			  const struct bits *set, long long *out);
/* The list of value ID in an inst/topic family, NULL when no paper holds it. */
const struct facet_list *facet_family_find(const struct facet_family *f, long long id);

#endif
