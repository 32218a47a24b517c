/* gen-plan.h — the page plan of pbgen and its counts, shared by gen-main.c (the plan) and
 * gen-manifest.c (the manifest that reports it). */
#ifndef PB_GEN_PLAN_H
#define PB_GEN_PLAN_H

#include "gen.h"

enum kind { K_LIST, K_SEARCH, K_HF_DAILY, K_HF_PAPER, K_ABS, K_DIGEST, NKINDS };

struct kind_info {
	const char *name;  /* file name prefix and manifest key */
	double born_share; /* share of the papers first shown on pages of this kind */
	double dup_rate;   /* share of a page's entries that are papers born earlier */
};

extern const struct kind_info kinds[NKINDS];

struct gen_args {
	uint32_t size;         /* papers */
	uint64_t seed;         /* seed of everything */
	const char *out;       /* output directory */
	const char *data;      /* word lists */
	const char *templates; /* page templates */
	uint32_t dirs;         /* directories the pages are spread over */
};

struct kind_count {
	uint64_t pages, bytes, entries, born; /* pages, their bytes, records, papers born */
};

struct plan {
	uint32_t size;  /* papers to place */
	uint32_t next;  /* the next paper not yet shown anywhere */
	uint8_t *born;  /* per paper: the kind of page it was born on */
	struct kind_count count[NKINDS];
};

bool gen_run(const struct gen_args *a);
void plan_count(struct plan *pl, enum kind k, size_t bytes, size_t records, uint32_t born);
bool manifest_write(const struct gen_args *a, const struct plan *pl, const struct genctx *g);

#endif
