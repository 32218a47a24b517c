/* test-store-paper.c — adding papers: reading back, duplicates by each key, merge rules, the
 * full-text index, user data left alone, finding papers by what a user types. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers/paper-spec.h"
#include "helpers/temp-library.h"
#include "store.h"

/* Abstracts long enough to be fingerprinted (from tests/corpus/seeds/000). */
#define GLEAN                                                                                    \
	"As LLM-powered agents have been used for high-stakes decision-making, such as clinical "  \
	"diagnosis, it becomes critical to develop reliable verification of their decisions to "   \
	"facilitate trustworthy deployment. Yet, existing verifiers usually underperform owing to " \
	"a lack of domain knowledge and limited calibration. To address this, we establish GLEAN, " \
	"an agent verification framework with Guideline-grounded Evidence Accumulation."
#define SAGE                                                                                     \
	"Low-bit attention, such as SageAttention, has emerged as an effective approach for "       \
	"accelerating model inference, but its applicability to training remains poorly "           \
	"understood. In prior work, we introduced SageBwd, a trainable INT8 attention that "         \
	"quantizes six of seven attention matrix multiplications while preserving fine-tuning "     \
	"performance. However, SageBwd exhibited a persistent performance gap."

static int setup(void **state)
{
	struct temp_library *t = calloc(1, sizeof *t);
	temp_library_open(t);
	*state = t;
	return 0;
}

static int teardown(void **state)
{
	struct temp_library *t = *state;
	temp_library_close(t);
	free(t);
	return 0;
}

static long long put(struct store *st, const struct paper_spec *s, long long source, bool *is_new)
{
	struct paper p;
	long long id = 0;
	bool fresh = false;
	paper_from_spec(&p, s);
	assert_true(store_paper_put(st, &p, source, &id, &fresh));
	paper_free(&p);
	if (is_new)
		*is_new = fresh;
	assert_true(id > 0);
	return id;
}

static long long papers(struct store *st)
{
	return store_paper_total(st);
}

static void test_round_trip(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec s = {
		.arxiv = "arXiv:2106.09608v2",
		.doi = "https://doi.org/10.1103/PhysRevX.12.041027",
		.title = "Calibration, Not Compilation",
		.abstract = GLEAN,
		.raw = GLEAN " \\emph{raw}",
		.date = "2026-06-30",
		.score = "128",
		.authors = "Jian Xu; Delu Zeng; John Paisley",
		.author_count = 2, /* a page may undercount; the names known win */
		.institutions = "Columbia University; Stanford University",
		.primary = true,
		.topics = "cs.LG@arxiv; agents@rule",
		.url = "https://arxiv.org/abs/2106.09608",
		.pdf = "https://arxiv.org/pdf/2106.09608",
		.links = "code=https://github.com/x/y",
		.reviews = {"Short.", NULL, NULL, NULL, "Limits.", NULL},
	};
	struct paper p;
	bool is_new = false;
	long long id = put(st, &s, 0, &is_new);

	assert_true(is_new);
	assert_true(store_paper_get(st, id, &p));
	assert_int_equal(p.id, id);
	assert_string_equal(p.arxiv_id, "2106.09608");
	assert_string_equal(p.doi, "10.1103/PhysRevX.12.041027");
	assert_string_equal(p.title, "Calibration, Not Compilation");
	assert_string_equal(p.abstract, GLEAN);
	assert_string_equal(p.abstract_raw, GLEAN " \\emph{raw}");
	assert_string_equal(p.date, "2026-06-30");
	assert_true(p.has_score);
	assert_true(p.score == 128);
	assert_int_equal(p.author_count, 3);
	assert_int_equal(p.authors.n, 3);
	assert_string_equal(p.authors.v[2], "John Paisley");
	assert_true(p.primary_known);
	assert_int_equal(p.institutions.n, 2);
	assert_string_equal(p.institutions.v[0], "Columbia University");
	/* the primary arXiv category first, then the rest by name */
	assert_int_equal(p.ntopics, 2);
	assert_string_equal(p.topics[0].name, "cs.LG");
	assert_int_equal(p.topics[0].origin, TOPIC_ARXIV);
	assert_string_equal(p.topics[1].name, "agents");
	assert_int_equal(p.topics[1].origin, TOPIC_RULE);
	assert_int_equal(p.nlinks, 1);
	assert_string_equal(p.links[0].kind, "code");
	assert_string_equal(p.reviews[REVIEW_TLDR], "Short.");
	assert_string_equal(p.reviews[REVIEW_LIMITATIONS], "Limits.");
	assert_null(p.reviews[REVIEW_METHODOLOGY]);
	assert_false(p.favourite);
	assert_false(p.read);
	assert_null(p.note);
	assert_int_equal(p.tags.n, 0);
	assert_true(p.added_at > 0);
	assert_int_equal(temp_library_int(st, "SELECT year FROM paper"), 2026);
	paper_free(&p);
	assert_false(store_paper_get(st, id + 1, &p));
	assert_non_null(strstr(store_errmsg(st), "no paper"));
}

