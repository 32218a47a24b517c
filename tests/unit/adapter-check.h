/* adapter-check.h — cmocka checks shared by the adapter tests: load a page, run the adapter that
 * detects it, compare lists of strings. Include after <cmocka.h>. */
#ifndef PB_TEST_ADAPTER_CHECK_H
#define PB_TEST_ADAPTER_CHECK_H

#include <string.h>

#include "helpers/page-load.h"

/* One loaded page and what its adapter made of it. */
struct extracted {
	struct page_file pf;       /* the page */
	struct paper_list papers;  /* the adapter's papers */
	const struct adapter *by;  /* the adapter that detected it, NULL when none */
	bool ok;                   /* what extract() returned */
	struct strbuf err;         /* its message when it returned false */
};

/* Loads PATH, detects and extracts; fails the test when the file cannot be read. */
static inline void extract_file(const char *path, int year, struct extracted *x)
{
	memset(x, 0, sizeof *x);
	assert_true(page_load(path, year, &x->pf));
	x->by = page_extract(&x->pf.pg, &x->papers, &x->ok, &x->err);
}

static inline void extract_string(const char *html, int year, struct extracted *x)
{
	memset(x, 0, sizeof *x);
	page_from_string(html, year, &x->pf);
	x->by = page_extract(&x->pf.pg, &x->papers, &x->ok, &x->err);
}

static inline void extracted_free(struct extracted *x)
{
	paper_list_free(&x->papers);
	page_unload(&x->pf);
	sb_free(&x->err);
}

/* The adapter's name, "" when nothing detected the page. */
static inline const char *extracted_by(const struct extracted *x)
{
	return x->by ? x->by->name : "";
}

/* L holds exactly WANT (NULL-terminated), in order. */
static inline void assert_strlist(const struct strlist *l, const char *const *want)
{
	size_t n = 0;
	while (want[n])
		n++;
	assert_int_equal(l->n, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(l->v[i], want[i]);
}

/* P's topics are exactly WANT (NULL-terminated), in order, all of ORIGIN. */
static inline void assert_topics(const struct paper *p, enum topic_origin origin, const char *const *want)
{
	size_t n = 0;
	while (want[n])
		n++;
	assert_int_equal(p->ntopics, n);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(p->topics[i].name, want[i]);
		assert_int_equal(p->topics[i].origin, origin);
	}
}

/* The URL of P's link of KIND, NULL when it has none. */
static inline const char *link_of(const struct paper *p, const char *kind)
{
	for (size_t i = 0; i < p->nlinks; i++)
		if (strcmp(p->links[i].kind, kind) == 0)
			return p->links[i].url;
	return NULL;
}

/* S starts with PREFIX (a readable failure when not). */
static inline void assert_starts(const char *s, const char *prefix)
{
	assert_non_null(s);
	if (strncmp(s, prefix, strlen(prefix)) != 0)
		fail_msg("\"%.80s\" does not start with \"%s\"", s, prefix);
}

static inline void assert_ends(const char *s, const char *suffix)
{
	size_t ls, lx = strlen(suffix);
	assert_non_null(s);
	ls = strlen(s);
	if (ls < lx || strcmp(s + ls - lx, suffix) != 0)
		fail_msg("\"...%s\" does not end with \"%s\"", ls > 80 ? s + ls - 80 : s, suffix);
}

#endif
