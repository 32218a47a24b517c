/* fuzz-text.c — fuzz target: a page saved as plain text, through every text adapter. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "adapter.h"
#include "fuzz-check.h"
#include "ingest-input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ingest_text text = {0};
	struct page pg = {.path = "fuzz.txt"};

	ingest_decode((const char *)data, size, false, &text);
	if (!fuzz_utf8_valid(text.s, text.len) || strlen(text.s) != text.len)
		fuzz_fail("ingest_decode", "not NUL-free valid UTF-8", text.charset);
	pg.text = text.s;
	pg.len = text.len;
	pg.year = size % 3 == 0 ? 0 : 2026;
	fuzz_run_adapters(adapters_text, &pg);
	ingest_text_free(&text);
	return 0;
}
