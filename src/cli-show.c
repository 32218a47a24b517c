/* cli-show.c — `paperboat show ID|ARXIV_ID...`: one paper in full, for people (or a format). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"

#define LABEL_W 14 /* the label column: "Institutions" and two spaces */

static const char show_help[] =
	"usage: paperboat show [--format FORMAT] ID|ARXIV_ID...\n"
	"\n"
	"Shows papers in full: title, identifiers, date, score, authors, institutions\n"
	"(the primary one marked), topics, tags, favourite and read marks, links, the\n"
	"abstract, the digest's review sections, the note and the files it came from.\n"
	"ID is the number 'paperboat list' shows; an arXiv id (2106.09608, arXiv:2106.09608v2)\n"
	"may be given instead.\n"
	"\n"
	"Options:\n"
	"  --format FORMAT text (default), json, csv or bibtex\n"
	"\n"
	"Examples:\n"
	"  paperboat show 42\n"
	"  paperboat show 2106.09608 --format bibtex\n";

struct show {
	struct strbuf b; /* the text being built */
	int width;       /* columns to wrap at */
	bool color;      /* bold title and headings */
};

/* "Label         value", the value wrapped under itself; page text made terminal-safe. */
static void show_field(struct show *s, const char *label, const char *value)
{
	struct strbuf wrapped = {0};
	char *safe;

	if (str_empty(value))
		return;
	safe = format_safe_text(value);
	format_wrap(&wrapped, safe, s->width, LABEL_W + 2);
	sb_add(&s->b, "  ");
	format_pad(&s->b, label, LABEL_W, false);
	sb_add(&s->b, wrapped.s + LABEL_W + 2);
	sb_free(&wrapped);
	free(safe);
}

static void show_heading(struct show *s, const char *title)
{
	sb_add(&s->b, "\n");
	if (s->color)
		sb_addf(&s->b, "\033[1m%s\033[0m\n", title);
	else
		sb_addf(&s->b, "%s\n", title);
}

/* A block of page or user text under a heading; the note keeps its own line breaks. */
static void show_block(struct show *s, const char *title, const char *text, bool keep_lines)
{
	struct strbuf lines = {0};

	if (str_empty(text))
		return;
	show_heading(s, title);
	for (const char *p = text; p && *p;) {
		const char *nl = keep_lines ? strchr(p, '\n') : NULL;
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, len);
		char *safe = format_safe_text(line);
		if (lines.len)
			sb_addc(&lines, '\n');
		sb_add(&lines, safe);
		free(safe);
		free(line);
		p = nl ? nl + 1 : p + len;
	}
	format_wrap(&s->b, lines.s, s->width, 2);
	sb_free(&lines);
}

static void show_list(struct show *s, const char *label, const struct strlist *l, const char *sep)
{
	struct strbuf v = {0};
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			sb_add(&v, sep);
		sb_add(&v, l->v[i]);
	}
	show_field(s, label, v.s);
	sb_free(&v);
}

static void show_time(struct show *s, const char *label, long long t)
{
	char buf[64];
	time_t tt = (time_t)t;
	struct tm tm;

	if (t <= 0 || !localtime_r(&tt, &tm) || !strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm))
		return;
	show_field(s, label, buf);
}

static void show_people(struct show *s, const struct paper *p)
{
	struct strbuf v = {0};

	/* Authors: the listed names, and how many there are when the page listed fewer. */
	for (size_t i = 0; i < p->authors.n; i++)
		sb_addf(&v, "%s%s", i ? ", " : "", p->authors.v[i]);
	if (p->author_count > (int)p->authors.n)
		sb_addf(&v, "%s(%d authors)", v.len ? " " : "", p->author_count);
	show_field(s, "Authors", v.s);
	sb_clear(&v);
	/* Institutions: names may hold commas, so "; " between them. */
	for (size_t i = 0; i < p->institutions.n; i++)
		sb_addf(&v, "%s%s%s", i ? "; " : "", p->institutions.v[i],
			i == 0 && p->primary_known ? " (primary)" : "");
	show_field(s, "Institutions", v.s);
	sb_clear(&v);
	for (size_t i = 0; i < p->ntopics; i++)
		sb_addf(&v, "%s%s", i ? ", " : "", p->topics[i].name);
	show_field(s, "Topics", v.s);
	sb_free(&v);
}

