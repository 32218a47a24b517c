/* test-query-parse.c — the query language: every form, precedence, quoting, formatting back,
 * and malformed queries with the exact column and message. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "query-internal.h"

/* The tree as an S-expression, so a test states the structure it expects. */
static void dump_node(struct strbuf *b, const struct query_node *n)
{
	if (n->kind != QN_TERM) {
		sb_add(b, n->kind == QN_AND ? "(and" : n->kind == QN_OR ? "(or" : "(not");
		for (size_t i = 0; i < n->nkids; i++) {
			sb_addc(b, ' ');
			dump_node(b, n->kids[i]);
		}
		sb_addc(b, ')');
		return;
	}
	const struct qrange *r = &n->range;
	switch (n->field) {
	case QF_WORDS:
		sb_addf(b, "%s[%s]%s", n->quoted ? "phrase" : "word", n->text,
			n->prefix ? "*" : "");
		break;
	case QF_FAV: sb_add(b, "fav"); break;
	case QF_READ: sb_add(b, "read"); break;
	case QF_UNREAD: sb_add(b, "unread"); break;
	case QF_YEAR:
	case QF_DATE:
	case QF_SCORE:
		sb_addf(b, "%s[", query_field_name(n->field));
		if (r->has_lo)
			sb_addf(b, "%s%s", r->lo_incl ? ">=" : ">", r->lo);
		if (r->has_lo && r->has_hi)
			sb_addc(b, ' ');
		if (r->has_hi)
			sb_addf(b, "%s%s", r->hi_incl ? "<=" : "<", r->hi);
		sb_addc(b, ']');
		break;
	default: sb_addf(b, "%s[%s]", query_field_name(n->field), n->text);
	}
}

static char *dump(const struct query *q)
{
	struct strbuf b = {0};
	if (q->root)
		dump_node(&b, q->root);
	return sb_take(&b);
}

