/* gen-main.c — pbgen: writes the benchmark corpus. Papers are numbered in date order; pages are
 * planned one after another, each taking the next papers ("born" on it) and, at a rate that
 * depends on the kind of page, papers born earlier (the same paper on an HF list and an arXiv
 * abstract page, as in real life). Pages are spread round-robin over DIRS directories (256: a
 * 1M corpus gives ~20 MB each), so any first few directories are a fair sample of the whole.
 *
 *   pbgen --size N --seed S --out DIR [--data DIR] [--templates DIR] [--dirs N]
 *
 * Writes DIR/pages/NNN/KIND-PAGENO.html, DIR/pages.tsv (path, kind, bytes, entries, born) and
 * DIR/manifest.json (counts the benchmark checks the ingester against). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gen-plan.h"

#define WINDOW 30000 /* how far back a page reaches for papers born earlier */

const struct kind_info kinds[NKINDS] = {
	/* name, share of the papers born on this kind, share of its entries born earlier. Bulk
	 * listings bring most papers; single-paper pages are few and often repeat a paper. */
	[K_LIST] = {"arxiv-list", 0.55, 0.03},
	[K_SEARCH] = {"arxiv-search", 0.25, 0.10},
	[K_HF_DAILY] = {"hf-daily", 0.10, 0.30},
	[K_HF_PAPER] = {"hf-paper", 0.004, 0.50},
	[K_ABS] = {"arxiv-abs", 0.006, 0.50},
	[K_DIGEST] = {"digest", 0.06, 0.25},
};

/* Entries on one page of each kind. */
static uint32_t plan_entries(enum kind k, struct rng *r)
{
	static const uint32_t list_sizes[] = {25, 50, 100, 100, 250, 250, 500, 500, 500,
					      1000, 1000, 1000, 1000, 2000, 2000};
	static const uint32_t search_sizes[] = {50, 100, 200, 200, 200};
	switch (k) {
	case K_LIST: return list_sizes[rng_below(r, sizeof list_sizes / sizeof list_sizes[0])];
	case K_SEARCH: return search_sizes[rng_below(r, 5)];
	case K_HF_DAILY: return 8 + rng_below(r, 43);
	case K_DIGEST: return 10 + rng_below(r, 16);
	default: return 1;
	}
}

static double plan_mean_entries(enum kind k)
{
	switch (k) {
	case K_LIST: return 704;
	case K_SEARCH: return 150;
	case K_HF_DAILY: return 29;
	case K_DIGEST: return 17.5;
	default: return 1;
	}
}

/* Can a page of kind K show a paper born on a page of kind BORN, and the ingester still know
 * it is the same paper? Digest records have no id or title, only the abstract: a listing (no
 * abstract) and a digest record can never be matched. */
static bool plan_dup_ok(enum kind k, enum kind born)
{
	if (k == K_LIST)
		return born != K_DIGEST;
	if (k == K_DIGEST)
		return born != K_LIST && born != K_DIGEST;
	return true;
}

static bool mkdirs(const char *path)
{
	char buf[4096];
	snprintf(buf, sizeof buf, "%s", path);
	for (char *s = buf + 1; *s; s++)
		if (*s == '/') {
			*s = 0;
			if (mkdir(buf, 0777) && errno != EEXIST)
				return false;
			*s = '/';
		}
	return !mkdir(buf, 0777) || errno == EEXIST;
}

static bool write_file(const char *path, const struct out *o)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(o->s, 1, o->len, f) != o->len || fclose(f)) {
		fprintf(stderr, "pbgen: %s: cannot write: %s\n", path, strerror(errno));
		return false;
	}
	return true;
}

