/* fuzz-decode.c — fuzz target: a file's bytes to UTF-8 as the run reads them (byte-order
 * mark, declared charset, UTF-8, Windows-1252), for a page and for a text dump, and the
 * guess between the two. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-check.h"
#include "ingest-input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* ingest_read() hands over the bytes with a NUL after them. */
	char *buf = malloc(size + 1);
	char *declared;

	memcpy(buf, data, size);
	buf[size] = '\0';

	for (int html = 0; html < 2; html++) {
		struct ingest_text t = {0};
		ingest_decode(buf, size, html, &t);
		if (!t.s || strlen(t.s) != t.len)
			fuzz_fail("ingest_decode", "not one NUL-terminated string", t.charset);
		if (!fuzz_utf8_valid(t.s, t.len))
			fuzz_fail("ingest_decode", "not valid UTF-8", t.charset);
		if (!memchr(t.charset, 0, sizeof t.charset) || !t.charset[0])
			fuzz_fail("ingest_decode", "no charset named", NULL);
		/* Valid UTF-8 without a BOM or a declaration stays as it is. */
		if (!html && fuzz_utf8_valid(buf, size) && !memchr(buf, '\0', size) &&
		    !(size >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) &&
		    (t.len != size || memcmp(t.s, buf, size) != 0) &&
		    size > 0 && (unsigned char)buf[0] != 0xFE && (unsigned char)buf[0] != 0xFF)
			fuzz_fail("ingest_decode", "valid UTF-8 text changed", t.charset);
		ingest_text_free(&t);
	}
	declared = ingest_declared_charset(buf, size);
	free(declared);
	(void)ingest_looks_like_html(buf, size);
	free(buf);
	return 0;
}
