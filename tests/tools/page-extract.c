/* page-extract.c — test tool: runs the HTML adapters on saved pages as the ingester would
 * (first detecting adapter of adapters_html[]) and prints, per page, the adapter and the number
 * of papers; with -v also one line per paper: arXiv id, whether it has a title and an abstract,
 * authors, score, institutions, topics; with -d every field of every paper, byte for byte (to
 * compare two builds). Pages are parsed by ingest_parse_html(), as `paperboat ingest` parses
 * them (they are taken to be UTF-8 already). Paths are used as given (PB_TOP is not applied). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/page-load.h"
#include "ingest-input.h"

static void print_paper(const struct paper *p)
{
	printf("\t%s\t%s\t%s\t%zu\t", p->arxiv_id ? p->arxiv_id : "-", p->title ? "title" : "-",
	       p->abstract ? "abstract" : "-", p->authors.n);
	if (p->has_score)
		printf("%g", p->score);
	else
		printf("-");
	printf("\t%zu\t%zu\n", p->institutions.n, p->ntopics);
}

/* One field on its own line, control characters and backslashes escaped; NULL as "(null)". */
static void dump_field(const char *name, const char *v)
{
	printf("\t%s=", name);
	if (!v) {
		printf("(null)\n");
		return;
	}
	for (const unsigned char *c = (const unsigned char *)v; *c; c++) {
		if (*c == '\\')
			printf("\\\\");
		else if (*c < 0x20 || *c == 0x7f)
			printf("\\x%02x", *c);
		else
			putchar(*c);
	}
	putchar('\n');
}

static void dump_paper(const struct paper *p)
{
	char num[64];
	dump_field("arxiv_id", p->arxiv_id);
	dump_field("doi", p->doi);
	dump_field("title", p->title);
	dump_field("abstract", p->abstract);
	dump_field("abstract_raw", p->abstract_raw);
	dump_field("date", p->date);
	dump_field("url", p->url);
	dump_field("pdf_url", p->pdf_url);
	for (size_t i = 0; i < p->nlinks; i++) {
		dump_field("link_kind", p->links[i].kind);
		dump_field("link_url", p->links[i].url);
	}
	for (size_t i = 0; i < p->authors.n; i++)
		dump_field("author", p->authors.v[i]);
	snprintf(num, sizeof num, "%d", p->author_count);
	dump_field("author_count", num);
	for (size_t i = 0; i < p->institutions.n; i++)
		dump_field("institution", p->institutions.v[i]);
	dump_field("primary_known", p->primary_known ? "yes" : "no");
	for (size_t i = 0; i < p->ntopics; i++) {
		snprintf(num, sizeof num, "%d", (int)p->topics[i].origin);
		dump_field("topic", p->topics[i].name);
		dump_field("topic_origin", num);
	}
	snprintf(num, sizeof num, "%.17g", p->score);
	dump_field("score", p->has_score ? num : NULL);
	for (int r = 0; r < REVIEW_N; r++)
		dump_field(review_section_name((enum review_section)r), p->reviews[r]);
}

/* Reads PATH whole into PF (not parsed yet). */
static bool page_read(const char *path, struct page_file *pf)
{
	FILE *f = fopen(path, "rb");
	struct strbuf b = {0};
	char chunk[65536];
	size_t n;

	memset(pf, 0, sizeof *pf);
	if (!f) {
		fprintf(stderr, "%s: cannot open\n", path);
		return false;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_addn(&b, chunk, n);
	fclose(f);
	sb_addn(&b, "", 0);
	pf->pg.len = b.len;
	pf->buf = sb_take(&b);
	pf->pg.text = pf->buf;
	pf->pg.path = path;
	return true;
}

int main(int argc, char **argv)
{
	bool verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
	bool dump = argc > 1 && strcmp(argv[1], "-d") == 0;
	int status = 0;

	unsetenv("PB_TOP");
	for (int i = verbose || dump ? 2 : 1; i < argc; i++) {
		struct page_file pf;
		struct paper_list l = {0};
		struct strbuf err = {0};
		const struct adapter *a;
		bool ok = true;

		if (!page_read(argv[i], &pf)) {
			status = 1;
			continue;
		}
		if (!(pf.pg.doc = ingest_parse_html(pf.pg.text, pf.pg.len, argv[i], &err))) {
			printf("%s\t-\t0\t%s\n", argv[i], err.s);
			sb_free(&err);
			free(pf.buf);
			continue;
		}
		a = page_extract(&pf.pg, &l, &ok, &err);
		printf("%s\t%s\t%zu%s%s\n", argv[i], a ? a->name : "-", l.n, ok ? "" : "\t", ok ? "" : err.s);
		for (size_t k = 0; k < l.n; k++) {
			if (verbose)
				print_paper(&l.v[k]);
			if (dump)
				dump_paper(&l.v[k]);
		}
		paper_list_free(&l);
		sb_free(&err);
		ingest_html_free(pf.pg.doc);
		free(pf.buf);
	}
	return status;
}
