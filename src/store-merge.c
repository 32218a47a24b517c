/* store-merge.c — merging two descriptions of one paper, independent of arrival order.
 *
 * Each field is either a choice by a total order (the "better" value wins whichever side it
 * is on) or a union put in a canonical order; both are commutative and associative, which is
 * what makes the library the same whatever order its pages are ingested in. */
#include "store-merge.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dedup.h"
#include "fold.h"

/* --- canonical ids ------------------------------------------------------------------------ */

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return n > 0;
}

/* Length of a "vN" version suffix at S (0 when there is none). */
static size_t version_len(const char *s)
{
	size_t n = 1;
	if (s[0] != 'v' && s[0] != 'V')
		return 0;
	while (isdigit((unsigned char)s[n]))
		n++;
	return n > 1 && s[n] == '\0' ? n : 0;
}

char *merge_arxiv_id(const char *s)
{
	const char *slash, *dot;
	size_t n;

	if (!s)
		return NULL;
	while (*s == ' ')
		s++;
	if (strncasecmp(s, "arxiv:", 6) == 0)
		s += 6;
	while (*s == ' ')
		s++;
	n = strcspn(s, " ");
	if (s[n] != '\0')
		return NULL;
	/* new style: YYMM.NNNN or YYMM.NNNNN */
	dot = strchr(s, '.');
	slash = strchr(s, '/');
	if (!slash && dot && dot - s == 4 && all_digits(s, 4)) {
		size_t digits = strspn(dot + 1, "0123456789");
		if ((digits == 4 || digits == 5) &&
		    (dot[1 + digits] == '\0' || version_len(dot + 1 + digits)))
			return xstrndup(s, (size_t)(dot + 1 + digits - s));
		return NULL;
	}
	/* old style: archive[.SC]/YYMMNNN; the subject class is not part of the id */
	if (slash && slash > s && all_digits(slash + 1, 7) &&
	    (slash[8] == '\0' || version_len(slash + 8))) {
		const char *end = dot && dot < slash ? dot : slash;
		for (const char *p = s; p < end; p++)
			if (!islower((unsigned char)*p) && *p != '-')
				return NULL;
		if (end == s)
			return NULL;
		return xasprintf("%.*s/%.7s", (int)(end - s), s, slash + 1);
	}
	return NULL;
}

/* "https://doi.org/10.1/x", "doi:10.1/x" -> "10.1/x"; NULL when it is not a DOI. */
static char *doi_clean(const char *s)
{
	static const char *const prefixes[] = {"https://doi.org/", "http://doi.org/",
					       "https://dx.doi.org/", "http://dx.doi.org/", "doi:"};
	if (!s)
		return NULL;
	while (*s == ' ')
		s++;
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (strncasecmp(s, prefixes[i], strlen(prefixes[i])) == 0) {
			s += strlen(prefixes[i]);
			break;
		}
	if (strncmp(s, "10.", 3) != 0 || !strchr(s, '/'))
		return NULL;
	return xstrdup(s);
}

/* --- canonical form ------------------------------------------------------------------------ */

static void empty_to_null(char **s)
{
	if (*s && !**s) {
		free(*s);
		*s = NULL;
	}
}

static int cmp_folded(const char *a, const char *b)
{
	char *fa = fold_key(a), *fb = fold_key(b);
	int c = strcmp(fa, fb);
	free(fa);
	free(fb);
	return c ? c : strcmp(a, b);
}

static int qsort_folded(const void *a, const void *b)
{
	return cmp_folded(*(char *const *)a, *(char *const *)b);
}

static int cmp_topic_name(const char *a, const char *b)
{
	int c = strcasecmp(a, b);
	return c ? c : strcmp(a, b);
}

static int qsort_topic(const void *a, const void *b)
{
	const struct topic_ref *x = a, *y = b;
	return cmp_topic_name(x->name, y->name);
}

static int qsort_link(const void *a, const void *b)
{
	const struct paper_link *x = a, *y = b;
	return strcmp(x->url, y->url);
}

