/* fuzz-text.c — fuzz target: a page saved as plain text, through every text adapter. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "adapter.h"
#include "fuzz-check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	size_t len = 0;
	struct page pg = {.path = "fuzz.txt"};

	/* The ingester hands adapters NUL-free text. */
	for (size_t i = 0; i < size; i++)
		if (data[i])
			text[len++] = (char)data[i];
	text[len] = '\0';
	pg.text = text;
	pg.len = len;
	pg.year = size % 3 == 0 ? 0 : 2026;
	fuzz_run_adapters(adapters_text, &pg);
	free(text);
	return 0;
}