static void test_unknown_is_null(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec s = {.title = "A paper with nothing else known", .abstract = "",
			       .date = "", .url = ""};
	struct paper p;
	long long id = put(st, &s, 0, NULL);
	assert_true(store_paper_get(st, id, &p));
	assert_null(p.abstract);
	assert_null(p.date);
	assert_null(p.url);
	assert_null(p.arxiv_id);
	assert_false(p.has_score);
	assert_int_equal(p.author_count, 0);
	assert_false(p.primary_known);
	paper_free(&p);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE score IS NULL"
					  " AND author_count IS NULL AND year IS NULL"),
			 1);
}

/* --- duplicates by each key ------------------------------------------------------------------ */

static void test_merge_by_arxiv(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.arxiv = "2401.00001", .title = "First Title Of This Paper"};
	struct paper_spec b = {.arxiv = "arXiv:2401.00001v3", .title = "Another Title Entirely Here",
			       .score = "5"};
	bool is_new;
	long long x = put(st, &a, 0, &is_new);
	assert_true(is_new);
	long long y = put(st, &b, 0, &is_new);
	assert_false(is_new);
	assert_int_equal(x, y);
	assert_int_equal(papers(st), 1);
}

static void test_merge_by_doi(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.doi = "10.18653/v1/2021.naacl-main.208", .title = "Some Title A b c"};
	struct paper_spec b = {.doi = "doi:10.18653/V1/2021.NAACL-MAIN.208",
			       .title = "Quite Different Words"};
	long long x = put(st, &a, 0, NULL);
	bool is_new;
	long long y = put(st, &b, 0, &is_new);
	assert_false(is_new);
	assert_int_equal(x, y);
	assert_int_equal(papers(st), 1);
}

static void test_merge_by_title(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.title = "MergeVLA: Cross-Skill Model Merging Toward a Generalist "
					"Vision-Language-Action Agent"};
	struct paper_spec b = {.title = "mergevla   cross skill model merging toward a generalist "
					"vision language action agent",
			       .arxiv = "2511.00001"};
	struct paper_spec c = {.title = "MergeVLA Cross Skill Model Merging Toward a Generalist "
					"Vision Language Action Agent…"};
	long long x = put(st, &a, 0, NULL);
	long long y = put(st, &b, 0, NULL);
	assert_int_equal(x, y);
	/* a cut-off title is no key: it stays apart */
	put(st, &c, 0, NULL);
	assert_int_equal(papers(st), 2);
}

