/* ingest-text-author.c — author and institution pages (CatalyzeX style) saved as plain text.
 *
 * A dump reads: one to three heading lines (the affiliation, "Tsinghua University", or a
 * name, "Atlas"), then one "Abstract:<text>" block per paper, no titles. A heading line that
 * names an institution (see ingest-heading.h) becomes every entry's institution; any other
 * heading gives nothing. Lines after an "Abstract:" line that do not start another one
 * continue its text. */
#include <stdlib.h>
#include <string.h>

#include "adapter.h"
#include "adapters-text.h"
#include "ingest-heading.h"
#include "text-lines.h"

#define AUTHOR_LABEL "Abstract:"
/* Heading lines allowed before the first abstract, and their longest length. */
#define AUTHOR_HEAD_MAX 3
#define AUTHOR_HEAD_BYTES 200

/* Index of the first "Abstract:" line when the lines have this page's shape, else 0 (the
 * heading always comes first, so 0 never is the index). */
static size_t author_first_abstract(const struct strlist *l)
{
	size_t first = 0, labelled = 0, other = 0;

	for (size_t i = 0; i < l->n; i++) {
		if (text_lines_after(l->v[i], AUTHOR_LABEL)) {
			labelled++;
			if (!first)
				first = i;
		} else if (!first) {
			if (i >= AUTHOR_HEAD_MAX || strlen(l->v[i]) > AUTHOR_HEAD_BYTES)
				return 0;
		} else {
			other++;
		}
	}
	/* Continuation lines are the exception: most lines start an abstract. */
	if (!first || other > labelled)
		return 0;
	return first;
}

static bool author_text_detect(const struct page *pg)
{
	struct strlist l = {0};
	bool yes;

	if (pg->doc || !pg->text)
		return false;
	text_lines_split(pg->text, pg->len, &l);
	yes = author_first_abstract(&l) > 0;
	strlist_free(&l);
	return yes;
}

static void author_finish(struct paper_list *out, struct strbuf *abstract, const char *inst)
{
	struct paper *p;

	if (!abstract->len)
		return;
	p = paper_list_push(out);
	p->abstract = sb_take(abstract);
	if (inst)
		paper_add_institution(p, inst);
}

static bool author_text_extract(const struct page *pg, struct paper_list *out,
				struct strbuf *err)
{
	struct strlist l = {0};
	struct strbuf abstract = {0};
	const char *inst = NULL;
	size_t first;

	(void)err;
	text_lines_split(pg->text, pg->len, &l);
	first = author_first_abstract(&l);
	for (size_t i = 0; i < first; i++)
		if (!inst && ingest_heading_is_institution(l.v[i]))
			inst = l.v[i];
	for (size_t i = first; first && i < l.n; i++) {
		const char *text = text_lines_after(l.v[i], AUTHOR_LABEL);
		if (text)
			author_finish(out, &abstract, inst);
		else
			text = l.v[i];
		if (*text) {
			if (abstract.len)
				sb_addc(&abstract, ' ');
			sb_add(&abstract, text);
		}
	}
	author_finish(out, &abstract, inst);
	strlist_free(&l);
	return true;
}

const struct adapter adapter_author_text = {
	.name = "author-text",
	.detect = author_text_detect,
	.extract = author_text_extract,
};
