/* fuzz-check.c — the promises of paper.h and adapter.h, checked on every fuzz result. */
#include "fuzz-check.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest.h"
#include "institution.h"
#include "topic-rules.h"

void fuzz_fail(const char *who, const char *what, const char *value)
{
	fprintf(stderr, "fuzz: %s: %s", who, what);
	if (value)
		fprintf(stderr, ": \"%.300s\"", value);
	fputc('\n', stderr);
	abort();
}

/* Length of the UTF-8 sequence at S with its code point in CP, 0 when not valid. */
static size_t utf8_next(const unsigned char *s, size_t left, uint32_t *cp)
{
	size_t n;
	uint32_t min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0)
		n = 2, min = 0x80, *cp = s[0] & 0x1F;
	else if ((s[0] & 0xF0) == 0xE0)
		n = 3, min = 0x800, *cp = s[0] & 0x0F;
	else if ((s[0] & 0xF8) == 0xF0)
		n = 4, min = 0x10000, *cp = s[0] & 0x07;
	else
		return 0;
	if (n > left)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return n;
}

bool fuzz_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_next(p + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* The characters text_clean() removes. */
static bool is_invisible(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
	       (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF ||
	       c == 0x061C || c == 0x2028 || c == 0x2029;
}

void fuzz_check_clean(const char *who, const char *field, const char *s)
{
	char what[128];
	const unsigned char *p = (const unsigned char *)s;
	const char *problem = NULL;
	size_t len, at = 0;
	uint32_t cp = 0;

	if (!s)
		return;
	len = strlen(s);
	if (len == 0)
		problem = "is empty (NULL stands for nothing)";
	else if (!fuzz_utf8_valid(s, len))
		problem = "is not valid UTF-8";
	else if (s[0] == ' ' || s[len - 1] == ' ')
		problem = "has a space at an end";
	for (size_t i = 0; !problem && i < len; i += utf8_next(p + i, len - i, &cp)) {
		utf8_next(p + i, len - i, &cp);
		at = i;
		if (is_invisible(cp))
			problem = "holds an invisible character";
		else if (cp == ' ' && p[i + 1] == ' ')
			problem = "has two spaces in a row";
	}
	if (!problem)
		return;
	snprintf(what, sizeof what, "%s %s (U+%04X at byte %zu)", field, problem, (unsigned)cp, at);
	fuzz_fail(who, what, s);
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return true;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day. */
bool fuzz_iso_date(const char *s)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	size_t len = strlen(s);
	int m, d;

	if (len != 4 && len != 7 && len != 10)
		return false;
	if (!all_digits(s, 4))
		return false;
	if (len == 4)
		return true;
	if (s[4] != '-' || !all_digits(s + 5, 2))
		return false;
	m = (s[5] - '0') * 10 + (s[6] - '0');
	if (m < 1 || m > 12)
		return false;
	if (len == 7)
		return true;
	if (s[7] != '-' || !all_digits(s + 8, 2))
		return false;
	d = (s[8] - '0') * 10 + (s[9] - '0');
	return d >= 1 && d <= days[m - 1];
}

/* "2106.09608", "0704.0001", "hep-th/9901001" or "math.GT/0309136". */
static bool arxiv_id(const char *s)
{
	const char *slash = strchr(s, '/');
	size_t len = strlen(s);
	const char *p = s;

	if (!slash)
		return (len == 9 || len == 10) && all_digits(s, 4) && s[4] == '.' &&
		       all_digits(s + 5, len - 5);
	if (strlen(slash + 1) != 7 || !all_digits(slash + 1, 7) || !islower((unsigned char)*p))
		return false;
	while (islower((unsigned char)*p) || *p == '-')
		p++;
	if (*p == '.' && isupper((unsigned char)p[1]) && isupper((unsigned char)p[2]))
		p += 3;
	return p == slash;
}

/* Nothing a terminal or a shell could take for more than a link. */
bool fuzz_http_url(const char *s)
{
	if (strncasecmp(s, "http://", 7) != 0 && strncasecmp(s, "https://", 8) != 0)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= 0x20 || *p == 0x7F)
			return false;
	return fuzz_utf8_valid(s, strlen(s));
}

static bool bare_doi(const char *s)
{
	if (strncmp(s, "10.", 3) != 0 || !strchr(s, '/'))
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= 0x20 || *p == 0x7F)
			return false;
	return fuzz_utf8_valid(s, strlen(s));
}

