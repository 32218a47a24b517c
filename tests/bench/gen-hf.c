/* gen-hf.c — Hugging Face pages: the daily list (chrome, DailyPapers data-props JSON, one card
 * per paper) cut from the real 2024-08-01 page, and single paper pages (PaperContent island;
 * constructed: no real copy is stored). Pages dated 2025 or later carry the newer keys
 * (ai_summary, ai_keywords, githubRepo, organization), as PAGES.md describes. */
#include <stdio.h>
#include <string.h>

#include "gen.h"

#define MAX_ENTRIES 4096

enum hf_hole {
	H_PAGE_TITLE, H_PAGE_URL, H_BODY_CLASS, H_PROPS, H_PREV_DATE, H_NEXT_DATE, H_DATE,
	H_MONTH_ABBR, H_DAY, H_ID, H_TITLE, H_UPVOTES, H_AUTHOR_COUNT, H_COMMENTS, H_SUBMITTER,
	H_AVATARS, H_USER, H_AVATAR, H_CODE_LINK, H_PUBLISHED_HUMAN, H_SUBMITTED_LINE,
	H_AUTHOR_SPANS, H_ORG_LINE, H_AI_SUMMARY_BLOCK, H_ABSTRACT, H_KEYWORD_BLOCK,
	H_COMMENT_BLOCKS, H_N_MODELS, H_N_COLLECTIONS, H_WHEN, H_TEXT,
};
static const char *const hf_holes[] = {
	"page_title", "page_url", "body_class", "props", "prev_date", "next_date", "date",
	"month_abbr", "day", "id", "title", "upvotes", "author_count", "comments", "submitter",
	"avatars", "user", "avatar", "code_link", "published_human", "submitted_line",
	"author_spans", "org_line", "ai_summary_block", "abstract", "keyword_block",
	"comment_blocks", "n_models", "n_collections", "when", "text", NULL,
};

static struct tpl t_head, t_open, t_card, t_avatar, t_close, t_tail, t_paper, t_comment;

static const char *const canned_comments[] = {
	"Great work! Is the code going to be released?",
	"Congrats on the release. How does this compare with the baselines in the appendix?",
	"This is an automated message from the Librarian Bot. I found the following papers similar "
	"to this paper. The following papers were recommended by the Semantic Scholar API. Please "
	"give a thumbs up to this comment if you found it helpful!",
	"Interesting results on the long-context benchmarks.",
	"Very nice paper, thanks for sharing the checkpoints.",
};

/* What one page being written needs inside the hole filler. */
struct hf_page {
	struct genctx *g;
	struct gpaper *papers;  /* the entries */
	size_t n;
	size_t cur;             /* the entry or author being written */
	uint32_t author;        /* the avatar being written */
	struct date date;       /* the day the list shows */
	bool modern;            /* 2025 or later: the newer JSON keys */
	bool paper_page;        /* a single paper's page, not the daily list */
	int comment;            /* the comment being written (1, 2, ...), 0 outside comments */
};

bool hf_init(const char *dir)
{
	return tpl_load(&t_head, dir, "hf-head.tpl", hf_holes) &&
	       tpl_load(&t_open, dir, "hf-daily-open.tpl", hf_holes) &&
	       tpl_load(&t_card, dir, "hf-card.tpl", hf_holes) &&
	       tpl_load(&t_avatar, dir, "hf-avatar.tpl", hf_holes) &&
	       tpl_load(&t_close, dir, "hf-daily-close.tpl", hf_holes) &&
	       tpl_load(&t_tail, dir, "hf-tail.tpl", hf_holes) &&
	       tpl_load(&t_paper, dir, "hf-paper-body.tpl", hf_holes) &&
	       tpl_load(&t_comment, dir, "hf-paper-comment.tpl", hf_holes);
}

/* An author has a Hugging Face account (and an avatar on the card) about one time in four; the
 * choice is the paper's, so the JSON and the card agree. */
static bool hf_claimed(const struct gpaper *p, uint32_t i)
{
	return gen_mix(p->key, 0xc1a1u + i) % 4 == 0;
}

