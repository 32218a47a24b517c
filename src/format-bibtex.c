/* format-bibtex.c — --format bibtex. arXiv papers are @misc with eprint, archivePrefix = {arXiv}
 * and primaryClass; other papers with a DOI are @article, the rest @misc with their URL.
 *
 * Escaping: { } \ & % $ # _ ~ ^ are written as LaTeX commands or escapes; braces and backslash
 * become \textbraceleft{}, \textbraceright{} and \textbackslash{} because BibTeX counts braces
 * literally (even "\{"), so a lone brace in a title would otherwise end the field early.
 * Non-ASCII text stays UTF-8: biber/biblatex and LaTeX since 2018 read UTF-8 directly, and
 * turning CJK or Cyrillic names into {\"o}-style escapes is not possible. Control characters
 * become spaces. URLs and DOIs are kept as they are, except characters that would break the
 * entry, which are percent-encoded. */
#include "format.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void format_bibtex_escape(struct strbuf *b, const char *s)
{
	char *safe = format_safe_text(s);

	for (const char *c = safe; c && *c; c++) {
		switch (*c) {
		case '{': sb_add(b, "\\textbraceleft{}"); break;
		case '}': sb_add(b, "\\textbraceright{}"); break;
		case '\\': sb_add(b, "\\textbackslash{}"); break;
		case '~': sb_add(b, "\\textasciitilde{}"); break;
		case '^': sb_add(b, "\\textasciicircum{}"); break;
		case '&': case '%': case '$': case '#': case '_':
			sb_addc(b, '\\');
			sb_addc(b, *c);
			break;
		default: sb_addc(b, *c);
		}
	}
	free(safe);
}

bool format_bibtex_balanced(const char *s)
{
	int literal = 0, tex = 0; /* BibTeX counts every brace; TeX skips escaped ones */

	for (const char *c = s; c && *c; c++) {
		if (*c == '\\') {
			if (!c[1])
				return false; /* a final backslash would escape the closing brace */
			if (c[1] == '{')
				literal++;
			else if (c[1] == '}' && --literal < 0)
				return false;
			c++;
		} else if (*c == '{') {
			literal++;
			tex++;
		} else if (*c == '}' && (--literal < 0 || --tex < 0)) {
			return false;
		}
	}
	return literal == 0 && tex == 0;
}

/* URLs and DOIs: as they are, minus what would break the entry or the \url command. */
static void add_url(struct strbuf *b, const char *s)
{
	char *safe = format_safe_text(s);

	for (const char *c = safe; c && *c; c++) {
		if (*c == '{' || *c == '}' || *c == '\\' || *c == ' ')
			sb_addf(b, "%%%02X", (unsigned char)*c);
		else
			sb_addc(b, *c);
	}
	free(safe);
}

static void field_start(struct strbuf *b, const char *name)
{
	sb_addf(b, ",\n  %s = {", name);
}

static void add_text_field(struct strbuf *b, const char *name, const char *value)
{
	if (str_empty(value))
		return;
	field_start(b, name);
	format_bibtex_escape(b, value);
	sb_addc(b, '}');
}

static void add_url_field(struct strbuf *b, const char *name, const char *value)
{
	if (str_empty(value))
		return;
	field_start(b, name);
	add_url(b, value);
	sb_addc(b, '}');
}

static void add_authors(struct strbuf *b, const struct paper *p)
{
	if (!p->authors.n)
		return;
	field_start(b, "author");
	for (size_t i = 0; i < p->authors.n; i++) {
		const char *name = p->authors.v[i];
		/* BibTeX splits the list at a bare "and": a name holding one is braced. */
		bool protect = strcasestr(name, " and ") != NULL;
		if (i)
			sb_add(b, " and ");
		if (protect)
			sb_addc(b, '{');
		format_bibtex_escape(b, name);
		if (protect)
			sb_addc(b, '}');
	}
	if (p->author_count > (int)p->authors.n)
		sb_add(b, " and others");
	sb_addc(b, '}');
}

static void add_date(struct strbuf *b, const char *date)
{
	static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
					     "jul", "aug", "sep", "oct", "nov", "dec"};
	int m;

	if (!date || strlen(date) < 4 || strspn(date, "0123456789") < 4)
		return;
	sb_addf(b, ",\n  year = {%.4s}", date);
	if (strlen(date) >= 7 && date[4] == '-') {
		m = (date[5] - '0') * 10 + (date[6] - '0');
		if (m >= 1 && m <= 12)
			sb_addf(b, ",\n  month = %s", months[m - 1]); /* BibTeX's month macros */
	}
}

static const char *primary_class(const struct paper *p)
{
	for (size_t i = 0; i < p->ntopics; i++)
		if (p->topics[i].origin == TOPIC_ARXIV)
			return p->topics[i].name;
	return NULL;
}

static void add_keywords(struct strbuf *b, const struct paper *p)
{
	if (!p->ntopics)
		return;
	field_start(b, "keywords");
	for (size_t i = 0; i < p->ntopics; i++) {
		if (i)
			sb_add(b, ", ");
		format_bibtex_escape(b, p->topics[i].name);
	}
	sb_addc(b, '}');
}

/* The page's own LaTeX when it has one that cannot break the entry; else the readable text. */
static void add_abstract(struct strbuf *b, const struct paper *p)
{
	if (!str_empty(p->abstract_raw) && format_bibtex_balanced(p->abstract_raw)) {
		char *raw = format_safe_text(p->abstract_raw);
		field_start(b, "abstract");
		sb_add(b, raw);
		sb_addc(b, '}');
		free(raw);
		return;
	}
	add_text_field(b, "abstract", p->abstract);
}

void format_bibtex_paper(FILE *f, const struct paper *p, struct format_bibkeys *keys)
{
	struct strbuf b = {0};
	char *key = format_bibkey(keys, p);
	bool arxiv = !str_empty(p->arxiv_id);
	const char *type = arxiv ? "misc" : !str_empty(p->doi) ? "article" : "misc";

	sb_addf(&b, "@%s{%s", type, key);
	add_text_field(&b, "title", p->title);
	add_authors(&b, p);
	add_date(&b, p->date);
	if (arxiv) {
		add_url_field(&b, "eprint", p->arxiv_id);
		sb_add(&b, ",\n  archivePrefix = {arXiv}");
		add_text_field(&b, "primaryClass", primary_class(p));
	}
	add_url_field(&b, "doi", p->doi);
	add_url_field(&b, "url", p->url);
	add_keywords(&b, p);
	add_abstract(&b, p);
	sb_add(&b, "\n}\n");
	fwrite(b.s, 1, b.len, f);
	sb_free(&b);
	free(key);
}