static void test_merge_by_abstract(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	/* an author page: no title, the abstract only */
	struct paper_spec a = {.abstract = GLEAN, .institutions = "Tsinghua University"};
	/* a listing that cut the abstract off, with other spacing, case and punctuation */
	struct paper_spec b = {
		.title = "GLEAN: Guideline-grounded Evidence Accumulation for Agent Verification",
		.abstract = "as LLM powered agents have been used for high stakes decision making "
			    "-- such as clinical diagnosis -- it becomes critical to develop "
			    "reliable verification of their decisions to facilitate trustworthy "
			    "deployment.  Yet existing verifiers usually underperform owing to a "
			    "lack of domain knowledge and lim…"};
	/* too short a snippet to tell: stays apart */
	struct paper_spec c = {.abstract = "As LLM-powered agents have been used for…"};
	struct paper p;
	long long x = put(st, &a, 0, NULL);
	long long y = put(st, &b, 0, NULL);
	assert_int_equal(x, y);
	put(st, &c, 0, NULL);
	assert_int_equal(papers(st), 2);
	assert_true(store_paper_get(st, x, &p));
	assert_string_equal(p.abstract, GLEAN); /* the full one, not the snippet */
	assert_non_null(p.title);
	paper_free(&p);
}

static void test_merge_latex_abstract(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	/* the digest's LaTeX, made readable on one page and rendered differently on another */
	struct paper_spec a = {
		.abstract = "Calibration feedback improves over no feedback on strong but "
			    "unsaturated models (GPT-5.1 33→92%, Claude 75→100%; paired McNemar, "
			    "n=228) and detection reaches AUC 0.97 with 88% at 2% FPR when handed "
			    "the correct reference program, an upper bound, while a reference free "
			    "version reaches 62–78% in our experiments overall.",
		.raw = "Calibration feedback improves over no feedback on strong-but-unsaturated "
		       "models (GPT-5.1 $33{\\to}92\\%$, Claude $75{\\to}100\\%$; paired McNemar, "
		       "$n{=}228$) and detection reaches AUC $0.97$ with $88\\%$ at $2\\%$ FPR "
		       "\\emph{when handed the correct reference program, an upper bound}, while "
		       "a reference-free version reaches $62$--$78\\%$ in our experiments overall."};
	struct paper_spec b = {.abstract = a.raw, .title = "Calibration, Not Compilation: "
							   "Detecting Misspecified Programs"};
	struct paper p;
	long long x = put(st, &a, 0, NULL);
	long long y = put(st, &b, 0, NULL);
	assert_int_equal(x, y);
	assert_true(store_paper_get(st, x, &p));
	/* as many words on both: the abstract that came with its raw form wins, raw and all */
	assert_string_equal(p.abstract, a.abstract);
	assert_string_equal(p.abstract_raw, a.raw);
	paper_free(&p);
}

static void test_conflicting_ids_stay_apart(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.arxiv = "2401.00001", .title = "Attention Is All You Need",
			       .abstract = GLEAN};
	struct paper_spec b = {.arxiv = "2401.00002", .title = "Attention Is All You Need",
			       .abstract = GLEAN};
	struct paper_spec c = {.doi = "10.1/a", .title = "Scaling Laws for Everything Else"};
	struct paper_spec d = {.doi = "10.1/b", .title = "Scaling Laws for Everything Else"};
	put(st, &a, 0, NULL);
	put(st, &b, 0, NULL);
	put(st, &c, 0, NULL);
	put(st, &d, 0, NULL);
	assert_int_equal(papers(st), 4);
}

/* A title-only paper and an abstract-only paper, then a page with both: all one paper. */
static void test_merge_joins_two_stored(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec title_only = {.arxiv = "2602.11111",
					.title = "SageBwd: A Trainable Low-bit Attention",
					.score = "7", .authors = "Jintao Zhang; Jia Wei"};
	struct paper_spec abstract_only = {.abstract = SAGE, .institutions = "Tsinghua University"};
	struct paper_spec both = {.title = "SageBwd: A Trainable Low-bit Attention",
				  .abstract = SAGE, .score = "12"};
	long long a = put(st, &title_only, 0, NULL);
	long long b = put(st, &abstract_only, 0, NULL);
	struct paper p;
	assert_true(a < b);
	assert_true(store_tag_set(st, b, "toread", true));
	assert_true(store_note_set(st, b, "from the author page"));
	assert_true(store_favourite_set(st, a, true));
	assert_int_equal(put(st, &both, 0, NULL), a);
	assert_int_equal(papers(st), 1);
	assert_true(store_paper_get(st, a, &p));
	assert_string_equal(p.arxiv_id, "2602.11111");
	assert_string_equal(p.abstract, SAGE);
	assert_true(p.score == 12);
	assert_int_equal(p.institutions.n, 1);
	assert_int_equal(p.authors.n, 2);
	/* the user's data on the absorbed paper moved over */
	assert_true(p.favourite);
	assert_int_equal(p.tags.n, 1);
	assert_string_equal(p.tags.v[0], "toread");
	assert_string_equal(p.note, "from the author page");
	paper_free(&p);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution"), 1);
}

