/* cli-export.c — `paperboat export [QUERY] --format bibtex|csv|json [--output FILE]`.
 * A file is written beside its final name and renamed into place, so a failed export never
 * leaves half a file where a whole one was expected. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "format.h"
#include "query.h"

static const char export_help[] =
	"usage: paperboat export [QUERY] --format bibtex|csv|json [--output FILE]\n"
	"                        [--sort KEY] [--limit N]\n"
	"\n"
	"Writes the papers QUERY matches (all papers without one) for other programs.\n"
	"\n"
	"Options:\n"
	"  --format FORMAT bibtex, csv or json; may be left out when FILE ends in\n"
	"                  .bib, .csv or .json\n"
	"  --output FILE   write to FILE (replaced whole, or not at all) instead of\n"
	"                  standard output\n"
	"  --sort KEY      score, date, title or added, optionally :asc or :desc\n"
	"  --limit N       at most N papers\n"
	"\n"
	"Examples:\n"
	"  paperboat export tag:toread --output toread.bib\n"
	"  paperboat export 'inst:tsinghua year:2025' --format csv > tsinghua.csv\n";

/* The format a file name implies: "refs.bib" is bibtex. */
static bool format_from_file(const char *path, enum format_kind *out)
{
	if (str_ends(path, ".bib"))
		*out = FORMAT_BIBTEX;
	else if (str_ends(path, ".csv"))
		*out = FORMAT_CSV;
	else if (str_ends(path, ".json"))
		*out = FORMAT_JSON;
	else
		return false;
	return true;
}

bool cli_write_papers(struct store *st, const struct query *q, struct sort order, long long limit,
		      enum format_kind kind, FILE *f, struct strbuf *err)
{
	struct format_out out;
	long long *ids = NULL;
	size_t n = 0;

	if (!store_list_ids(st, q, order, 0, limit, &ids, &n, err))
		return false;
	format_begin(&out, f, kind);
	for (size_t i = 0; i < n; i++) {
		struct paper p = {0};
		if (!store_paper_get(st, ids[i], &p))
			continue; /* deleted since the query ran */
		format_paper(&out, &p);
		paper_free(&p);
	}
	format_end(&out);
	free(ids);
	return true;
}

/* A temporary file beside PATH, with the permissions a new file would get. */
static FILE *open_temp(const char *path, char **tmp_out)
{
	char *tmp = xasprintf("%s.XXXXXX", path);
	mode_t mask = umask(0);
	int fd;
	FILE *f;

	umask(mask);
	fd = mkstemp(tmp);
	if (fd < 0) {
		cli_error("%s: cannot create: %s", path, strerror(errno));
		free(tmp);
		return NULL;
	}
	fchmod(fd, 0666 & ~mask);
	f = fdopen(fd, "w");
	if (!f) {
		cli_error("%s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return NULL;
	}
	*tmp_out = tmp;
	return f;
}

static int export_run(struct cli *cli, const struct query *q, struct sort order, long long limit,
		      enum format_kind kind, const char *output)
{
	struct strbuf err = {0};
	struct store *st = cli_open_store(cli, STORE_READ_ONLY);
	char *tmp = NULL;
	FILE *f = stdout;
	int status = EXIT_FAIL;

	if (!st)
		return EXIT_FAIL;
	if (output && !(f = open_temp(output, &tmp)))
		goto done;
	if (!cli_write_papers(st, q, order, limit, kind, f, &err)) {
		cli_error("%s", err.s ? err.s : "cannot run the query");
		goto done;
	}
	status = cli_finish_output(f, output ? output : "standard output");
	if (output) {
		if (fclose(f) != 0 && status == EXIT_OK) {
			cli_error("%s: write error: %s", output, strerror(errno));
			status = EXIT_FAIL;
		}
		f = NULL;
		if (status == EXIT_OK && rename(tmp, output) != 0) {
			cli_error("%s: cannot write: %s", output, strerror(errno));
			status = EXIT_FAIL;
		}
	}
done:
	if (output && f)
		fclose(f);
	if (tmp && status != EXIT_OK)
		unlink(tmp);
	free(tmp);
	store_close(st);
	sb_free(&err);
	return status;
}

int cli_export(struct cli *cli, int argc, char **argv)
{
	const char *format_text = NULL, *output = NULL, *sort_text = NULL, *limit_text = NULL;
	const struct cli_option opts[] = {
		{"--format", &format_text, NULL},
		{"--output", &output, NULL},
		{"--sort", &sort_text, NULL},
		{"--limit", &limit_text, NULL},
		{NULL, NULL, NULL},
	};
	struct strlist words = {0};
	struct query *q = NULL;
	struct sort order = sort_default();
	enum format_kind kind;
	long long limit = -1;
	bool help;
	int status = cli_parse_args("export", argc, argv, opts, &help, &words);

	if (status != EXIT_OK || help) {
		if (help)
			fputs(export_help, stdout);
		goto done;
	}
	if (output && (!*output || strcmp(output, "-") == 0))
		output = NULL;
	if (format_text) {
		if (!format_from_name(format_text, &kind) ||
		    (kind != FORMAT_BIBTEX && kind != FORMAT_CSV && kind != FORMAT_JSON)) {
			status = cli_usage_error("export", "unknown format '%s' (bibtex, csv or json)",
						 format_text);
			goto done;
		}
	} else if (!output || !format_from_file(output, &kind)) {
		status = cli_usage_error("export", "which format? Give --format bibtex, csv or "
						   "json (or an --output FILE ending in .bib, "
						   ".csv or .json)");
		goto done;
	}
	if (sort_text && !sort_parse(sort_text, &order)) {
		status = cli_usage_error("export", "unknown sort order '%s' (score, date, title or "
						   "added, optionally :asc or :desc)", sort_text);
		goto done;
	}
	if (limit_text && (status = cli_parse_limit("export", limit_text, &limit)) != EXIT_OK)
		goto done;
	if (!(q = cli_parse_query(&words, &status)))
		goto done;
	status = export_run(cli, q, order, limit, kind, output);
done:
	query_free(q);
	strlist_free(&words);
	return status;
}
