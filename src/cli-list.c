/* cli-list.c — `paperboat list [QUERY] [--sort K] [--limit N] [--format F]`. */
#include "cli.h"

#include <stdlib.h>

#include "format.h"
#include "query.h"
#include "store-watch.h"

/* Rows come from the store a window at a time, so a listing of the whole library never holds
 * it all in memory. */
#define LIST_WINDOW 1000

static const char list_help[] =
	"usage: paperboat list [QUERY] [--sort KEY] [--limit N] [--format FORMAT]\n"
	"\n"
	"Lists the papers QUERY matches (all papers without one), highest score first.\n"
	"The query may be several words; they are joined with spaces. See paperboat(1),\n"
	"QUERY LANGUAGE, for every form; quote a query holding > < ( ) or \" for the shell.\n"
	"\n"
	"Options:\n"
	"  --sort KEY      score, date, title or added, optionally :asc or :desc\n"
	"                  (default: score, highest first)\n"
	"  --limit N       at most N papers\n"
	"  --format FORMAT table (default), tsv, csv, json or bibtex\n"
	"\n"
	"Examples:\n"
	"  paperboat list 'inst:tsinghua score>=10 -topic:rl'\n"
	"  paperboat list '\"world model\" year:2025' --sort date --limit 20\n"
	"  paperboat list topic:agents --format json\n";

/* table and tsv: the store's rows, a window at a time. */
static bool list_rows(struct cli *cli, struct store *st, const struct query *q, struct sort order,
		      long long limit, enum format_kind kind, struct strbuf *err)
{
	struct format_table table;
	long long done = 0;

	format_table_begin(&table, stdout, cli_output_width(cli), cli->color);
	for (;;) {
		struct list_row *rows = NULL;
		size_t n = 0;
		long long want = LIST_WINDOW;

		if (limit >= 0 && limit - done < want)
			want = limit - done;
		if (want <= 0)
			break;
		if (!store_list_rows(st, q, order, done, want, &rows, &n, err))
			return false;
		if (kind != FORMAT_TABLE)
			for (size_t i = 0; i < n; i++)
				format_tsv_row(stdout, &rows[i]);
		else if (n)
			format_table_rows(&table, rows, n);
		list_rows_free(rows, n);
		done += (long long)n;
		if ((long long)n < want)
			break;
	}
	if (kind == FORMAT_TABLE && done == 0 && cli->stdout_tty)
		fprintf(stderr, "paperboat: no papers match\n");
	return true;
}

int cli_list(struct cli *cli, int argc, char **argv)
{
	const char *sort_text = NULL, *limit_text = NULL, *format_text = NULL;
	const struct cli_option opts[] = {
		{"--sort", &sort_text, NULL},
		{"--limit", &limit_text, NULL},
		{"--format", &format_text, NULL},
		{NULL, NULL, NULL},
	};
	struct strlist words = {0};
	struct strbuf err = {0};
	struct query *q = NULL;
	struct store *st = NULL;
	struct sort order = sort_default();
	enum format_kind kind = FORMAT_TABLE;
	long long limit = -1;
	bool help, ok;
	int status = cli_parse_args("list", argc, argv, opts, &help, &words);

	if (status != EXIT_OK || help) {
		if (help)
			fputs(list_help, stdout);
		goto done;
	}
	if (sort_text && !sort_parse(sort_text, &order)) {
		status = cli_usage_error("list", "unknown sort order '%s' (score, date, title or "
						 "added, optionally :asc or :desc)", sort_text);
		goto done;
	}
	if (limit_text && (status = cli_parse_limit("list", limit_text, &limit)) != EXIT_OK)
		goto done;
	if (format_text && !format_from_name(format_text, &kind)) {
		status = cli_usage_error("list", "unknown format '%s' (table, tsv, csv, json or "
						 "bibtex)", format_text);
		goto done;
	}
	if (!(q = cli_parse_query(&words, &status)))
		goto done;
	if (!(st = cli_open_store(cli, STORE_READ_ONLY))) {
		status = EXIT_FAIL;
		goto done;
	}
	/* the reader's small page cache: a listing reads each page about once, and in a fresh
	 * process every page a larger cache takes in is new memory, each a few page faults */
	store_reader_tune(st);
	if (kind == FORMAT_TABLE || kind == FORMAT_TSV)
		ok = list_rows(cli, st, q, order, limit, kind, &err);
	else
		ok = cli_write_papers(st, q, order, limit, kind, stdout, &err);
	if (!ok) {
		cli_error("%s", err.s ? err.s : "cannot run the query");
		status = EXIT_FAIL;
	} else {
		status = cli_finish_output(stdout, "standard output");
	}
done:
	if (st)
		store_close(st);
	query_free(q);
	strlist_free(&words);
	sb_free(&err);
	return status;
}
