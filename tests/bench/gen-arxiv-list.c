/* gen-arxiv-list.c — arXiv listings (2024 layout, as a browser saves them: one <dl> per day,
 * MathJax already rendered into titles) and arXiv search results (li.arxiv-result, the query
 * words wrapped in search-hit spans), both cut from the real pages. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gen.h"

#define MAX_ENTRIES 4096

enum list_hole {
	L_ARCHIVE_NAME, L_ARCHIVE, L_DAY_LINKS, L_TOTAL, L_SKIP, L_DAY, L_N, L_ID, L_CROSSLIST,
	L_TITLE, L_AUTHORS, L_COMMENTS_DIV, L_SUBJECTS, L_QUERY, L_QUERY_PLUS, L_SIZE, L_TAGS,
	L_ABSTRACT_SHORT, L_ABSTRACT_FULL, L_SUBMITTED, L_ANNOUNCED, L_COMMENTS_P,
};
static const char *const list_holes[] = {
	"archive_name", "archive", "day_links", "total", "skip", "day", "n", "id", "crosslist",
	"title", "authors", "comments_div", "subjects", "query", "query_plus", "size", "tags",
	"abstract_short", "abstract_full", "submitted", "announced", "comments_p", NULL,
};

static struct tpl t_head, t_daylink, t_day, t_dayend, t_entry, t_tail;
static struct tpl t_shead, t_sentry, t_stail;
static struct gpaper papers[MAX_ENTRIES];

/* A day of a listing: entries [first, first + n) of the page. */
struct list_day {
	struct date date;
	size_t first, n;
};

/* What the hole being filled belongs to. */
enum list_at {
	AT_PAGE,  /* the page's head or tail */
	AT_DAY,   /* a day's heading or link */
	AT_ENTRY, /* an entry */
};

struct list_page {
	struct genctx *g;
	enum list_at at;              /* where the writer is */
	size_t n;                     /* entries */
	size_t cur;                   /* entry being written */
	struct list_day days[MAX_ENTRIES];
	size_t ndays, day;            /* days, and the one being written */
	char archive[32];             /* the listing's archive, "cs" */
	int mathjax;                  /* MathJax elements written so far */
	const char *query[2];         /* search words */
	int size, total;              /* search page size and result count */
};

bool arxiv_list_init(const char *dir)
{
	return tpl_load(&t_head, dir, "arxiv-list-head.tpl", list_holes) &&
	       tpl_load(&t_daylink, dir, "arxiv-list-daylink.tpl", list_holes) &&
	       tpl_load(&t_day, dir, "arxiv-list-day.tpl", list_holes) &&
	       tpl_load(&t_dayend, dir, "arxiv-list-dayend.tpl", list_holes) &&
	       tpl_load(&t_entry, dir, "arxiv-list-entry.tpl", list_holes) &&
	       tpl_load(&t_tail, dir, "arxiv-list-tail.tpl", list_holes) &&
	       tpl_load(&t_shead, dir, "arxiv-search-head.tpl", list_holes) &&
	       tpl_load(&t_sentry, dir, "arxiv-search-entry.tpl", list_holes) &&
	       tpl_load(&t_stail, dir, "arxiv-search-tail.tpl", list_holes);
}

static void out_day_heading(struct out *o, const struct date *d)
{
	out_fmt(o, "%s, %d %s %d", weekday_abbr[date_weekday(d)], d->d, month_abbr[d->m - 1], d->y);
}

/* TEXT with each query word wrapped as arXiv's search marks it. */
static void out_hits(struct out *o, const char *text, const char *const query[2])
{
	const char *s = text;
	while (*s) {
		size_t n = strcspn(s, " ,.;:()");
		bool hit = false;
		for (int q = 0; q < 2 && !hit; q++)
			hit = query[q] && n == strlen(query[q]) && strncasecmp(s, query[q], n) == 0;
		if (n) {
			char word[256];
			size_t m = n < sizeof word - 1 ? n : sizeof word - 1;
			memcpy(word, s, m);
			word[m] = 0;
			if (hit)
				out_str(o, "<span class=\"search-hit mathjax\">");
			out_html(o, word);
			if (hit)
				out_str(o, "</span>");
			s += n;
		}
		if (*s) {
			char sep[2] = {*s++, 0};
			out_str(o, sep);
		}
	}
}