static void check_paper(const char *who, const struct paper *p)
{
	/* papers_drop_unusable()'s rule: the store can find a paper again by any of these. */
	if (!p->title && !p->abstract && !p->arxiv_id && !p->doi)
		fuzz_fail(who, "a paper with no title, abstract, arXiv id or DOI", NULL);
	fuzz_check_clean(who, "title", p->title);
	fuzz_check_clean(who, "abstract", p->abstract);
	if (p->abstract_raw && !fuzz_utf8_valid(p->abstract_raw, strlen(p->abstract_raw)))
		fuzz_fail(who, "abstract_raw is not valid UTF-8", p->abstract_raw);
	for (int r = 0; r < REVIEW_N; r++)
		fuzz_check_clean(who, review_section_name(r), p->reviews[r]);
	if (p->date && !fuzz_iso_date(p->date))
		fuzz_fail(who, "date is not YYYY[-MM[-DD]]", p->date);
	if (p->arxiv_id && !arxiv_id(p->arxiv_id))
		fuzz_fail(who, "arxiv_id is not a bare arXiv id", p->arxiv_id);
	if (p->doi && !bare_doi(p->doi))
		fuzz_fail(who, "doi is not a bare DOI", p->doi);
	if (p->url && !fuzz_http_url(p->url))
		fuzz_fail(who, "url is not an http(s) URL", p->url);
	if (p->pdf_url && !fuzz_http_url(p->pdf_url))
		fuzz_fail(who, "pdf_url is not an http(s) URL", p->pdf_url);
	for (size_t i = 0; i < p->nlinks; i++) {
		if (str_empty(p->links[i].kind))
			fuzz_fail(who, "a link without a kind", p->links[i].url);
		if (!p->links[i].url || !fuzz_http_url(p->links[i].url))
			fuzz_fail(who, "a link is not an http(s) URL", p->links[i].url);
	}
	for (size_t i = 0; i < p->authors.n; i++)
		fuzz_check_clean(who, "author", p->authors.v[i]);
	if (p->author_count < 0 || (p->author_count > 0 && (size_t)p->author_count < p->authors.n))
		fuzz_fail(who, "author_count is below the authors listed", NULL);
	for (size_t i = 0; i < p->institutions.n; i++) {
		fuzz_check_clean(who, "institution", p->institutions.v[i]);
		for (size_t j = 0; j < i; j++)
			if (strcasecmp(p->institutions.v[i], p->institutions.v[j]) == 0)
				fuzz_fail(who, "an institution twice", p->institutions.v[i]);
	}
	if (p->primary_known && p->institutions.n == 0)
		fuzz_fail(who, "a primary institution that is not there", NULL);
	for (size_t i = 0; i < p->ntopics; i++) {
		fuzz_check_clean(who, "topic", p->topics[i].name);
		if (!p->topics[i].name)
			fuzz_fail(who, "a topic without a name", NULL);
		for (size_t j = 0; j < i; j++)
			if (strcmp(p->topics[i].name, p->topics[j].name) == 0)
				fuzz_fail(who, "a topic twice", p->topics[i].name);
	}
	if (p->has_score && !isfinite(p->score))
		fuzz_fail(who, "a score that is not a number", NULL);
	if (p->id || p->favourite || p->read || p->note || p->tags.n || p->sources.n ||
	    p->added_at || p->updated_at)
		fuzz_fail(who, "an adapter filled a field only the store fills", NULL);
}

void fuzz_check_papers(const char *who, const struct paper_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		check_paper(who, &l->v[i]);
}

void fuzz_check_extract(const char *who, bool ok, const struct strbuf *err)
{
	if (ok)
		return;
	if (!err->s || !err->s[0])
		fuzz_fail(who, "extract() failed without a message", NULL);
	if (strchr(err->s, '\n'))
		fuzz_fail(who, "extract()'s message is more than one line", err->s);
}

/* The run's tables for ingest_paper_prepare(): built-in institutions and topic rules. */
static struct ingest_options *run_options(void)
{
	static struct ingest_options o;
	if (!o.inst) {
		o.inst = institutions_new();
		o.rules = topic_rules_new();
	}
	return &o;
}

/* Each paper made ready for the store as the run does it; those it keeps are checked again. */
static void check_prepared(const char *who, struct paper_list *l, bool text_dump)
{
	for (size_t i = 0; i < l->n; i++) {
		struct strlist aliases = {0};
		if (ingest_paper_prepare(&l->v[i], text_dump, run_options(), &aliases, NULL)) {
			struct paper_list one = {.v = &l->v[i], .n = 1};
			fuzz_check_papers(who, &one);
		}
		strlist_free(&aliases);
	}
}

void fuzz_run_adapters(const struct adapter *const *table, const struct page *pg)
{
	for (int i = 0; table[i]; i++) {
		if (!table[i]->detect(pg))
			continue;
		struct paper_list out = {0};
		struct strbuf err = {0};
		bool ok = table[i]->extract(pg, &out, &err);
		fuzz_check_extract(table[i]->name, ok, &err);
		fuzz_check_papers(table[i]->name, &out);
		check_prepared(table[i]->name, &out, pg->doc == NULL);
		paper_list_free(&out);
		sb_free(&err);
		break;
	}
	for (int i = 0; table[i]; i++) {
		struct paper_list out = {0};
		struct strbuf err = {0};
		table[i]->extract(pg, &out, &err);
		paper_list_free(&out);
		sb_free(&err);
	}
}
