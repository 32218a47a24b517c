/* gen-lists.c — loads the generator's lists (tests/bench/data): words and names weighted by how
 * often the real pages use them, institutions and keywords weighted by a Zipf law on rank. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* How a list file gives weights. */
enum list_weights {
	WEIGHT_COUNTED, /* "COUNT text" lines */
	WEIGHT_ZIPF,    /* plain lines, most frequent first: weight 1 / rank^s */
};

static char *dup_n(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (!d)
		abort();
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

/* Reads the lines of DIR/NAME that are neither empty nor comments. */
static char **lines_read(const char *dir, const char *name, uint32_t *n)
{
	char path[4096], *line = NULL, **v = NULL;
	size_t cap = 0, vcap = 0;
	ssize_t len;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "pbgen: %s: cannot open\n", path);
		return NULL;
	}
	*n = 0;
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (!len || line[0] == '#')
			continue;
		if (*n == vcap) {
			vcap = vcap ? 2 * vcap : 1024;
			v = realloc(v, vcap * sizeof *v);
			if (!v)
				abort();
		}
		v[(*n)++] = dup_n(line, (size_t)len);
	}
	free(line);
	fclose(f);
	if (!*n)
		fprintf(stderr, "pbgen: %s: empty\n", path);
	return v;
}

static bool list_load(struct wordlist *w, const char *dir, const char *name, enum list_weights how,
		      double zipf_s)
{
	char **v = lines_read(dir, name, &w->n);
	double *weight;

	if (!v || !w->n)
		return false;
	weight = malloc(w->n * sizeof *weight);
	w->s = v;
	w->len = malloc(w->n * sizeof *w->len);
	if (!weight || !w->len)
		abort();
	for (uint32_t i = 0; i < w->n; i++) {
		if (how == WEIGHT_COUNTED) {
			char *text = strchr(v[i], ' ');
			weight[i] = strtod(v[i], NULL);
			if (!text) {
				fprintf(stderr, "pbgen: %s/%s:%u: expected COUNT WORD\n", dir, name, i + 1);
				free(weight);
				return false;
			}
			memmove(v[i], text + 1, strlen(text + 1) + 1);
		} else {
			weight[i] = 1.0 / pow(i + 1.0, zipf_s);
		}
		w->len[i] = (uint16_t)strlen(v[i]);
	}
	alias_build(&w->pick, weight, w->n);
	w->share = weight;
	double sum = 0;
	for (uint32_t i = 0; i < w->n; i++)
		sum += weight[i];
	for (uint32_t i = 0; i < w->n; i++)
		w->share[i] /= sum;
	return true;
}

static bool categories_load(struct lists *l, const char *dir)
{
	char **v = lines_read(dir, "categories.txt", &l->ncats);
	double *weight;

	if (!v || !l->ncats)
		return false;
	weight = malloc(l->ncats * sizeof *weight);
	l->cats = calloc(l->ncats, sizeof *l->cats);
	if (!weight || !l->cats)
		abort();
	for (uint32_t i = 0; i < l->ncats; i++) {
		char *code = strchr(v[i], ' '), *name = code ? strchr(code + 1, ' ') : NULL;
		if (!name) {
			fprintf(stderr, "pbgen: %s/categories.txt: expected WEIGHT CODE NAME\n", dir);
			return false;
		}
		weight[i] = strtod(v[i], NULL);
		l->cats[i].code = dup_n(code + 1, (size_t)(name - code - 1));
		l->cats[i].name = dup_n(name + 1, strlen(name + 1));
		free(v[i]);
	}
	free(v);
	alias_build(&l->cat_pick, weight, l->ncats);
	free(weight);
	return true;
}

bool lists_load(struct lists *l, const char *dir)
{
	/* Institutions: s = 0.85 over ~3,000 names puts the largest in ~6% of draws, so in
	 * 5-10% of papers once papers carry one to four each. */
	return list_load(&l->abstract_words, dir, "abstract-words.txt", WEIGHT_COUNTED, 0) &&
	       list_load(&l->title_words, dir, "title-words.txt", WEIGHT_COUNTED, 0) &&
	       list_load(&l->first_names, dir, "first-names.txt", WEIGHT_COUNTED, 0) &&
	       list_load(&l->last_names, dir, "last-names.txt", WEIGHT_COUNTED, 0) &&
	       list_load(&l->institutions, dir, "institutions.txt", WEIGHT_ZIPF, 0.85) &&
	       list_load(&l->keywords, dir, "keywords.txt", WEIGHT_ZIPF, 1.0) &&
	       categories_load(l, dir);
}

static void list_free(struct wordlist *w)
{
	for (uint32_t i = 0; i < w->n; i++)
		free(w->s[i]);
	free(w->s);
	free(w->len);
	free(w->share);
	alias_free(&w->pick);
}

void lists_free(struct lists *l)
{
	list_free(&l->abstract_words);
	list_free(&l->title_words);
	list_free(&l->first_names);
	list_free(&l->last_names);
	list_free(&l->institutions);
	list_free(&l->keywords);
	for (uint32_t i = 0; i < l->ncats; i++) {
		free(l->cats[i].code);
		free(l->cats[i].name);
	}
	free(l->cats);
	alias_free(&l->cat_pick);
}

int lists_find_abstract_word(const struct lists *l, const char *word)
{
	for (uint32_t i = 0; i < l->abstract_words.n; i++)
		if (strcmp(l->abstract_words.s[i], word) == 0)
			return (int)i;
	return -1;
}

const char *category_archive(const struct category *c, char *buf, size_t size)
{
	size_t n = strcspn(c->code, ".");
	if (n >= size)
		n = size - 1;
	memcpy(buf, c->code, n);
	buf[n] = 0;
	return buf;
}

const char *archive_title(const char *archive)
{
	static const char *const names[][2] = {
		{"cs", "Computer Science"}, {"stat", "Statistics"},
		{"eess", "Electrical Engineering and Systems Science"}, {"math", "Mathematics"},
		{"astro-ph", "Astrophysics"}, {"physics", "Physics"}, {"cond-mat", "Condensed Matter"},
		{"quant-ph", "Quantum Physics"}, {"hep-ph", "High Energy Physics - Phenomenology"},
		{"hep-th", "High Energy Physics - Theory"}, {"hep-ex", "High Energy Physics - Experiment"},
		{"hep-lat", "High Energy Physics - Lattice"},
		{"gr-qc", "General Relativity and Quantum Cosmology"}, {"nucl-th", "Nuclear Theory"},
		{"q-bio", "Quantitative Biology"}, {"q-fin", "Quantitative Finance"},
		{"econ", "Economics"}, {"math-ph", "Mathematical Physics"},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i][0], archive) == 0)
			return names[i][1];
	return archive;
}
