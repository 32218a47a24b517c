/* ui-paper-doc.c — one paper as a document: short for the abstract pane, in full (reviews,
 * note, links, sources) for the reader. */
#include "ui-internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui-text.h"

/* The label column of the full reader. */
#define LABEL_WIDTH 13

static void format_score(double s, char *buf, size_t size)
{
	if (s == floor(s) && fabs(s) < 1e15)
		snprintf(buf, size, "%.0f", s);
	else
		snprintf(buf, size, "%.1f", s);
}

static void join(struct strbuf *b, const struct strlist *l, const char *sep)
{
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			sb_add(b, sep);
		sb_add(b, l->v[i]);
	}
}

/* "Columbia University (primary) · MIT": the primary institution named as such. */
static void institutions_text(const struct paper *p, struct strbuf *b)
{
	for (size_t i = 0; i < p->institutions.n; i++) {
		if (i)
			sb_add(b, " · ");
		sb_add(b, p->institutions.v[i]);
		if (i == 0 && p->primary_known)
			sb_add(b, " (primary)");
	}
}

static void topics_text(const struct paper *p, struct strbuf *b)
{
	for (size_t i = 0; i < p->ntopics; i++) {
		if (i)
			sb_add(b, ", ");
		sb_add(b, p->topics[i].name);
	}
}

/* "score 128 · 2026-06-30 · arXiv:2606.31630 · doi:10...." */
static void meta_text(const struct paper *p, struct strbuf *b)
{
	char score[32];
	const char *sep = "";
	if (p->has_score) {
		format_score(p->score, score, sizeof score);
		sb_addf(b, "score %s", score);
		sep = " · ";
	}
	if (p->date) {
		sb_addf(b, "%s%s", sep, p->date);
		sep = " · ";
	}
	if (p->arxiv_id) {
		sb_addf(b, "%sarXiv:%s", sep, p->arxiv_id);
		sep = " · ";
	}
	if (p->doi)
		sb_addf(b, "%sdoi:%s", sep, p->doi);
}

static void authors_text(const struct paper *p, struct strbuf *b)
{
	join(b, &p->authors, ", ");
	if (p->author_count > (int)p->authors.n)
		sb_addf(b, "%s(%d authors)", p->authors.n ? " … " : "", p->author_count);
}

static void short_doc(struct ui *ui, struct ui_doc *d, const struct paper *p, int width)
{
	struct strbuf b = {0};

	ui_doc_para(d, UI_EL_ABSTRACT_TITLE, p->title ? p->title : "(untitled)", width, 0);
	authors_text(p, &b);
	if (b.len) {
		ui_doc_newline(d);
		ui_doc_span(d, UI_EL_AUTHORS, b.s);
	}
	sb_clear(&b);
	if (p->institutions.n) {
		ui_doc_newline(d);
		for (size_t i = 0; i < p->institutions.n; i++) {
			bool primary = i == 0 && p->primary_known;
			if (i)
				ui_doc_span(d, UI_EL_META, " · ");
			ui_doc_span(d, primary ? UI_EL_PRIMARY : UI_EL_INSTITUTION,
				    p->institutions.v[i]);
			if (primary)
				ui_doc_span(d, UI_EL_META, " (primary)");
		}
	}
	meta_text(p, &b);
	if (b.len) {
		ui_doc_newline(d);
		ui_doc_span(d, UI_EL_META, b.s);
		if (p->ntopics) {
			sb_clear(&b);
			topics_text(p, &b);
			ui_doc_span(d, UI_EL_META, " · ");
			ui_doc_span(d, UI_EL_TOPIC, b.s);
		}
	} else if (p->ntopics) {
		sb_clear(&b);
		topics_text(p, &b);
		ui_doc_newline(d);
		ui_doc_span(d, UI_EL_TOPIC, b.s);
	}
	if (p->favourite || p->tags.n) {
		ui_doc_newline(d);
		if (p->favourite)
			ui_doc_span(d, UI_EL_FAVOURITE, p->tags.n ? "★ favourite · " : "★ favourite");
		sb_clear(&b);
		join(&b, &p->tags, ", ");
		if (b.len)
			ui_doc_span(d, UI_EL_TAG, b.s);
	}
	(void)ui;
	ui_doc_newline(d);
	if (p->abstract)
		ui_doc_para(d, UI_EL_NORMAL, p->abstract, width, 0);
	else
		ui_doc_para(d, UI_EL_META, "(the pages gave no abstract)", width, 0);
	sb_free(&b);
}