static void out_authors(struct out *o, const struct lists *l, const struct gpaper *p, const char *archive,
			bool search)
{
	for (uint32_t i = 0; i < p->nauth; i++) {
		if (i)
			out_str(o, ", ");
		if (search)
			out_str(o, "<a href=\"/search/?searchtype=author&amp;query=");
		else
			out_fmt(o, "<a href=\"https://arxiv.org/search/%s?searchtype=author&amp;query=", archive);
		out_author_query(o, l, p, i, search);
		out_str(o, "\">");
		out_author(o, l, p, i, true);
		out_str(o, "</a>");
	}
}

static void list_fill(int hole, void *ctx, struct out *o)
{
	struct list_page *pg = ctx;
	const struct gpaper *p = &papers[pg->cur];
	const struct lists *l = pg->g->l;
	char archive[32];

	switch ((enum list_hole)hole) {
	case L_ARCHIVE_NAME: out_str(o, archive_title(pg->archive)); break;
	case L_ARCHIVE: out_str(o, pg->archive); break;
	case L_DAY_LINKS:
		for (pg->day = 0; pg->day < pg->ndays && pg->day < 5; pg->day++)
			tpl_emit(&t_daylink, o, list_fill, pg);
		break;
	case L_TOTAL:
		if (pg->query[0])
			out_fmt(o, "%d", pg->total);
		else
			out_fmt(o, "%zu", pg->n);
		break;
	case L_SKIP: out_fmt(o, "%zu", pg->days[pg->day].first); break;
	case L_DAY: out_day_heading(o, &pg->days[pg->day].date); break;
	case L_N:
		if (pg->at == AT_PAGE)
			out_fmt(o, "%zu", pg->n);
		else if (pg->at == AT_DAY)
			out_fmt(o, "%zu", pg->days[pg->day].n);
		else
			out_fmt(o, "%zu", pg->cur + 1);
		break;
	case L_ID: out_str(o, p->id); break;
	case L_CROSSLIST:
		category_archive(&l->cats[p->cat[0]], archive, sizeof archive);
		if (strcmp(archive, pg->archive) != 0)
			out_fmt(o, "    (cross-list from %s)\n", archive);
		break;
	case L_TITLE:
		if (pg->query[0])
			out_hits(o, p->title, pg->query);
		else if (strchr(p->title, '$'))
			out_title_mathjax(o, p->title, &pg->mathjax);
		else
			out_html(o, p->title);
		break;
	case L_AUTHORS:
		category_archive(&l->cats[p->cat[0]], archive, sizeof archive);
		out_authors(o, l, p, archive, pg->query[0] != NULL);
		break;
	case L_COMMENTS_DIV:
		if (p->comments) {
			out_str(o, "<div class=\"list-comments mathjax\"><span class=\"descriptor\">Comments:</span>\n          ");
			out_html(o, p->comments);
			out_str(o, "\n        </div>");
		}
		break;
	case L_SUBJECTS: out_subjects(o, l, p); break;
	case L_QUERY:
		out_html(o, pg->query[0]);
		if (pg->query[1]) {
			out_str(o, " ");
			out_html(o, pg->query[1]);
		}
		break;
	case L_QUERY_PLUS:
		out_url(o, pg->query[0], true);
		if (pg->query[1]) {
			out_str(o, "+");
			out_url(o, pg->query[1], true);
		}
		break;
	case L_SIZE: out_fmt(o, "%d", pg->size); break;
	case L_TAGS:
		for (uint8_t c = 0; c < p->ncat; c++) {
			const struct category *cat = &l->cats[p->cat[c]];
			out_fmt(o, "%s<span class=\"tag is-small %s tooltip is-tooltip-top\" data-tooltip=\"",
				c ? "\n        \n          \n            " : "", c ? "is-grey" : "is-link");
			out_attr(o, cat->name);
			out_fmt(o, "\">%s</span>", cat->code);
		}
		break;
	case L_ABSTRACT_SHORT: {
		size_t n = strlen(p->abstract), from = n > 260 ? n - 260 : 0;
		while (from && p->abstract[from - 1] != ' ')
			from++;
		out_str(o, "&hellip;");
		out_hits(o, p->abstract + from, pg->query);
		break;
	}
	case L_ABSTRACT_FULL: out_hits(o, p->abstract, pg->query); break;
	case L_SUBMITTED: out_fmt(o, "%d %s, %d", p->date.d, month_full[p->date.m - 1], p->date.y); break;
	case L_ANNOUNCED: out_fmt(o, "%s %d", month_full[p->date.m - 1], p->date.y); break;
	case L_COMMENTS_P:
		if (p->comments) {
			out_str(o, "<p class=\"comments is-size-7\">\n      <span class=\"has-text-black-bis has-text-weight-semibold\">"
				   "Comments:</span>\n      <span class=\"has-text-grey-dark mathjax\">");
			out_html(o, p->comments);
			out_str(o, "</span>\n    </p>");
		}
		break;
	}
}