/* --- merge rules ---------------------------------------------------------------------------- */

static void test_merge_rules(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {
		.arxiv = "2501.00001", .abstract = "A full abstract that is complete.",
		.date = "2025", .score = "40", .authors = "Ann Lee; Bo Chen", .author_count = 6,
		.institutions = "MIT; Columbia University", .topics = "agents@rule; cs.LG@rule",
		.url = "http://example.org/a", .reviews = {"Short tldr.", NULL, NULL, NULL, NULL, NULL},
		.links = "code=https://github.com/a/b"};
	struct paper_spec b = {
		.arxiv = "2501.00001", .doi = "10.5555/xyz", .title = "A Paper About Merging Rules",
		.abstract = "A full abstract that is complete but this snippet is much longer…",
		.date = "2025-03-04", .authors = "Ann Lee; Bo Chen; Cy Dunn", .author_count = 3,
		.institutions = "Stanford University; MIT", .primary = true,
		.topics = "cs.LG@arxiv; rl@rule", .url = "https://example.org/a",
		.pdf = "https://example.org/a.pdf",
		.reviews = {"A longer tldr than the first.", "Method.", NULL, NULL, NULL, NULL},
		.links = "project=https://a.example; code=https://github.com/a/b"};
	struct paper_spec c = {.arxiv = "2501.00001", .score = "12", .date = "2025-03",
			       .authors = "Bo Chen; Dee Eve"};
	struct paper p;
	long long id = put(st, &a, 0, NULL);
	put(st, &b, 0, NULL);
	put(st, &c, 0, NULL);
	assert_int_equal(papers(st), 1);
	assert_true(store_paper_get(st, id, &p));
	assert_string_equal(p.doi, "10.5555/xyz");
	assert_string_equal(p.title, "A Paper About Merging Rules");
	/* a snippet never beats a complete abstract, even a longer one */
	assert_string_equal(p.abstract, "A full abstract that is complete.");
	assert_string_equal(p.date, "2025-03-04");
	assert_true(p.score == 40);
	/* the longest list, then the other names */
	assert_int_equal(p.authors.n, 4);
	assert_string_equal(p.authors.v[0], "Ann Lee");
	assert_string_equal(p.authors.v[2], "Cy Dunn");
	assert_string_equal(p.authors.v[3], "Dee Eve");
	assert_int_equal(p.author_count, 6);
	/* primary first, the rest in alphabetical order */
	assert_true(p.primary_known);
	assert_int_equal(p.institutions.n, 3);
	assert_string_equal(p.institutions.v[0], "Stanford University");
	assert_string_equal(p.institutions.v[1], "Columbia University");
	assert_string_equal(p.institutions.v[2], "MIT");
	/* union; the more authoritative origin wins; the arXiv category is primary, so first */
	assert_int_equal(p.ntopics, 3);
	assert_string_equal(p.topics[0].name, "cs.LG");
	assert_int_equal(p.topics[0].origin, TOPIC_ARXIV);
	assert_string_equal(p.topics[1].name, "agents");
	assert_string_equal(p.topics[2].name, "rl");
	assert_string_equal(p.url, "https://example.org/a");
	assert_string_equal(p.pdf_url, "https://example.org/a.pdf");
	assert_string_equal(p.reviews[REVIEW_TLDR], "A longer tldr than the first.");
	assert_string_equal(p.reviews[REVIEW_METHODOLOGY], "Method.");
	assert_int_equal(p.nlinks, 2);
	paper_free(&p);
	assert_int_equal(temp_library_int(st, "SELECT year FROM paper"), 2025);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE authors ="
					  " 'Ann Lee, Bo Chen, Cy Dunn, Dee Eve'"),
			 1);
}

