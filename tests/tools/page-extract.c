/* page-extract.c — test tool: runs the HTML adapters on saved pages as the ingester would
 * (first detecting adapter of adapters_html[]) and prints, per page, the adapter and the number
 * of papers; with -v also one line per paper: arXiv id, whether it has a title and an abstract,
 * authors, score, institutions, topics. Paths are used as given (PB_TOP is not applied). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/page-load.h"

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

int main(int argc, char **argv)
{
	bool verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
	int status = 0;

	unsetenv("PB_TOP");
	for (int i = verbose ? 2 : 1; i < argc; i++) {
		struct page_file pf;
		struct paper_list l = {0};
		struct strbuf err = {0};
		const struct adapter *a;
		bool ok = true;

		if (!page_load(argv[i], 0, &pf)) {
			status = 1;
			continue;
		}
		a = page_extract(&pf.pg, &l, &ok, &err);
		printf("%s\t%s\t%zu%s%s\n", argv[i], a ? a->name : "-", l.n, ok ? "" : "\t", ok ? "" : err.s);
		if (verbose)
			for (size_t k = 0; k < l.n; k++)
				print_paper(&l.v[k]);
		paper_list_free(&l);
		sb_free(&err);
		page_unload(&pf);
	}
	return status;
}
