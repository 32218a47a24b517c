/* adapter-util.c — arXiv ids and categories, DOIs, author names and cleaned paper fields. */
#include "adapter-util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "html.h"
#include "text.h"
#include "util.h"

static size_t count_digits(const char *s)
{
	size_t n = 0;
	while (isdigit((unsigned char)s[n]))
		n++;
	return n;
}

/* After an id: an optional version "v2", then something that cannot continue the id. */
static bool id_ends_well(const char *e)
{
	if (*e == 'v' && isdigit((unsigned char)e[1]))
		e += 1 + count_digits(e + 1);
	return !isalnum((unsigned char)*e) && *e != '_';
}

static bool parse_new_style(const char *s, char out[ARXIV_ID_MAX])
{
	size_t tail;
	int month;

	if (count_digits(s) != 4 || s[4] != '.')
		return false;
	tail = count_digits(s + 5);
	month = (s[2] - '0') * 10 + (s[3] - '0');
	if ((tail != 4 && tail != 5) || month < 1 || month > 12 || !id_ends_well(s + 5 + tail))
		return false;
	memcpy(out, s, 5 + tail);
	out[5 + tail] = '\0';
	return true;
}

/* hep-th/9901001, math.AG/0101001: archive, optional subject class, slash, seven digits. */
static bool parse_old_style(const char *s, char out[ARXIV_ID_MAX])
{
	const char *p = s;
	size_t len;

	if (!islower((unsigned char)*p))
		return false;
	while (islower((unsigned char)*p) || (*p == '-' && islower((unsigned char)p[1])))
		p++;
	if (*p == '.' && isalpha((unsigned char)p[1])) {
		p++;
		while (isalpha((unsigned char)*p) || (*p == '-' && isalpha((unsigned char)p[1])))
			p++;
	}
	if (*p != '/' || count_digits(p + 1) != 7 || !id_ends_well(p + 8))
		return false;
	len = (size_t)(p + 8 - s);
	if (len >= ARXIV_ID_MAX)
		return false;
	memcpy(out, s, len);
	out[len] = '\0';
	return true;
}

bool arxiv_id_parse(const char *s, char out[ARXIV_ID_MAX])
{
	if (!s)
		return false;
	while (isspace((unsigned char)*s))
		s++;
	if (strncasecmp(s, "arxiv:", 6) == 0)
		s += 6;
	while (isspace((unsigned char)*s))
		s++;
	return parse_new_style(s, out) || parse_old_style(s, out);
}

bool arxiv_id_find(const char *s, char out[ARXIV_ID_MAX])
{
	static const char *const markers[] = {
		"arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/", "10.48550/arxiv.", "arxiv:",
	};
	if (!s)
		return false;
	if ((str_starts(s, "/abs/") || str_starts(s, "/pdf/")) && arxiv_id_parse(s + 5, out))
		return true;
	for (size_t m = 0; m < sizeof markers / sizeof markers[0]; m++) {
		size_t len = strlen(markers[m]);
		for (const char *p = s; (p = strcasestr(p, markers[m])) != NULL; p += len)
			if (arxiv_id_parse(p + len, out))
				return true;
	}
	return false;
}

static bool is_category_code(const char *s, size_t len)
{
	size_t i = 0;
	bool dot = false;

	if (len == 0 || !islower((unsigned char)s[0]))
		return false;
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '.' && !dot && i > 0 && i + 1 < len) {
			dot = true;
			continue;
		}
		if (!isalpha(c) && c != '-')
			return false;
	}
	return true;
}

bool arxiv_category_parse(const char *subject, char *out, size_t outlen)
{
	char *clean = text_clean(subject);
	const char *code = NULL;
	size_t len = 0;
	bool ok = false;

	if (!clean)
		return false;
	len = strlen(clean);
	if (len > 2 && clean[len - 1] == ')') {
		const char *open = strrchr(clean, '(');
		if (open) {
			code = open + 1;
			len = (size_t)(clean + strlen(clean) - 1 - code);
		}
	} else {
		code = clean;
	}
	if (code && is_category_code(code, len) && len < outlen) {
		memcpy(out, code, len);
		out[len] = '\0';
		ok = true;
	}
	free(clean);
	return ok;
}

void arxiv_add_categories(struct paper *p, const char *subjects)
{
	char *copy = xstrdup(subjects);
	char *save = NULL;

	if (!copy)
		return;
	for (char *part = strtok_r(copy, ";", &save); part; part = strtok_r(NULL, ";", &save)) {
		char code[64];
		if (arxiv_category_parse(part, code, sizeof code))
			paper_add_topic(p, code, TOPIC_ARXIV);
	}
	free(copy);
}

