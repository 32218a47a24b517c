/* cli-tag.c — `paperboat tag ID... +name -name`, `paperboat fav ID...`, `paperboat unfav ID...`.
 * Every paper is looked up before anything changes, and the changes go in one transaction:
 * a typo in the third id leaves the library as it was. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "format.h"

#define TAG_MAX 64 /* bytes in a tag name */

static const char tag_help[] =
	"usage: paperboat tag ID... [+NAME|-NAME]...\n"
	"\n"
	"Adds the tags written +NAME and removes those written -NAME on every paper named.\n"
	"With no tags, prints each paper's tags. ID is the number 'paperboat list' shows, or\n"
	"an arXiv id. A tag name has no spaces, quotes, parentheses, commas or backslashes.\n"
	"\n"
	"Examples:\n"
	"  paperboat tag 42 +toread\n"
	"  paperboat tag 42 2106.09608 +survey -toread\n"
	"  paperboat tag 42\n";

static const char fav_help[] =
	"Marks papers as favourites (fav) or unmarks them (unfav). ID is the number\n"
	"'paperboat list' shows, or an arXiv id. List them with 'paperboat list fav'.\n"
	"\n"
	"Examples:\n"
	"  paperboat fav 42 2106.09608\n"
	"  paperboat unfav 42\n";

/* Tag names end up in queries (tag:NAME) and completion, so they keep to one plain word. */
static bool tag_name_ok(const char *name)
{
	char *fixed;
	bool ok;

	if (!*name || strlen(name) > TAG_MAX || name[0] == '+' || name[0] == '-')
		return false;
	for (const unsigned char *c = (const unsigned char *)name; *c; c++)
		if (*c <= ' ' || *c == 0x7F || strchr("\"'(),\\", *c))
			return false;
	fixed = format_utf8_fix(name);
	ok = strcmp(fixed, name) == 0;
	free(fixed);
	return ok;
}

/* Opens the library and resolves every id in REFS; NULL (after the messages) on failure. */
static struct store *open_papers(struct cli *cli, const struct strlist *refs, enum store_mode mode,
				 long long **ids)
{
	struct store *st;

	/* A library that is not there has no papers to change: say so rather than create one. */
	if (mode == STORE_READ_WRITE && access(cli->db_path, F_OK) != 0)
		mode = STORE_READ_ONLY;
	st = cli_open_store(cli, mode);
	*ids = NULL;
	if (!st)
		return NULL;
	*ids = xcalloc(refs->n, sizeof **ids);
	if (!cli_find_papers(st, refs, *ids)) {
		store_close(st);
		free(*ids);
		*ids = NULL;
		return NULL;
	}
	return st;
}

static int print_tags(struct store *st, const long long *ids, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct paper p = {0};
		struct strbuf line = {0};
		if (!store_paper_get(st, ids[i], &p)) {
			cli_error("%s: cannot read paper %lld: %s", store_path(st), ids[i],
				  store_errmsg(st));
			return EXIT_FAIL;
		}
		sb_addf(&line, "%lld:", ids[i]);
		for (size_t k = 0; k < p.tags.n; k++) {
			char *safe = format_safe_text(p.tags.v[k]);
			sb_addf(&line, "%s%s", k ? ", " : " ", safe);
			free(safe);
		}
		if (!p.tags.n)
			sb_add(&line, " (no tags)");
		puts(line.s);
		sb_free(&line);
		paper_free(&p);
	}
	return cli_finish_output(stdout, "standard output");
}

int cli_tag(struct cli *cli, int argc, char **argv)
{
	const struct cli_option opts[] = {{NULL, NULL, NULL}};
	struct strlist words = {0}, refs = {0}, changes = {0};
	struct store *st = NULL;
	long long *ids = NULL;
	bool help, ok = true;
	int status = cli_parse_args("tag", argc, argv, opts, &help, &words);

	if (status != EXIT_OK || help) {
		if (help)
			fputs(tag_help, stdout);
		goto done;
	}
	for (size_t i = 0; i < words.n; i++) {
		const char *w = words.v[i];
		if ((w[0] == '+' || w[0] == '-') && w[1]) {
			if (!tag_name_ok(w + 1)) {
				status = cli_usage_error("tag", "'%s' is not a tag name (one word, at "
								"most %d bytes, no quotes, parentheses, "
								"commas or backslashes)", w + 1, TAG_MAX);
				goto done;
			}
			strlist_add(&changes, w);
		} else {
			strlist_add(&refs, w);
		}
	}
	if (!refs.n) {
		status = cli_usage_error("tag", "which paper? Give an ID or an arXiv id");
		goto done;
	}
	st = open_papers(cli, &refs, changes.n ? STORE_READ_WRITE : STORE_READ_ONLY, &ids);
	if (!st) {
		status = EXIT_FAIL;
		goto done;
	}
	if (!changes.n) {
		status = print_tags(st, ids, refs.n);
		goto done;
	}
	ok = store_begin(st);
	for (size_t i = 0; ok && i < refs.n; i++)
		for (size_t k = 0; ok && k < changes.n; k++)
			ok = store_tag_set(st, ids[i], changes.v[k] + 1, changes.v[k][0] == '+');
	if (!ok || !store_commit(st)) {
		cli_error("%s: cannot change tags: %s", store_path(st), store_errmsg(st));
		store_rollback(st);
		status = EXIT_FAIL;
	}
done:
	free(ids);
	if (st)
		store_close(st);
	strlist_free(&words);
	strlist_free(&refs);
	strlist_free(&changes);
	return status;
}

static int set_favourite(struct cli *cli, int argc, char **argv, bool on)
{
	const char *cmd = on ? "fav" : "unfav";
	const struct cli_option opts[] = {{NULL, NULL, NULL}};
	struct strlist refs = {0};
	struct store *st = NULL;
	long long *ids = NULL;
	bool help, ok;
	int status = cli_parse_args(cmd, argc, argv, opts, &help, &refs);

	if (status != EXIT_OK || help) {
		if (help)
			printf("usage: paperboat %s ID...\n       paperboat %s ID...\n\n%s", cmd,
			       on ? "unfav" : "fav", fav_help);
		goto done;
	}
	if (!refs.n) {
		status = cli_usage_error(cmd, "which paper? Give an ID or an arXiv id");
		goto done;
	}
	if (!(st = open_papers(cli, &refs, STORE_READ_WRITE, &ids))) {
		status = EXIT_FAIL;
		goto done;
	}
	ok = store_begin(st);
	for (size_t i = 0; ok && i < refs.n; i++)
		ok = store_favourite_set(st, ids[i], on);
	if (!ok || !store_commit(st)) {
		cli_error("%s: cannot change favourites: %s", store_path(st), store_errmsg(st));
		store_rollback(st);
		status = EXIT_FAIL;
	}
done:
	free(ids);
	if (st)
		store_close(st);
	strlist_free(&refs);
	return status;
}

int cli_fav(struct cli *cli, int argc, char **argv)
{
	return set_favourite(cli, argc, argv, true);
}

int cli_unfav(struct cli *cli, int argc, char **argv)
{
	return set_favourite(cli, argc, argv, false);
}
