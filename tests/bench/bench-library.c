/* bench-library.c — pblib: builds a library of N papers through the store's real write path
 * (ingest_paper_prepare + store_paper_put in batched transactions, as `paperboat ingest` does),
 * from the generator's papers, without writing and parsing gigabytes of pages first.
 *
 *   pblib --size N --seed S --db FILE [--data DIR] [--batch N] [--cache-mb N]
 *
 * Every paper gets what the fullest pages show of it: arXiv id, title, abstract (LaTeX as the
 * page has it), date, links, authors, institutions (Zipf), arXiv categories. The Hugging Face
 * share of the corpus (~15%: its daily lists and the papers they repeat) also gets its score
 * (upvotes, log-normal) and ai_keywords. The same N and S give the same library content. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gen.h"
#include "ingest.h"
#include "store.h"

/* Share of papers a Hugging Face page shows (score and keywords), in percent. */
#define HF_PERCENT 15

struct opts {
	unsigned long size;  /* papers */
	unsigned long seed;  /* the generator's seed */
	const char *db;      /* the library to create */
	const char *data;    /* the generator's lists */
	unsigned long batch; /* papers per transaction */
	unsigned long cache_mb; /* SQLite's page cache while building */
};

static bool parse_opts(int argc, char **argv, struct opts *o)
{
	*o = (struct opts){.size = 1000000, .seed = 1, .data = "tests/bench/data", .batch = 20000,
			.cache_mb = 1024};
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--size"))
			o->size = strtoul(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--seed"))
			o->seed = strtoul(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--db"))
			o->db = argv[i + 1];
		else if (!strcmp(argv[i], "--data"))
			o->data = argv[i + 1];
		else if (!strcmp(argv[i], "--batch"))
			o->batch = strtoul(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--cache-mb"))
			o->cache_mb = strtoul(argv[i + 1], NULL, 10);
		else
			return false;
	}
	return o->db && o->size > 0 && o->batch > 0;
}

/* The generator's paper G as an adapter would hand it to the ingester. */
static void to_paper(const struct lists *l, const struct gpaper *g, struct paper *p)
{
	memset(p, 0, sizeof *p);
	p->arxiv_id = xstrdup(g->id);
	p->title = xstrdup(g->title);
	p->abstract = xstrdup(g->abstract);
	p->date = xasprintf("%04d-%02d-%02d", g->date.y, g->date.m, g->date.d);
	p->url = xasprintf("https://arxiv.org/abs/%s", g->id);
	p->pdf_url = xasprintf("https://arxiv.org/pdf/%s", g->id);
	for (uint32_t i = 0; i < g->nauth; i++) {
		char *name = xasprintf("%s %s", l->first_names.s[g->first[i]], l->last_names.s[g->last[i]]);
		strlist_take(&p->authors, name);
	}
	p->author_count = (int)g->nauth;
	for (uint8_t i = 0; i < g->ninst; i++)
		paper_add_institution(p, l->institutions.s[g->inst[i]]);
	p->primary_known = g->ninst > 0;
	for (uint8_t i = 0; i < g->ncat; i++)
		paper_add_topic(p, l->cats[g->cat[i]].code, TOPIC_ARXIV);
	if (gen_mix(g->key, 0x4f5u) % 100 < HF_PERCENT) {
		p->has_score = true;
		p->score = g->upvotes;
		for (uint8_t i = 0; i < g->nkw; i++)
			paper_add_topic(p, l->keywords.s[g->kw[i]], TOPIC_KEYWORD);
	}
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Each batch is a store batch (store_begin_batch), as each ingested file is: its papers enter
 * the full-text index in one statement at commit. The index then holds a segment or a few
 * per batch; at the end it is merged into one ('optimize'), as a library that has been
 * optimised would be. */
static bool fts_optimize(struct store *st)
{
	sqlite3 *db = store_sqlite(st);
	if (sqlite3_exec(db, "INSERT INTO paper_fts(paper_fts) VALUES ('optimize')", NULL, NULL,
			 NULL) == SQLITE_OK)
		return true;
	fprintf(stderr, "pblib: merging the text index: %s\n", sqlite3_errmsg(db));
	return false;
}

/* Writes papers [FIRST, LAST) in one transaction, as one ingested file. */
static bool put_batch(struct store *st, const struct ingest_options *io, const struct corpus_shape *sh,
		      const struct lists *l, uint32_t first, uint32_t last, struct arena *a)
{
	char path[64], hash[32];
	long long source_id;
	bool ok = false;

	snprintf(path, sizeof path, "bench/batch-%08u.html", first);
	snprintf(hash, sizeof hash, "%016llx", (unsigned long long)gen_mix(sh->seed, first));
	if (!store_begin_batch(st))
		return false;
	if (!(source_id = store_source_add(st, path, hash, "bench")))
		goto done;
	for (uint32_t i = first; i < last; i++) {
		struct gpaper g;
		struct paper p;
		struct strlist aliases = {0};
		bool put;
		paper_make(sh, l, i, a, &g);
		to_paper(l, &g, &p);
		put = ingest_paper_prepare(&p, false, io, &aliases, NULL) &&
		      store_paper_put(st, &p, source_id, NULL, NULL);
		paper_free(&p);
		strlist_free(&aliases);
		if (!put)
			goto done;
	}
	arena_reset(a);
	ok = store_commit(st);
done:
	if (!ok)
		store_rollback(st);
	return ok;
}

int main(int argc, char **argv)
{
	struct opts o;
	struct lists l;
	struct corpus_shape sh;
	struct arena a = {0};
	struct strbuf err = {0};
	struct ingest_options io = {0};
	struct store *st;
	double start = now_s();
	int rc = 1;

	if (!parse_opts(argc, argv, &o)) {
		fprintf(stderr, "usage: pblib --size N --seed S --db FILE [--data DIR] [--batch N]"
				" [--cache-mb N]\n");
		return 2;
	}
	if (!lists_load(&l, o.data))
		return 1;
	shape_init(&sh, &l, (uint32_t)o.size, o.seed);
	io.inst = institutions_new();
	io.rules = getenv("PBLIB_RULES") ? topic_rules_new() : NULL;
	remove(o.db);
	if (!(st = store_open(o.db, STORE_READ_WRITE, &err))) {
		fprintf(stderr, "pblib: %s\n", err.s);
		goto out;
	}
	/* a cache that holds the indexes whole: each batch then writes every page it changed
	 * once, where the store's 32 MB cache writes the same random index pages again and
	 * again once the library outgrows it */
	char pragma[64];
	snprintf(pragma, sizeof pragma, "PRAGMA cache_size = -%lu", o.cache_mb * 1024);
	if (sqlite3_exec(store_sqlite(st), pragma, NULL, NULL, NULL) != SQLITE_OK)
		goto out;
	for (uint32_t i = 0; i < o.size; i += (uint32_t)o.batch) {
		uint32_t last = i + (uint32_t)o.batch < o.size ? i + (uint32_t)o.batch : (uint32_t)o.size;
		if (!put_batch(st, &io, &sh, &l, i, last, &a)) {
			fprintf(stderr, "pblib: %s\n", store_errmsg(st));
			goto out;
		}
		if ((i / o.batch) % 10 == 9)
			fprintf(stderr, "pblib: %u papers, %.0f s\n", last, now_s() - start);
	}
	fprintf(stderr, "pblib: %lu papers stored in %.1f s; merging the text index\n", o.size, now_s() - start);
	if (!fts_optimize(st))
		goto out;
	rc = 0;
	fprintf(stderr, "pblib: %lu papers in %.1f s\n", o.size, now_s() - start);
	/* what the reader benchmark searches for: the probe words with their expected share of
	 * papers, the largest institution (Zipf rank 1) and the most common category */
	printf("{\"papers\": %lu, \"seconds\": %.2f, \"institution\": \"%s\", \"topic\": \"%s\", \"probes\": [",
	       o.size, now_s() - start, l.institutions.s[0], l.cats[0].code);
	for (int i = 0; i < sh.nprobes; i++)
		printf("%s[\"%s\", %.4f]", i ? ", " : "", sh.probe_word[i], sh.probe_share[i]);
	printf("]}\n");
out:
	store_close(st);
	institutions_free((struct institutions *)io.inst);
	if (io.rules)
		topic_rules_free((struct topic_rules *)io.rules);
	arena_free(&a);
	shape_free(&sh);
	lists_free(&l);
	sb_free(&err);
	return rc;
}