/* Of two spellings of one thing, the one with accents and capitals wins, in either order. */
static void test_spelling_choice(void **state)
{
	struct paper_spec plain = {.arxiv = "2501.00020", .title = "uber apfel und birnen im test",
				   .authors = "Jurgen Muller; Zoe Ng"};
	struct paper_spec fine = {.arxiv = "2501.00020", .title = "Über Äpfel und Birnen im Test",
				  .authors = "Jürgen Müller; Zoë Ng"};
	for (int order = 0; order < 2; order++) {
		struct temp_library t;
		struct paper p;
		long long id;
		temp_library_open(&t);
		id = put(t.st, order ? &fine : &plain, 0, NULL);
		put(t.st, order ? &plain : &fine, 0, NULL);
		assert_true(store_paper_get(t.st, id, &p));
		assert_string_equal(p.title, "Über Äpfel und Birnen im Test");
		assert_int_equal(p.authors.n, 2);
		assert_string_equal(p.authors.v[0], "Jürgen Müller");
		assert_string_equal(p.authors.v[1], "Zoë Ng");
		paper_free(&p);
		temp_library_close(&t);
	}
	(void)state;
}

static void test_score_absent_is_not_zero(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.arxiv = "2501.00002", .title = "No Score Here At All"};
	struct paper_spec b = {.arxiv = "2501.00002", .score = "0"};
	struct paper p;
	long long id = put(st, &a, 0, NULL);
	assert_true(store_paper_get(st, id, &p));
	assert_false(p.has_score);
	paper_free(&p);
	put(st, &b, 0, NULL);
	assert_true(store_paper_get(st, id, &p));
	assert_true(p.has_score);
	assert_true(p.score == 0);
	paper_free(&p);
}

static void test_sources(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.arxiv = "2501.00003", .title = "Sources Are Every File Seen"};
	long long s1 = store_source_add(st, "/pages/a.html", "h1", "arxiv");
	long long s2 = store_source_add(st, "/pages/b.html", "h2", "hf");
	struct paper p;
	long long id;

	assert_true(s1 > 0 && s2 > 0 && s1 != s2);
	assert_int_equal(store_source_add(st, "/pages/a.html", "h1", "arxiv"), s1);
	assert_true(store_source_unchanged(st, "/pages/a.html", "h1"));
	assert_false(store_source_unchanged(st, "/pages/a.html", "h3"));
	assert_false(store_source_unchanged(st, "/pages/c.html", "h1"));
	id = put(st, &a, s1, NULL);
	put(st, &a, s2, NULL);
	put(st, &a, s2, NULL);
	assert_true(store_paper_get(st, id, &p));
	assert_int_equal(p.sources.n, 2);
	assert_string_equal(p.sources.v[0], "/pages/a.html");
	assert_string_equal(p.sources.v[1], "/pages/b.html");
	paper_free(&p);
}

/* --- nothing changes when nothing is new; the user's data is never touched ------------------- */

