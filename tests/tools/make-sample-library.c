/* make-sample-library.c — `make-sample-library PATH`: creates the sample library of
 * tests/unit/helpers/sample-library.h at PATH (which must not exist yet), for shell tests. */
#include <stdio.h>
#include <sys/stat.h>

#include "helpers/sample-library.h"

int main(int argc, char **argv)
{
	struct strbuf err = {0};
	struct store *st;
	struct stat sb;

	if (argc != 2) {
		fprintf(stderr, "usage: make-sample-library PATH\n");
		return 2;
	}
	if (stat(argv[1], &sb) == 0) {
		fprintf(stderr, "make-sample-library: %s: already exists\n", argv[1]);
		return 1;
	}
	st = store_open(argv[1], STORE_READ_WRITE, &err);
	if (!st) {
		fprintf(stderr, "make-sample-library: %s\n", err.s ? err.s : "cannot open");
		sb_free(&err);
		return 1;
	}
	sample_library_fill(st);
	store_close(st);
	return 0;
}