char *doi_parse(const char *s)
{
	const char *p;

	if (!s)
		return NULL;
	for (p = s; (p = strstr(p, "10.")) != NULL; p += 3) {
		size_t reg = count_digits(p + 3);
		const char *e;
		if ((p > s && isalnum((unsigned char)p[-1])) || reg < 4 || reg > 9 || p[3 + reg] != '/')
			continue;
		e = p + 4 + reg;
		while ((unsigned char)*e > ' ' && *e != '"' && *e != '<' && *e != '>' && *e != 0x7f)
			e++;
		while (e > p + 4 + reg && strchr(".,;:)]", e[-1]))
			e--;
		if (e > p + 4 + reg)
			return xstrndup(p, (size_t)(e - p));
	}
	return NULL;
}

/* Footnote and role marks people put after (or before) names on lab pages. */
static size_t mark_len_at_end(const char *s, size_t len)
{
	static const char *const marks[] = {"*", "\xe2\x80\xa0", "\xe2\x80\xa1", "\xc2\xa7",
	                                    "#", "^", "\xe2\x80\xa2", ","};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		size_t ml = strlen(marks[i]);
		if (len >= ml && memcmp(s + len - ml, marks[i], ml) == 0)
			return ml;
	}
	if (len > 1 && isdigit((unsigned char)s[len - 1]) && !isdigit((unsigned char)s[len - 2]) &&
	    s[len - 2] != ' ')
		return 1; /* "Smith1" affiliation index */
	return 0;
}

static bool is_name_suffix(const char *s)
{
	static const char *const suffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if (strcmp(s, suffixes[i]) == 0)
			return true;
	return false;
}

char *author_name_display(const char *raw)
{
	char *s = text_clean(raw);
	char *start, *comma, *out;
	size_t len;

	if (!s)
		return NULL;
	start = s;
	/* "(α-β) T. Chen": a parenthesised role note before the name */
	if (*start == '(' && strchr(start, ')'))
		start = strchr(start, ')') + 1;
	while (*start == ' ' || *start == '*')
		start++;
	len = strlen(start);
	for (size_t m; (m = mark_len_at_end(start, len)) > 0;) {
		len -= m;
		while (len > 0 && start[len - 1] == ' ')
			len--;
	}
	start[len] = '\0';
	comma = strchr(start, ',');
	if (comma && !strchr(comma + 1, ',') && comma > start) {
		char *first = comma + 1;
		while (*first == ' ')
			first++;
		*comma = '\0';
		if (*first && !is_name_suffix(first)) {
			out = xasprintf("%s %s", first, start);
			free(s);
			s = text_clean(out);
			free(out);
			return s;
		}
		*comma = ',';
	}
	out = text_clean(start);
	free(s);
	return out;
}

void paper_take_title(struct paper *p, char *text)
{
	if (str_empty(text) || p->title) {
		free(text);
		return;
	}
	p->title = text;
}

void paper_take_abstract(struct paper *p, char *text)
{
	if (str_empty(text) || p->abstract) {
		free(text);
		return;
	}
	p->abstract = text;
}

void paper_set_title(struct paper *p, const char *raw)
{
	paper_take_title(p, text_clean(raw));
}

void paper_set_abstract(struct paper *p, const char *raw)
{
	paper_take_abstract(p, text_clean(raw));
}

bool paper_set_date(struct paper *p, const char *raw, int page_year)
{
	char iso[11];

	if (p->date || !date_normalise(raw, page_year, iso))
		return false;
	p->date = xstrdup(iso);
	return true;
}

void paper_set_url(char **field, const char *url)
{
	if (*field || str_empty(url))
		return;
	*field = html_url_resolve(url, NULL);
}

void paper_set_arxiv(struct paper *p, const char *id)
{
	char clean[ARXIV_ID_MAX];

	if (p->arxiv_id || !arxiv_id_parse(id, clean))
		return;
	p->arxiv_id = xstrdup(clean);
	if (!p->url)
		p->url = xasprintf("https://arxiv.org/abs/%s", clean);
	if (!p->pdf_url)
		p->pdf_url = xasprintf("https://arxiv.org/pdf/%s", clean);
}

void paper_set_doi(struct paper *p, const char *raw)
{
	if (!p->doi)
		p->doi = doi_parse(raw);
}

void paper_add_author(struct paper *p, const char *raw)
{
	char *name = author_name_display(raw);
	if (name)
		strlist_take(&p->authors, name);
}

void papers_drop_unusable(struct paper_list *l, size_t from)
{
	size_t keep = from;

	for (size_t i = from; i < l->n; i++) {
		struct paper *p = &l->v[i];
		if (!p->title && !p->abstract && !p->arxiv_id && !p->doi) {
			paper_free(p);
			continue;
		}
		if (keep != i)
			l->v[keep] = *p;
		keep++;
	}
	l->n = keep;
}
