/* test-dedup.c — title keys, abstract fingerprints and name keys for duplicate detection. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "util.h"

static void test_truncated(void **state)
{
	(void)state;
	assert_true(dedup_is_truncated("a snippet…"));
	assert_true(dedup_is_truncated("a snippet… "));
	assert_true(dedup_is_truncated("a snippet..."));
	assert_false(dedup_is_truncated("a sentence."));
	assert_false(dedup_is_truncated("…in the middle"));
	assert_false(dedup_is_truncated(""));
	assert_false(dedup_is_truncated(NULL));
}

static void test_title_key(void **state)
{
	static const struct {
		const char *a, *b; /* two titles */
		bool same;         /* one key? */
	} cases[] = {
		{"MergeVLA: Cross-Skill Model Merging", "mergevla cross skill model merging", true},
		{"MergeVLA: Cross-Skill Model Merging", "MergeVLA — Cross Skill  Model Merging", true},
		{"Über Äpfel und Birnen", "Uber Apfel und Birnen", true},
		{"Learning $\\alpha$-stable Flows", "Learning α-stable Flows", true},
		{"Learning \\emph{Fast} Models Here", "Learning Fast Models Here", true},
		{"Zero\xE2\x80\x8Bwidth Joiners Vanish", "Zerowidth Joiners Vanish", true},
		{"Attention Is All You Need", "Attention Is Not All You Need", false},
		{"深度学习的新方法", "深度学习的新方法", true},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *a = dedup_title_key(cases[i].a), *b = dedup_title_key(cases[i].b);
		assert_non_null(a);
		assert_non_null(b);
		if (cases[i].same)
			assert_string_equal(a, b);
		else
			assert_string_not_equal(a, b);
		free(a);
		free(b);
	}
}

static void test_title_key_none(void **state)
{
	(void)state;
	assert_null(dedup_title_key(NULL));
	assert_null(dedup_title_key(""));
	assert_null(dedup_title_key("Introduction"));   /* too short to identify a paper */
	assert_null(dedup_title_key("Two words"));
	assert_null(dedup_title_key("A Survey of Large Language Mod…")); /* cut off */
	char *k = dedup_title_key("SageAttention2 Technical Report");
	assert_string_equal(k, "sageattention2technicalreport");
	free(k);
}

#define FULL                                                                                     \
	"Many training-free sparse attention methods are effective for accelerating diffusion "    \
	"models. Recently, several works suggest that making sparse attention trainable can "       \
	"further increase sparsity while preserving generation quality. We study three key "        \
	"questions: (1) when do the two common masking rules, i.e., Top-k and Top-p, fail, and "    \
	"how can we avoid these failures? (2) why can trainable sparse attention reach higher "     \
	"sparsity than training-free methods?"

static void test_fingerprint(void **state)
{
	static const char *const same[] = {
		FULL,
		/* spacing, case and punctuation */
		"many training free sparse attention methods are effective for accelerating "
		"diffusion models  recently several works suggest that making sparse attention "
		"trainable can further increase sparsity while preserving generation quality. We "
		"study three key questions: 1. when do the two common masking rules i.e. top k and "
		"top p fail and how can we avoid these failures? 2. why can trainable sparse "
		"attention reach higher sparsity than training-free methods?",
		/* a snippet cut off mid-word after the fortieth word */
		"Many training-free sparse attention methods are effective for accelerating diffusion "
		"models. Recently, several works suggest that making sparse attention trainable can "
		"further increase sparsity while preserving generation quality. We study three key "
		"questions: (1) when do the two common masking rules, i.e., Top-k and Top-p, fail, "
		"and how can we av…",
		/* LaTeX markup around the same words */
		"Many \\emph{training-free} sparse attention methods are effective for accelerating "
		"diffusion models. Recently, several works suggest that making sparse attention "
		"\\textbf{trainable} can further increase sparsity while preserving generation "
		"quality. We study three key questions: $(1)$ when do the two common masking rules, "
		"i.e., Top-$k$ and Top-$p$, fail, and how can we avoid these failures? (2) why?",
	};
	char *ref = dedup_abstract_fp(same[0]);
	(void)state;
	assert_non_null(ref);
	assert_int_equal(strlen(ref), 16);
	for (size_t i = 1; i < sizeof same / sizeof same[0]; i++) {
		char *fp = dedup_abstract_fp(same[i]);
		assert_non_null(fp);
		assert_string_equal(fp, ref);
		free(fp);
	}
	/* a different opening */
	char *other = dedup_abstract_fp("Few " FULL);
	assert_string_not_equal(other, ref);
	free(other);
	free(ref);
}

/* Long abstracts that are not ASCII: accents fold away, whether the first forty words fit in
 * the text's first few hundred bytes or not. */