/* Institutions: unique (case-insensitive, the byte-smallest spelling kept), the primary one
 * first when known, the rest in folded alphabetical order. */
static void canonical_institutions(struct paper *p)
{
	struct strlist out = {0};
	size_t start = 0;

	for (size_t i = 0; i < p->institutions.n; i++) {
		char *name = p->institutions.v[i];
		bool dup = false;
		if (str_empty(name)) {
			free(name);
			continue;
		}
		for (size_t j = 0; j < out.n; j++)
			if (strcasecmp(out.v[j], name) == 0) {
				dup = true;
				if (strcmp(name, out.v[j]) < 0) {
					free(out.v[j]);
					out.v[j] = name;
					name = NULL;
				}
				break;
			}
		if (dup)
			free(name);
		else
			strlist_take(&out, name);
	}
	free(p->institutions.v);
	p->institutions = out;
	if (p->institutions.n == 0)
		p->primary_known = false;
	start = p->primary_known ? 1 : 0;
	if (p->institutions.n > start)
		qsort(p->institutions.v + start, p->institutions.n - start, sizeof(char *),
		      qsort_folded);
}

/* The paper's primary arXiv category: the first arXiv topic in its order (a page lists the
 * primary category first, and the canonical order keeps it there). NULL when it has none. */
static const char *primary_category(const struct paper *p)
{
	for (size_t i = 0; i < p->ntopics; i++)
		if (p->topics[i].origin == TOPIC_ARXIV && !str_empty(p->topics[i].name))
			return p->topics[i].name;
	return NULL;
}

/* Moves the arXiv topic named NAME (case aside) to the front, the others keeping their order. */
static void topic_to_front(struct paper *p, const char *name)
{
	for (size_t i = 0; i < p->ntopics; i++)
		if (p->topics[i].origin == TOPIC_ARXIV && strcasecmp(p->topics[i].name, name) == 0) {
			struct topic_ref t = p->topics[i];
			memmove(p->topics + 1, p->topics, i * sizeof *p->topics);
			p->topics[0] = t;
			return;
		}
}

/* Topics: unique (case-insensitive, the byte-smallest spelling and the first origin kept), the
 * primary arXiv category first, the rest in name order. */
static void canonical_topics(struct paper *p)
{
	const char *first = primary_category(p);
	char *primary = first ? xstrdup(first) : NULL;
	size_t n = 0;

	for (size_t i = 0; i < p->ntopics; i++) {
		struct topic_ref *t = &p->topics[i];
		bool dup = false;
		if (str_empty(t->name)) {
			free(t->name);
			continue;
		}
		for (size_t j = 0; j < n; j++)
			if (strcasecmp(p->topics[j].name, t->name) == 0) {
				struct topic_ref *k = &p->topics[j];
				dup = true;
				if (t->origin < k->origin)
					k->origin = t->origin;
				if (strcmp(t->name, k->name) < 0) {
					free(k->name);
					k->name = t->name;
					t->name = NULL;
				}
				break;
			}
		if (dup)
			free(t->name);
		else
			p->topics[n++] = *t;
	}
	p->ntopics = n;
	if (n > 1)
		qsort(p->topics, n, sizeof *p->topics, qsort_topic);
	if (primary)
		topic_to_front(p, primary);
	free(primary);
}

static void canonical_links(struct paper *p)
{
	size_t n = 0;
	for (size_t i = 0; i < p->nlinks; i++) {
		struct paper_link *l = &p->links[i];
		bool dup = false;
		if (str_empty(l->url) || str_empty(l->kind)) {
			free(l->url);
			free(l->kind);
			continue;
		}
		for (size_t j = 0; j < n; j++)
			if (strcmp(p->links[j].url, l->url) == 0) {
				dup = true;
				if (strcmp(l->kind, p->links[j].kind) < 0) {
					free(p->links[j].kind);
					p->links[j].kind = l->kind;
					l->kind = NULL;
				}
				break;
			}
		if (dup) {
			free(l->url);
			free(l->kind);
		} else {
			p->links[n++] = *l;
		}
	}
	p->nlinks = n;
	if (n > 1)
		qsort(p->links, n, sizeof *p->links, qsort_link);
}