static void test_reput_changes_nothing(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	sqlite3 *db = store_sqlite(st);
	struct paper_spec a = {.arxiv = "2501.00004", .title = "Idempotent Puts Write Nothing",
			       .abstract = GLEAN, .authors = "Zoë Ng; Łukasz Kaiser",
			       .institutions = "MIT; ETH Zurich", .primary = true,
			       .topics = "cs.AI@arxiv", .score = "3", .date = "2024-08",
			       .reviews = {"x", NULL, NULL, NULL, NULL, "y"},
			       .links = "code=https://c.example"};
	struct paper_spec less = {.arxiv = "2501.00004", .score = "2", .date = "2024",
				  .authors = "Zoe Ng"};
	struct paper_spec more = {.arxiv = "2501.00004", .score = "9"};
	long long src = store_source_add(st, "/p.html", "h", "x");
	long long id = put(st, &a, src, NULL);
	int before;

	assert_int_equal(sqlite3_exec(db, "UPDATE paper SET updated_at = 1", NULL, NULL, NULL),
			 SQLITE_OK);
	before = sqlite3_total_changes(db);
	put(st, &a, src, NULL);
	put(st, &less, src, NULL); /* says nothing the library does not know */
	assert_int_equal(sqlite3_total_changes(db), before);
	assert_int_equal(temp_library_int(st, "SELECT updated_at FROM paper"), 1);
	assert_int_equal(put(st, &more, src, NULL), id);
	assert_true(temp_library_int(st, "SELECT updated_at FROM paper") > 1);
}

static void test_user_data_untouched(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.arxiv = "2501.00005", .title = "User Data Is The User's"};
	struct paper_spec b = {.arxiv = "2501.00005", .abstract = SAGE, .score = "50",
			       .topics = "attention@rule"};
	struct paper p;
	long long id = put(st, &a, 0, NULL);
	assert_true(store_tag_set(st, id, "toread", true));
	assert_true(store_favourite_set(st, id, true));
	assert_true(store_read_set(st, id, true));
	assert_true(store_note_set(st, id, "my note"));
	long long tags_at = temp_library_int(st, "SELECT added_at FROM paper_tag");
	put(st, &a, 0, NULL);
	put(st, &b, 0, NULL);
	assert_true(store_paper_get(st, id, &p));
	assert_true(p.favourite);
	assert_true(p.read);
	assert_string_equal(p.note, "my note");
	assert_int_equal(p.tags.n, 1);
	paper_free(&p);
	assert_int_equal(temp_library_int(st, "SELECT added_at FROM paper_tag"), tags_at);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM favourite"), 1);
}

/* --- the full-text index ------------------------------------------------------------------ */

static void test_fts_in_step(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.abstract = GLEAN, .institutions = "Tsinghua University"};
	struct paper_spec b = {.title = "GLEAN for Verifying Clinical Agents", .abstract = GLEAN,
			       .authors = "Wang Xiaoming; Jürgen Müller"};
	put(st, &a, 0, NULL);
	assert_int_equal(temp_library_fts_count(st, "verifiers"), 1);
	assert_int_equal(temp_library_fts_count(st, "institutions:tsinghua"), 1);
	assert_int_equal(temp_library_fts_count(st, "title:clinical"), 0);
	put(st, &b, 0, NULL);
	assert_int_equal(temp_library_fts_count(st, "title:clinical"), 1);
	assert_int_equal(temp_library_fts_count(st, "authors:muller"), 1); /* diacritics folded */
	assert_true(store_institution_alias(st, "THU", "Tsinghua University"));
	assert_int_equal(temp_library_fts_count(st, "institutions:thu"), 1);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE institutions ="
					  " 'Tsinghua University, THU'"),
			 1);
}

/* --- institutions and aliases ------------------------------------------------------------ */

static void test_institution_alias(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.title = "Paper Under An Alias Name", .institutions = "MSR",
			       .primary = true};
	struct paper_spec b = {.title = "Paper Under The Real Name",
			       .institutions = "Microsoft Research; MSR"};
	struct paper_spec c = {.title = "Paper After The Alias Was Known", .institutions = "MSR"};
	struct paper p;
	long long x = put(st, &a, 0, NULL);
	long long y = put(st, &b, 0, NULL);
	int changes;

	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM institution"), 2);
	assert_true(store_institution_alias(st, "MSR", "Microsoft Research"));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM institution"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution"), 2);
	assert_true(store_paper_get(st, x, &p));
	assert_true(p.primary_known);
	assert_string_equal(p.institutions.v[0], "Microsoft Research");
	paper_free(&p);
	assert_true(store_paper_get(st, y, &p));
	assert_int_equal(p.institutions.n, 1);
	paper_free(&p);
	long long z = put(st, &c, 0, NULL);
	assert_true(store_paper_get(st, z, &p));
	assert_string_equal(p.institutions.v[0], "Microsoft Research");
	paper_free(&p);
	changes = sqlite3_total_changes(store_sqlite(st));
	assert_true(store_institution_alias(st, "MSR", "Microsoft Research"));
	assert_int_equal(sqlite3_total_changes(store_sqlite(st)), changes);
	assert_false(store_institution_alias(st, "", "X"));
}