void gen_note(struct genctx *g, const struct gpaper *p, unsigned what)
{
	uint8_t before = g->shown[p->idx];
	g->shown[p->idx] |= (uint8_t)what;
	if (what & SHOWN_TITLE)
		g->probes[p->idx] |= p->title_probes;
	if (what & SHOWN_ABSTRACT)
		g->probes[p->idx] |= p->abstract_probes;
	/* Institutions are counted once per paper: all of them when a digest names them, the
	 * primary one when an organisation does first. */
	if ((what & SHOWN_INSTITUTION) && !(before & SHOWN_INSTITUTION)) {
		for (uint8_t i = 0; i < p->ninst; i++)
			if (i || !(before & SHOWN_ORGANIZATION))
				g->inst_papers[p->inst[i]]++;
	} else if ((what & SHOWN_ORGANIZATION) && !(before & (SHOWN_INSTITUTION | SHOWN_ORGANIZATION))) {
		g->inst_papers[p->inst[0]]++;
	}
}

static bool parse_args(int argc, char **argv, struct gen_args *a)
{
	for (int i = 1; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--size") == 0)
			a->size = (uint32_t)strtoul(argv[i + 1], NULL, 10);
		else if (strcmp(argv[i], "--seed") == 0)
			a->seed = strtoull(argv[i + 1], NULL, 10);
		else if (strcmp(argv[i], "--out") == 0)
			a->out = argv[i + 1];
		else if (strcmp(argv[i], "--data") == 0)
			a->data = argv[i + 1];
		else if (strcmp(argv[i], "--templates") == 0)
			a->templates = argv[i + 1];
		else if (strcmp(argv[i], "--dirs") == 0)
			a->dirs = (uint32_t)strtoul(argv[i + 1], NULL, 10);
		else
			return false;
	}
	return argc % 2 == 1 && a->size > 0 && a->out && a->dirs > 0 && a->dirs <= 1000; /* %03u names */
}

/* Picks the kind of the next page: weights turn the shares of papers born into shares of pages. */
static enum kind plan_kind(struct rng *r)
{
	double w[NKINDS], sum = 0, u;
	for (int k = 0; k < NKINDS; k++) {
		w[k] = kinds[k].born_share / ((1.0 - kinds[k].dup_rate) * plan_mean_entries((enum kind)k));
		sum += w[k];
	}
	u = rng_unit(r) * sum;
	for (int k = 0; k < NKINDS - 1; k++) {
		if (u < w[k])
			return (enum kind)k;
		u -= w[k];
	}
	return (enum kind)(NKINDS - 1);
}

/* Fills E with the entries of one page of kind K: papers born here and earlier ones. */
static void plan_page(struct plan *pl, enum kind k, struct rng *r, uint32_t *idx, size_t *n)
{
	uint32_t want = plan_entries(k, r), first = pl->next;
	*n = 0;
	for (uint32_t i = 0; i < want && (pl->next < pl->size || *n == 0); i++) {
		bool placed = false;
		if (first > 0 && rng_chance(r, kinds[k].dup_rate)) {
			uint32_t lo = first > WINDOW ? first - WINDOW : 0;
			for (int tries = 0; tries < 8 && !placed; tries++) {
				uint32_t j = lo + rng_below(r, first - lo);
				bool again = false;
				/* A page shows a paper once (the digest's deliberate repeat aside). */
				for (size_t d = 0; d < *n && !again; d++)
					again = idx[d] == j;
				if (!again && plan_dup_ok(k, (enum kind)pl->born[j])) {
					idx[(*n)++] = j;
					placed = true;
				}
			}
		}
		if (!placed) {
			if (pl->next >= pl->size)
				break;
			pl->born[pl->next] = (uint8_t)k;
			idx[(*n)++] = pl->next++;
		}
	}
}

int main(int argc, char **argv)
{
	struct gen_args a = {.seed = 1, .data = "tests/bench/data", .templates = "tests/bench/templates", .dirs = 256};
	if (!parse_args(argc, argv, &a)) {
		fprintf(stderr, "usage: pbgen --size N --seed S --out DIR [--data DIR] [--templates DIR] [--dirs N]\n");
		return 2;
	}
	return gen_run(&a) ? 0 : 1;
}

