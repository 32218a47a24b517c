/* test-store-batch.c — batch transactions (store_begin_batch, several ingested files, each in
 * a savepoint): papers added, merged and absorbed inside one are in the full-text index after
 * the commit exactly as if each had been indexed at once; paper counts stay right through
 * merges; a rollback leaves nothing, not even names remembered in memory; a failed change
 * blocks the commit, or, inside a file's savepoint, undoes that file alone. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

#include "helpers/paper-spec.h"
#include "helpers/temp-library.h"
#include "store.h"

#define ABSTRACT_A                                                                               \
	"Low-bit attention, such as SageAttention, has emerged as an effective approach for "       \
	"accelerating model inference, but its applicability to training remains poorly "           \
	"understood. In prior work, we introduced SageBwd, a trainable INT8 attention that "         \
	"quantizes six of seven attention matrix multiplications."

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

static long long put(struct store *st, const struct paper_spec *s)
{
	struct paper p;
	long long id = 0;
	paper_from_spec(&p, s);
	assert_true(store_paper_put(st, &p, 0, &id, NULL));
	paper_free(&p);
	return id;
}

/* FTS5's own check that the index matches the paper table it indexes. */
static void assert_index_whole(struct store *st)
{
	assert_int_equal(sqlite3_exec(store_sqlite(st),
				      "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper_fts"),
			 temp_library_int(st, "SELECT count(*) FROM paper"));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM fts_defer"), 0);
}

static void test_new_papers_indexed_at_commit(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec before = {.arxiv = "2401.00001", .title = "Kestrel routing for sparse experts"};
	struct paper_spec one = {.arxiv = "2501.00002", .title = "Heron planning with world models",
				 .authors = "Ann Lee"};
	struct paper_spec two = {.arxiv = "2501.00003", .title = "Osprey retrieval for long documents",
				 .institutions = "Tsinghua University"};

	put(st, &before);
	assert_true(store_begin_batch(st));
	put(st, &one);
	put(st, &two);
	assert_true(store_commit(st));
	assert_int_equal(temp_library_fts_count(st, "kestrel"), 1);
	assert_int_equal(temp_library_fts_count(st, "heron"), 1);
	assert_int_equal(temp_library_fts_count(st, "authors:lee"), 1);
	assert_int_equal(temp_library_fts_count(st, "institutions:tsinghua"), 1);
	assert_index_whole(st);
}

static void test_merges_inside_a_batch(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	/* an old paper known by title only, and one known by abstract only */
	struct paper_spec old_title = {.title = "Sage Training with Low-Bit Attention"};
	struct paper_spec old_abstract = {.abstract = ABSTRACT_A};
	/* in the batch: a new paper, then a page that joins both old ones and the new one's
	 * title changes through a second record */
	struct paper_spec fresh = {.arxiv = "2502.00009", .title = "Plover: a first title"};
	struct paper_spec fresh_again = {.arxiv = "2502.00009", .title = "Plover: a first title",
					 .authors = "Bo Chen; Dana Ivanova"};
	struct paper_spec joins = {.title = "Sage Training with Low-Bit Attention",
				   .abstract = ABSTRACT_A, .authors = "Jintao Zhang"};
	long long a, b, c;

	a = put(st, &old_title);
	b = put(st, &old_abstract);
	assert_true(a != b);
	assert_true(store_begin_batch(st));
	c = put(st, &fresh);
	assert_int_equal(put(st, &fresh_again), c);
	assert_int_equal(put(st, &joins), a); /* the oldest absorbs the other */
	assert_true(store_commit(st));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper"), 2);
	assert_int_equal(temp_library_fts_count(st, "plover"), 1);
	assert_int_equal(temp_library_fts_count(st, "authors:ivanova"), 1);
	assert_int_equal(temp_library_fts_count(st, "sagebwd"), 1);
	assert_int_equal(temp_library_fts_count(st, "authors:zhang"), 1);
	assert_index_whole(st);
}

/* A batch runs without foreign keys: a paper absorbed in one still takes every row of its own
 * with it (moving the user's data first), and foreign keys are back on once it ends. */
