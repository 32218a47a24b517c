/* gen-paper.c — one synthetic paper from (seed, index). Every field is drawn from the paper's
 * own random stream, so any page can show any paper and shows it the same way. Lengths follow
 * the real pages (tests/corpus/real): titles ~88 characters, abstracts ~1,360 (390-1,920),
 * four or five authors with a long tail, one to four categories. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static struct out scratch; /* builds each text before it is copied to the arena */

static const char *const syllables[] = {
	"ka", "lo", "mi", "ne", "ra", "ti", "zu", "vo", "xe", "qua", "dri", "mor", "fen", "gal",
	"hex", "ion", "jun", "kor", "lum", "nav", "orb", "pix", "quil", "syn", "tra", "ul", "ven",
	"wex", "yor", "zen", "bra", "cel", "dyn", "eon", "fla", "gri", "hal", "ix", "jet", "kai",
};
static const char *const method_suffix[] = {"", "", "", "", "-7B", "-R1", "Net", "Former", "++", "-X", "GPT", "-Zero"};
static const char *const openers[] = {
	"We propose", "We introduce", "In this paper we study", "This work presents", "We present",
	"Recent advances in", "We investigate", "Existing methods for", "We show that", "To address this",
};
static const char *const latex_bits[] = {
	"$\\mathcal{O}(n \\log n)$", "$4.45 \\pm 0.30$", "$\\sim$10\\%", "$\\ell_2$", "$k$-NN",
	"$\\alpha=0.5$", "$10^{-3}$", "$\\hat{R}$", "\\emph{significantly}", "\\textbf{Detection:}",
	"$2\\times$", "$N=128$",
};
static const char *const title_math[] = {"$H_0$", "$\\alpha$", "$k$", "$\\ell_1$", "$O(n)$", "$Z_2$", "$N$"};
static const char *const review_openers[] = {
	"This paper", "The paper proposes", "The experimental evaluation", "The paper provides",
	"The authors acknowledge", "This work",
};
static const char *const venues[] = {
	"NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI",
	"KDD", "SIGIR", "CoRL", "ICRA", "IROS", "COLM", "TMLR", "MICCAI", "WACV",
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static char *arena_copy(struct arena *a, const struct out *o)
{
	char *s = arena_alloc(a, o->len + 1);
	memcpy(s, o->s, o->len);
	s[o->len] = 0;
	return s;
}

static int clampi(double x, int lo, int hi)
{
	return x < lo ? lo : x > hi ? hi : (int)x;
}

/* A made-up method name such as "Korlum-7B": rare words, a few papers each. */
static void paper_method(struct rng *r, struct out *o)
{
	int n = 2 + (int)rng_below(r, 2);
	size_t start = o->len;
	for (int i = 0; i < n; i++)
		out_str(o, syllables[rng_below(r, N_OF(syllables))]);
	o->s[start] = (char)(o->s[start] - 'a' + 'A');
	out_str(o, method_suffix[rng_below(r, N_OF(method_suffix))]);
}

/* Adds the upper-case first letter of W (ASCII only; names keep their own case). */
static void out_capital(struct out *o, const char *w)
{
	if (*w >= 'a' && *w <= 'z') {
		char c = (char)(*w - 'a' + 'A');
		out_mem(o, &c, 1);
		out_str(o, w + 1);
	} else {
		out_str(o, w);
	}
}

static void paper_date(const struct corpus_shape *sh, struct gpaper *p, struct rng *r)
{
	int lo = 0, hi = sh->nmonths - 1, y, mo;
	uint32_t k, count;

	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;
		if (sh->month_first[mid] <= p->idx)
			lo = mid;
		else
			hi = mid - 1;
	}
	shape_month(sh, lo, &y, &mo);
	k = p->idx - sh->month_first[lo];
	count = sh->month_first[lo + 1] - sh->month_first[lo];
	p->date.y = y;
	p->date.m = mo;
	p->date.d = 1 + (int)((uint64_t)k * (uint64_t)date_days_in_month(y, mo) / count);
	snprintf(p->id, sizeof p->id, "%02d%02d.%05u", y % 100, mo, k + 1);
	p->hh = (int)rng_below(r, 24);
	p->mi = (int)rng_below(r, 60);
	p->ss = (int)rng_below(r, 60);
	p->revised = p->date;
	if (rng_chance(r, 0.4))
		date_add_days(&p->revised, 1 + (int)rng_below(r, 200));
}

