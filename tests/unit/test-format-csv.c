/* test-format-csv.c — --format csv (RFC 4180) and --format tsv on hand-made papers and rows. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

static char *render(const struct paper *papers, size_t n, enum format_kind kind)
{
	struct format_out o;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	assert_non_null(f);
	format_begin(&o, f, kind);
	for (size_t i = 0; i < n; i++)
		format_paper(&o, &papers[i]);
	format_end(&o);
	fclose(f);
	return text;
}

static const char header[] = "id,arxiv_id,doi,title,authors,author_count,institutions,"
			     "primary_institution,topics,date,score,url,pdf_url,abstract,tags,"
			     "favourite,read,note,sources\r\n";

static void test_field_quoting(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"plain", "plain"},
		{"", ""},
		{"a,b", "\"a,b\""},
		{"say \"hi\"", "\"say \"\"hi\"\"\""},
		{"two\nlines", "\"two\nlines\""},
		{"cr\rlf", "cr lf"}, /* a bare CR would overwrite the line on a terminal */
		{"esc \x1B]52;c;ZXZpbA==\x07osc, csi \x1B[2J\xC2\x9B" "31m.", "\"esc osc, csi .\""},
		{"note\nwith \x1B[31mred\x1B[0m\nlines", "\"note\nwith red\nlines\""},
		{"bidi \xE2\x80\xAE" "exe", "bidi exe"},
		{"semi; colon", "semi; colon"},
		{"清华大学", "清华大学"},
		{"bad \xff byte", "bad \xef\xbf\xbd byte"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf b = {0};
		format_csv_field(&b, cases[i].in);
		assert_string_equal(b.s ? b.s : "", cases[i].out);
		sb_free(&b);
	}
}

static void test_rows(void **state)
{
	struct paper p[2] = {{0}};
	char *got;
	(void)state;

	p[0].id = 12;
	p[0].arxiv_id = xstrdup("2106.09608");
	p[0].title = xstrdup("Attention, \"Again\"");
	strlist_add(&p[0].authors, "Ann Lee");
	strlist_add(&p[0].authors, "Bo Li");
	strlist_add(&p[0].institutions, "MIT");
	p[0].primary_known = true;
	paper_add_topic(&p[0], "cs.CL", TOPIC_ARXIV);
	paper_add_topic(&p[0], "agents", TOPIC_RULE);
	p[0].date = xstrdup("2021-06");
	p[0].has_score = true;
	p[0].score = 42;
	p[0].abstract = xstrdup("Line one.\nLine two.");
	strlist_add(&p[0].tags, "a");
	strlist_add(&p[0].tags, "b");
	p[0].read = true;
	strlist_add(&p[0].sources, "x.html");

	p[1].id = 13;
	p[1].has_score = true;
	p[1].score = 2.25;

	got = render(p, 2, FORMAT_CSV);
	{
		struct strbuf want = {0};
		sb_add(&want, header);
		sb_add(&want, "12,2106.09608,,\"Attention, \"\"Again\"\"\",Ann Lee; Bo Li,2,MIT,MIT,"
			      "cs.CL; agents,2021-06,42,,,\"Line one.\nLine two.\",a; b,false,true,,"
			      "x.html\r\n");
		sb_add(&want, "13,,,,,,,,,,2.25,,,,,false,false,,\r\n");
		assert_string_equal(got, want.s);
		sb_free(&want);
	}
	free(got);

	/* zero papers: the header alone */
	got = render(NULL, 0, FORMAT_CSV);
	assert_string_equal(got, header);
	free(got);
	paper_free(&p[0]);
	paper_free(&p[1]);
}

static void test_tsv(void **state)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct list_row rows[] = {
		{.id = 1, .arxiv_id = "2606.31630", .has_score = true, .score = 128,
		 .date = "2026-06-30", .title = "Calibration, Not Compilation"},
		{.id = 22, .has_score = false, .title = "tab\there\nand newline \033[1mbold"},
		{.id = 333, .has_score = true, .score = 0.5, .date = "2025"},
	};
	(void)state;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		format_tsv_row(f, &rows[i]);
	fclose(f);
	assert_string_equal(text, "1\t2606.31630\t128\t2026-06-30\tCalibration, Not Compilation\n"
				  "22\t\t\t\ttab here and newline bold\n"
				  "333\t\t0.5\t2025\t\n");
	free(text);
}

static void test_number(void **state)
{
	char buf[32];
	(void)state;
	format_number(128, buf);
	assert_string_equal(buf, "128");
	format_number(0, buf);
	assert_string_equal(buf, "0");
	format_number(-0.0, buf);
	assert_string_equal(buf, "0");
	format_number(8.5, buf);
	assert_string_equal(buf, "8.5");
	format_number(0.1 + 0.2, buf);
	assert_string_equal(buf, "0.3");
	format_number(1234567, buf);
	assert_string_equal(buf, "1234567");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_field_quoting),
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_tsv),
		cmocka_unit_test(test_number),
	};
	return cmocka_run_group_tests_name("format-csv", tests, NULL, NULL);
}
