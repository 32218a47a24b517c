/* gen-arxiv-abs.c — arXiv abstract pages, from the real 2021 XHTML page (arxiv-abs.tpl): the
 * citation_* metas, og/twitter descriptions (the abstract again), the title/authors/abstract
 * blocks, subjects, submission history and the browse context around them. */
#include <stdio.h>
#include <string.h>

#include "gen.h"

enum abs_hole {
	A_ABSTRACT_ATTR, A_ABSTRACT_CUT_ATTR, A_ABSTRACT_WRAPPED, A_ARCHIVE, A_AUTHOR_LINKS,
	A_CITATION_AUTHORS, A_COMMENTS, A_CONTEXT_LINKS, A_DATE_HISTORY, A_DATE_LONG, A_DATE_SLASH,
	A_DBLP_AUTHORS, A_GROUP, A_ID_DASH, A_ID, A_PRIMARY_NAME, A_PRIMARY, A_REVISED_HISTORY,
	A_REVISED_LONG, A_REVISED_SLASH, A_SCHOLAR_AUTHORS, A_SIZE_KB, A_SIZE_KB2, A_SUBJECTS,
	A_SUBMITTER, A_TITLE_PCT, A_TITLE_PLUS, A_TITLE, A_YYMM,
};
static const char *const abs_holes[] = {
	"abstract_attr", "abstract_cut_attr", "abstract_wrapped", "archive", "author_links",
	"citation_authors", "comments", "context_links", "date_history", "date_long", "date_slash",
	"dblp_authors", "group", "id_dash", "id", "primary_name", "primary", "revised_history",
	"revised_long", "revised_slash", "scholar_authors", "size_kb", "size_kb2", "subjects",
	"submitter", "title_pct", "title_plus", "title", "yymm", NULL,
};

static struct tpl t_abs;

struct abs_page {
	struct genctx *g;
	struct gpaper p;
	char archive[32]; /* "cs" */
};

bool arxiv_abs_init(const char *dir)
{
	return tpl_load(&t_abs, dir, "arxiv-abs.tpl", abs_holes);
}

static void out_day_long(struct out *o, const struct date *d)
{
	out_fmt(o, "%d %s %d", d->d, month_abbr[d->m - 1], d->y);
}

static void out_history(struct out *o, const struct date *d, int hh, int mi, int ss)
{
	out_fmt(o, "%s, %d %s %d %02d:%02d:%02d", weekday_abbr[date_weekday(d)], d->d,
		month_abbr[d->m - 1], d->y, hh, mi, ss);
}

/* The first ~200 characters up to a word end, then "...": twitter:description. */
static void out_abstract_cut(struct out *o, const char *s)
{
	size_t n = strlen(s), cut = n;
	char buf[256];
	if (n > 200) {
		cut = 200;
		while (cut > 100 && s[cut] != ' ')
			cut--;
	}
	memcpy(buf, s, cut);
	buf[cut] = 0;
	out_wrapped(o, buf, 80, true);
	if (cut < n)
		out_str(o, "...");
}