static void test_forms(void **state)
{
	static const struct {
		const char *in;     /* what the user types */
		const char *tree;   /* the structure it means */
		const char *format; /* how query_format writes it back */
	} cases[] = {
		{"", "", ""},
		{"   \t ", "", ""},
		{"transformer attention", "(and word[transformer] word[attention])",
		 "transformer attention"},
		{"\"world model\"", "phrase[world model]", "\"world model\""},
		{"transform*", "word[transform]*", "transform*"},
		{"\"world mod\"*", "phrase[world mod]*", "\"world mod\"*"},
		{"state-of-the-art", "word[state-of-the-art]", "state-of-the-art"},
		{"Müller GPT-4", "(and word[Müller] word[GPT-4])", "Müller GPT-4"},
		{"\"a\"b", "(and phrase[a] word[b])", "\"a\" b"},
		{"inst:tsinghua", "inst[tsinghua]", "inst:tsinghua"},
		{"inst:\"University of Oxford\"", "inst[University of Oxford]",
		 "inst:\"University of Oxford\""},
		{"INST:Oxford*", "inst[Oxford]", "inst:Oxford"},
		{"inst:\"oxford\"", "inst[oxford]", "inst:oxford"},
		/* a control character reads as a blank, so a value holding one keeps its quotes */
		{"inst:\"world\x1fl\" tda", "(and inst[world\x1fl] word[tda])", "inst:\"world\x1fl\" tda"},
		{"inst:\"Université Paris\"", "inst[Université Paris]",
		 "inst:\"Université Paris\""},
		{"(inst:oxford)", "inst[oxford]", "inst:oxford"},
		{"topic:agents", "topic[agents]", "topic:agents"},
		{"cat:cs.LG", "cat[cs.LG]", "cat:cs.LG"},
		{"author:wang", "author[wang]", "author:wang"},
		{"author:\"Jian Xu\"", "author[Jian Xu]", "author:\"Jian Xu\""},
		{"tag:toread", "tag[toread]", "tag:toread"},
		{"tag:x*", "tag[x*]", "tag:x*"},
		{"year:2025", "year[>=2025 <=2025]", "year:2025"},
		{"year:2020..2024", "year[>=2020 <=2024]", "year:2020..2024"},
		{"year>2020", "year[>2020]", "year>2020"},
		{"year<2020", "year[<2020]", "year<2020"},
		{"date>=2026-06-01", "date[>=2026-06-01]", "date>=2026-06-01"},
		{"date<2026", "date[<2026]", "date<2026"},
		{"date:2026-06", "date[>=2026-06 <=2026-06]", "date:2026-06"},
		{"date=2026-06-30", "date[>=2026-06-30 <=2026-06-30]", "date:2026-06-30"},
		{"date:2026-01..2026-06", "date[>=2026-01 <=2026-06]", "date:2026-01..2026-06"},
		{"date:2026-06..2026", "date[>=2026-06 <=2026]", "date:2026-06..2026"},
		{"score>=10", "score[>=10]", "score>=10"},
		{"score>5", "score[>5]", "score>5"},
		{"score<=7", "score[<=7]", "score<=7"},
		{"score<3.5", "score[<3.5]", "score<3.5"},
		{"score=5", "score[>=5 <=5]", "score:5"},
		{"score:5", "score[>=5 <=5]", "score:5"},
		{"score:5..50", "score[>=5 <=50]", "score:5..50"},
		{"score:5..5", "score[>=5 <=5]", "score:5"},
		{"score:10..", "score[>=10]", "score>=10"},
		{"score:..50", "score[<=50]", "score<=50"},
		{"score:\"7\"", "score[>=7 <=7]", "score:7"},
		{"fav", "fav", "fav"},
		{"FAV unread", "(and fav unread)", "fav unread"},
		{"read", "read", "read"},
		{"fav*", "word[fav]*", "fav*"},
		{"\"fav\"", "phrase[fav]", "\"fav\""},
		{"-inst:meta", "(not inst[meta])", "-inst:meta"},
		{"not topic:rl", "(not topic[rl])", "-topic:rl"},
		{"NOT topic:rl", "(not topic[rl])", "-topic:rl"},
		{"- a", "(not word[a])", "-a"},
		{"a or b", "(or word[a] word[b])", "a or b"},
		{"a or b c", "(or word[a] (and word[b] word[c]))", "a or b c"},
		{"(a or b) c", "(and (or word[a] word[b]) word[c])", "(a or b) c"},
		{"a b or c d", "(or (and word[a] word[b]) (and word[c] word[d]))", "a b or c d"},
		{"a AND b Or c", "(or (and word[a] word[b]) word[c])", "a b or c"},
		{"\"or\" and \"AND\"", "(and phrase[or] phrase[AND])", "\"or\" \"AND\""},
		{"or*", "word[or]*", "or*"},
		{"-(a or b)", "(not (or word[a] word[b]))", "-(a or b)"},
		{"not (a b)", "(not (and word[a] word[b]))", "-(a b)"},
		{"not not a", "(not (not word[a]))", "--a"},
		{"not a b", "(and (not word[a]) word[b])", "-a b"},
		{"-a or b", "(or (not word[a]) word[b])", "-a or b"},
		{"a (b (c d))", "(and word[a] word[b] word[c] word[d])", "a b c d"},
		{"a or (b or c)", "(or word[a] word[b] word[c])", "a or b or c"},
		{"((a))", "word[a]", "a"},
		{"inst:tsinghua score>=10 -topic:rl",
		 "(and inst[tsinghua] score[>=10] (not topic[rl]))",
		 "inst:tsinghua score>=10 -topic:rl"},
		{"(inst:oxford or inst:\"A*STAR (Agency\") -(fav or read) year:2025",
		 "(and (or inst[oxford] inst[A*STAR (Agency]) (not (or fav read))"
		 " year[>=2025 <=2025])",
		 "(inst:oxford or inst:\"A*STAR (Agency\") -(fav or read) year:2025"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct query_error err;
		struct query *q = query_parse(cases[i].in, &err);
		if (!q)
			fail_msg("%s: column %d: %s", cases[i].in, err.column, err.msg);
		char *tree = dump(q), *text = query_format(q);
		assert_string_equal(tree, cases[i].tree);
		assert_string_equal(text, cases[i].format);
		/* the formatted text parses back to the same tree */
		struct query *again = query_parse(text, &err);
		assert_non_null(again);
		char *tree2 = dump(again);
		assert_string_equal(tree2, cases[i].tree);
		free(tree);
		free(tree2);
		free(text);
		query_free(q);
		query_free(again);
	}
}

static void test_null_text(void **state)
{
	(void)state;
	struct query *q = query_parse(NULL, NULL);
	assert_non_null(q);
	assert_null(q->root);
	char *s = query_format(q);
	assert_string_equal(s, "");
	free(s);
	query_free(q);
	query_free(NULL);
}

#define FIELDS "fields: inst, topic, cat, author, tag, year, date, score"

static void test_errors(void **state)
{
	static const struct {
		const char *in; /* a malformed query */
		int column;     /* where the message points */
		const char *msg;
	} cases[] = {
		{"score>=", 8, "expected a number after 'score>='"},
		{"score>=abc", 8, "expected a number after 'score>='"},
		{"score>1e5", 7, "expected a number after 'score>'"},
		{"score>=5..10", 8, "expected a number after 'score>='"},
		{"score:5..x", 10, "expected a number after '..'"},
		{"score:50..5", 7, "expected the lower bound first in '50..5'"},
		{"score:..", 7, "expected a number before or after '..'"},
		{"year:20x5", 6, "expected a year (YYYY) after 'year:'"},
		{"year:2024..2020", 6, "expected the lower bound first in '2024..2020'"},
		{"date>=2026-13-01", 7,
		 "expected a date (YYYY, YYYY-MM or YYYY-MM-DD) after 'date>='"},
		{"date:2026-6", 6,
		 "expected a date (YYYY, YYYY-MM or YYYY-MM-DD) after 'date:'"},
		{"date:2026-06-32", 6,
		 "expected a date (YYYY, YYYY-MM or YYYY-MM-DD) after 'date:'"},
		{"foo:bar", 1,
		 "unknown field 'foo' (" FIELDS ")"},
		{"a Venue=x", 3,
		 "unknown field 'venue' (" FIELDS ")"},
		{"inst:", 6, "expected a name after 'inst:'"},
		{"inst:\"  \"", 6, "expected a name after 'inst:'"},
		{"inst>=x", 5, "expected ':' after 'inst'"},
		{"topic:\"\"", 7, "expected a topic after 'topic:'"},
		{"cat:", 5, "expected a category after 'cat:'"},
		{"tag: toread", 5, "expected a tag after 'tag:'"},
		{"author:\"!!\"", 8, "expected a name after 'author:'"},
		{"\"world model", 13, "expected '\"' to close the quote at column 1"},
		{"a \"b", 5, "expected '\"' to close the quote at column 3"},
		{"inst:\"Oxford", 13, "expected '\"' to close the quote at column 6"},
		{"(a or b", 8, "expected ')' to close the '(' at column 1"},
		{"a (b (c)", 9, "expected ')' to close the '(' at column 3"},
		{"a)", 2, "unmatched ')'"},
		{")", 1, "unmatched ')'"},
		{"()", 2, "expected a term after '('"},
		{"a or", 5, "expected a term after 'or'"},
		{"or a", 1, "expected a term before 'or'"},
		{"a or or b", 6, "expected a term after 'or'"},
		{"a or )", 6, "expected a term after 'or'"},
		{"a and", 6, "expected a term after 'and'"},
		{"(and b)", 2, "expected a term before 'and'"},
		{"a AND OR b", 7, "expected a term after 'and'"},
		{"not", 4, "expected a term after 'not'"},
		{"a -", 4, "expected a term after '-'"},
		{"-)", 2, "expected a term after '-'"},
		{"!!!", 1, "expected letters or digits in '!!!'"},
		{"\"\"", 1, "expected letters or digits inside the quotes"},
		{"a \" - \"", 3, "expected letters or digits inside the quotes"},
		{"*", 1, "expected letters or digits before '*'"},
		/* columns count characters, not bytes */
		{"Müller score>=", 15, "expected a number after 'score>='"},
		{"\"日本語 x", 7, "expected '\"' to close the quote at column 1"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct query_error err = {.column = -1};
		struct query *q = query_parse(cases[i].in, &err);
		if (q)
			fail_msg("%s: parsed, expected an error", cases[i].in);
		if (err.column != cases[i].column || strcmp(err.msg, cases[i].msg))
			fail_msg("%s: got column %d: %s", cases[i].in, err.column, err.msg);
	}
}

static char *repeat(const char *unit, size_t n, const char *tail)
{
	struct strbuf b = {0};
	for (size_t i = 0; i < n; i++)
		sb_add(&b, unit);
	sb_add(&b, tail);
	return sb_take(&b);
}

static void expect_error(const char *text, int column, const char *msg)
{
	struct query_error err;
	struct query *q = query_parse(text, &err);
	assert_null(q);
	assert_int_equal(err.column, column);
	assert_string_equal(err.msg, msg);
}

static void expect_ok(const char *text)
{
	struct query_error err;
	struct query *q = query_parse(text, &err);
	if (!q)
		fail_msg("column %d: %s", err.column, err.msg);
	query_free(q);
}

static void test_limits(void **state)
{
	(void)state;
	/* 100,000 '(' stop at the length limit without recursing */
	char *s = repeat("(", 100000, "");
	expect_error(s, 4097, "query too long (at most 4096 bytes)");
	free(s);
	/* the 9th '(' is one level too deep */
	s = repeat("(", 9, "a");
	expect_error(s, 9, "too deeply nested (at most 8 levels)");
	free(s);
	s = repeat("-", 9, "a");
	expect_error(s, 9, "too deeply nested (at most 8 levels)");
	free(s);
	s = repeat("not ", 9, "a");
	expect_error(s, 33, "too deeply nested (at most 8 levels)");
	free(s);
	s = repeat("-(a ", 5, "");
	expect_error(s, 17, "too deeply nested (at most 8 levels)");
	free(s);
	/* 8 levels are fine */
	struct strbuf b = {0};
	for (int i = 0; i < 8; i++)
		sb_add(&b, "(");
	sb_add(&b, "a");
	for (int i = 0; i < 8; i++)
		sb_add(&b, ")");
	expect_ok(b.s);
	sb_free(&b);
	/* 256 terms are fine, the 257th ("a " each) is refused where it starts */
	s = repeat("a ", 256, "");
	expect_ok(s);
	free(s);
	s = repeat("a ", 257, "");
	expect_error(s, 513, "too many terms (at most 256)");
	free(s);
	/* exactly the length limit is accepted */
	s = repeat("a", 4096, "");
	expect_ok(s);
	free(s);
}

static void test_error_format(void **state)
{
	(void)state;
	struct query_error err;
	struct strbuf out = {0};
	assert_null(query_parse("score>=", &err));
	query_error_format(&err, &out);
	assert_string_equal(out.s, "paperboat: query: column 8: expected a number after 'score>='");
	sb_free(&out);

	/* what the message quotes of the query stays one printable line (found by fuzz-query) */
	assert_null(query_parse("inst\x14\x14" "V\x14\x7f\x14 i", &err));
	for (const char *c = err.msg; *c; c++)
		assert_true((unsigned char)*c >= 0x20 && *c != 0x7F);
	char c1[] = "in '\xc2\x9b" "31m\x1b[2J\t'";
	query_error_clean(c1);
	assert_string_equal(c1, "in '?31m?[2J?'");
	/* a message cut by its length limit does not end in half a character */
	char cut[] = "in 'caf\xc3\xa9 \xe2\x80";
	query_error_clean(cut);
	assert_string_equal(cut, "in 'caf\xc3\xa9 ");
}

/* The compiled form: top-level conditions apart, full-text terms merged into one MATCH made of
 * quoted strings only, every value a bind. */
static void test_compile(void **state)
{
	static const struct {
		const char *in;    /* the query */
		const char *parts; /* each part: F (full text) or O, then the MATCH expression */
		int binds;         /* values bound, over all parts */
	} cases[] = {
		{"", "", 0},
		{"world", "F\"world\"", 1},
		{"world model*", "F\"world\" AND \"model\"*", 1},
		{"a or b", "F\"a\" OR \"b\"", 1},
		{"author:wang transformer", "Fauthors : \"wang\"* AND \"transformer\"", 1},
		{"\"NEAR(a b)\" \"x:y\" ^c", "F\"NEAR(a b)\" AND \"x:y\" AND \"^c\"", 1},
		{"world inst:oxford -topic:rl", "F\"world\" O O", 7},
		{"inst:oxford world", "F\"world\" O", 5},
		{"a or inst:x", "O", 5},
		{"(a or b) c", "F\"c\" O", 2},
		{"score:5..50 date>2026", "O O", 3},
		{"fav unread read", "O O O", 0},
		{"cat:cs", "O", 4},
		{"tag:x year:2025", "O O", 3},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct query *q = query_parse(cases[i].in, NULL);
		struct query_sql s;
		struct strbuf got = {0}, where = {0};
		int binds = 0;
		assert_non_null(q);
		query_compile(q, &s);
		for (size_t k = 0; k < s.nparts; k++) {
			const struct query_part *p = &s.parts[k];
			sb_addf(&got, "%s%s%s", k ? " " : "", p->kind == QP_FTS ? "F" : "O",
				p->kind == QP_FTS ? p->fts : "");
			binds += (int)p->nbinds;
			/* one '?' per bind, and no user text in the SQL */
			int marks = 0;
			for (const char *c = p->sql; *c; c++)
				marks += *c == '?';
			assert_int_equal(marks, (int)p->nbinds);
		}
		query_sql_where(&s, &where);
		assert_null(strstr(where.s, "oxford"));
		assert_null(strstr(where.s, "world"));
		if (strcmp(got.s ? got.s : "", cases[i].parts) || binds != cases[i].binds)
			fail_msg("%s: got [%s] with %d binds", cases[i].in, got.s ? got.s : "",
				 binds);
		sb_free(&got);
		sb_free(&where);
		query_sql_free(&s);
		query_free(q);
	}
}

static void test_sort(void **state)
{
	static const struct {
		const char *in;    /* as typed after --sort */
		bool ok;           /* accepted */
		enum sort_key key; /* then this key */
		bool ascending;    /* in this direction */
	} cases[] = {
		{"score", true, SORT_SCORE, false},  {"score:asc", true, SORT_SCORE, true},
		{"date", true, SORT_DATE, false},    {"date:asc", true, SORT_DATE, true},
		{"title", true, SORT_TITLE, true},   {"title:desc", true, SORT_TITLE, false},
		{"added", true, SORT_ADDED, false},  {"Added:ASC", true, SORT_ADDED, true},
		{"score:desc", true, SORT_SCORE, false},
		{"", false, SORT_SCORE, false},      {"scores", false, SORT_SCORE, false},
		{"score:", false, SORT_SCORE, false}, {"score:up", false, SORT_SCORE, false},
		{"sco", false, SORT_SCORE, false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct sort s = {.key = SORT_ADDED, .ascending = true};
		bool ok = sort_parse(cases[i].in, &s);
		assert_int_equal(ok, cases[i].ok);
		if (!ok)
			continue;
		assert_int_equal(s.key, cases[i].key);
		assert_int_equal(s.ascending, cases[i].ascending);
	}
	struct sort s;
	assert_false(sort_parse(NULL, &s));
	s = sort_default();
	assert_int_equal(s.key, SORT_SCORE);
	assert_false(s.ascending);
	assert_string_equal(sort_key_name(SORT_SCORE), "score");
	assert_string_equal(sort_key_name(SORT_DATE), "date");
	assert_string_equal(sort_key_name(SORT_TITLE), "title");
	assert_string_equal(sort_key_name(SORT_ADDED), "added");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),        cmocka_unit_test(test_null_text),
		cmocka_unit_test(test_errors),       cmocka_unit_test(test_limits),
		cmocka_unit_test(test_error_format), cmocka_unit_test(test_sort),
		cmocka_unit_test(test_compile),
	};
	return cmocka_run_group_tests_name("query-parse", tests, NULL, NULL);
}