static void show_paper(struct show *s, const struct paper *p)
{
	char *title = format_safe_text(p->title ? p->title : FORMAT_UNTITLED);
	char id[32], num[32];

	if (s->color)
		sb_add(&s->b, "\033[1m");
	format_wrap(&s->b, title, s->width, 0);
	if (s->color) {
		s->b.s[--s->b.len] = '\0';
		sb_add(&s->b, "\033[0m\n");
	}
	free(title);
	sb_addc(&s->b, '\n');

	snprintf(id, sizeof id, "%lld", p->id);
	show_field(s, "ID", id);
	show_field(s, "arXiv", p->arxiv_id);
	show_field(s, "DOI", p->doi);
	show_field(s, "Date", p->date);
	if (p->has_score) {
		format_number(p->score, num);
		show_field(s, "Score", num);
	}
	show_people(s, p);
	show_list(s, "Tags", &p->tags, ", ");
	show_field(s, "Favourite", p->favourite ? "yes" : "no");
	show_field(s, "Read", p->read ? "yes" : "no");
	show_field(s, "URL", p->url);
	show_field(s, "PDF", p->pdf_url);
	for (size_t i = 0; i < p->nlinks; i++) {
		char *label = xasprintf("Link (%s)", p->links[i].kind);
		char *safe = format_safe_text(label);
		char *fitted = format_fit(safe, LABEL_W - 1);
		show_field(s, fitted, p->links[i].url);
		free(fitted);
		free(safe);
		free(label);
	}
	show_time(s, "Added", p->added_at);
	show_time(s, "Updated", p->updated_at);

	show_block(s, "Abstract", p->abstract, false);
	for (int r = 0; r < REVIEW_N; r++)
		show_block(s, review_section_title((enum review_section)r), p->reviews[r], false);
	show_block(s, "Note", p->note, true);
	if (p->sources.n) {
		show_heading(s, "Sources");
		for (size_t i = 0; i < p->sources.n; i++) {
			char *safe = format_safe_text(p->sources.v[i]);
			sb_addf(&s->b, "  %s\n", safe);
			free(safe);
		}
	}
}

int cli_show(struct cli *cli, int argc, char **argv)
{
	const char *format_text = NULL;
	const struct cli_option opts[] = {
		{"--format", &format_text, NULL},
		{NULL, NULL, NULL},
	};
	struct strlist refs = {0};
	struct store *st = NULL;
	struct format_out out;
	enum format_kind kind = FORMAT_TABLE; /* stands for "text" here */
	long long *ids = NULL;
	size_t shown = 0;
	bool help, found;
	int status = cli_parse_args("show", argc, argv, opts, &help, &refs);

	if (status != EXIT_OK || help) {
		if (help)
			fputs(show_help, stdout);
		goto done;
	}
	if (format_text && strcmp(format_text, "text") != 0 &&
	    (!format_from_name(format_text, &kind) || kind == FORMAT_TABLE || kind == FORMAT_TSV)) {
		status = cli_usage_error("show", "unknown format '%s' (text, json, csv or bibtex)",
					 format_text);
		goto done;
	}
	if (!refs.n) {
		status = cli_usage_error("show", "which paper? Give an ID or an arXiv id");
		goto done;
	}
	if (!(st = cli_open_store(cli, STORE_READ_ONLY))) {
		status = EXIT_FAIL;
		goto done;
	}
	ids = xcalloc(refs.n, sizeof *ids);
	found = cli_find_papers(st, &refs, ids);
	if (kind != FORMAT_TABLE)
		format_begin(&out, stdout, kind);
	for (size_t i = 0; i < refs.n; i++) {
		struct paper p = {0};
		if (!ids[i] || !store_paper_get(st, ids[i], &p))
			continue;
		if (kind != FORMAT_TABLE) {
			format_paper(&out, &p);
		} else {
			struct show s = {.width = cli_output_width(cli), .color = cli->color};
			if (shown++)
				fputc('\n', stdout);
			show_paper(&s, &p);
			fwrite(s.b.s, 1, s.b.len, stdout);
			sb_free(&s.b);
		}
		paper_free(&p);
	}
	if (kind != FORMAT_TABLE)
		format_end(&out);
	status = cli_finish_output(stdout, "standard output");
	if (!found)
		status = EXIT_FAIL;
done:
	free(ids);
	if (st)
		store_close(st);
	strlist_free(&refs);
	return status;
}