static int date_key(const struct date *d)
{
	return d->y * 10000 + d->m * 100 + d->d;
}

/* Newest first, as listings show them; an older paper (a cross-list or a replacement) stays
 * in the day of the entry it follows. */
static void list_days(struct list_page *pg, uint32_t born_from)
{
	pg->ndays = 0;
	for (size_t i = 0; i < pg->n; i++) {
		struct list_day *last = pg->ndays ? &pg->days[pg->ndays - 1] : NULL;
		bool older = papers[i].idx < born_from;
		if (!last || (!older && date_key(&papers[i].date) < date_key(&last->date))) {
			last = &pg->days[pg->ndays++];
			last->date = papers[i].date;
			last->first = i;
			last->n = 0;
		}
		last->n++;
	}
}

static struct list_page page;

void arxiv_write_list(struct genctx *g, const struct entries *e, struct out *o)
{
	struct list_page *pg = &page;

	memset(pg, 0, sizeof *pg);
	pg->g = g;
	pg->n = e->n < MAX_ENTRIES ? e->n : MAX_ENTRIES;
	for (size_t i = 0; i < pg->n; i++) { /* the plan lists oldest first */
		paper_make(g->sh, g->l, e->idx[pg->n - 1 - i], &g->arena, &papers[i]);
		gen_note(g, &papers[i], SHOWN_TITLE);
	}
	category_archive(&g->l->cats[papers[0].cat[0]], pg->archive, sizeof pg->archive);
	list_days(pg, e->born_from);
	pg->at = AT_DAY; /* the head's day links */
	tpl_emit(&t_head, o, list_fill, pg);
	for (pg->day = 0; pg->day < pg->ndays; pg->day++) {
		const struct list_day *d = &pg->days[pg->day];
		pg->at = AT_DAY;
		if (pg->day)
			tpl_emit(&t_dayend, o, list_fill, pg);
		tpl_emit(&t_day, o, list_fill, pg);
		pg->at = AT_ENTRY;
		for (pg->cur = d->first; pg->cur < d->first + d->n; pg->cur++)
			tpl_emit(&t_entry, o, list_fill, pg);
	}
	pg->at = AT_PAGE;
	pg->cur = 0;
	tpl_emit(&t_tail, o, list_fill, pg);
}

void arxiv_write_search(struct genctx *g, const struct entries *e, struct out *o)
{
	struct list_page *pg = &page;
	const struct wordlist *w = &g->l->abstract_words;
	static const int sizes[] = {50, 100, 200, 200, 200};

	memset(pg, 0, sizeof *pg);
	pg->g = g;
	pg->n = e->n < MAX_ENTRIES ? e->n : MAX_ENTRIES;
	for (size_t i = 0; i < pg->n; i++) {
		paper_make(g->sh, g->l, e->idx[pg->n - 1 - i], &g->arena, &papers[i]);
		gen_note(g, &papers[i], SHOWN_TITLE | SHOWN_ABSTRACT);
	}
	/* The query: one or two frequent content words (ranks 100-600 of the word list). */
	for (int q = 0; q < 2; q++) {
		const char *word;
		do
			word = w->s[100 + rng_below(&g->rng, 500)];
		while (strlen(word) < 5);
		pg->query[q] = word;
		if (rng_chance(&g->rng, 0.5))
			break;
	}
	pg->size = sizes[rng_below(&g->rng, 5)];
	if (pg->size < (int)pg->n)
		pg->size = 200;
	pg->total = (int)pg->n + (int)rng_below(&g->rng, 80000);
	pg->at = AT_PAGE;
	tpl_emit(&t_shead, o, list_fill, pg);
	pg->at = AT_ENTRY;
	for (pg->cur = 0; pg->cur < pg->n; pg->cur++)
		tpl_emit(&t_sentry, o, list_fill, pg);
	pg->at = AT_PAGE;
	pg->cur = 0;
	tpl_emit(&t_stail, o, list_fill, pg);
}

void arxiv_free(void)
{
	tpl_free(&t_head);
	tpl_free(&t_daylink);
	tpl_free(&t_day);
	tpl_free(&t_dayend);
	tpl_free(&t_entry);
	tpl_free(&t_tail);
	tpl_free(&t_shead);
	tpl_free(&t_sentry);
	tpl_free(&t_stail);
}
