/* test-topic-rules.c — topic rules: the shipped set, matching on word boundaries, config lines
 * that add, replace and remove rules. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "topic-rules.h"

/* The topics R gives TITLE + ABSTRACT, joined by ",". */
static char *topics(const struct topic_rules *r, const char *title, const char *abstract)
{
	struct strlist out = {0};
	struct strbuf b = {0};
	topic_rules_match(r, title, abstract, &out);
	for (size_t i = 0; i < out.n; i++)
		sb_addf(&b, "%s%s", i ? "," : "", out.v[i]);
	strlist_free(&out);
	return sb_take(&b);
}

static void test_default(void **state)
{
	static const struct {
		const char *title;    /* a paper's title */
		const char *abstract; /* and abstract */
		const char *want;     /* its topics, in rule order */
	} cases[] = {
		{"Multi-Agent Debate for Factuality", NULL, "agents"},
		{"Agentic Workflows", "", "agents"},
		{"Fine-tuning with RLHF", NULL, "rl"},
		{"An RL-based planner", NULL, "rl"},
		{"A world model of the world", NULL, ""},             /* "rl" inside "world" */
		{"SageAttention2: accurate 4-bit attention", NULL, "attention"},
		{"This result draws attention to a gap", NULL, ""},   /* "attention" alone is no topic */
		{"Diffusion Models Beat GANs on Image Synthesis", NULL, "diffusion"},
		{"What LLM’s know", NULL, "llm"},                     /* curly apostrophe separates */
		{"MergeVLA: Cross-Skill Model Merging Toward a Generalist Vision-Language-Action Agent",
		 NULL, "agents,robotics,multimodal"},
		{"Title ends with reinforcement", "learning starts the abstract", ""},
		{"ROBOT ARMS", NULL, "robotics"},
		/* a beginning ("robot*", "protein*") matches at a word's start only, anywhere */
		{"Teaching a carobot", "no nanorobots or antiprotein here", ""},
		{"On folding", "Structure of proteins, and of robotic hands", "robotics,science"},
		{"Hallucinations of LLMs", NULL, "llm,safety"},
		{"Speech recognition with spoken dialogue", NULL, "speech"},
		{"GLEAN", "agent verification for clinical diagnosis on MIMIC-IV", "agents,medical"},
		{NULL, NULL, ""},
		{"", "", ""},
	};
	struct topic_rules *r = topic_rules_new();
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = topics(r, cases[i].title, cases[i].abstract);
		if (strcmp(got, cases[i].want) != 0)
			print_error("\"%s\" / \"%s\": got \"%s\"\n", cases[i].title ? cases[i].title : "",
				    cases[i].abstract ? cases[i].abstract : "", got);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
	topic_rules_free(r);
}

static void test_set(void **state)
{
	struct topic_rules *r = topic_rules_new_empty();
	struct strbuf err = {0};
	char *got;
	(void)state;

	assert_true(topic_rules_set(r, "world models: world model*, dreamer", &err));
	assert_true(topic_rules_set(r, "\"graph nets\": gnn, message passing", &err));
	assert_true(topic_rules_set(r, "suf: *former", &err));
	got = topics(r, "World Models and the Transformer", "we use message-passing");
	assert_string_equal(got, "world models,graph nets,suf");
	free(got);
	assert_true(topic_rules_set(r, "pastry: éclair*", &err));
	got = topics(r, "Three ÉCLAIRS", NULL);
	assert_string_equal(got, "pastry");
	free(got);
	assert_true(topic_rules_set(r, "pastry:", &err));

	/* replace keeps the rule's place; an empty rule removes it */
	assert_true(topic_rules_set(r, "world models: jepa", &err));
	got = topics(r, "World Models and JEPA", NULL);
	assert_string_equal(got, "world models");
	free(got);
	assert_true(topic_rules_set(r, "World Models:", &err));
	got = topics(r, "World Models and JEPA", NULL);
	assert_string_equal(got, "");
	free(got);

	char *text = topic_rules_format(r);
	assert_string_equal(text, "topic \"graph nets\": gnn, message passing\ntopic suf: *former\n");
	free(text);

	static const struct {
		const char *rule; /* a malformed rule */
		const char *msg;  /* its message */
	} bad[] = {
		{"no colon here", "a topic rule needs a colon: topic NAME: word, word, ..."},
		{": words", "a topic rule needs a name before the colon"},
		{"x: a*b", "'a*b': '*' may only start or end a word"},
		{"x: *", "'*': '*' may only start or end a word"},
		{"x: one*two three", "'one*two three': '*' may only start or end a word"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		sb_clear(&err);
		assert_false(topic_rules_set(r, bad[i].rule, &err));
		assert_string_equal(err.s, bad[i].msg);
	}
	sb_free(&err);
	topic_rules_free(r);
}

static void test_config_and_format(void **state)
{
	struct topic_rules *r = topic_rules_new();
	struct strbuf err = {0};
	struct config_line l = {0};
	(void)state;

	assert_true(config_split("topic rl: bandit*, \"q-learning\"  # not RLHF any more", &l, &err));
	assert_true(topic_rules_config(&l, r, &err));
	config_line_free(&l);
	char *got = topics(r, "RLHF for chat", "multi-armed bandits");
	assert_string_equal(got, "rl");
	free(got);
	got = topics(r, "RLHF for chat", NULL);
	assert_string_equal(got, "");
	free(got);

	assert_true(config_split("topic", &l, &err));
	assert_false(topic_rules_config(&l, r, &err));
	assert_string_equal(err.s, "usage: topic NAME: word, word, ...");
	config_line_free(&l);

	/* The formatted rules read back into the same rules. */
	char *text = topic_rules_format(r);
	struct topic_rules *again = topic_rules_new_empty();
	for (char *save = NULL, *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		assert_true(str_starts(line, "topic "));
		assert_true(topic_rules_set(again, line + 6, &err));
	}
	free(text);
	char *a = topic_rules_format(r), *b = topic_rules_format(again);
	assert_string_equal(a, b);
	free(a);
	free(b);
	topic_rules_free(again);
	topic_rules_free(r);
	sb_free(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default),
		cmocka_unit_test(test_set),
		cmocka_unit_test(test_config_and_format),
	};
	return cmocka_run_group_tests_name("topic-rules", tests, NULL, NULL);
}
