/* test-store-order.c — the library built from a set of pages does not depend on their order:
 * the same descriptions put in many orders give identical canonical dumps. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/library-dump.h"
#include "helpers/paper-spec.h"
#include "helpers/temp-library.h"
#include "store.h"

#define A1                                                                                       \
	"Multi-agent LLM systems on edge devices face a memory management problem: device RAM is "  \
	"too small to hold every agent's KV cache simultaneously. On Apple M4 Pro with 10.2 GB of " \
	"cache budget, only 3 agents fit at 8K context in FP16. A 10-agent workflow must "         \
	"constantly evict and reload caches. Without persistence, every eviction forces a full "   \
	"re-prefill through the model."
#define A1_SNIPPET                                                                               \
	"Multi-agent LLM systems on edge devices face a memory management problem: device RAM is "  \
	"too small to hold every agent's KV cache simultaneously. On Apple M4 Pro with 10.2 GB of " \
	"cache budget, only 3 agents fit at 8K context in FP16. A 10-agent workflow must const…"
#define A2                                                                                       \
	"Electroencephalography (EEG) enables non-invasive monitoring of brain activity across "    \
	"clinical and neurotechnology applications, yet building foundation models for EEG "       \
	"remains challenging due to differing electrode topologies and computational "             \
	"scalability, as Transformer architectures incur quadratic sequence complexity overall."
#define A3_READABLE                                                                              \
	"Ovarian tumour management has increasingly relied on multidisciplinary tumour board "      \
	"deliberation (4.45 ± 0.30) to address treatment complexity and disease heterogeneity. "    \
	"However, most patients worldwide lack access to timely expert consensus, particularly in " \
	"resource constrained centres where such resources are scarce or unavailable in practice."
#define A3_RAW                                                                                   \
	"Ovarian tumour management has increasingly relied on multidisciplinary tumour board "      \
	"deliberation ($4.45 \\pm 0.30$) to address treatment complexity and disease "              \
	"heterogeneity. However, most patients worldwide lack access to timely expert consensus, "  \
	"particularly in resource constrained centres where such resources are scarce or "         \
	"unavailable in practice."

static const struct paper_spec pages[] = {
	/* paper 1 on five pages: an HF card, an arXiv listing, an author page, a digest, a
	 * search result that cut the abstract */
	{.title = "Agent Memory Below the Prompt: Persistent Q4 KV Cache", .abstract = A1,
	 .author_count = 6, .date = "2025-11-24", .score = "30", .topics = "agents@keyword"},
	{.arxiv = "2511.20001", .title = "Agent Memory Below the Prompt: Persistent Q4 KV Cache",
	 .authors = "Yuki Shimada; Mei Lin", .topics = "cs.LG@arxiv; cs.AI@arxiv; agents@rule",
	 .url = "https://arxiv.org/abs/2511.20001", .date = "2025-11"},
	{.abstract = A1, .institutions = "Tsinghua University"},
	{.abstract = A1, .institutions = "Columbia University; Tsinghua University", .primary = true,
	 .score = "8", .reviews = {"Caches to disk.", "Q4 blocks.", "136x faster.", "Code open.",
				   "Edge only.", "Cheaper agents."}},
	{.title = "Agent memory below the prompt - persistent Q4 KV cache", .abstract = A1_SNIPPET,
	 .score = "45", .url = "http://example.org/search?q=kv", .authors = "Y. Shimada"},
	/* paper 2: spellings differ between pages; two equally long author lists */
	{.arxiv = "2602.30002", .title = "LuMamba: Latent Unified Mamba for EEG Modeling",
	 .authors = "Jürgen Müller; Zoë Ng", .institutions = "ETH Zurich",
	 .topics = "eess.SP@arxiv"},
	{.title = "LuMamba: Latent Unified Mamba for EEG Modeling", .abstract = A2,
	 .authors = "Jurgen Muller; Zoe Ng", .institutions = "eth zurich", .score = "12",
	 .date = "2026-02-17"},
	{.abstract = A2, .authors = "Łukasz Kaiser; 王小明", .institutions = "ETH Zurich; EPFL"},
	{.abstract = A2, .authors = "Jürgen Müller; Zoë Ng; 王小明", .date = "2026"},
	/* two pages that name different primary categories: the first in name order is kept */
	{.arxiv = "2602.30002", .topics = "cs.LG@arxiv; eess.SP@arxiv"},
	/* paper 3: two digests that name different primaries; readable vs raw LaTeX */
	{.abstract = A3_READABLE, .raw = A3_RAW, .institutions = "Fudan University; Sun Yat-sen "
								 "University",
	 .primary = true, .score = "20"},
	{.abstract = A3_READABLE, .raw = A3_RAW, .institutions = "Sun Yat-sen University",
	 .primary = true, .score = "25", .reviews = {"Agents for tumour boards.", NULL, NULL, NULL,
						    NULL, NULL}},
	{.abstract = A3_RAW, .title = "OMGs: A Multi-Agent System for Ovarian Tumour Boards",
	 .doi = "10.1000/omgs.2026", .topics = "agents@rule; medicine@option"},
	/* paper 4 and 5: same title, different arXiv ids: never one paper. (A page with that
	 * title and no id would be ambiguous: it joins whichever of the two it meets first, the
	 * one case where order shows; see store_paper_put.) */
	{.arxiv = "2401.00001", .title = "Attention Is All You Need Again", .score = "3"},
	{.arxiv = "2401.00002", .title = "Attention Is All You Need Again", .score = "4"},
	{.arxiv = "2401.00002v2", .date = "2024-01-02"},
	/* paper 6: dates of every precision, links from several pages */
	{.doi = "10.5555/dates", .title = "Dates Of Every Precision In One Paper", .date = "2024",
	 .links = "code=https://github.com/d/e"},
	{.doi = "10.5555/DATES", .date = "2024-05", .links = "project=https://d.example"},
	{.doi = "10.5555/dates", .date = "2024-05-02", .links = "code=https://github.com/d/e"},
	{.doi = "10.5555/dates", .date = "2024-05-01", .pdf = "https://d.example/p.pdf"},
};
#define NPAGES (sizeof pages / sizeof pages[0])