static void paper_authors(const struct lists *l, struct gpaper *p, struct rng *r, struct arena *a)
{
	uint32_t *first, *last;
	if (rng_chance(r, 0.003))
		p->nauth = 50 + rng_below(r, 550); /* collaborations and technical reports */
	else
		p->nauth = (uint32_t)clampi(1 + exp(1.25 + 0.75 * rng_normal(r)), 1, 120);
	first = (uint32_t *)(void *)arena_alloc(a, p->nauth * sizeof *first + 8);
	last = (uint32_t *)(void *)arena_alloc(a, p->nauth * sizeof *last + 8);
	for (uint32_t i = 0; i < p->nauth; i++) {
		first[i] = alias_draw(&l->first_names.pick, r);
		last[i] = alias_draw(&l->last_names.pick, r);
	}
	p->first = first;
	p->last = last;
}

static void paper_title(const struct corpus_shape *sh, const struct lists *l, struct gpaper *p,
			struct rng *r, struct arena *a)
{
	int n = clampi(10.5 + 3.5 * rng_normal(r), 3, 28);
	int math_at = rng_chance(r, 0.05) ? (int)rng_below(r, (uint32_t)n) : -1;

	scratch.len = 0;
	if (p->method && rng_chance(r, 0.5)) {
		out_str(&scratch, p->method);
		out_str(&scratch, ": ");
	}
	for (int i = 0; i < n; i++) {
		uint32_t w = alias_draw(&l->title_words.pick, r);
		if (i)
			out_str(&scratch, " ");
		if (i == math_at) {
			out_str(&scratch, title_math[rng_below(r, N_OF(title_math))]);
			out_str(&scratch, " ");
		}
		if (i == 0)
			out_capital(&scratch, l->title_words.s[w]);
		else
			out_str(&scratch, l->title_words.s[w]);
	}
	p->title = arena_copy(a, &scratch);
	p->title_probes = shape_probes_in(sh, p->title);
}

/* Sentences of words drawn as often as real abstracts use them, up to about LEN bytes. */
static void paper_sentences(const struct lists *l, const char *method, struct rng *r, size_t len,
			    const char *opener, bool latex)
{
	const struct wordlist *w = &l->abstract_words;
	int sentence = 0;

	while (scratch.len < len) {
		int n = 8 + (int)rng_below(r, 22);
		if (scratch.len)
			out_str(&scratch, " ");
		if (sentence == 0 && opener) {
			out_str(&scratch, opener);
		} else if (sentence == 1 && method) {
			out_str(&scratch, "We call it ");
			out_str(&scratch, method);
			out_str(&scratch, ", and");
		} else {
			uint32_t k = alias_draw(&w->pick, r);
			out_capital(&scratch, w->s[k]);
			n--;
		}
		for (int i = 0; i < n; i++) {
			uint32_t k = alias_draw(&w->pick, r);
			out_str(&scratch, " ");
			out_str(&scratch, w->s[k]);
			if (i + 1 < n && rng_chance(r, 0.06))
				out_str(&scratch, ",");
		}
		if (latex && rng_chance(r, 0.2)) {
			out_str(&scratch, " ");
			out_str(&scratch, latex_bits[rng_below(r, N_OF(latex_bits))]);
		}
		out_str(&scratch, ".");
		sentence++;
	}
}

static void paper_abstract(const struct corpus_shape *sh, const struct lists *l, struct gpaper *p,
			   struct rng *r, struct arena *a)
{
	size_t len = (size_t)clampi(1360 + 330 * rng_normal(r), 390, 1920);
	scratch.len = 0;
	paper_sentences(l, p->method, r, len - 60, openers[rng_below(r, N_OF(openers))], rng_chance(r, 0.3));
	p->abstract = arena_copy(a, &scratch);
	p->abstract_probes = shape_probes_in(sh, p->abstract);
}

