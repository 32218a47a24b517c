/* digest-read.c — the weekly digest's records, read from a sequence of lines. */
#include "digest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter-util.h"
#include "text-lines.h"

#define LABEL_PRIMARY "Primary:"
#define LABEL_ALL "All Institutions:"
/* Shortest abstract, and shortest review paragraph, that detection counts. */
#define DIGEST_ABSTRACT_MIN 80
#define DIGEST_REVIEW_MIN 40
/* A parenthesis longer than this after an institution is commentary, not its long name. */
#define DIGEST_PAREN_MAX 80
/* A "[Placeholder]." opening a review is a template left unfilled; longest one dropped. */
#define DIGEST_PLACEHOLDER_MAX 60

/* Labels a page may give the review sections, besides review_section_title(). */
static const struct {
	const char *label;          /* as written, without the colon */
	enum review_section section; /* the section it names */
} digest_labels[] = {
	{"TL;DR", REVIEW_TLDR}, {"TLDR", REVIEW_TLDR}, {"Methodology", REVIEW_METHODOLOGY},
	{"Methods", REVIEW_METHODOLOGY}, {"Experiments", REVIEW_EXPERIMENTS},
	{"Experimental evaluation", REVIEW_EXPERIMENTS}, {"Evaluation", REVIEW_EXPERIMENTS},
	{"Reproducibility", REVIEW_REPRODUCIBILITY}, {"Limitations", REVIEW_LIMITATIONS},
	{"Broader impact", REVIEW_IMPACT}, {"Broader impacts", REVIEW_IMPACT},
	{"Impact", REVIEW_IMPACT},
};

bool digest_header_year(const char *line, int *year)
{
	const char *p = text_lines_after(line, "Last ");
	const char *open, *close;
	int y = 0;

	if (!p || !isdigit((unsigned char)*p))
		return false;
	while (isdigit((unsigned char)*p))
		p++;
	if (strncasecmp(p, " days (", 7) != 0)
		return false;
	open = p + 6;
	close = strchr(open, ')');
	if (!close || close[1])
		return false;
	for (const char *q = close - 1; q > open + 3; q--)
		if (isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[-1]) &&
		    isdigit((unsigned char)q[-2]) && isdigit((unsigned char)q[-3]) &&
		    !isdigit((unsigned char)q[-4])) {
			y = atoi(q - 3);
			break;
		}
	if (y < 1900 || y > 2999)
		return false;
	*year = y;
	return true;
}

/* The section LINE opens ("TL;DR", "Methodology:", "Limitations: text"), with the text after
 * the label in *rest (empty when the label stands alone). */
static bool digest_section_label(const char *line, enum review_section *s, const char **rest)
{
	for (size_t i = 0; i < sizeof digest_labels / sizeof digest_labels[0]; i++) {
		size_t n = strlen(digest_labels[i].label);
		if (strncasecmp(line, digest_labels[i].label, n) != 0)
			continue;
		const char *p = line + n;
		if (*p == ':')
			p++;
		else if (*p)
			continue;
		while (*p == ' ')
			p++;
		*s = digest_labels[i].section;
		*rest = p;
		return true;
	}
	return false;
}

/* An ordinary paragraph: no label, no header, not a break. */
static bool digest_plain(const char *line)
{
	enum review_section s;
	const char *rest;
	int y;
	return *line && !text_lines_after(line, LABEL_PRIMARY) && !text_lines_after(line, LABEL_ALL) &&
	       !digest_section_label(line, &s, &rest) && !digest_header_year(line, &y);
}

/* The nearest line before I that is not a break; NONE when there is none. */
#define NONE ((size_t)-1)
static size_t digest_prev(const struct strlist *l, size_t i)
{
	while (i-- > 0)
		if (*l->v[i])
			return i;
	return NONE;
}

/* The first line from I on that is not a break (l->n when there is none). */
static size_t digest_next(const struct strlist *l, size_t i)
{
	while (i < l->n && !*l->v[i])
		i++;
	return i;
}

bool digest_detect(const struct strlist *l)
{
	int records = 0, y;
	bool header = false, all = false;

	for (size_t i = 0; i < l->n; i++) {
		size_t a = digest_prev(l, i);
		header = header || digest_header_year(l->v[i], &y);
		all = all || text_lines_after(l->v[i], LABEL_ALL);
		if (!text_lines_after(l->v[i], LABEL_PRIMARY) || a == NONE ||
		    !digest_plain(l->v[a]) || strlen(l->v[a]) < DIGEST_ABSTRACT_MIN)
			continue;
		int reviews = 0;
		for (size_t j = i + 1; j < l->n && !text_lines_after(l->v[j], LABEL_PRIMARY); j++) {
			enum review_section s;
			const char *rest;
			reviews += strlen(l->v[j]) >= DIGEST_REVIEW_MIN ||
				   digest_section_label(l->v[j], &s, &rest);
		}
		records += reviews >= 3;
	}
	return records >= 1 && (header || all || records >= 2);
}

/* The end of a name's parenthesis opened at P, or NULL when it is never closed. */
static const char *digest_paren_end(const char *p)
{
	int depth = 0;
	for (; *p; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p;
	}
	return NULL;
}

/* One institution of the list. A name followed by commentary ("Alan Turing Institute
 * (implied by author handle ...)") is a guess the page hedges, not a listing: left out. */
static void digest_add_name(const char *s, size_t n, struct strlist *out)
{
	char *name = xstrndup(s, n);
	const char *open = strchr(name, '(');
	const char *close = open ? digest_paren_end(open) : NULL;

	for (size_t k = strlen(name); k > 0 && name[k - 1] == ' ';)
		name[--k] = '\0';
	if (!*name || (close && (size_t)(close - open) > DIGEST_PAREN_MAX))
		free(name);
	else
		strlist_take(out, name);
}