static void abs_fill(int hole, void *ctx, struct out *o)
{
	struct abs_page *pg = ctx;
	const struct gpaper *p = &pg->p;
	const struct lists *l = pg->g->l;
	const struct category *primary = &l->cats[p->cat[0]];

	switch ((enum abs_hole)hole) {
	case A_ABSTRACT_ATTR:
		out_str(o, " ");
		out_wrapped(o, p->abstract, 80, true);
		out_str(o, "\n");
		break;
	case A_ABSTRACT_CUT_ATTR: out_abstract_cut(o, p->abstract); break;
	case A_ABSTRACT_WRAPPED: out_wrapped(o, p->abstract, 80, false); break;
	case A_ARCHIVE: out_str(o, pg->archive); break;
	case A_AUTHOR_LINKS:
		for (uint32_t i = 0; i < p->nauth; i++) {
			out_fmt(o, "%s<a href=\"https://arxiv.org/search/%s?searchtype=author&amp;query=", i ? ", " : "",
				pg->archive);
			out_author_query(o, l, p, i, true);
			out_str(o, "\">");
			out_author(o, l, p, i, true);
			out_str(o, "</a>");
		}
		break;
	case A_CITATION_AUTHORS:
		for (uint32_t i = 0; i < p->nauth; i++) {
			out_str(o, "<meta name=\"citation_author\" content=\"");
			out_author_inverted(o, l, p, i);
			out_str(o, "\"/>\n  ");
		}
		break;
	case A_COMMENTS: out_html(o, p->comments ? p->comments : "4 pages"); break;
	case A_CONTEXT_LINKS:
		out_fmt(o, "<a href=\"/abs/%s?context=%s\">%s</a><br class=\"is-hidden-mobile\">\n        \n      ", p->id,
			pg->archive, pg->archive);
		for (uint8_t c = 0; c < p->ncat; c++)
			out_fmt(o, "\n        <a class=\"subclass\" href=\"/abs/%s?context=%s\">%s</a><br class=\"is-hidden-mobile\">\n        \n      ",
				p->id, l->cats[p->cat[c]].code, l->cats[p->cat[c]].code);
		break;
	case A_DATE_HISTORY: out_history(o, &p->date, p->hh, p->mi, p->ss); break;
	case A_DATE_LONG: out_day_long(o, &p->date); break;
	case A_DATE_SLASH: out_fmt(o, "%04d/%02d/%02d", p->date.y, p->date.m, p->date.d); break;
	case A_DBLP_AUTHORS:
		for (uint32_t i = 0; i < p->nauth && i < 20; i++) {
			char name[256];
			snprintf(name, sizeof name, "%s %s", l->first_names.s[p->first[i]], l->last_names.s[p->last[i]]);
			out_str(o, i ? "<br/><a href=\"https://dblp.uni-trier.de/search/author?author=" :
				       "<a href=\"https://dblp.uni-trier.de/search/author?author=");
			out_url(o, name, false);
			out_str(o, "\" title=\"DBLP author search\">");
			out_html(o, name);
			out_str(o, "</a>");
		}
		break;
	case A_GROUP: out_str(o, archive_title(pg->archive)); break;
	case A_ID_DASH:
		for (const char *s = p->id; *s; s++)
			out_mem(o, *s == '.' ? "-" : s, 1);
		break;
	case A_ID: out_str(o, p->id); break;
	case A_PRIMARY_NAME: out_html(o, primary->name); break;
	case A_PRIMARY: out_str(o, primary->code); break;
	case A_REVISED_HISTORY: out_history(o, &p->revised, (p->hh + 7) % 24, p->ss, p->mi); break;
	case A_REVISED_LONG: out_day_long(o, &p->revised); break;
	case A_REVISED_SLASH: out_fmt(o, "%04d/%02d/%02d", p->revised.y, p->revised.m, p->revised.d); break;
	case A_SCHOLAR_AUTHORS:
		for (uint32_t i = 0; i < p->nauth && i < 20; i++) {
			char name[256];
			snprintf(name, sizeof name, "%s %s", l->first_names.s[p->first[i]], l->last_names.s[p->last[i]]);
			out_str(o, "&amp;author=");
			out_url(o, name, false);
		}
		break;
	case A_SIZE_KB: out_fmt(o, "%d", 200 + (int)(p->key % 9000)); break;
	case A_SIZE_KB2: out_fmt(o, "%d", 210 + (int)(p->key % 9100)); break;
	case A_SUBJECTS: out_subjects(o, l, p); break;
	case A_SUBMITTER: out_author(o, l, p, 0, true); break;
	case A_TITLE_PCT: out_url(o, p->title, false); break;
	case A_TITLE_PLUS: out_url(o, p->title, true); break;
	case A_TITLE: out_attr(o, p->title); break;
	case A_YYMM: out_mem(o, p->id, 4); break;
	}
}

void arxiv_write_abs(struct genctx *g, uint32_t idx, struct out *o)
{
	struct abs_page pg = {.g = g};
	paper_make(g->sh, g->l, idx, &g->arena, &pg.p);
	gen_note(g, &pg.p, SHOWN_TITLE | SHOWN_ABSTRACT);
	category_archive(&g->l->cats[pg.p.cat[0]], pg.archive, sizeof pg.archive);
	tpl_emit(&t_abs, o, abs_fill, &pg);
}

void arxiv_abs_free(void)
{
	tpl_free(&t_abs);
}
