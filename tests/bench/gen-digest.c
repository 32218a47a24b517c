/* gen-digest.c — the weekly digest. No saved copy of the real site exists (PAGES.md), so the
 * markup (digest-*.tpl) follows the constructed fixture tests/fixtures/digest/
 * digest-headings-constructed.html: per paper the abstract, "Primary:", usually "All
 * Institutions:", then six review sections under their headings. No titles, ids or scores. */
#include <string.h>

#include "gen.h"

#define MAX_ENTRIES 512

enum digest_hole {
	D_RANGE, D_WEEK, D_COUNT, D_PREV_WEEK, D_N, D_ABSTRACT, D_PRIMARY, D_ALL_LINE,
	D_TLDR, D_METHODOLOGY, D_EXPERIMENTS, D_REPRODUCIBILITY, D_LIMITATIONS, D_IMPACT,
};
static const char *const digest_holes[] = {
	"range", "week", "count", "prev_week", "n", "abstract", "primary", "all_line",
	"tldr", "methodology", "experiments", "reproducibility", "limitations", "impact", NULL,
};

static struct tpl t_head, t_entry, t_tail;
static struct gpaper papers[MAX_ENTRIES];

struct digest_page {
	struct genctx *g;
	size_t n;            /* records, a repeat included */
	size_t order[MAX_ENTRIES + 1]; /* the paper each record shows */
	size_t cur;          /* record being written */
	struct date first, last; /* the week */
};

bool digest_init(const char *dir)
{
	return tpl_load(&t_head, dir, "digest-head.tpl", digest_holes) &&
	       tpl_load(&t_entry, dir, "digest-entry.tpl", digest_holes) &&
	       tpl_load(&t_tail, dir, "digest-tail.tpl", digest_holes);
}

static void digest_fill(int hole, void *ctx, struct out *o)
{
	struct digest_page *pg = ctx;
	const struct gpaper *p = &papers[pg->order[pg->cur]];
	const struct lists *l = pg->g->l;
	struct date prev = pg->first;

	switch ((enum digest_hole)hole) {
	case D_RANGE:
		out_fmt(o, "Last 7 Days (%s %02d &ndash; %s %02d, %d)", month_full[pg->first.m - 1], pg->first.d,
			month_full[pg->last.m - 1], pg->last.d, pg->last.y);
		break;
	case D_WEEK: out_fmt(o, "%04d-%02d-%02d", pg->last.y, pg->last.m, pg->last.d); break;
	case D_COUNT: out_fmt(o, "%zu", pg->n); break;
	case D_PREV_WEEK:
		date_add_days(&prev, -1);
		out_fmt(o, "%04d-%02d-%02d", prev.y, prev.m, prev.d);
		break;
	case D_N: out_fmt(o, "%zu", pg->cur + 1); break;
	case D_ABSTRACT: out_html(o, p->abstract); break;
	case D_PRIMARY: out_html(o, l->institutions.s[p->inst[0]]); break;
	case D_ALL_LINE:
		if (!paper_digest_lists_all(p))
			break;
		out_str(o, "<p><strong>All Institutions:</strong> ");
		for (uint8_t i = 0; i < p->ninst; i++) {
			if (i)
				out_str(o, ", ");
			out_html(o, l->institutions.s[p->inst[i]]);
		}
		out_str(o, "</p>");
		break;
	case D_TLDR: case D_METHODOLOGY: case D_EXPERIMENTS: case D_REPRODUCIBILITY:
	case D_LIMITATIONS: case D_IMPACT:
		out_html(o, paper_review(l, p, hole - D_TLDR, &pg->g->arena));
		break;
	}
}

static int date_key(const struct date *d)
{
	return d->y * 10000 + d->m * 100 + d->d;
}

size_t digest_write(struct genctx *g, const struct entries *e, struct out *o)
{
	static struct digest_page page;
	struct digest_page *pg = &page;
	size_t n = e->n < MAX_ENTRIES ? e->n : MAX_ENTRIES;

	memset(pg, 0, sizeof *pg);
	pg->g = g;
	for (size_t i = 0; i < n; i++) {
		paper_make(g->sh, g->l, e->idx[i], &g->arena, &papers[i]);
		gen_note(g, &papers[i], SHOWN_ABSTRACT |
			 (paper_digest_lists_all(&papers[i]) ? SHOWN_INSTITUTION : SHOWN_ORGANIZATION));
		pg->order[pg->n++] = i;
		if (i == 0 || date_key(&papers[i].date) > date_key(&pg->last))
			pg->last = papers[i].date;
	}
	/* Some weeks list a paper twice, as the real digest does. */
	if (n > 2 && rng_chance(&g->rng, 0.3))
		pg->order[pg->n++] = rng_below(&g->rng, (uint32_t)n);
	pg->first = pg->last;
	date_add_days(&pg->first, -6);
	tpl_emit(&t_head, o, digest_fill, pg);
	for (pg->cur = 0; pg->cur < pg->n; pg->cur++)
		tpl_emit(&t_entry, o, digest_fill, pg);
	pg->cur = 0;
	tpl_emit(&t_tail, o, digest_fill, pg);
	return pg->n;
}

void digest_free(void)
{
	tpl_free(&t_head);
	tpl_free(&t_entry);
	tpl_free(&t_tail);
}