static void test_fingerprint_long_folded(void **state)
{
	struct strbuf text = {0}, plain = {0};
	char *ref = dedup_abstract_fp(FULL), *fp, *want;
	(void)state;

	/* FULL with accents on its first words, then a long tail with more accents */
	sb_add(&text, "Mäny träining-free spärse attention méthods are effective for accelerating "
		      "diffusion models. Recently, several works suggest that making sparse attention "
		      "trainable can further increase sparsity while preserving generation quality. We "
		      "study three key questions: (1) when do the two common masking rules, i.e., "
		      "Top-k and Top-p, fail, and how can we avoid these failures?");
	for (int i = 0; i < 40; i++)
		sb_add(&text, " Évaluation détaillée des résultats.");
	assert_true(text.len > 1500);
	fp = dedup_abstract_fp(text.s);
	assert_non_null(fp);
	assert_string_equal(fp, ref);
	free(fp);

	/* forty-five long words fill the first thousand bytes: the same words without their
	 * accents (ASCII, read whole) give the same fingerprint */
	sb_clear(&text);
	for (int i = 0; i < 45; i++) {
		sb_addf(&text, "%sé%02dabcdefghijklmnopqrstuvwxyz", i ? " " : "", i);
		sb_addf(&plain, "%se%02dabcdefghijklmnopqrstuvwxyz", i ? " " : "", i);
	}
	assert_true(text.len > 1000);
	fp = dedup_abstract_fp(text.s);
	want = dedup_abstract_fp(plain.s);
	assert_non_null(fp);
	assert_string_equal(fp, want);
	assert_string_not_equal(fp, ref);
	free(fp);
	free(want);
	sb_free(&text);
	sb_free(&plain);
	free(ref);
}

static void test_fingerprint_short(void **state)
{
	char *a, *b;
	(void)state;
	assert_null(dedup_abstract_fp(NULL));
	assert_null(dedup_abstract_fp(""));
	assert_null(dedup_abstract_fp("Too short to tell papers apart."));
	/* a snippet with fewer than forty whole words cannot be matched safely */
	assert_null(dedup_abstract_fp("Many training-free sparse attention methods are effective "
				      "for accelerating diffusion models. Recently, several wor…"));
	/* a complete short abstract is fingerprinted whole */
	a = dedup_abstract_fp("We present a method that makes small models reason about long "
			      "documents well and cheaply.");
	b = dedup_abstract_fp("We present a method that makes small models reason about long "
			      "documents well, and cheaply!");
	assert_non_null(a);
	assert_string_equal(a, b);
	free(a);
	free(b);
}

static void test_words(void **state)
{
	struct strbuf b = {0};
	(void)state;
	assert_int_equal(dedup_words("GPT-5.1 $33{\\to}92\\%$, n{=}228", &b), 7);
	assert_string_equal(b.s, "gpt 5 1 33 92 n 228");
	sb_clear(&b);
	assert_int_equal(dedup_words("王小明 and Zoë", &b), 5);
	assert_string_equal(b.s, "王 小 明 and zoe");
	sb_free(&b);
	assert_int_equal(dedup_word_count("a – b — c"), 3);
	assert_int_equal(dedup_word_count(NULL), 0);
}

static void test_names(void **state)
{
	static const struct {
		const char *a, *b; /* two ways of writing a name */
		bool match;        /* one person? */
	} cases[] = {
		{"Łukasz Kaiser", "lukasz kaiser", true},
		{"Kaiser, Łukasz", "Łukasz Kaiser", true},
		{"Jürgen Müller", "Jurgen Muller", true},
		{"Y. Shimada", "Yuki Shimada", true},
		{"J. R. R. Tolkien", "John Ronald Reuel Tolkien", true},
		{"Y. Shimada", "Yuki Tanaka", false},
		{"Yuki Shimada", "Yoko Shimada", false},
		{"Y. S.", "Yuki Shimada", false},
		{"Wei Wang", "Wang Wei", true},
		{"王小明", "王小明", true},
		{"王小明", "王小红", false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *a = dedup_name_key(cases[i].a), *b = dedup_name_key(cases[i].b);
		assert_int_equal(dedup_names_match(a, b), cases[i].match);
		assert_int_equal(dedup_names_match(b, a), cases[i].match);
		free(a);
		free(b);
	}
	char *k = dedup_name_key("J. R. R. Tolkien");
	assert_string_equal(k, "j r r tolkien");
	assert_int_equal(dedup_name_initials(k), 3);
	free(k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_title_key),
		cmocka_unit_test(test_title_key_none),
		cmocka_unit_test(test_fingerprint),
		cmocka_unit_test(test_fingerprint_long_folded),
		cmocka_unit_test(test_fingerprint_short),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests_name("dedup", tests, NULL, NULL);
}
