/* cli-stats.c — `paperboat stats [--by institution|topic|tag|source] [--limit N] [--format F]`.
 * `--format tsv` with --by is "name<TAB>count" a line: the shell completion reads tag,
 * institution and topic names from it. */
#include "cli.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

static const char stats_help[] =
	"usage: paperboat stats [--by WHAT] [--limit N] [--format FORMAT]\n"
	"\n"
	"Counts what the library holds: papers, with an abstract, favourites, read,\n"
	"tagged, and the files they came from. With --by, the number of papers of each\n"
	"institution, topic, tag or source file, most first.\n"
	"\n"
	"Options:\n"
	"  --by WHAT       institution, topic, tag or source\n"
	"  --limit N       with --by, at most N lines\n"
	"  --format FORMAT table (default), tsv (with --by: name TAB count, no header)\n"
	"                  or json\n"
	"\n"
	"Examples:\n"
	"  paperboat stats\n"
	"  paperboat stats --by institution --limit 10\n"
	"  paperboat stats --by tag --format tsv | cut -f1\n";

/* The totals, in the order they print; labels for people, keys for tsv and json. */
static const struct {
	const char *label; /* for people */
	const char *key;   /* tsv and json */
	size_t offset;     /* the field of struct store_stats */
} totals[] = {
	{"Papers", "papers", offsetof(struct store_stats, papers)},
	{"With abstract", "with_abstract", offsetof(struct store_stats, with_abstract)},
	{"Favourites", "favourites", offsetof(struct store_stats, favourites)},
	{"Read", "read", offsetof(struct store_stats, read)},
	{"Tagged", "tagged", offsetof(struct store_stats, tagged)},
	{"Source files", "sources", offsetof(struct store_stats, sources)},
};
#define NTOTALS (sizeof totals / sizeof totals[0])

static long long total(const struct store_stats *s, size_t i)
{
	return *(const long long *)((const char *)s + totals[i].offset);
}

static void print_json(const struct store_stats *s, enum stats_by by, size_t n)
{
	json_t *o = json_object(), *arr;
	char *text;

	for (size_t i = 0; i < NTOTALS; i++)
		json_object_set_new(o, totals[i].key, json_integer(total(s, i)));
	if (by != STATS_NONE) {
		json_object_set_new(o, "by", json_string(stats_by_name(by)));
		arr = json_array();
		for (size_t i = 0; i < n; i++) {
			char *name = format_utf8_fix(s->v[i].name);
			json_array_append_new(arr, json_pack("{s:s, s:I}", "name", name, "count",
							     (json_int_t)s->v[i].count));
			free(name);
		}
		json_object_set_new(o, "counts", arr);
	}
	text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (text)
		puts(text);
	free(text);
	json_decref(o);
}

static void print_table(const struct store_stats *s, enum stats_by by, size_t n, bool color)
{
	struct strbuf b = {0};
	int w = 1;

	if (by == STATS_NONE) {
		for (size_t i = 0; i < NTOTALS; i++) {
			char num[32];
			snprintf(num, sizeof num, "%lld", total(s, i));
			format_pad(&b, totals[i].label, 15, false);
			sb_addf(&b, "%s\n", num);
		}
	} else {
		for (size_t i = 0; i < n; i++) {
			int d = snprintf(NULL, 0, "%lld", s->v[i].count);
			if (d > w)
				w = d;
		}
		if (color)
			sb_add(&b, "\033[1m");
		sb_addf(&b, "%*s  ", w < 6 ? 6 : w, "PAPERS");
		for (const char *c = stats_by_name(by); *c; c++)
			sb_addc(&b, (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c));
		if (color)
			sb_add(&b, "\033[0m");
		sb_addc(&b, '\n');
		for (size_t i = 0; i < n; i++) {
			char *safe = format_safe_text(s->v[i].name);
			sb_addf(&b, "%*lld  %s\n", w < 6 ? 6 : w, s->v[i].count, safe);
			free(safe);
		}
	}
	if (b.len)
		fwrite(b.s, 1, b.len, stdout);
	sb_free(&b);
}

static void print_tsv(const struct store_stats *s, enum stats_by by, size_t n)
{
	if (by == STATS_NONE) {
		for (size_t i = 0; i < NTOTALS; i++)
			printf("%s\t%lld\n", totals[i].key, total(s, i));
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char *safe = format_safe_text(s->v[i].name); /* no tab or newline inside */
		printf("%s\t%lld\n", safe, s->v[i].count);
		free(safe);
	}
}

int cli_stats(struct cli *cli, int argc, char **argv)
{
	const char *by_text = NULL, *limit_text = NULL, *format_text = NULL;
	const struct cli_option opts[] = {
		{"--by", &by_text, NULL},
		{"--limit", &limit_text, NULL},
		{"--format", &format_text, NULL},
		{NULL, NULL, NULL},
	};
	struct strlist words = {0};
	struct store_stats s;
	struct store *st = NULL;
	enum stats_by by = STATS_NONE;
	enum format_kind kind = FORMAT_TABLE;
	long long limit = -1;
	bool help;
	size_t n;
	int status = cli_parse_args("stats", argc, argv, opts, &help, &words);

	memset(&s, 0, sizeof s);
	if (status != EXIT_OK || help) {
		if (help)
			fputs(stats_help, stdout);
		goto done;
	}
	if (words.n) {
		status = cli_usage_error("stats", "unexpected argument '%s'", words.v[0]);
		goto done;
	}
	if (by_text && (!stats_by_parse(by_text, &by) || by == STATS_NONE)) {
		status = cli_usage_error("stats", "unknown --by '%s' (institution, topic, tag or "
						  "source)", by_text);
		goto done;
	}
	if (limit_text && (status = cli_parse_limit("stats", limit_text, &limit)) != EXIT_OK)
		goto done;
	if (format_text && (!format_from_name(format_text, &kind) ||
			    (kind != FORMAT_TABLE && kind != FORMAT_TSV && kind != FORMAT_JSON))) {
		status = cli_usage_error("stats", "unknown format '%s' (table, tsv or json)",
					 format_text);
		goto done;
	}
	if (!(st = cli_open_store(cli, STORE_READ_ONLY))) {
		status = EXIT_FAIL;
		goto done;
	}
	if (!store_stats(st, by, &s)) {
		cli_error("%s", store_errmsg(st));
		status = EXIT_FAIL;
		goto done;
	}
	n = limit >= 0 && (size_t)limit < s.n ? (size_t)limit : s.n;
	if (kind == FORMAT_JSON)
		print_json(&s, by, n);
	else if (kind == FORMAT_TSV)
		print_tsv(&s, by, n);
	else
		print_table(&s, by, n, cli->color);
	status = cli_finish_output(stdout, "standard output");
done:
	store_stats_free(&s);
	if (st)
		store_close(st);
	strlist_free(&words);
	return status;
}