static void hf_user(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i)
{
	for (const char *s = l->last_names.s[p->last[i]]; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			out_fmt(o, "%c", *s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s);
	out_fmt(o, "%u", (unsigned)(gen_mix(p->key, i) % 1000));
}

static void hf_avatar(struct out *o, const struct gpaper *p, uint32_t i)
{
	out_fmt(o, "/avatars/%016llx%016llx.svg", (unsigned long long)gen_mix(p->key, 0xa0u + i),
		(unsigned long long)gen_mix(p->key, 0xb0u + i));
}

static void out_iso(struct out *o, const struct date *d, int hh, int mi, int ss)
{
	out_fmt(o, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", d->y, d->m, d->d, hh, mi, ss);
}

static void hf_json_org(struct out *o, struct hf_page *pg, const struct gpaper *p)
{
	const char *name = pg->g->l->institutions.s[p->inst[0]];
	out_str(o, "{&quot;_id&quot;:&quot;");
	out_hexid(o, &pg->g->rng);
	out_str(o, "&quot;,&quot;name&quot;:&quot;");
	for (const char *s = name; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
			out_mem(o, s, 1);
		else if (*s >= 'A' && *s <= 'Z')
			out_fmt(o, "%c", *s - 'A' + 'a');
		else if (*s == ' ')
			out_str(o, "-");
	out_str(o, "&quot;,&quot;fullname&quot;:");
	out_json(o, name, true, 0);
	out_str(o, ",&quot;avatar&quot;:&quot;https://cdn-avatars.huggingface.co/v1/production/uploads/");
	out_hexid(o, &pg->g->rng);
	out_str(o, "/logo.png&quot;}");
}

/* Most 2025+ papers name an organisation; whether one does is the paper's choice. */
static bool hf_has_org(const struct hf_page *pg, const struct gpaper *p)
{
	return pg->modern && p->ninst && gen_mix(p->key, 0x0e6u) % 10 < 7;
}

static void hf_json_paper(struct out *o, struct hf_page *pg, const struct gpaper *p, bool page)
{
	const struct lists *l = pg->g->l;
	char name[256];

	out_str(o, "{&quot;id&quot;:&quot;");
	out_str(o, p->id);
	out_str(o, "&quot;,&quot;authors&quot;:[");
	for (uint32_t i = 0; i < p->nauth; i++) {
		snprintf(name, sizeof name, "%s %s", l->first_names.s[p->first[i]], l->last_names.s[p->last[i]]);
		out_str(o, i ? ",{&quot;_id&quot;:&quot;" : "{&quot;_id&quot;:&quot;");
		out_hexid(o, &pg->g->rng);
		out_str(o, "&quot;,");
		if (hf_claimed(p, i)) {
			out_str(o, "&quot;user&quot;:{&quot;_id&quot;:&quot;");
			out_hexid(o, &pg->g->rng);
			out_str(o, "&quot;,&quot;avatarUrl&quot;:&quot;");
			hf_avatar(o, p, i);
			out_str(o, "&quot;,&quot;isPro&quot;:false,&quot;fullname&quot;:");
			out_json(o, name, true, 0);
			out_str(o, ",&quot;user&quot;:&quot;");
			hf_user(o, l, p, i);
			out_str(o, "&quot;,&quot;type&quot;:&quot;user&quot;},&quot;name&quot;:");
			out_json(o, name, true, 0);
			out_str(o, ",&quot;status&quot;:&quot;claimed_verified&quot;,&quot;statusLastChangedAt&quot;:&quot;");
			out_iso(o, &pg->date, p->hh, p->mi, p->ss);
			out_str(o, "&quot;,&quot;hidden&quot;:false}");
		} else {
			out_str(o, "&quot;name&quot;:");
			out_json(o, name, true, 0);
			out_str(o, ",&quot;hidden&quot;:false}");
		}
	}
	out_str(o, "],&quot;publishedAt&quot;:&quot;");
	out_iso(o, &p->date, p->hh, p->mi, p->ss);
	if (page) {
		out_str(o, "&quot;,&quot;submittedOnDailyAt&quot;:&quot;");
		out_iso(o, &pg->date, 0, 0, 0);
	}
	out_str(o, "&quot;,&quot;title&quot;:");
	out_json(o, p->title, true, 0);
	out_str(o, ",&quot;summary&quot;:");
	out_json(o, p->abstract, true, 80);
	out_fmt(o, ",&quot;upvotes&quot;:%d,&quot;discussionId&quot;:&quot;", p->upvotes);
	out_hexid(o, &pg->g->rng);
	out_str(o, "&quot;");
	if (pg->modern) {
		out_str(o, ",&quot;ai_summary&quot;:");
		out_json(o, p->abstract + (strlen(p->abstract) > 400 ? 200 : 0), true, 0);
		out_str(o, ",&quot;ai_keywords&quot;:[");
		for (uint8_t k = 0; k < p->nkw; k++) {
			if (k)
				out_str(o, ",");
			out_json(o, l->keywords.s[p->kw[k]], true, 0);
		}
		out_str(o, "]");
		if (p->github_stars)
			out_fmt(o, ",&quot;githubRepo&quot;:&quot;https://github.com/lab/%s&quot;,&quot;githubStars&quot;:%d",
				p->id, p->github_stars);
		if (hf_has_org(pg, p)) {
			out_str(o, ",&quot;organization&quot;:");
			hf_json_org(o, pg, p);
		}
	}
	out_str(o, "}");
}

static void hf_json_daily(struct out *o, struct hf_page *pg)
{
	struct date prev = pg->date, next = pg->date;
	date_add_days(&prev, -1);
	date_add_days(&next, 1);
	out_str(o, "{&quot;canSubmit&quot;:false,&quot;date&quot;:&quot;");
	out_iso(o, &pg->date, 0, 0, 0);
	out_str(o, "&quot;,&quot;dailyPapers&quot;:[");
	for (size_t i = 0; i < pg->n; i++) {
		const struct gpaper *p = &pg->papers[i];
		out_str(o, i ? ",{&quot;paper&quot;:" : "{&quot;paper&quot;:");
		hf_json_paper(o, pg, p, false);
		out_str(o, ",&quot;publishedAt&quot;:&quot;");
		out_iso(o, &pg->date, (int)rng_below(&pg->g->rng, 24), (int)rng_below(&pg->g->rng, 60), 7);
		out_str(o, "&quot;,&quot;title&quot;:");
		out_json(o, p->title, true, 0);
		out_fmt(o, ",&quot;thumbnail&quot;:&quot;https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/%s.png&quot;,"
			   "&quot;numComments&quot;:%d,&quot;upvoted&quot;:false,&quot;submittedBy&quot;:{&quot;avatarUrl&quot;:"
			   "&quot;https://cdn-avatars.huggingface.co/v1/production/uploads/1674929746905-60f1abe7544c2adfd699860c.jpeg&quot;,"
			   "&quot;isPro&quot;:false,&quot;fullname&quot;:&quot;AK&quot;,&quot;user&quot;:&quot;akhaliq&quot;,"
			   "&quot;type&quot;:&quot;user&quot;}",
			p->id, p->ncomments);
		if (hf_has_org(pg, p)) {
			out_str(o, ",&quot;organization&quot;:");
			hf_json_org(o, pg, p);
			out_str(o, ",&quot;isAuthorParticipating&quot;:false");
		}
		out_str(o, "}");
	}
	out_fmt(o, "],&quot;nextDate&quot;:&quot;%04d-%02d-%02d&quot;,&quot;prevDate&quot;:&quot;%04d-%02d-%02d&quot;,"
		   "&quot;publisher&quot;:{&quot;_id&quot;:&quot;60f1abe7544c2adfd699860c&quot;,&quot;avatarUrl&quot;:"
		   "&quot;https://cdn-avatars.huggingface.co/v1/production/uploads/1674929746905-60f1abe7544c2adfd699860c.jpeg&quot;,"
		   "&quot;isPro&quot;:false,&quot;fullname&quot;:&quot;AK&quot;,&quot;user&quot;:&quot;akhaliq&quot;,&quot;type&quot;:&quot;user&quot;}}",
		next.y, next.m, next.d, prev.y, prev.m, prev.d);
}

static void hf_json_page(struct out *o, struct hf_page *pg)
{
	const struct gpaper *p = &pg->papers[0];
	out_str(o, "{&quot;paper&quot;:");
	hf_json_paper(o, pg, p, true);
	out_str(o, ",&quot;comments&quot;:[");
	for (int c = 0; c < p->ncomments && c < 8; c++) {
		out_str(o, c ? ",{&quot;id&quot;:&quot;" : "{&quot;id&quot;:&quot;");
		out_hexid(o, &pg->g->rng);
		out_str(o, "&quot;,&quot;type&quot;:&quot;comment&quot;,&quot;data&quot;:{&quot;latest&quot;:{&quot;raw&quot;:");
		out_json(o, canned_comments[(p->key >> (c * 3)) % 5], true, 0);
		out_str(o, "}}}");
	}
	out_fmt(o, "],&quot;upvoters&quot;:[],&quot;dailyPaperRank&quot;:%d,&quot;submitterOrganization&quot;:",
		1 + (int)(p->key % 40));
	if (hf_has_org(pg, p))
		hf_json_org(o, pg, p);
	else
		out_str(o, "null");
	out_str(o, ",&quot;canSubmit&quot;:false,&quot;isLoggedIn&quot;:false}");
}

static void hf_fill(int hole, void *ctx, struct out *o)
{
	struct hf_page *pg = ctx;
	const struct gpaper *p = &pg->papers[pg->cur];
	const struct lists *l = pg->g->l;
	struct date d = pg->date;

	switch ((enum hf_hole)hole) {
	case H_PAGE_TITLE:
		if (pg->paper_page) {
			out_str(o, "Paper page - ");
			out_attr(o, p->title);
		} else {
			out_str(o, "Daily Papers - Hugging Face");
		}
		break;
	case H_PAGE_URL:
		if (pg->paper_page)
			out_fmt(o, "https://huggingface.co/papers/%s", p->id);
		else
			out_fmt(o, "https://huggingface.co/papers?date=%04d-%02d-%02d", d.y, d.m, d.d);
		break;
	case H_BODY_CLASS: out_str(o, pg->paper_page ? "" : "DailyPapersPage"); break;
	case H_PROPS:
		if (pg->paper_page)
			hf_json_page(o, pg);
		else
			hf_json_daily(o, pg);
		break;
	case H_PREV_DATE: date_add_days(&d, -1); out_fmt(o, "%04d-%02d-%02d", d.y, d.m, d.d); break;
	case H_NEXT_DATE: date_add_days(&d, 1); out_fmt(o, "%04d-%02d-%02d", d.y, d.m, d.d); break;
	case H_DATE: out_fmt(o, "%04d-%02d-%02d", d.y, d.m, d.d); break;
	case H_MONTH_ABBR: out_str(o, month_abbr[d.m - 1]); break;
	case H_DAY: out_fmt(o, "%d", d.d); break;
	case H_ID: out_str(o, p->id); break;
	case H_TITLE: out_html(o, p->title); break;
	case H_UPVOTES: out_fmt(o, "%d", p->upvotes); break;
	case H_AUTHOR_COUNT: out_fmt(o, "%u", p->nauth); break;
	case H_COMMENTS: out_fmt(o, "%d", p->ncomments); break;
	case H_SUBMITTER: out_str(o, "akhaliq"); break;
	case H_AVATARS: {
		int shown = 0;
		for (uint32_t i = 0; i < p->nauth && shown < 5; i++)
			if (hf_claimed(p, i)) {
				pg->author = i;
				tpl_emit(&t_avatar, o, hf_fill, pg);
				shown++;
			}
		break;
	}
	case H_USER:
		if (pg->comment > 0)
			out_fmt(o, "reader%u", (unsigned)(gen_mix(p->key, (uint64_t)pg->comment) % 10000));
		else
			hf_user(o, l, p, pg->author);
		break;
	case H_AVATAR: hf_avatar(o, p, pg->author); break;
	case H_CODE_LINK:
		if (p->github_stars)
			out_fmt(o, "<a href=\"https://github.com/lab/%s\" class=\"btn inline-flex h-8 items-center gap-1.5 px-3 text-sm\">"
				   "GitHub<span class=\"ml-1 text-gray-400\">%d</span></a>", p->id, p->github_stars);
		break;
	case H_PUBLISHED_HUMAN:
		out_fmt(o, "%s %d, %d", month_abbr[p->date.m - 1], p->date.d, p->date.y);
		break;
	case H_SUBMITTED_LINE:
		out_fmt(o, "<div class=\"flex items-center gap-2\"><span>Submitted by</span> <a href=\"/akhaliq\">akhaliq</a>"
			   " <span>on %s %d</span></div>", month_abbr[d.m - 1], d.d);
		break;
	case H_AUTHOR_SPANS:
		for (uint32_t i = 0; i < p->nauth; i++) {
			out_str(o, "<span class=\"inline-flex items-center\">");
			if (hf_claimed(p, i)) {
				out_str(o, "<a href=\"/");
				hf_user(o, l, p, i);
				out_str(o, "\" class=\"hover:underline\">");
				out_author(o, l, p, i, true);
				out_str(o, "</a>");
			} else {
				out_author(o, l, p, i, true);
			}
			out_str(o, i + 1 < p->nauth ? ",</span>\n\t\t\t" : "</span>");
		}
		break;
	case H_ORG_LINE:
		if (hf_has_org(pg, p)) {
			out_str(o, "<div class=\"mb-4 flex items-center gap-2 text-sm\">Organization: <span class=\"font-semibold\">");
			out_html(o, l->institutions.s[p->inst[0]]);
			out_str(o, "</span></div>");
		}
		break;
	case H_AI_SUMMARY_BLOCK:
		if (pg->modern) {
			out_str(o, "<div class=\"mb-4 rounded-lg bg-blue-50 p-3 text-sm\"><span class=\"font-semibold\">AI-generated summary</span> ");
			out_html(o, p->abstract + (strlen(p->abstract) > 400 ? 200 : 0));
			out_str(o, "</div>");
		}
		break;
	case H_ABSTRACT: out_html(o, p->abstract); break;
	case H_KEYWORD_BLOCK:
		if (pg->modern) {
			out_str(o, "<div class=\"mb-8 flex flex-wrap gap-1.5\">");
			for (uint8_t k = 0; k < p->nkw; k++) {
				out_str(o, "<span class=\"tag rounded-md border px-1.5 text-xs\">");
				out_html(o, l->keywords.s[p->kw[k]]);
				out_str(o, "</span>");
			}
			out_str(o, "</div>");
		}
		break;
	case H_COMMENT_BLOCKS:
		for (int c = 0; c < p->ncomments && c < 8; c++) {
			pg->comment = c + 1;
			tpl_emit(&t_comment, o, hf_fill, pg);
		}
		pg->comment = 0;
		break;
	case H_N_MODELS: out_fmt(o, "%d", (int)(p->key % 3)); break;
	case H_N_COLLECTIONS: out_fmt(o, "%d", (int)(p->key % 7)); break;
	case H_WHEN: out_fmt(o, "%d days ago", 1 + pg->comment); break;
	case H_TEXT: out_html(o, canned_comments[(p->key >> ((pg->comment - 1) * 3)) % 5]); break;
	}
}

static struct gpaper hf_papers[MAX_ENTRIES];

static void hf_note(struct hf_page *pg, const struct gpaper *p)
{
	gen_note(pg->g, p, SHOWN_TITLE | SHOWN_ABSTRACT | SHOWN_SCORE | (hf_has_org(pg, p) ? SHOWN_ORGANIZATION : 0));
}

static int date_key(const struct date *d)
{
	return d->y * 10000 + d->m * 100 + d->d;
}

void hf_write_daily(struct genctx *g, const struct entries *e, struct out *o)
{
	struct hf_page pg = {.g = g, .papers = hf_papers, .n = e->n < MAX_ENTRIES ? e->n : MAX_ENTRIES};

	for (size_t i = 0; i < pg.n; i++) {
		paper_make(g->sh, g->l, e->idx[i], &g->arena, &hf_papers[i]);
		if (i == 0 || date_key(&hf_papers[i].date) > date_key(&pg.date))
			pg.date = hf_papers[i].date;
	}
	date_add_days(&pg.date, 1); /* papers are featured the day after they appear */
	pg.modern = pg.date.y >= 2025;
	for (size_t i = 0; i < pg.n; i++)
		hf_note(&pg, &hf_papers[i]);
	tpl_emit(&t_head, o, hf_fill, &pg);
	tpl_emit(&t_open, o, hf_fill, &pg);
	for (pg.cur = 0; pg.cur < pg.n; pg.cur++)
		tpl_emit(&t_card, o, hf_fill, &pg);
	pg.cur = 0;
	tpl_emit(&t_close, o, hf_fill, &pg);
	tpl_emit(&t_tail, o, hf_fill, &pg);
}

void hf_write_paper(struct genctx *g, uint32_t idx, struct out *o)
{
	struct hf_page pg = {.g = g, .papers = hf_papers, .n = 1, .paper_page = true};

	paper_make(g->sh, g->l, idx, &g->arena, &hf_papers[0]);
	pg.date = hf_papers[0].date;
	date_add_days(&pg.date, 1);
	pg.modern = pg.date.y >= 2025;
	hf_note(&pg, &hf_papers[0]);
	tpl_emit(&t_head, o, hf_fill, &pg);
	tpl_emit(&t_paper, o, hf_fill, &pg);
	tpl_emit(&t_tail, o, hf_fill, &pg);
}

void hf_free(void)
{
	tpl_free(&t_head);
	tpl_free(&t_open);
	tpl_free(&t_card);
	tpl_free(&t_avatar);
	tpl_free(&t_close);
	tpl_free(&t_tail);
	tpl_free(&t_paper);
	tpl_free(&t_comment);
}
