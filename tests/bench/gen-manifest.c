/* gen-manifest.c — what pbgen wrote, as DIR/manifest.json: pages, bytes and records per kind,
 * how many distinct papers the pages hold and what they show of them, the probe words with the
 * number of papers whose shown title or abstract holds each, and the largest institutions. */
#include <stdio.h>
#include <stdlib.h>

#include "gen-plan.h"

#define TOP_INSTITUTIONS 10

void plan_count(struct plan *pl, enum kind k, size_t bytes, size_t records, uint32_t born)
{
	pl->count[k].pages++;
	pl->count[k].bytes += bytes;
	pl->count[k].entries += records;
	pl->count[k].born += born;
}

/* A JSON string of plain text (the lists hold no control characters). */
static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static void manifest_papers(FILE *f, const struct plan *pl, const struct genctx *g)
{
	uint64_t title = 0, abstract = 0, score = 0, institution = 0;
	for (uint32_t i = 0; i < pl->size; i++) {
		title += (g->shown[i] & SHOWN_TITLE) != 0;
		abstract += (g->shown[i] & SHOWN_ABSTRACT) != 0;
		score += (g->shown[i] & SHOWN_SCORE) != 0;
		institution += (g->shown[i] & (SHOWN_INSTITUTION | SHOWN_ORGANIZATION)) != 0;
	}
	fprintf(f, "  \"papers\": {\"total\": %u, \"with_title\": %llu, \"with_abstract\": %llu, "
		   "\"with_score\": %llu, \"with_institution\": %llu, \"title_less\": %llu},\n",
		pl->size, (unsigned long long)title, (unsigned long long)abstract, (unsigned long long)score,
		(unsigned long long)institution, (unsigned long long)(pl->size - title));
}

static void manifest_probes(FILE *f, const struct plan *pl, const struct genctx *g)
{
	const struct corpus_shape *sh = g->sh;
	fprintf(f, "  \"probes\": [");
	for (int p = 0; p < sh->nprobes; p++) {
		uint64_t n = 0;
		for (uint32_t i = 0; i < pl->size; i++)
			n += (g->probes[i] >> p) & 1;
		fprintf(f, "%s\n    {\"word\": ", p ? "," : "");
		json_str(f, g->l->abstract_words.s[sh->probe[p]]);
		fprintf(f, ", \"papers\": %llu, \"expected_share_of_abstracts\": %.5f}", (unsigned long long)n,
			sh->probe_share[p]);
	}
	fprintf(f, "\n  ],\n");
}

static void manifest_institutions(FILE *f, const struct genctx *g)
{
	uint32_t n = g->l->institutions.n, top[TOP_INSTITUTIONS];
	int ntop = 0;
	for (uint32_t i = 0; i < n; i++) {
		int at = ntop;
		while (at > 0 && g->inst_papers[top[at - 1]] < g->inst_papers[i])
			at--;
		if (at >= TOP_INSTITUTIONS)
			continue;
		if (ntop < TOP_INSTITUTIONS)
			ntop++;
		for (int j = ntop - 1; j > at; j--)
			top[j] = top[j - 1];
		top[at] = i;
	}
	fprintf(f, "  \"top_institutions\": [");
	for (int i = 0; i < ntop; i++) {
		fprintf(f, "%s\n    {\"name\": ", i ? "," : "");
		json_str(f, g->l->institutions.s[top[i]]);
		fprintf(f, ", \"papers\": %u}", g->inst_papers[top[i]]);
	}
	fprintf(f, "\n  ]\n");
}

bool manifest_write(const struct gen_args *a, const struct plan *pl, const struct genctx *g)
{
	char path[4096];
	uint64_t pages = 0, bytes = 0, entries = 0;
	int y0, m0, y1, m1;
	FILE *f;

	snprintf(path, sizeof path, "%s/manifest.json", a->out);
	f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "pbgen: %s: cannot create\n", path);
		return false;
	}
	for (int k = 0; k < NKINDS; k++) {
		pages += pl->count[k].pages;
		bytes += pl->count[k].bytes;
		entries += pl->count[k].entries;
	}
	shape_month(g->sh, 0, &y0, &m0);
	shape_month(g->sh, g->sh->nmonths - 1, &y1, &m1);
	fprintf(f, "{\n  \"generator\": \"pbgen 1\",\n  \"size\": %u,\n  \"seed\": %llu,\n  \"dirs\": %u,\n",
		a->size, (unsigned long long)a->seed, a->dirs);
	fprintf(f, "  \"months\": [\"%04d-%02d\", \"%04d-%02d\"],\n", y0, m0, y1, m1);
	fprintf(f, "  \"pages\": %llu,\n  \"bytes\": %llu,\n  \"entries\": %llu,\n  \"repeats\": %llu,\n",
		(unsigned long long)pages, (unsigned long long)bytes, (unsigned long long)entries,
		(unsigned long long)(entries - pl->size));
	fprintf(f, "  \"kinds\": {");
	for (int k = 0; k < NKINDS; k++)
		fprintf(f, "%s\n    \"%s\": {\"pages\": %llu, \"bytes\": %llu, \"entries\": %llu, \"born\": %llu}",
			k ? "," : "", kinds[k].name, (unsigned long long)pl->count[k].pages,
			(unsigned long long)pl->count[k].bytes, (unsigned long long)pl->count[k].entries,
			(unsigned long long)pl->count[k].born);
	fprintf(f, "\n  },\n");
	manifest_papers(f, pl, g);
	manifest_probes(f, pl, g);
	manifest_institutions(f, g);
	fprintf(f, "}\n");
	if (fclose(f)) {
		fprintf(stderr, "pbgen: %s: cannot write\n", path);
		return false;
	}
	return true;
}
