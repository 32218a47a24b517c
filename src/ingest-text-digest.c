/* ingest-text-digest.c — the weekly digest saved as plain text: one paragraph a line (see
 * digest.h for the record). */
#include "digest.h"
#include "adapters-text.h"
#include "text-lines.h"

static bool digest_text_detect(const struct page *pg)
{
	struct strlist l = {0};
	bool yes;

	if (pg->doc || !pg->text)
		return false;
	text_lines_split(pg->text, pg->len, &l);
	yes = digest_detect(&l);
	strlist_free(&l);
	return yes;
}

static bool digest_text_extract(const struct page *pg, struct paper_list *out,
				struct strbuf *err)
{
	struct strlist l = {0};

	(void)err;
	text_lines_split(pg->text, pg->len, &l);
	digest_read(&l, out);
	strlist_free(&l);
	return true;
}

const struct adapter adapter_digest_text = {
	.name = "digest-text",
	.detect = digest_text_detect,
	.extract = digest_text_extract,
};
