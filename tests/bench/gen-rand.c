/* gen-rand.c — deterministic random numbers (xoshiro256**) and weighted draws (Walker alias). */
#include <math.h>
#include <stdlib.h>

#include "gen.h"

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

uint64_t gen_mix(uint64_t a, uint64_t b)
{
	uint64_t x = a ^ (b * 0xd1342543de82ef95ULL);
	return splitmix(&x);
}

void rng_seed(struct rng *r, uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix(&seed);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* Lemire's multiply-and-reject: unbiased, and the same on every machine. */
uint32_t rng_below(struct rng *r, uint32_t n)
{
	uint64_t m = (uint64_t)(uint32_t)rng_next(r) * n;
	uint32_t low = (uint32_t)m;
	if (low < n) {
		uint32_t floor = (uint32_t)(-n) % n;
		while (low < floor) {
			m = (uint64_t)(uint32_t)rng_next(r) * n;
			low = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

double rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

double rng_normal(struct rng *r)
{
	double u = 1.0 - rng_unit(r), v = rng_unit(r);
	return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

bool rng_chance(struct rng *r, double p)
{
	return rng_unit(r) < p;
}

void alias_build(struct alias *a, const double *w, uint32_t n)
{
	double sum = 0, *scaled = malloc(n * sizeof *scaled);
	uint32_t *small = malloc(n * sizeof *small), *large = malloc(n * sizeof *large);
	uint32_t ns = 0, nl = 0;

	a->n = n;
	a->prob = malloc(n * sizeof *a->prob);
	a->other = malloc(n * sizeof *a->other);
	if (!scaled || !small || !large || !a->prob || !a->other)
		abort();
	for (uint32_t i = 0; i < n; i++)
		sum += w[i];
	for (uint32_t i = 0; i < n; i++) {
		scaled[i] = w[i] * n / sum;
		if (scaled[i] < 1.0)
			small[ns++] = i;
		else
			large[nl++] = i;
	}
	while (ns && nl) {
		uint32_t s = small[--ns], g = large[nl - 1];
		a->prob[s] = scaled[s];
		a->other[s] = g;
		scaled[g] -= 1.0 - scaled[s];
		if (scaled[g] < 1.0) {
			nl--;
			small[ns++] = g;
		}
	}
	while (nl) {
		uint32_t g = large[--nl];
		a->prob[g] = 1.0;
		a->other[g] = g;
	}
	while (ns) {
		uint32_t s = small[--ns];
		a->prob[s] = 1.0;
		a->other[s] = s;
	}
	free(scaled);
	free(small);
	free(large);
}

uint32_t alias_draw(const struct alias *a, struct rng *r)
{
	uint32_t col = rng_below(r, a->n);
	return rng_unit(r) < a->prob[col] ? col : a->other[col];
}

void alias_free(struct alias *a)
{
	free(a->prob);
	free(a->other);
	a->prob = NULL;
	a->other = NULL;
}
