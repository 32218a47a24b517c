/* library-dump.c — a library as canonical text (ids and times left out, content order). */
#include "helpers/library-dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void field(struct strbuf *b, const char *name, const char *value)
{
	sb_addf(b, "  %s: %s\n", name, value ? value : "(null)");
}

static void list(struct strbuf *b, const char *name, const struct strlist *l)
{
	sb_addf(b, "  %s:", name);
	for (size_t i = 0; i < l->n; i++)
		sb_addf(b, " [%s]", l->v[i]);
	sb_add(b, "\n");
}

static char *paper_text(const struct paper *p)
{
	struct strbuf b = {0};
	sb_addf(&b, "paper\n");
	field(&b, "arxiv", p->arxiv_id);
	field(&b, "doi", p->doi);
	field(&b, "title", p->title);
	field(&b, "abstract", p->abstract);
	field(&b, "abstract_raw", p->abstract_raw);
	field(&b, "date", p->date);
	field(&b, "url", p->url);
	field(&b, "pdf", p->pdf_url);
	if (p->has_score)
		sb_addf(&b, "  score: %g\n", p->score);
	else
		sb_add(&b, "  score: (none)\n");
	sb_addf(&b, "  author_count: %d\n", p->author_count);
	list(&b, "authors", &p->authors);
	sb_addf(&b, "  primary_known: %d\n", p->primary_known);
	list(&b, "institutions", &p->institutions);
	sb_add(&b, "  topics:");
	for (size_t i = 0; i < p->ntopics; i++)
		sb_addf(&b, " [%s@%s]", p->topics[i].name, topic_origin_name(p->topics[i].origin));
	sb_add(&b, "\n  links:");
	for (size_t i = 0; i < p->nlinks; i++)
		sb_addf(&b, " [%s=%s]", p->links[i].kind, p->links[i].url);
	sb_add(&b, "\n");
	for (int i = 0; i < REVIEW_N; i++)
		if (p->reviews[i])
			sb_addf(&b, "  review %s: %s\n", review_section_name((enum review_section)i),
				p->reviews[i]);
	sb_addf(&b, "  favourite: %d\n  read: %d\n", p->favourite, p->read);
	field(&b, "note", p->note);
	list(&b, "tags", &p->tags);
	list(&b, "sources", &p->sources);
	return sb_take(&b);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the rows of SQL (each column as text, "|" between) in the order SQL gives. */
static bool table(sqlite3 *db, const char *title, const char *sql, struct strbuf *b)
{
	sqlite3_stmt *s;
	int rc;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return false;
	sb_addf(b, "%s\n", title);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		sb_add(b, " ");
		for (int i = 0; i < sqlite3_column_count(s); i++) {
			const char *t = (const char *)sqlite3_column_text(s, i);
			sb_addf(b, " %s", t ? t : "(null)");
		}
		sb_add(b, "\n");
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE;
}

char *library_dump(struct store *st)
{
	sqlite3 *db = store_sqlite(st);
	sqlite3_stmt *s;
	struct strlist papers = {0};
	struct strbuf out = {0};
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT id FROM paper", -1, &s, NULL) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct paper p;
		if (!store_paper_get(st, sqlite3_column_int64(s, 0), &p)) {
			sqlite3_finalize(s);
			goto fail;
		}
		strlist_take(&papers, paper_text(&p));
		paper_free(&p);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		goto fail;
	if (papers.n) /* qsort wants an array, even of none */
		qsort(papers.v, papers.n, sizeof *papers.v, cmp_str);
	for (size_t i = 0; i < papers.n; i++)
		sb_add(&out, papers.v[i]);
	strlist_free(&papers);
	if (!table(db, "institutions",
		   "SELECT name, key, paper_count FROM institution ORDER BY name", &out) ||
	    !table(db, "aliases",
		   "SELECT a.alias, a.key, i.name FROM institution_alias a"
		   " JOIN institution i ON i.id = a.institution_id ORDER BY a.alias",
		   &out) ||
	    !table(db, "topics", "SELECT name, key, paper_count FROM topic ORDER BY name", &out) ||
	    !table(db, "tags", "SELECT name, paper_count FROM tag ORDER BY name", &out) ||
	    !table(db, "sources", "SELECT path, hash, adapter FROM source ORDER BY path, hash",
		   &out))
		goto fail;
	return sb_take(&out);
fail:
	fprintf(stderr, "library_dump: %s\n", store_errmsg(st));
	strlist_free(&papers);
	sb_free(&out);
	return NULL;
}