void merge_state_canonical(struct merge_state *m)
{
	struct paper *p = &m->p;
	char *s;

	empty_to_null(&p->title);
	empty_to_null(&p->abstract);
	empty_to_null(&p->abstract_raw);
	empty_to_null(&p->date);
	empty_to_null(&p->url);
	empty_to_null(&p->pdf_url);
	for (int i = 0; i < REVIEW_N; i++)
		empty_to_null(&p->reviews[i]);
	if (!p->abstract) {
		free(p->abstract_raw); /* the raw form only ever travels with its abstract */
		p->abstract_raw = NULL;
	}
	if (p->doi) {
		s = doi_clean(p->doi);
		free(p->doi);
		p->doi = s;
	}
	/* An arXiv DOI (10.48550/arXiv.2106.09608) is the arXiv id in disguise. */
	if (p->doi && strncasecmp(p->doi, "10.48550/arxiv.", 15) == 0) {
		if (!p->arxiv_id)
			p->arxiv_id = xstrdup(p->doi + 15);
		free(p->doi);
		p->doi = NULL;
	}
	if (p->arxiv_id) {
		s = merge_arxiv_id(p->arxiv_id);
		free(p->arxiv_id);
		p->arxiv_id = s;
	}
	if (m->author_base > p->authors.n)
		m->author_base = p->authors.n;
	if (p->author_count < 0)
		p->author_count = 0;
	if ((size_t)p->author_count < p->authors.n)
		p->author_count = (int)p->authors.n;
	canonical_institutions(p);
	canonical_topics(p);
	canonical_links(p);
}

void merge_state_from_paper(struct merge_state *m, const struct paper *src)
{
	struct paper *p = &m->p;

	memset(m, 0, sizeof *m);
	p->id = src->id;
	p->arxiv_id = xstrdup(src->arxiv_id);
	p->doi = xstrdup(src->doi);
	p->title = xstrdup(src->title);
	p->abstract = xstrdup(src->abstract);
	p->abstract_raw = xstrdup(src->abstract_raw);
	p->date = xstrdup(src->date);
	p->url = xstrdup(src->url);
	p->pdf_url = xstrdup(src->pdf_url);
	for (size_t i = 0; i < src->nlinks; i++) {
		p->links = xrealloc(p->links, (p->nlinks + 1) * sizeof *p->links);
		p->links[p->nlinks].kind = xstrdup(src->links[i].kind);
		p->links[p->nlinks].url = xstrdup(src->links[i].url);
		p->nlinks++;
	}
	for (size_t i = 0; i < src->authors.n; i++)
		if (!str_empty(src->authors.v[i]))
			strlist_add(&p->authors, src->authors.v[i]);
	m->author_base = p->authors.n;
	p->author_count = src->author_count;
	for (size_t i = 0; i < src->institutions.n; i++)
		strlist_add(&p->institutions, src->institutions.v[i] ? src->institutions.v[i] : "");
	/* the primary only counts if it survives as the first entry */
	p->primary_known = src->primary_known && src->institutions.n > 0 &&
			   !str_empty(src->institutions.v[0]);
	for (size_t i = 0; i < src->ntopics; i++) {
		p->topics = xrealloc(p->topics, (p->ntopics + 1) * sizeof *p->topics);
		p->topics[p->ntopics].name = xstrdup(src->topics[i].name);
		p->topics[p->ntopics].origin = src->topics[i].origin;
		p->ntopics++;
	}
	p->has_score = src->has_score;
	p->score = src->has_score ? src->score : 0;
	for (int i = 0; i < REVIEW_N; i++)
		p->reviews[i] = xstrdup(src->reviews[i]);
	p->added_at = src->added_at;
	p->updated_at = src->updated_at;
	merge_state_canonical(m);
}

void merge_state_free(struct merge_state *m)
{
	paper_free(&m->p);
	m->author_base = 0;
}