static void test_absorbed_rows_gone(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec old_title = {.title = "Sage Training with Low-Bit Attention",
				       .authors = "Ann Lee", .institutions = "Tsinghua University",
				       .topics = "cs.LG@arxiv", .links = "code=https://example.org/sage",
				       .reviews = {[REVIEW_TLDR] = "Eight bits suffice."}};
	struct paper_spec old_abstract = {.abstract = ABSTRACT_A, .authors = "Bo Chen",
					  .institutions = "MIT", .topics = "cs.CV@arxiv",
					  .links = "project=https://example.org/bwd",
					  .reviews = {[REVIEW_METHODOLOGY] = "INT8 matmuls."}};
	struct paper_spec joins = {.title = "Sage Training with Low-Bit Attention",
				   .abstract = ABSTRACT_A};
	static const char *const tables[] = {"author", "paper_institution", "paper_topic", "review",
					     "link", "paper_source", "paper_tag", "favourite",
					     "read_mark", "note"};
	long long a, b, source;
	char sql[128];

	a = put(st, &old_title);
	b = put(st, &old_abstract);
	assert_true(a < b);
	source = store_source_add(st, "/pages/b.html", "hash-b", "test");
	assert_true(source > 0);
	assert_true(store_begin(st));
	assert_int_equal(sqlite3_exec(store_sqlite(st),
				      "INSERT INTO paper_source (paper_id, source_id)"
				      " SELECT id, (SELECT max(id) FROM source) FROM paper",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_true(store_commit(st));
	assert_true(store_tag_set(st, b, "to-read", true));
	assert_true(store_favourite_set(st, b, true));
	assert_true(store_read_set(st, b, true));
	assert_true(store_note_set(st, b, "check the INT8 claim"));

	assert_true(store_begin_batch(st));
	assert_int_equal(temp_library_int(st, "PRAGMA foreign_keys"), 0);
	assert_int_equal(put(st, &joins), a);
	assert_true(store_commit(st));
	assert_int_equal(temp_library_int(st, "PRAGMA foreign_keys"), 1);

	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE paper_id = %lld", tables[i], b);
		assert_int_equal(temp_library_int(st, sql), 0);
	}
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
	/* the survivor has both papers' rows and the user's data */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM author WHERE paper_id = %lld", a);
	assert_int_equal(temp_library_int(st, sql), 2);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM review WHERE paper_id = %lld", a);
	assert_int_equal(temp_library_int(st, sql), 2);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM note WHERE paper_id = %lld", a);
	assert_int_equal(temp_library_int(st, sql), 1);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM favourite WHERE paper_id = %lld", a);
	assert_int_equal(temp_library_int(st, sql), 1);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM paper_tag WHERE paper_id = %lld", a);
	assert_int_equal(temp_library_int(st, sql), 1);

	/* a rolled-back batch turns them back on too */
	assert_true(store_begin_batch(st));
	store_rollback(st);
	assert_int_equal(temp_library_int(st, "PRAGMA foreign_keys"), 1);
}

static void test_rollback_leaves_nothing(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec kept = {.arxiv = "2401.00001", .title = "Kestrel routing for sparse experts"};
	struct paper_spec lost = {.arxiv = "2501.00002", .title = "Heron planning with world models"};

	put(st, &kept);
	assert_true(store_begin_batch(st));
	put(st, &lost);
	store_rollback(st);
	assert_int_equal(temp_library_fts_count(st, "heron"), 0);
	assert_int_equal(temp_library_fts_count(st, "kestrel"), 1);
	assert_index_whole(st);
	/* an ordinary put after it is indexed at once again */
	put(st, &lost);
	assert_int_equal(temp_library_fts_count(st, "heron"), 1);
	assert_index_whole(st);
}

static void test_failed_change_blocks_commit(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec p = {.arxiv = "2501.00002", .title = "Heron planning with world models"};
	long long id;

	assert_true(store_begin_batch(st));
	id = put(st, &p);
	assert_false(store_tag_set(st, id + 100, "lost", true)); /* no such paper */
	assert_false(store_commit(st));
	store_rollback(st);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper"), 0);
	assert_index_whole(st);
}

/* Every paper count as the link tables say, and nothing else wrong (store_check). */
static void assert_counts_right(struct store *st)
{
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM institution i WHERE paper_count !="
					      " (SELECT count(*) FROM paper_institution"
					      "  WHERE institution_id = i.id)"),
			 0);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM topic t WHERE paper_count !="
					      " (SELECT count(*) FROM paper_topic WHERE topic_id = t.id)"),
			 0);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM tag t WHERE paper_count !="
					      " (SELECT count(*) FROM paper_tag WHERE tag_id = t.id)"),
			 0);
	assert_int_equal(temp_library_problems(st), 0);
}

