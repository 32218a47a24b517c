/* format-table.c — --format table: the tsv columns for people, aligned and cut to the width of
 * the terminal (80 columns when the output is not one), page text stripped of control codes; a
 * paper without a title says so, as the reader does (tsv and the rest leave the field empty). */
#include "format.h"

#include <stdlib.h>
#include <string.h>

#define COL_GAP 2      /* spaces between columns */
#define TITLE_MIN 20   /* narrower than this, columns are dropped: arXiv id, then date, then score */

static int digits(long long v)
{
	int n = 1;
	while (v >= 10 || v <= -10) {
		v /= 10;
		n++;
	}
	return v < 0 ? n + 1 : n;
}

void format_table_begin(struct format_table *t, FILE *f, int width, bool color)
{
	memset(t, 0, sizeof *t);
	t->f = f;
	t->width = width > 0 ? width : 80;
	t->color = color;
}

static void measure(struct format_table *t, const struct list_row *rows, size_t n)
{
	t->id_w = 2;     /* "ID" */
	t->arxiv_w = 5;  /* "ARXIV" */
	t->score_w = 5;  /* "SCORE" */
	t->date_w = 4;   /* "DATE" */
	for (size_t i = 0; i < n; i++) {
		char num[32];
		char *a = format_safe_text(rows[i].arxiv_id);
		char *d = format_safe_text(rows[i].date);
		int w;

		if (digits(rows[i].id) > t->id_w)
			t->id_w = digits(rows[i].id);
		if ((w = format_width(a)) > t->arxiv_w)
			t->arxiv_w = w;
		if ((w = format_width(d)) > t->date_w)
			t->date_w = w;
		if (rows[i].has_score) {
			format_number(rows[i].score, num);
			if ((int)strlen(num) > t->score_w)
				t->score_w = (int)strlen(num);
		}
		free(a);
		free(d);
	}
}

static int title_width(const struct format_table *t)
{
	int w = t->width - t->id_w - COL_GAP;
	if (t->arxiv_w)
		w -= t->arxiv_w + COL_GAP;
	if (t->score_w)
		w -= t->score_w + COL_GAP;
	if (t->date_w)
		w -= t->date_w + COL_GAP;
	return w;
}

/* A narrow terminal keeps the title readable by giving up the other columns, least useful
 * first; a width of 0 marks a dropped column. */
static void drop_columns(struct format_table *t)
{
	int *order[] = {&t->arxiv_w, &t->date_w, &t->score_w};
	for (size_t i = 0; i < 3 && title_width(t) < TITLE_MIN; i++)
		*order[i] = 0;
}

static void add_gap(struct strbuf *b)
{
	sb_add(b, "  ");
}

/* The last column is not padded, so no line carries trailing blanks. */
static void add_line(struct format_table *t, struct strbuf *b, const char *id, const char *arxiv,
		     const char *score, const char *date, const char *title)
{
	char *fitted = format_fit(title, title_width(t));

	format_pad(b, id, t->id_w, true);
	add_gap(b);
	if (t->arxiv_w) {
		format_pad(b, arxiv, t->arxiv_w, false);
		add_gap(b);
	}
	if (t->score_w) {
		format_pad(b, score, t->score_w, true);
		add_gap(b);
	}
	if (t->date_w) {
		format_pad(b, date, t->date_w, false);
		add_gap(b);
	}
	sb_add(b, fitted);
	/* Trim the padding of empty trailing columns. */
	while (b->len && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	sb_addc(b, '\n');
	free(fitted);
}

void format_table_rows(struct format_table *t, const struct list_row *rows, size_t n)
{
	struct strbuf b = {0};

	if (!t->started) {
		measure(t, rows, n);
		drop_columns(t);
		t->started = true;
		if (t->color)
			sb_add(&b, "\033[1m");
		add_line(t, &b, "ID", "ARXIV", "SCORE", "DATE", "TITLE");
		if (t->color) {
			b.s[--b.len] = '\0'; /* the reset goes before the newline */
			sb_add(&b, "\033[0m\n");
		}
	}
	for (size_t i = 0; i < n; i++) {
		char num[32] = "", id[32];
		char *a = format_safe_text(rows[i].arxiv_id);
		char *d = format_safe_text(rows[i].date);
		char *title = format_safe_text(rows[i].title);

		snprintf(id, sizeof id, "%lld", rows[i].id);
		if (rows[i].has_score)
			format_number(rows[i].score, num);
		add_line(t, &b, id, a ? a : "", num, d ? d : "",
			 !str_empty(title) ? title : FORMAT_UNTITLED);
		free(a);
		free(d);
		free(title);
	}
	if (b.len)
		fwrite(b.s, 1, b.len, t->f);
	sb_free(&b);
}