/* --- choosing between two values --------------------------------------------------------- */

/* >0 when A is the fuller text: present beats missing, complete beats a "…" snippet, more
 * words beat fewer; then, for long texts, more bytes; the byte-smaller wins a tie (which
 * prefers "Agent Memory" to "agent memory"). */
/* >0 when A is the better-written of two spellings: more non-ASCII bytes (accents kept:
 * "Müller", "Über"), then more capitals ("Agent Memory" over "agent memory"). */
static int spelling_better(const char *a, const char *b)
{
	long score[2] = {0, 0}, caps[2] = {0, 0};
	for (int i = 0; i < 2; i++)
		for (const unsigned char *p = (const unsigned char *)(i ? b : a); *p; p++) {
			score[i] += *p >= 0x80;
			caps[i] += *p >= 'A' && *p <= 'Z';
		}
	if (score[0] != score[1])
		return score[0] > score[1] ? 1 : -1;
	if (caps[0] != caps[1])
		return caps[0] > caps[1] ? 1 : -1;
	return 0;
}

static int text_fuller(const char *a, const char *b, bool by_bytes)
{
	bool ta, tb;
	unsigned wa, wb;
	int c;
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	ta = dedup_is_truncated(a);
	tb = dedup_is_truncated(b);
	if (ta != tb)
		return ta ? -1 : 1;
	wa = dedup_word_count(a);
	wb = dedup_word_count(b);
	if (wa != wb)
		return wa > wb ? 1 : -1;
	if (by_bytes && strlen(a) != strlen(b))
		return strlen(a) > strlen(b) ? 1 : -1;
	c = spelling_better(a, b);
	return c ? c : -strcmp(a, b);
}

/* Replaces *DST by a copy of SRC. */
static void take_copy(char **dst, const char *src)
{
	free(*dst);
	*dst = xstrdup(src);
}

static void choose_fuller(char **into, const char *from, bool by_bytes)
{
	if (text_fuller(from, *into, by_bytes) > 0)
		take_copy(into, from);
}

/* A more precise date beats a less precise one; the earlier wins a tie. */
static void choose_date(char **into, const char *from)
{
	if (!from)
		return;
	if (!*into || strlen(from) > strlen(*into) ||
	    (strlen(from) == strlen(*into) && strcmp(from, *into) < 0))
		take_copy(into, from);
}

/* A link: https beats http, then the byte-smaller. */
static void choose_url(char **into, const char *from)
{
	bool hi, hf;
	if (!from)
		return;
	if (!*into) {
		take_copy(into, from);
		return;
	}
	hi = str_starts(*into, "https:");
	hf = str_starts(from, "https:");
	if (hf != hi ? hf : strcmp(from, *into) < 0)
		take_copy(into, from);
}

/* Ids and DOIs: fill in; when both are known and differ, the (case-insensitively) smaller. */
static void choose_id(char **into, const char *from)
{
	int c;
	if (!from)
		return;
	if (!*into) {
		take_copy(into, from);
		return;
	}
	c = strcasecmp(from, *into);
	if (c < 0 || (c == 0 && strcmp(from, *into) < 0))
		take_copy(into, from);
}

/* --- unions ------------------------------------------------------------------------------- */

/* >0 when A's list is the better base list: more names, then the better spellings (the
 * first name that differs decides), then the byte-smaller list. */
static int author_list_better(const struct paper *a, size_t na, const struct paper *b, size_t nb)
{
	if (na != nb)
		return na > nb ? 1 : -1;
	for (size_t i = 0; i < na; i++) {
		int c = spelling_better(a->authors.v[i], b->authors.v[i]);
		if (c)
			return c;
	}
	for (size_t i = 0; i < na; i++) {
		int c = strcmp(a->authors.v[i], b->authors.v[i]);
		if (c)
			return -c;
	}
	return 0;
}

struct keyed_name {
	char *key;         /* dedup_name_key(name) */
	unsigned initials; /* bare initials in the key */
	const char *name;  /* borrowed */
};

