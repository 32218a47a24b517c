/* fuzz-html.c — fuzz target: a saved web page, parsed as the ingester parses it, through page
 * detection and every HTML adapter. */
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
	struct page pg = {.path = "fuzz.html"};

	/* The ingester hands adapters NUL-free text. */
	for (size_t i = 0; i < size; i++)
		if (data[i])
			text[len++] = (char)data[i];
	text[len] = '\0';
	pg.text = text;
	pg.len = len;
	/* A page's year is unknown when the run cannot tell; both must be safe. */
	pg.year = size % 3 == 0 ? 0 : 2026;
	pg.doc = htmlReadMemory(text, (int)len, "fuzz.html", "UTF-8",
				HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
					HTML_PARSE_NOWARNING);
	fuzz_run_adapters(adapters_html, &pg);
	if (pg.doc)
		xmlFreeDoc(pg.doc);
	free(text);
	return 0;
}