static void test_counts_through_merges(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	/* two stored papers, each with institutions, a topic and tags; a page in a batch joins
	 * them (arXiv id of the first, title of the second) and names other institutions */
	struct paper_spec first = {.arxiv = "2503.00001", .abstract = ABSTRACT_A,
				   .institutions = "MIT; Tsinghua University",
				   .topics = "cs.LG@arxiv"};
	struct paper_spec second = {.title = "Grebe: sparse attention at scale",
				    .institutions = "MIT", .topics = "cs.CL@arxiv"};
	struct paper_spec joins = {.arxiv = "2503.00001", .title = "Grebe: sparse attention at scale",
				   .institutions = "Stanford University", .topics = "cs.CL@arxiv"};
	long long a, b;

	a = put(st, &first);
	b = put(st, &second);
	assert_true(a != b);
	assert_true(store_tag_set(st, a, "toread", true));
	assert_true(store_tag_set(st, b, "toread", true));
	assert_true(store_tag_set(st, b, "later", true));
	assert_counts_right(st);
	assert_true(store_begin_batch(st));
	assert_int_equal(put(st, &joins), a);
	assert_true(store_commit(st));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'toread'"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM tag WHERE name = 'later'"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution WHERE name = 'MIT'"),
			 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM topic WHERE name = 'cs.CL'"), 1);
	assert_int_equal(temp_library_fts_count(st, "grebe"), 1);
	assert_int_equal(temp_library_fts_count(st, "institutions:stanford"), 1);
	assert_counts_right(st);
	assert_index_whole(st);
	/* a tag taken off leaves the count and then the tag */
	assert_true(store_tag_set(st, a, "later", false));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM tag WHERE name = 'later'"), 0);
	assert_counts_right(st);
}

static void test_rolled_back_names_forgotten(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec lost = {.arxiv = "2504.00001", .title = "Shrike: a lost paper",
				  .institutions = "Kyoto University", .topics = "cs.RO@arxiv"};
	struct paper_spec kept = {.arxiv = "2504.00002", .title = "Shrike: a kept paper",
				  .institutions = "Kyoto University", .topics = "cs.RO@arxiv"};

	assert_true(store_begin_batch(st));
	put(st, &lost);
	store_rollback(st);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM institution"), 0);
	/* the names the rolled-back batch created are created again, not taken from memory */
	assert_true(store_begin_batch(st));
	put(st, &kept);
	assert_true(store_commit(st));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper_institution pi"
					      " JOIN institution i ON i.id = pi.institution_id"
					      " WHERE i.name = 'Kyoto University'"),
			 1);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper_topic pt"
					      " JOIN topic t ON t.id = pt.topic_id WHERE t.name = 'cs.RO'"),
			 1);
	assert_counts_right(st);
	assert_index_whole(st);
}

/* Several files in one batch, each in a savepoint of its own (store_batch_file_begin): a file
 * that fails after some of its writes leaves nothing of them, not its new papers, not what it
 * changed in a paper already stored (whose old text stays in the full-text index), not its
 * counts or the names it created; the files before and after it are committed. */