/* Fuller names first (fewer initials), then by key, then the better spelling ("Müller" over
 * "Muller"), then byte order: the first of each person is the one kept. */
static int qsort_keyed(const void *a, const void *b)
{
	const struct keyed_name *x = a, *y = b;
	int c;
	if (x->initials != y->initials)
		return x->initials < y->initials ? -1 : 1;
	c = strcmp(x->key, y->key);
	if (c)
		return c;
	c = spelling_better(x->name, y->name);
	return c ? -c : strcmp(x->name, y->name);
}

static int qsort_extra(const void *a, const void *b)
{
	const struct keyed_name *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : strcmp(x->name, y->name);
}

/* Authors: the better base list, then every other person either side names (a name that may
 * be someone already listed, such as "Y. Shimada" beside "Yuki Shimada", is left out),
 * sorted by name key. */
static void join_authors(struct merge_state *into, const struct merge_state *from)
{
	const struct merge_state *base = into;
	struct strlist out = {0};
	struct keyed_name *cand, *kept;
	size_t ncand = 0, nkept = 0, nbase;

	if (author_list_better(&from->p, from->author_base, &into->p, into->author_base) > 0)
		base = from;
	nbase = base->author_base;
	cand = xcalloc(into->p.authors.n + from->p.authors.n + 1, sizeof *cand);
	kept = xcalloc(nbase + into->p.authors.n + from->p.authors.n + 1, sizeof *kept);
	for (size_t i = 0; i < nbase; i++) {
		strlist_add(&out, base->p.authors.v[i]);
		kept[nkept].key = dedup_name_key(base->p.authors.v[i]);
		kept[nkept++].name = base->p.authors.v[i];
	}
	for (int side = 0; side < 2; side++) {
		const struct merge_state *m = side ? from : into;
		for (size_t i = m == base ? nbase : 0; i < m->p.authors.n; i++) {
			cand[ncand].key = dedup_name_key(m->p.authors.v[i]);
			cand[ncand].initials = dedup_name_initials(cand[ncand].key);
			cand[ncand++].name = m->p.authors.v[i];
		}
	}
	if (ncand > 1)
		qsort(cand, ncand, sizeof *cand, qsort_keyed);
	for (size_t i = 0; i < ncand; i++) {
		bool known = false;
		for (size_t j = 0; j < nkept && !known; j++)
			known = dedup_names_match(kept[j].key, cand[i].key);
		if (known) {
			free(cand[i].key);
			continue;
		}
		kept[nkept++] = cand[i];
	}
	if (nkept - nbase > 1)
		qsort(kept + nbase, nkept - nbase, sizeof *kept, qsort_extra);
	for (size_t i = 0; i < nkept; i++) {
		if (i >= nbase)
			strlist_add(&out, kept[i].name);
		free(kept[i].key);
	}
	free(cand);
	free(kept);
	strlist_free(&into->p.authors);
	into->p.authors = out;
	into->author_base = nbase;
}

/* Institutions: the union; of two primaries the one first in folded order. */
static void join_institutions(struct paper *into, const struct paper *from)
{
	char *primary = NULL;

	if (into->primary_known)
		primary = xstrdup(into->institutions.v[0]);
	if (from->primary_known && (!primary || cmp_folded(from->institutions.v[0], primary) < 0)) {
		free(primary);
		primary = xstrdup(from->institutions.v[0]);
	}
	for (size_t i = 0; i < from->institutions.n; i++)
		strlist_add(&into->institutions, from->institutions.v[i]);
	if (primary) {
		/* move the primary to the front so canonical_institutions keeps it there */
		for (size_t i = 0; i < into->institutions.n; i++)
			if (strcasecmp(into->institutions.v[i], primary) == 0) {
				char *t = into->institutions.v[i];
				into->institutions.v[i] = into->institutions.v[0];
				into->institutions.v[0] = t;
				break;
			}
	}
	into->primary_known = primary != NULL;
	free(primary);
	canonical_institutions(into);
}

/* Topics: the union; of two primary categories the one first in name order, so the choice
 * does not depend on which page came first. */