static void test_name_spelling_order_free(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.title = "One Paper From Somewhere", .institutions = "tsinghua university",
			       .topics = "cs.lg@arxiv"};
	struct paper_spec b = {.title = "Another Paper From Somewhere",
			       .institutions = "Tsinghua University", .topics = "cs.LG@arxiv"};
	struct paper p;
	long long x = put(st, &a, 0, NULL);
	put(st, &b, 0, NULL);
	assert_true(store_paper_get(st, x, &p));
	assert_string_equal(p.institutions.v[0], "Tsinghua University");
	assert_string_equal(p.topics[0].name, "cs.LG");
	paper_free(&p);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE institutions ="
					  " 'Tsinghua University'"),
			 2);
}

/* --- finding a paper by what a user types --------------------------------------------------- */

static void test_find(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec a = {.arxiv = "2106.09608", .title = "New Style Identifier Paper"};
	struct paper_spec b = {.arxiv = "hep-th/9901001", .title = "Old Style Identifier Paper"};
	struct paper_spec c = {.doi = "10.1103/PhysRevX.12.041027", .title = "Journal Paper Here"};
	struct paper_spec d = {.arxiv = "math.AG/0309136v2", .title = "Old Style With A Class"};
	long long x = put(st, &a, 0, NULL), y = put(st, &b, 0, NULL), z = put(st, &c, 0, NULL);
	long long w = put(st, &d, 0, NULL);
	char num[32];

	snprintf(num, sizeof num, "%lld", x);
	assert_int_equal(store_paper_find(st, num), x);
	assert_int_equal(store_paper_find(st, "2106.09608"), x);
	assert_int_equal(store_paper_find(st, "arXiv:2106.09608v2"), x);
	assert_int_equal(store_paper_find(st, " https://arxiv.org/abs/2106.09608v1 "), x);
	assert_int_equal(store_paper_find(st, "https://arxiv.org/pdf/2106.09608.pdf"), x);
	assert_int_equal(store_paper_find(st, "hep-th/9901001v1"), y);
	assert_int_equal(store_paper_find(st, "10.1103/physrevx.12.041027"), z);
	assert_int_equal(store_paper_find(st, "math/0309136"), w);
	assert_int_equal(store_paper_find(st, "2106.09609"), 0);
	assert_int_equal(store_paper_find(st, "999999"), 0);
	assert_int_equal(store_paper_find(st, "99999999999999999999999"), 0);
	assert_int_equal(store_paper_find(st, ""), 0);
	assert_int_equal(store_paper_find(st, "attention"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_is_null, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_by_arxiv, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_by_doi, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_by_title, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_by_abstract, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_latex_abstract, setup, teardown),
		cmocka_unit_test_setup_teardown(test_conflicting_ids_stay_apart, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_joins_two_stored, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_rules, setup, teardown),
		cmocka_unit_test(test_spelling_choice),
		cmocka_unit_test_setup_teardown(test_score_absent_is_not_zero, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sources, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reput_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_user_data_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fts_in_step, setup, teardown),
		cmocka_unit_test_setup_teardown(test_institution_alias, setup, teardown),
		cmocka_unit_test_setup_teardown(test_name_spelling_order_free, setup, teardown),
		cmocka_unit_test_setup_teardown(test_find, setup, teardown),
	};
	return cmocka_run_group_tests_name("store-paper", tests, NULL, NULL);
}
