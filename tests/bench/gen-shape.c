/* gen-shape.c — the corpus as a whole: how many papers each month holds (arXiv grows ~20% a
 * year, so later months hold more) and the probe words whose document counts are reported. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gen.h"

#define LAST_YEAR 2026
#define LAST_MONTH 6
#define FIRST_MONTHS 78       /* 2020-01 .. 2026-06 */
#define MONTH_GROWTH 1.015    /* papers per month grow by this factor each month */
#define MAX_PER_MONTH 99000   /* arXiv numbers are five digits within a month */
#define WORDS_PER_ABSTRACT 210.0

static bool word_is_plain(const char *w)
{
	if (strlen(w) < 5)
		return false;
	for (const char *s = w; *s; s++)
		if (*s < 'a' || *s > 'z')
			return false;
	return true;
}

/* True when WORD appears (any case) as a token of some name: then a full-text search for it
 * would also match authors or institutions, and its count would not be the abstracts'. */
static bool word_in_names(const struct lists *l, const char *word)
{
	const struct wordlist *lists[] = {&l->first_names, &l->last_names, &l->institutions};
	size_t n = strlen(word);
	for (size_t k = 0; k < 3; k++)
		for (uint32_t i = 0; i < lists[k]->n; i++)
			for (const char *s = lists[k]->s[i]; (s = strcasestr(s, word)); s += n)
				if ((s == lists[k]->s[i] || s[-1] == ' ' || s[-1] == '-') &&
				    (s[n] == 0 || s[n] == ' ' || s[n] == '-' || s[n] == ','))
					return true;
	return false;
}

/* Picks probe words whose expected share of abstracts is near each target, so a benchmark can
 * search for a common, a middling and a rare word and know how many papers to expect. */
static void shape_pick_probes(struct corpus_shape *sh, const struct lists *l)
{
	/* The rarest list words still reach ~0.25% of abstracts (the lists come from ~440 real
	 * abstracts); rarer words are the made-up method names. */
	static const double target[] = {0.5, 1.0 / 3, 0.1, 1.0 / 30, 0.01, 0.003};
	const struct wordlist *w = &l->abstract_words;

	sh->nprobes = 0;
	for (size_t t = 0; t < sizeof target / sizeof target[0] && t < GP_PROBES; t++) {
		int best = -1;
		double best_err = 1e9, best_share = 0;
		for (uint32_t i = 0; i < w->n; i++) {
			double share = 1.0 - exp(-WORDS_PER_ABSTRACT * w->share[i]);
			double err = fabs(log(share / target[t]));
			if (err < best_err && word_is_plain(w->s[i]) && !shape_probes_in(sh, w->s[i]) &&
			    !word_in_names(l, w->s[i])) {
				best_err = err;
				best = (int)i;
				best_share = share;
			}
		}
		if (best < 0)
			continue;
		sh->probe[sh->nprobes] = best;
		sh->probe_share[sh->nprobes] = best_share;
		sh->probe_word[sh->nprobes] = w->s[best];
		sh->probe_len[sh->nprobes] = strlen(w->s[best]);
		sh->nprobes++;
	}
}

/* Splits SIZE papers over the months so that month m holds a share growing as g^m. */
static void shape_months(struct corpus_shape *sh)
{
	for (sh->nmonths = FIRST_MONTHS;; sh->nmonths += 12) {
		double total = pow(MONTH_GROWTH, sh->nmonths) - 1.0;
		uint32_t max = 0;
		free(sh->month_first);
		sh->month_first = malloc((size_t)(sh->nmonths + 1) * sizeof *sh->month_first);
		if (!sh->month_first)
			abort();
		for (int m = 0; m <= sh->nmonths; m++)
			sh->month_first[m] = (uint32_t)llround(sh->size * (pow(MONTH_GROWTH, m) - 1.0) / total);
		sh->month_first[sh->nmonths] = sh->size;
		for (int m = 0; m < sh->nmonths; m++)
			if (sh->month_first[m + 1] - sh->month_first[m] > max)
				max = sh->month_first[m + 1] - sh->month_first[m];
		if (max <= MAX_PER_MONTH)
			return;
	}
}

void shape_init(struct corpus_shape *sh, const struct lists *l, uint32_t size, uint64_t seed)
{
	memset(sh, 0, sizeof *sh);
	sh->size = size;
	sh->seed = seed;
	shape_months(sh);
	shape_pick_probes(sh, l);
}

static bool is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

uint8_t shape_probes_in(const struct corpus_shape *sh, const char *text)
{
	uint8_t found = 0;
	const unsigned char *s = (const unsigned char *)text;
	while (*s) {
		size_t n = 0;
		while (s[n] && is_word_byte(s[n]))
			n++;
		for (int p = 0; p < sh->nprobes && n; p++)
			if (n == sh->probe_len[p] && strncasecmp((const char *)s, sh->probe_word[p], n) == 0)
				found |= (uint8_t)(1u << p);
		s += n ? n : 1;
	}
	return found;
}

void shape_month(const struct corpus_shape *sh, int m, int *y, int *mo)
{
	int months_back = sh->nmonths - 1 - m;
	int total = LAST_YEAR * 12 + (LAST_MONTH - 1) - months_back;
	*y = total / 12;
	*mo = total % 12 + 1;
}

void shape_free(struct corpus_shape *sh)
{
	free(sh->month_first);
	memset(sh, 0, sizeof *sh);
}
