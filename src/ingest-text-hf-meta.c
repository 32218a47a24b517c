/* ingest-text-hf-meta.c — the meta lines under a Hugging Face card in a text dump. */
#include "ingest-text-hf-meta.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

#define MIDDOT "\xC2\xB7"  /* U+00B7, between the author count and the date */
#define BULLET "\xE2\x80\xA2" /* U+2022, before the author count */

/* A month written as HF does ("Sep"), or spelt out; 0 when WORD (LEN bytes) is none. */
static int meta_month(const char *word, size_t len)
{
	static const char *const names[12] = {
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
	};
	if (len > 0 && word[len - 1] == '.')
		len--;
	if (len < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		if (strncasecmp(word, names[m], len) != 0)
			continue;
		if (len == 3 || len == strlen(names[m]) || (m == 8 && len == 4))
			return m + 1;
	}
	return 0;
}

/* Reads 1..MAX digits at *P; false when there are none or too many. */
static bool meta_number(const char **p, int max, long *out)
{
	const char *s = *p;
	long v = 0;
	int n = 0;
	while (isdigit((unsigned char)*s)) {
		if (++n > max)
			return false;
		v = v * 10 + (*s++ - '0');
	}
	if (n == 0)
		return false;
	*p = s;
	*out = v;
	return true;
}

/* "Sep 22, 2025 2", "Feb 17", "Jan 19 3": month, day, optional ", year", optional upvotes,
 * and nothing else. */
static bool meta_date(const char *s, struct hf_meta *m)
{
	const char *p = s, *end_date;
	long day, year = 0, votes;
	int month;

	while (isalpha((unsigned char)*p) || (*p == '.' && p > s))
		p++;
	month = meta_month(s, (size_t)(p - s));
	if (!month || *p != ' ')
		return false;
	p++;
	if (!meta_number(&p, 2, &day) || day < 1 || day > 31)
		return false;
	if (p[0] == ',' && p[1] == ' ') {
		const char *q = p + 2;
		if (!meta_number(&q, 4, &year) || year < 1900)
			return false;
		p = q;
	}
	end_date = p;
	m->has_votes = false;
	if (*p == ' ') {
		p++;
		if (!meta_number(&p, 9, &votes))
			return false;
		m->has_votes = true;
		m->votes = (double)votes;
	}
	if (*p)
		return false;
	if ((size_t)(end_date - s) >= sizeof m->date)
		return false;
	memcpy(m->date, s, (size_t)(end_date - s));
	m->date[end_date - s] = '\0';
	m->year = (int)year;
	m->has_date = true;
	return true;
}

/* A leading "•", "*" or "-" bullet before a count. */
static const char *meta_skip_bullet(const char *s)
{
	if (str_starts(s, BULLET))
		s += strlen(BULLET);
	else if (*s == '*' || *s == '-')
		s++;
	while (*s == ' ')
		s++;
	return s;
}

/* "6 authors", "1 author" (after an optional bullet). */
static bool meta_authors(const char *s, int *out)
{
	const char *p = meta_skip_bullet(s);
	long n;
	if (!meta_number(&p, 6, &n) || *p != ' ')
		return false;
	p++;
	if (strcasecmp(p, "authors") != 0 && strcasecmp(p, "author") != 0)
		return false;
	*out = (int)n;
	return true;
}

static bool meta_is_separator(const char *s)
{
	return strcmp(s, MIDDOT) == 0 || strcmp(s, BULLET) == 0 || strcmp(s, "*") == 0 ||
	       strcmp(s, "-") == 0 || strcmp(s, "|") == 0;
}

bool hf_meta_is_date(const char *line)
{
	struct hf_meta m = {0};
	return line && meta_date(line, &m);
}

char *hf_meta_org_name(const char *line)
{
	const char *sp = strchr(line, ' ');
	return xstrdup(sp && sp[1] ? sp + 1 : (*line ? line : NULL));
}

bool hf_meta_parse(const char *line, struct hf_meta *m)
{
	char *copy, *part, *next;
	const char *other = NULL;
	int others = 0;
	bool has_dot;

	memset(m, 0, sizeof *m);
	if (!line || !*line)
		return false;
	if (meta_is_separator(line)) {
		m->separator = true;
		return true;
	}
	has_dot = strstr(line, MIDDOT) != NULL;
	copy = xstrdup(line);
	for (part = copy; part; part = next) {
		char *dot = strstr(part, MIDDOT);
		next = dot ? dot + strlen(MIDDOT) : NULL;
		if (dot)
			*dot = '\0';
		while (*part == ' ')
			part++;
		for (size_t n = strlen(part); n > 0 && part[n - 1] == ' ';)
			part[--n] = '\0';
		if (!*part)
			continue;
		if (!m->authors && meta_authors(part, &m->authors))
			continue;
		if (!m->has_date && meta_date(part, m))
			continue;
		others++;
		other = line + (part - copy);
	}
	/* Text beside a count or a date is the organisation only on a "·" line; any other
	 * mix is ordinary text that happens to hold a date. */
	if ((!m->authors && !m->has_date) || others > 1 || (others == 1 && !has_dot)) {
		free(copy);
		memset(m, 0, sizeof *m);
		return false;
	}
	if (others == 1) {
		const char *e = strstr(other, MIDDOT);
		char *org = xstrndup(other, e ? (size_t)(e - other) : strlen(other));
		for (size_t n = strlen(org); n > 0 && org[n - 1] == ' ';)
			org[--n] = '\0';
		m->org = hf_meta_org_name(org);
		free(org);
	}
	free(copy);
	return true;
}

void hf_meta_free(struct hf_meta *m)
{
	free(m->org);
	m->org = NULL;
}