void digest_split_institutions(const char *list, struct strlist *out)
{
	const char *start = list, *p = list;
	int depth = 0;
	bool balanced = true;

	if (!list)
		return;
	for (const char *q = list; *q; q++) {
		depth += (*q == '(') - (*q == ')');
		if (depth < 0)
			balanced = false;
	}
	balanced = balanced && depth == 0;
	depth = 0;
	for (; *p; p++) {
		if (balanced && *p == '(')
			depth++;
		else if (balanced && *p == ')')
			depth--;
		else if (*p == ',' && p[1] == ' ' && depth == 0) {
			digest_add_name(start, (size_t)(p - start), out);
			start = p + 2;
			p++;
		}
	}
	digest_add_name(start, (size_t)(p - start), out);
}

/* The part of NAME before a parenthesised long form: "A*STAR (Agency ...)" -> "A*STAR". */
static size_t digest_name_head(const char *name)
{
	const char *open = strstr(name, " (");
	return open ? (size_t)(open - name) : strlen(name);
}

/* Adds NAME unless the paper already has it, by full name or by the name before a
 * parenthesised long form ("A*STAR" and "A*STAR (Agency for ...)" are one). */
static void digest_add_institution(struct paper *p, const char *name)
{
	size_t h = digest_name_head(name);
	for (size_t i = 0; i < p->institutions.n; i++) {
		const char *have = p->institutions.v[i];
		if (digest_name_head(have) == h && strncasecmp(have, name, h) == 0)
			return;
	}
	paper_add_institution(p, name);
}

/* A review without an unfilled template opening such as "[One sentence main contribution]. ". */
static const char *digest_review_text(const char *s)
{
	const char *close = strchr(s, ']');
	if (*s != '[' || !close || close - s > DIGEST_PLACEHOLDER_MAX)
		return s;
	for (const char *q = s + 1; q < close; q++)
		if (!isalpha((unsigned char)*q) && *q != ' ')
			return s;
	close++;
	if (*close == '.')
		close++;
	while (*close == ' ')
		close++;
	return *close ? close : s;
}

static void digest_add_review(struct paper *p, enum review_section s, const char *text)
{
	char *old = p->reviews[s];
	text = digest_review_text(text);
	if (!*text)
		return;
	p->reviews[s] = old ? xasprintf("%s %s", old, text) : xstrdup(text);
	free(old);
}

/* Reads the labels after "Primary:" at line I; returns the first line after them. */
static size_t digest_read_labels(const struct strlist *l, size_t i, struct paper *p)
{
	const char *primary = text_lines_after(l->v[i], LABEL_PRIMARY);
	const char *all = NULL;
	struct strlist names = {0};

	i = digest_next(l, i + 1);
	if (!*primary && i < l->n && digest_plain(l->v[i])) {
		primary = l->v[i]; /* "Primary:" and the name as two blocks */
		i = digest_next(l, i + 1);
	}
	if (i < l->n && (all = text_lines_after(l->v[i], LABEL_ALL))) {
		i = digest_next(l, i + 1);
		if (!*all && i < l->n && digest_plain(l->v[i])) {
			all = l->v[i];
			i = digest_next(l, i + 1);
		}
	}
	if (*primary) {
		digest_add_institution(p, primary);
		p->primary_known = true;
	}
	digest_split_institutions(all, &names);
	for (size_t k = 0; k < names.n; k++)
		digest_add_institution(p, names.v[k]);
	strlist_free(&names);
	return i;
}

/* Reviews on lines [I, END): by their labels where the page gives them, else in order. A
 * break (the end of an HTML section) closes a labelled section that has its text, so what
 * follows the last one (a page footer) is not taken into it. */
static void digest_read_reviews(const struct strlist *l, size_t i, size_t end, struct paper *p)
{
	int next = 0;        /* the section the next unlabelled paragraph fills */
	int labelled = -1;   /* the section a label opened; -1 before any, -2 once closed */

	for (; i < end; i++) {
		enum review_section s;
		const char *rest;
		if (!*l->v[i]) {
			if (labelled >= 0 && p->reviews[labelled])
				labelled = -2;
		} else if (digest_section_label(l->v[i], &s, &rest)) {
			labelled = (int)s;
			if (*rest)
				digest_add_review(p, s, rest);
		} else if (labelled >= 0) {
			digest_add_review(p, (enum review_section)labelled, l->v[i]);
		} else if (labelled == -1 && next < REVIEW_N && digest_plain(l->v[i])) {
			digest_add_review(p, (enum review_section)next++, l->v[i]);
		}
	}
}

void digest_read(const struct strlist *l, struct paper_list *out)
{
	size_t i = 0, before = out->n;

	while (i < l->n && !text_lines_after(l->v[i], LABEL_PRIMARY))
		i++;
	while (i < l->n) {
		size_t end = i + 1;
		struct paper *p = paper_list_push(out);

		/* The abstract is the paragraph right above "Primary:". */
		size_t a = digest_prev(l, i);
		if (a != NONE && digest_plain(l->v[a]))
			p->abstract = xstrdup(l->v[a]);
		size_t body = digest_read_labels(l, i, p);
		while (end < l->n && !text_lines_after(l->v[end], LABEL_PRIMARY))
			end++;
		/* The next record's abstract stands right above its "Primary:". */
		size_t stop = end;
		a = digest_prev(l, end);
		if (end < l->n && a != NONE && a >= body && digest_plain(l->v[a]))
			stop = a;
		digest_read_reviews(l, body, stop, p);
		i = end;
	}
	/* A "Primary:" with no abstract above it (two in a row) names no paper. */
	papers_drop_unusable(out, before);
}