bool gen_run(const struct gen_args *a)
{
	struct lists l = {0};
	struct corpus_shape sh;
	struct genctx g = {0};
	struct plan pl = {.size = a->size};
	struct rng plan_rng;
	struct out o = {0};
	uint32_t *idx = malloc(4096 * sizeof *idx);
	char path[4096];
	FILE *tsv;
	bool ok = false;

	if (!idx || !lists_load(&l, a->data) || !hf_init(a->templates) || !arxiv_abs_init(a->templates) ||
	    !arxiv_list_init(a->templates) || !digest_init(a->templates))
		return false;
	shape_init(&sh, &l, a->size, a->seed);
	g.sh = &sh;
	g.l = &l;
	pl.born = calloc(a->size, 1);
	g.shown = calloc(a->size, 1);
	g.probes = calloc(a->size, 1);
	g.inst_papers = calloc(l.institutions.n, sizeof *g.inst_papers);
	if (!pl.born || !g.shown || !g.probes || !g.inst_papers)
		abort();
	for (uint32_t d = 0; d < a->dirs; d++) {
		snprintf(path, sizeof path, "%s/pages/%03u", a->out, d);
		if (!mkdirs(path)) {
			fprintf(stderr, "pbgen: %s: cannot create: %s\n", path, strerror(errno));
			goto fail;
		}
	}
	snprintf(path, sizeof path, "%s/pages.tsv", a->out);
	tsv = fopen(path, "w");
	if (!tsv) {
		fprintf(stderr, "pbgen: %s: cannot create: %s\n", path, strerror(errno));
		goto fail;
	}
	rng_seed(&plan_rng, gen_mix(a->seed, 0x91a9));
	for (uint32_t page = 0; pl.next < pl.size; page++) {
		enum kind k = plan_kind(&plan_rng);
		struct entries e = {.idx = idx, .born_from = pl.next};
		size_t records, born_before = pl.next;
		plan_page(&pl, k, &plan_rng, idx, &e.n);
		rng_seed(&g.rng, gen_mix(a->seed, 0x7a9e00000000ULL + page));
		arena_reset(&g.arena);
		o.len = 0;
		records = e.n;
		switch (k) {
		case K_LIST: arxiv_write_list(&g, &e, &o); break;
		case K_SEARCH: arxiv_write_search(&g, &e, &o); break;
		case K_HF_DAILY: hf_write_daily(&g, &e, &o); break;
		case K_HF_PAPER: hf_write_paper(&g, idx[0], &o); break;
		case K_ABS: arxiv_write_abs(&g, idx[0], &o); break;
		case K_DIGEST: records = digest_write(&g, &e, &o); break;
		case NKINDS: break;
		}
		snprintf(path, sizeof path, "%s/pages/%03u/%s-%06u.html", a->out, page % a->dirs, kinds[k].name, page);
		if (!write_file(path, &o)) {
			fclose(tsv);
			goto fail;
		}
		fprintf(tsv, "pages/%03u/%s-%06u.html\t%s\t%zu\t%zu\t%u\n", page % a->dirs, kinds[k].name, page,
			kinds[k].name, o.len, records, pl.next - (uint32_t)born_before);
		plan_count(&pl, k, o.len, records, pl.next - (uint32_t)born_before);
	}
	if (fclose(tsv)) {
		fprintf(stderr, "pbgen: %s/pages.tsv: cannot write\n", a->out);
		goto fail;
	}
	ok = manifest_write(a, &pl, &g);
fail:
	free(idx);
	free(pl.born);
	free(g.shown);
	free(g.probes);
	free(g.inst_papers);
	arena_free(&g.arena);
	out_free(&o);
	shape_free(&sh);
	lists_free(&l);
	hf_free();
	arxiv_abs_free();
	arxiv_free();
	digest_free();
	return ok;
}