static void test_file_rolled_back_alone(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec old = {.arxiv = "2505.00001", .title = "Dunlin flocking in winter",
				 .institutions = "MIT", .topics = "cs.MA@arxiv"};
	struct paper_spec first = {.arxiv = "2505.00002", .title = "Avocet wading models",
				   .institutions = "MIT"};
	/* the failing file: a new paper, then more about the old one (a new abstract, a new
	 * institution and topic) */
	struct paper_spec lost_new = {.arxiv = "2505.00003", .title = "Godwit migration routes",
				      .institutions = "Kyoto University", .topics = "cs.RO@arxiv"};
	struct paper_spec lost_more = {.arxiv = "2505.00001", .abstract = ABSTRACT_A,
				       .institutions = "MIT; Kyoto University",
				       .topics = "cs.MA@arxiv; cs.RO@arxiv"};
	struct paper_spec last = {.arxiv = "2505.00004", .title = "Curlew probing depth",
				  .institutions = "Kyoto University", .topics = "cs.RO@arxiv"};
	long long old_id, id;

	old_id = put(st, &old);
	assert_true(store_begin_batch(st));
	assert_true(store_batch_file_begin(st));
	put(st, &first);
	assert_true(store_batch_file_end(st, true));

	assert_true(store_batch_file_begin(st));
	id = put(st, &lost_new);
	assert_int_equal(put(st, &lost_more), old_id);
	assert_false(store_tag_set(st, id + 100, "lost", true)); /* no such paper: the file fails */
	assert_false(store_batch_file_end(st, true));             /* a change in it failed */
	assert_true(store_batch_ok(st));

	assert_true(store_batch_file_begin(st));
	put(st, &last);
	assert_true(store_batch_file_end(st, true));
	assert_true(store_commit(st));

	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper"), 3);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE arxiv_id = '2505.00003'"),
			 0);
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper WHERE abstract IS NOT NULL"), 0);
	assert_int_equal(temp_library_fts_count(st, "godwit"), 0);
	assert_int_equal(temp_library_fts_count(st, "sagebwd"), 0);
	assert_int_equal(temp_library_fts_count(st, "dunlin"), 1);
	assert_int_equal(temp_library_fts_count(st, "avocet"), 1);
	assert_int_equal(temp_library_fts_count(st, "curlew"), 1);
	assert_int_equal(temp_library_fts_count(st, "institutions:kyoto"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution WHERE name = 'MIT'"),
			 2);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution"
					      " WHERE name = 'Kyoto University'"),
			 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM topic WHERE name = 'cs.RO'"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM topic WHERE name = 'cs.MA'"), 1);
	assert_counts_right(st);
	assert_index_whole(st);
}

/* A file that fails at its first write leaves the batch able to commit, and the batch's
 * counts written before the file (a flush inside it) are not lost with it. */
static void test_file_fails_after_counts_flushed(void **state)
{
	struct store *st = ((struct temp_library *)*state)->st;
	struct paper_spec first = {.arxiv = "2506.00001", .title = "Sanderling sprints",
				   .institutions = "Stanford University"};
	struct paper_spec second = {.arxiv = "2506.00002", .title = "Turnstone flipping",
				    .institutions = "Stanford"};

	assert_true(store_begin_batch(st));
	assert_true(store_batch_file_begin(st));
	put(st, &first);
	assert_true(store_batch_file_end(st, true));
	assert_true(store_batch_file_begin(st));
	put(st, &second);
	/* the alias folds "Stanford" into the other: the counts so far, the first file's
	 * included, are written inside this file's savepoint */
	assert_true(store_institution_alias(st, "Stanford", "Stanford University"));
	assert_false(store_batch_file_end(st, false));
	assert_true(store_commit(st));
	assert_int_equal(temp_library_int(st, "SELECT count(*) FROM paper"), 1);
	assert_int_equal(temp_library_int(st, "SELECT paper_count FROM institution"
					      " WHERE name = 'Stanford University'"),
			 1);
	assert_counts_right(st);
	assert_index_whole(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_papers_indexed_at_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merges_inside_a_batch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_absorbed_rows_gone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rollback_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_change_blocks_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_counts_through_merges, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rolled_back_names_forgotten, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_rolled_back_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_fails_after_counts_flushed, setup, teardown),
	};
	return cmocka_run_group_tests_name("store-batch", tests, NULL, NULL);
}