/* Draws up to MAX distinct entries of a list into OUT; returns how many. */
static uint8_t draw_distinct(const struct alias *pick, struct rng *r, int want, uint16_t *out)
{
	uint8_t n = 0;
	for (int tries = 0; n < want && tries < 4 * want; tries++) {
		uint16_t v = (uint16_t)alias_draw(pick, r);
		bool dup = false;
		for (uint8_t i = 0; i < n; i++)
			dup = dup || out[i] == v;
		if (!dup)
			out[n++] = v;
	}
	return n;
}

static void paper_topics(const struct lists *l, struct gpaper *p, struct rng *r)
{
	static const double cats_cdf[] = {0.45, 0.80, 0.92, 1.0};
	static const double inst_cdf[] = {0.50, 0.80, 0.93, 1.0};
	double u = rng_unit(r), v;
	int ncat = 1, ninst = 1;

	while (ncat < GP_MAX_CATS && u >= cats_cdf[ncat - 1])
		ncat++;
	p->ncat = draw_distinct(&l->cat_pick, r, ncat, p->cat);
	p->nkw = draw_distinct(&l->keywords.pick, r, 4 + (int)rng_below(r, 7), p->kw);
	v = rng_unit(r);
	while (ninst < GP_MAX_INST && v >= inst_cdf[ninst - 1])
		ninst++;
	p->ninst = draw_distinct(&l->institutions.pick, r, ninst, p->inst);
}

static void paper_extras(struct gpaper *p, struct rng *r, struct arena *a)
{
	/* Upvotes: heavy-tailed, median ~5, a few in the thousands. */
	p->upvotes = clampi(floor(exp(1.5 + 1.4 * rng_normal(r))), 0, 20000);
	p->ncomments = (int)rng_below(r, 3 + (uint32_t)(p->upvotes / 15));
	p->github_stars = rng_chance(r, 0.4) ? clampi(exp(3.0 + 2.0 * rng_normal(r)), 1, 200000) : 0;
	scratch.len = 0;
	switch (rng_below(r, 10)) {
	case 0: case 1: case 2:
		p->comments = NULL;
		return;
	case 3:
		out_fmt(&scratch, "Accepted at %s %d", venues[rng_below(r, N_OF(venues))], p->date.y);
		break;
	case 4:
		out_fmt(&scratch, "%d pages, %d figures; code available at https://github.com/%s",
			4 + (int)rng_below(r, 40), 1 + (int)rng_below(r, 15), p->id);
		break;
	default:
		out_fmt(&scratch, "%d pages, %d figures, %d tables", 4 + (int)rng_below(r, 40),
			1 + (int)rng_below(r, 15), (int)rng_below(r, 8));
		break;
	}
	p->comments = arena_copy(a, &scratch);
}

void paper_make(const struct corpus_shape *sh, const struct lists *l, uint32_t idx,
		struct arena *a, struct gpaper *p)
{
	struct rng r;

	memset(p, 0, sizeof *p);
	p->key = gen_mix(sh->seed, idx);
	rng_seed(&r, p->key);
	p->idx = idx;
	paper_date(sh, p, &r);
	paper_authors(l, p, &r, a);
	if (rng_chance(&r, 0.6)) {
		scratch.len = 0;
		paper_method(&r, &scratch);
		p->method = arena_copy(a, &scratch);
	}
	paper_title(sh, l, p, &r, a);
	paper_abstract(sh, l, p, &r, a);
	paper_topics(l, p, &r);
	paper_extras(p, &r, a);
}

/* The seed digest has records without the list; about one in ten here. */
bool paper_digest_lists_all(const struct gpaper *p)
{
	return gen_mix(p->key, 0xa11u) % 10 != 0;
}

const char *paper_review(const struct lists *l, const struct gpaper *p, int s, struct arena *a)
{
	struct rng r;
	size_t len;

	rng_seed(&r, gen_mix(p->key, 0x5eed00u + (uint64_t)s));
	len = (size_t)clampi(950 + 300 * rng_normal(&r), 300, 2400);
	scratch.len = 0;
	paper_sentences(l, NULL, &r, len, review_openers[s % (int)N_OF(review_openers)], false);
	return arena_copy(a, &scratch);
}