static void join_topics(struct paper *into, const struct paper *from)
{
	const char *a = primary_category(into), *b = primary_category(from);
	char *primary = NULL;

	if (a && (!b || cmp_topic_name(a, b) <= 0))
		primary = xstrdup(a);
	else if (b)
		primary = xstrdup(b);
	for (size_t i = 0; i < from->ntopics; i++) {
		into->topics = xrealloc(into->topics, (into->ntopics + 1) * sizeof *into->topics);
		into->topics[into->ntopics].name = xstrdup(from->topics[i].name);
		into->topics[into->ntopics].origin = from->topics[i].origin;
		into->ntopics++;
	}
	if (primary) /* first, so canonical_topics keeps it there */
		topic_to_front(into, primary);
	free(primary);
	canonical_topics(into);
}

static void join_links(struct paper *into, const struct paper *from)
{
	for (size_t i = 0; i < from->nlinks; i++) {
		into->links = xrealloc(into->links, (into->nlinks + 1) * sizeof *into->links);
		into->links[into->nlinks].kind = xstrdup(from->links[i].kind);
		into->links[into->nlinks].url = xstrdup(from->links[i].url);
		into->nlinks++;
	}
	canonical_links(into);
}

/* The abstract and its raw form go together. More words win; with as many words, one that
 * came with its raw form (a page whose LaTeX was made readable) beats one that did not; then
 * the longer, then the byte-smaller abstract, then the byte-smaller raw form. */
static void join_abstract(struct paper *into, const struct paper *from)
{
	int c = text_fuller(from->abstract, into->abstract, false);
	if (from->abstract && into->abstract &&
	    dedup_is_truncated(from->abstract) == dedup_is_truncated(into->abstract) &&
	    dedup_word_count(from->abstract) == dedup_word_count(into->abstract)) {
		if (!from->abstract_raw != !into->abstract_raw)
			c = from->abstract_raw ? 1 : -1;
		else if (strlen(from->abstract) != strlen(into->abstract))
			c = strlen(from->abstract) > strlen(into->abstract) ? 1 : -1;
		else if (strcmp(from->abstract, into->abstract) != 0)
			c = -strcmp(from->abstract, into->abstract);
		else if (from->abstract_raw)
			c = strcmp(from->abstract_raw, into->abstract_raw) < 0 ? 1 : -1;
		else
			c = 0;
	}
	if (c > 0) {
		take_copy(&into->abstract, from->abstract);
		take_copy(&into->abstract_raw, from->abstract_raw);
	}
}

void merge_join(struct merge_state *into, const struct merge_state *from)
{
	struct paper *a = &into->p;
	const struct paper *b = &from->p;

	choose_id(&a->arxiv_id, b->arxiv_id);
	choose_id(&a->doi, b->doi);
	choose_fuller(&a->title, b->title, false);
	join_abstract(a, b);
	choose_date(&a->date, b->date);
	choose_url(&a->url, b->url);
	choose_url(&a->pdf_url, b->pdf_url);
	for (int i = 0; i < REVIEW_N; i++)
		choose_fuller(&a->reviews[i], b->reviews[i], true);
	if (b->has_score && (!a->has_score || b->score > a->score)) {
		a->has_score = true;
		a->score = b->score;
	}
	join_authors(into, from);
	if (b->author_count > a->author_count)
		a->author_count = b->author_count;
	if ((size_t)a->author_count < a->authors.n)
		a->author_count = (int)a->authors.n;
	join_institutions(a, b);
	join_topics(a, b);
	join_links(a, b);
	if (b->added_at && (!a->added_at || b->added_at < a->added_at))
		a->added_at = b->added_at;
}

char *merge_authors_text(const struct paper *p)
{
	struct strbuf b = {0};
	if (p->authors.n == 0)
		return NULL;
	for (size_t i = 0; i < p->authors.n; i++) {
		if (i)
			sb_add(&b, ", ");
		sb_add(&b, p->authors.v[i]);
	}
	return sb_take(&b);
}
