/* fuzz-html.c — fuzz target: a saved web page, parsed as the ingester parses it, through page
 * detection and every HTML adapter. */
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
	struct strbuf err = {0};
	struct page pg = {.path = "fuzz.html"};

	/* As the run does: bytes to UTF-8 (BOM, declared charset, UTF-8, Windows-1252), then
	 * the parse with its depth cap. */
	ingest_decode((const char *)data, size, true, &text);
	if (!fuzz_utf8_valid(text.s, text.len) || strlen(text.s) != text.len)
		fuzz_fail("ingest_decode", "not NUL-free valid UTF-8", text.charset);
	pg.text = text.s;
	pg.len = text.len;
	/* A page's year is unknown when the run cannot tell; both must be safe. */
	pg.year = size % 3 == 0 ? 0 : 2026;
	pg.doc = ingest_parse_html(text.s, text.len, "fuzz.html", &err);
	if (pg.doc) {
		fuzz_run_adapters(adapters_html, &pg);
		xmlFreeDoc(pg.doc);
	} else if (!err.s || strchr(err.s, '\n')) {
		fuzz_fail("ingest_parse_html", "refused a page without one line saying why", err.s);
	}
	sb_free(&err);
	ingest_text_free(&text);
	return 0;
}
