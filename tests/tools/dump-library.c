/* dump-library.c — `dump-library PATH`: prints a library as canonical text (no ids or times;
 * see tests/unit/helpers/library-dump.h), so shell tests can compare two libraries. */
#include <stdio.h>
#include <stdlib.h>

#include "helpers/library-dump.h"

int main(int argc, char **argv)
{
	struct strbuf err = {0};
	struct store *st;
	char *dump;

	if (argc != 2) {
		fprintf(stderr, "usage: dump-library PATH\n");
		return 2;
	}
	st = store_open(argv[1], STORE_READ_ONLY, &err);
	if (!st) {
		fprintf(stderr, "dump-library: %s\n", err.s ? err.s : "cannot open");
		sb_free(&err);
		return 1;
	}
	dump = library_dump(st);
	store_close(st);
	if (!dump)
		return 1;
	fputs(dump, stdout);
	free(dump);
	return 0;
}