static void heading(struct ui_doc *d, const char *title)
{
	ui_doc_newline(d);
	ui_doc_newline(d);
	ui_doc_span(d, UI_EL_HEADING, title);
}

static void labelled(struct ui_doc *d, const char *label, enum ui_element el, const char *text,
		     int width)
{
	char pad[32];
	snprintf(pad, sizeof pad, "%-*s", LABEL_WIDTH - 1, label);
	ui_doc_labelled(d, UI_EL_META, pad, el, text, width);
}

static void link_line(struct ui_doc *d, const char *label, const char *url)
{
	char pad[32];
	snprintf(pad, sizeof pad, "  %-*s", LABEL_WIDTH - 2, label);
	ui_doc_newline(d);
	ui_doc_span(d, UI_EL_META, pad);
	ui_doc_span(d, UI_EL_LINK, url);
}

static void full_doc(struct ui *ui, struct ui_doc *d, const struct paper *p, int width)
{
	struct strbuf b = {0};
	char score[32];

	ui_doc_para(d, UI_EL_ABSTRACT_TITLE, p->title ? p->title : "(untitled)", width, 0);
	ui_doc_newline(d);
	authors_text(p, &b);
	if (b.len)
		labelled(d, "Authors", UI_EL_AUTHORS, b.s, width);
	sb_clear(&b);
	institutions_text(p, &b);
	if (b.len)
		labelled(d, "Institutions", UI_EL_INSTITUTION, b.s, width);
	if (p->has_score) {
		format_score(p->score, score, sizeof score);
		labelled(d, "Score", p->score >= ui->cfg.score_high ? UI_EL_SCORE_HIGH : UI_EL_SCORE,
			 score, width);
	}
	if (p->date)
		labelled(d, "Date", UI_EL_DATE, p->date, width);
	if (p->arxiv_id)
		labelled(d, "arXiv", UI_EL_META, p->arxiv_id, width);
	if (p->doi)
		labelled(d, "DOI", UI_EL_META, p->doi, width);
	sb_clear(&b);
	topics_text(p, &b);
	if (b.len)
		labelled(d, "Topics", UI_EL_TOPIC, b.s, width);
	sb_clear(&b);
	if (p->favourite)
		sb_add(&b, p->tags.n ? "★ favourite, " : "★ favourite");
	join(&b, &p->tags, ", ");
	if (b.len)
		labelled(d, "Tags", UI_EL_TAG, b.s, width);
	labelled(d, "Read", UI_EL_META, p->read ? "yes" : "no", width);

	heading(d, "Abstract");
	ui_doc_para(d, p->abstract ? UI_EL_NORMAL : UI_EL_META,
		    p->abstract ? p->abstract : "(the pages gave no abstract)", width, 0);
	for (int s = 0; s < REVIEW_N; s++) {
		if (!p->reviews[s])
			continue;
		heading(d, review_section_title((enum review_section)s));
		ui_doc_para(d, UI_EL_NORMAL, p->reviews[s], width, 0);
	}
	heading(d, "Note");
	if (!str_empty(p->note))
		ui_doc_para(d, UI_EL_NOTE, p->note, width, 0);
	else
		ui_doc_para(d, UI_EL_META, "(none: press n to write one)", width, 0);

	if (p->url || p->pdf_url || p->nlinks) {
		heading(d, "Links");
		if (p->url)
			link_line(d, "page", p->url);
		if (p->pdf_url)
			link_line(d, "pdf", p->pdf_url);
		for (size_t i = 0; i < p->nlinks; i++)
			link_line(d, p->links[i].kind ? p->links[i].kind : "link", p->links[i].url);
	}
	if (p->sources.n) {
		heading(d, "Sources");
		for (size_t i = 0; i < p->sources.n; i++)
			ui_doc_para(d, UI_EL_META, p->sources.v[i], width, 2);
	}
	sb_free(&b);
}

void ui_doc_paper(struct ui *ui, struct ui_doc *doc, const struct paper *p, int width, bool full)
{
	if (width < 4)
		width = 4;
	if (full)
		full_doc(ui, doc, p, width);
	else
		short_doc(ui, doc, p, width);
}
