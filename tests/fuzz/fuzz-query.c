/* fuzz-query.c — fuzz target: the query language. Whatever parses must format to text that
 * parses to the same query, and must run: every value bound, nothing SQLite or FTS5 refuses.
 * Whatever does not parse gets one clean line pointing into the text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-check.h"
#include "query.h"
#include "store.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *st;

/* An empty library is enough: SQLite compiles every statement and FTS5 parses every MATCH
 * text whether or not there are rows. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct strbuf err = {0};

	(void)argc;
	(void)argv;
	st = store_open(":memory:", STORE_READ_WRITE, &err);
	if (!st)
		fuzz_fail("store_open", "cannot open a library in memory", err.s);
	sb_free(&err);
	return 0;
}

static size_t utf8_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The message is one line for a terminal: no control characters, and valid UTF-8 when the
 * query was. */
static void check_error(const char *text, const struct query_error *err)
{
	struct strbuf line = {0};
	if (err->column < 1 || (size_t)err->column > utf8_chars(text) + 1)
		fuzz_fail("query_parse", "an error column outside the query", err->msg);
	query_error_format(err, &line);
	for (const unsigned char *p = (const unsigned char *)line.s; p && *p; p++)
		if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0))
			fuzz_fail("query_error_format", "a control character in the message", line.s);
	if (fuzz_utf8_valid(text, strlen(text)) && !fuzz_utf8_valid(line.s, line.len))
		fuzz_fail("query_error_format", "valid UTF-8 in, invalid out", line.s);
	sb_free(&line);
}

static void check_runs(const struct query *q, const char *text)
{
	struct strbuf err = {0};
	if (store_count(st, q, &err) < 0)
		fuzz_fail("store_count", err.s ? err.s : "failed", text);
	sb_free(&err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	size_t len = 0;
	struct query_error err = {0};
	struct query *q, *again;
	char *f, *f2;

	for (size_t i = 0; i < size; i++)
		if (data[i])
			text[len++] = (char)data[i];
	text[len] = '\0';
	q = query_parse(text, &err);
	if (!q) {
		check_error(text, &err);
		free(text);
		return 0;
	}
	f = query_format(q);
	again = query_parse(f, &err);
	if (!again)
		fuzz_fail("query_format", "its text does not parse back", f);
	f2 = query_format(again);
	if (strcmp(f, f2) != 0)
		fuzz_fail("query_format", "parsed back, the query formats differently", f2);
	check_runs(q, text);
	query_free(again);
	query_free(q);
	free(f2);
	free(f);
	free(text);
	return 0;
}
