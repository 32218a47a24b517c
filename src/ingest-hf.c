/* ingest-hf.c — Hugging Face papers pages (daily lists, search results, organisation and
 * single paper pages). The server-rendered Svelte islands carry their state as JSON in
 * data-props; that is read first, and the visible cards only when no island holds papers. */
#include <stdlib.h>
#include <string.h>

#include "adapter-util.h"
#include "html.h"
#include "ingest-hf.h"
#include "ingest-html.h"
#include "util.h"

/* A data-props text that may hold papers: cheap string test before any JSON parsing. */
static bool props_may_hold_papers(const char *props)
{
	return props && strstr(props, "\"title\"") &&
	       (strstr(props, "\"paper\"") || strstr(props, "\"summary\""));
}

static bool hf_detect(const struct page *pg)
{
	xmlNodePtr top = html_root(pg->doc);

	/* most pages have no data-target anywhere: then the walk finds nothing */
	for (xmlNodePtr n = html_may_have(top, HTML_ATTRIBUTE, "data-target") ? top : NULL; n;
	     n = html_next(n, top)) {
		char *props;
		bool yes;
		if (!html_has_attr(n, "data-props") || !html_has_attr(n, "data-target"))
			continue;
		props = html_attr(n, "data-props");
		yes = props_may_hold_papers(props);
		free(props);
		if (yes)
			return true;
	}
	return hf_has_cards(top);
}

static bool hf_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	xmlNodePtr top = html_root(pg->doc);
	struct strlist seen = {0};
	size_t before = out->n;
	bool bad_json = false;

	for (xmlNodePtr n = top; n; n = html_next(n, top)) {
		char *props = html_has_attr(n, "data-target") ? html_attr(n, "data-props") : NULL;
		if (props_may_hold_papers(props) && !hf_json_papers(props, out, &seen))
			bad_json = true;
		free(props);
	}
	if (out->n == before)
		hf_card_papers(top, pg->year, out, &seen);
	strlist_free(&seen);
	if (out->n == before && bad_json) {
		sb_addf(err, "the page's embedded paper data (data-props) is not valid JSON");
		return false;
	}
	papers_drop_unusable(out, before);
	return true;
}

const struct adapter adapter_hf = {
	.name = "hf",
	.detect = hf_detect,
	.extract = hf_extract,
};
