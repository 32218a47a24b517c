/* fuzz-config.c — fuzz target: a config file, read by config_load() and split by
 * config_split(), with handlers that look at every word the way the real ones do. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "fuzz-check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every word lies inside the line, in order, and config_rest() stays inside it too. */
static bool check_line(const struct config_line *l, void *ctx, struct strbuf *err)
{
	size_t len = strlen(l->text);
	(void)ctx;
	if (l->argc < 1 || !l->argv[0] || l->lineno < 1)
		fuzz_fail("config_load", "a handler called without a command", l->text);
	for (int i = 0; i < l->argc; i++) {
		if (!l->argv[i] || l->offsets[i] >= len || (i && l->offsets[i] <= l->offsets[i - 1]))
			fuzz_fail("config_split", "a word outside its line", l->text);
		if (strlen(config_rest(l, i)) != len - l->offsets[i])
			fuzz_fail("config_rest", "not the rest of the line", l->text);
	}
	if (strcmp(config_rest(l, -1), "") != 0 || strcmp(config_rest(l, l->argc), "") != 0)
		fuzz_fail("config_rest", "a word that is not there", l->text);
	/* Reject some lines, as a real handler does with bad arguments. */
	if (l->argc != 3) {
		sb_addf(err, "expected 2 arguments, got %d", l->argc - 1);
		return false;
	}
	return true;
}

static const struct config_handler handlers[] = {
	{"bind", check_line, NULL},
	{"set", check_line, NULL},
	{"alias", check_line, NULL},
	{"topic", check_line, NULL},
	{"search", NULL, NULL},
};

/* Messages name the file and a line, and hold one line each. */
static void check_msgs(const struct strlist *msgs, const char *path)
{
	for (size_t i = 0; i < msgs->n; i++)
		if (!str_starts(msgs->v[i], path) || strchr(msgs->v[i], '\n'))
			fuzz_fail("config_load", "a message not of the form FILE:LINE: problem",
				  msgs->v[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz-config", 0);
	char path[64];
	struct strlist msgs = {0};

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (!config_load(path, handlers, sizeof handlers / sizeof handlers[0], &msgs))
		fuzz_fail("config_load", "could not read a file that is there", path);
	check_msgs(&msgs, path);
	strlist_free(&msgs);
	close(fd);
	return 0;
}
