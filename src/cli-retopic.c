/* cli-retopic.c — `paperboat retopic [--show-rules] [--quiet]`: the topic rules (shipped ones
 * and the config's) applied again to every paper in the library. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest.h"
#include "topic-rules.h"

/* Papers per transaction: big enough to be fast, small enough not to hold the write lock
 * long against a reader refreshing. */
#define RETOPIC_BATCH 500

static void usage(FILE *f)
{
	fprintf(f, "usage: paperboat retopic [--show-rules] [--quiet]\n"
		   "\n"
		   "Applies the topic rules (the shipped ones and the config's `topic` lines) to every\n"
		   "paper in the library again, replacing the topics rules gave before. Topics from\n"
		   "arXiv categories, site keywords and `ingest --topic` are kept.\n"
		   "\n"
		   "Options:\n"
		   "  --show-rules  print the rules in force, as config lines, and change nothing\n"
		   "  -q, --quiet   no summary line\n"
		   "  -h, --help    show this help\n"
		   "\n"
		   "Examples:\n"
		   "  paperboat retopic --show-rules > rules.txt\n"
		   "  paperboat retopic\n");
}

/* Runs the rules over the library; false with a message printed on failure. */
static bool retopic(struct store *st, const struct topic_rules *rules, size_t *papers,
		    size_t *changed)
{
	struct store_paper_text batch[RETOPIC_BATCH];
	long long after = 0;
	size_t n;

	for (;;) {
		if (!store_paper_texts(st, after, RETOPIC_BATCH, batch, &n))
			goto fail;
		if (n == 0)
			break;
		if (!store_begin(st)) {
			store_paper_texts_free(batch, n);
			goto fail;
		}
		for (size_t i = 0; i < n; i++) {
			struct strlist names = {0};
			bool did;
			topic_rules_match(rules, batch[i].title, batch[i].abstract, &names);
			bool ok = store_paper_rule_topics_set(st, batch[i].id, &names, &did);
			strlist_free(&names);
			if (!ok) {
				store_rollback(st);
				store_paper_texts_free(batch, n);
				goto fail;
			}
			*changed += did;
		}
		after = batch[n - 1].id;
		*papers += n;
		store_paper_texts_free(batch, n);
		if (!store_commit(st)) {
			store_rollback(st);
			goto fail;
		}
	}
	if (!store_topics_prune(st))
		goto fail;
	return true;
fail:
	cli_error("%s", store_errmsg(st));
	return false;
}

int cli_retopic(struct cli *cli, int argc, char **argv)
{
	bool show = false, quiet = false;
	struct topic_rules *rules;
	struct store *st;
	size_t papers = 0, changed = 0;
	int status = EXIT_FAIL;

	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--show-rules") == 0) {
			show = true;
		} else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
			quiet = true;
		} else {
			char *shown = ingest_printable(argv[i]);
			cli_usage_error("retopic", argv[i][0] == '-' ? "unknown option '%s'"
								      : "unexpected argument '%s'",
					shown);
			free(shown);
			return EXIT_USAGE;
		}
	}
	rules = topic_rules_new();
	ingest_config_load(NULL, rules, stderr);
	if (show) {
		char *text = topic_rules_format(rules);
		fputs(text, stdout);
		free(text);
		topic_rules_free(rules);
		return EXIT_OK;
	}
	st = cli_open_store(cli, STORE_READ_WRITE);
	if (st && retopic(st, rules, &papers, &changed)) {
		if (!quiet) {
			struct strbuf line = {0};
			ingest_format_count(&line, papers);
			sb_addf(&line, " paper%s, ", papers == 1 ? "" : "s");
			ingest_format_count(&line, changed);
			sb_add(&line, " with changed topics");
			puts(line.s);
			sb_free(&line);
		}
		status = EXIT_OK;
	}
	store_close(st);
	topic_rules_free(rules);
	return status;
}