static char *build(const size_t *order)
{
	struct temp_library t;
	char *dump;
	temp_library_open(&t);
	for (size_t i = 0; i < NPAGES; i++) {
		const struct paper_spec *s = &pages[order[i]];
		struct paper p;
		char path[32];
		long long src;
		snprintf(path, sizeof path, "/pages/%02zu.html", order[i]);
		src = store_source_add(t.st, path, "hash", "test");
		assert_true(src > 0);
		paper_from_spec(&p, s);
		assert_true(store_paper_put(t.st, &p, src, NULL, NULL));
		paper_free(&p);
	}
	dump = library_dump(t.st);
	assert_non_null(dump);
	temp_library_close(&t);
	return dump;
}

/* A fixed pseudo-random permutation (the test must be repeatable). */
static void shuffle(size_t *order, unsigned seed)
{
	unsigned x = seed * 2654435761u + 1;
	for (size_t i = NPAGES - 1; i > 0; i--) {
		x = x * 1103515245u + 12345u;
		size_t j = (x >> 8) % (i + 1);
		size_t t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
}

static char *first, *dump; /* freed by teardown, also when an assertion fails */

static int teardown(void **state)
{
	(void)state;
	free(first);
	free(dump);
	first = dump = NULL;
	return 0;
}

static void test_orders_give_one_library(void **state)
{
	size_t order[NPAGES];
	(void)state;

	for (size_t i = 0; i < NPAGES; i++)
		order[i] = i;
	first = build(order);
	for (unsigned round = 0; round < 12; round++) {
		if (round == 0)
			for (size_t i = 0; i < NPAGES; i++)
				order[i] = NPAGES - 1 - i;
		else
			shuffle(order, round);
		dump = build(order);
		if (strcmp(dump, first) != 0) {
			fprintf(stderr, "# order %u differs:\n--- first\n%s\n--- this\n%s\n", round,
				first, dump);
			fail();
		}
		free(dump);
		dump = NULL;
	}
	if (getenv("DUMP"))
		fputs(first, stderr);
	/* what the pages say, merged (read off the pages above) */
	assert_non_null(strstr(first, "title: Agent Memory Below the Prompt: Persistent Q4 KV "
				      "Cache\n  abstract: " A1 "\n"));
	assert_non_null(strstr(first, "arxiv: 2511.20001"));
	assert_non_null(strstr(first, "score: 45\n  author_count: 6\n  authors: [Yuki Shimada] "
				      "[Mei Lin]\n  primary_known: 1\n  institutions: [Columbia "
				      "University] [Tsinghua University]"));
	assert_non_null(strstr(first, "authors: [Jürgen Müller] [Zoë Ng] [王小明] [Łukasz Kaiser]"));
	assert_non_null(strstr(first, "date: 2026-02-17"));
	assert_non_null(strstr(first, "primary_known: 1\n  institutions: [Fudan University] "
				      "[Sun Yat-sen University]"));
	assert_non_null(strstr(first, "date: 2024-05-01\n"));
	/* readable text with its raw form beats the raw text alone */
	assert_non_null(strstr(first, "abstract: " A3_READABLE "\n  abstract_raw: " A3_RAW "\n"));
	assert_non_null(strstr(first, "ETH Zurich eth zurich 1\n"));
	/* the primary category first (cs.LG, listed first on its page), then the rest by name */
	assert_non_null(strstr(first, "topics: [cs.LG@arxiv] [agents@keyword] [cs.AI@arxiv]\n"));
	assert_non_null(strstr(first, "topics: [cs.LG@arxiv] [eess.SP@arxiv]\n"));
	/* papers 1 to 6 */
	size_t n = 0;
	for (const char *p = first; (p = strstr(p, "paper\n")); p++)
		n++;
	assert_int_equal(n, 6);
}

/* A title-only page whose title two arXiv papers share joins the one with the smaller arXiv id,
 * whichever came first. */
static const struct paper_spec ambiguous[] = {
	{.arxiv = "2401.00002", .title = "Attention Is All You Need Again", .score = "4"},
	{.arxiv = "2401.00001", .title = "Attention Is All You Need Again", .score = "3"},
	{.title = "Attention is all you need again", .institutions = "Keyless Lab", .score = "9"},
	/* a DOI-less arXiv page matching two DOI-only pages by title: the smaller DOI */
	{.doi = "10.5555/zz", .title = "Shared Title For Two DOIs"},
	{.doi = "10.5555/aa", .title = "Shared Title For Two DOIs"},
	{.arxiv = "2402.00009", .title = "Shared Title For Two DOIs", .date = "2024-02-09"},
};

static char *build_ambiguous(const size_t *order)
{
	struct temp_library t;
	char *text;
	temp_library_open(&t);
	for (size_t i = 0; i < 3; i++)
		for (size_t half = 0; half < 2; half++) {
			struct paper p;
			paper_from_spec(&p, &ambiguous[half * 3 + order[i]]);
			assert_true(store_paper_put(t.st, &p, 0, NULL, NULL));
			paper_free(&p);
		}
	text = library_dump(t.st);
	assert_non_null(text);
	temp_library_close(&t);
	return text;
}

static void test_ambiguous_match(void **state)
{
	/* Every order but those where the key-less page and the larger id are both in before the
	 * smaller id (2-0-1 and 0-2-1): there the two are one paper before the choice can be made. */
	static const size_t orders[][3] = {{0, 1, 2}, {1, 0, 2}, {1, 2, 0}, {2, 1, 0}};
	(void)state;
	first = build_ambiguous(orders[0]);
	for (size_t o = 1; o < sizeof orders / sizeof orders[0]; o++) {
		dump = build_ambiguous(orders[o]);
		if (strcmp(dump, first) != 0) {
			fprintf(stderr, "# order %zu differs:\n--- first\n%s\n--- this\n%s\n", o,
				first, dump);
			fail();
		}
		free(dump);
		dump = NULL;
	}
	/* 2401.00001 took the key-less page's institution and score; 2401.00002 did not */
	assert_non_null(strstr(first, "arxiv: 2401.00001\n"));
	assert_non_null(strstr(first, "score: 9\n  author_count: 0\n  authors:\n  primary_known: 0\n"
				      "  institutions: [Keyless Lab]\n"));
	assert_non_null(strstr(first, "score: 4\n  author_count: 0\n  authors:\n  primary_known: 0\n"
				      "  institutions:\n"));
	/* the arXiv page joined DOI 10.5555/aa, never 10.5555/zz */
	assert_non_null(strstr(first, "arxiv: 2402.00009\n  doi: 10.5555/aa\n"));
	assert_non_null(strstr(first, "arxiv: (null)\n  doi: 10.5555/zz\n"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_orders_give_one_library, teardown),
		cmocka_unit_test_teardown(test_ambiguous_match, teardown),
	};
	return cmocka_run_group_tests_name("store-order", tests, NULL, NULL);
}
