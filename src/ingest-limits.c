/* ingest-limits.c — the caps on what one paper may hold (INGEST_MAX_* in ingest.h): long texts
 * cut and marked with "…", names and links past their caps left out, and only web links kept,
 * so a hostile page cannot fill the library or slip in a link that is not http(s). */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Cuts *S to at most MAX bytes at a character boundary, ending in "…". True when it was cut. */
static bool cut_text(char **s, size_t max)
{
	size_t len;
	if (!*s || (len = strlen(*s)) <= max)
		return false;
	len = max - 3; /* room for "…" */
	while (len > 0 && ((unsigned char)(*s)[len] & 0xC0) == 0x80)
		len--;
	memcpy(*s + len, "\xE2\x80\xA6", 4);
	return true;
}

/* Drops the strings of L longer than MAX bytes, then keeps at most KEEP; counts what went. */
static size_t cap_list(struct strlist *l, size_t max, size_t keep)
{
	size_t kept = 0, gone = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (strlen(l->v[i]) > max || kept == keep) {
			free(l->v[i]);
			gone++;
		} else {
			l->v[kept++] = l->v[i];
		}
	}
	l->n = kept;
	return gone;
}

bool ingest_url_acceptable(const char *url)
{
	if (!url || strlen(url) > INGEST_MAX_URL)
		return false;
	if (strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0)
		return false;
	for (const unsigned char *c = (const unsigned char *)url; *c; c++)
		if (*c <= 0x20 || *c == 0x7F)
			return false;
	return true;
}

/* Drops *URL unless it is an acceptable web link; true when it went. */
static bool cap_url(char **url)
{
	if (!*url || ingest_url_acceptable(*url))
		return false;
	free(*url);
	*url = NULL;
	return true;
}

static bool cap_doi(char **doi)
{
	if (!*doi || strlen(*doi) <= INGEST_MAX_DOI)
		return false;
	free(*doi);
	*doi = NULL;
	return true;
}

static size_t cap_links(struct paper *p)
{
	size_t kept = 0, gone = 0;
	for (size_t i = 0; i < p->nlinks; i++) {
		struct paper_link *l = &p->links[i];
		if (!ingest_url_acceptable(l->url) || kept == INGEST_MAX_LINKS) {
			free(l->kind);
			free(l->url);
			gone++;
		} else {
			p->links[kept++] = *l;
		}
	}
	p->nlinks = kept;
	return gone;
}

static size_t cap_topics(struct paper *p)
{
	size_t kept = 0, gone = 0;
	for (size_t i = 0; i < p->ntopics; i++) {
		struct topic_ref *t = &p->topics[i];
		if (!t->name || strlen(t->name) > INGEST_MAX_TOPIC || kept == INGEST_MAX_TOPICS) {
			free(t->name);
			gone++;
		} else {
			p->topics[kept++] = *t;
		}
	}
	p->ntopics = kept;
	return gone;
}

size_t ingest_paper_limit(struct paper *p, size_t slack)
{
	size_t n = 0, authors = p->authors.n;
	const char *first;

	n += cut_text(&p->title, INGEST_MAX_TITLE * slack);
	n += cut_text(&p->abstract, INGEST_MAX_ABSTRACT * slack);
	n += cut_text(&p->abstract_raw, INGEST_MAX_ABSTRACT * slack);
	for (int i = 0; i < REVIEW_N; i++)
		n += cut_text(&p->reviews[i], INGEST_MAX_ABSTRACT * slack);
	n += cap_list(&p->authors, INGEST_MAX_NAME * slack, INGEST_MAX_AUTHORS);
	/* the count still says how many authors the page named */
	if (p->authors.n < authors && (size_t)p->author_count < authors && authors <= 1000000)
		p->author_count = (int)authors;
	first = p->institutions.n ? p->institutions.v[0] : NULL;
	n += cap_list(&p->institutions, INGEST_MAX_NAME * slack, INGEST_MAX_INSTITUTIONS);
	if (!p->institutions.n || p->institutions.v[0] != first)
		p->primary_known = false; /* the primary institution was the one left out */
	n += cap_topics(p);
	n += cap_url(&p->url) + cap_url(&p->pdf_url) + cap_doi(&p->doi);
	n += cap_links(p);
	return n;
}
