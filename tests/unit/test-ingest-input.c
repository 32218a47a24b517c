/* test-ingest-input.c — reading inputs (size caps, gzip, hashes) and decoding them to UTF-8. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <cmocka.h>

#include "ingest-input.h"

struct decode_case {
	const char *what;    /* the case, for messages */
	const char *in;      /* the bytes as saved */
	size_t len;          /* their length (0: strlen) */
	bool html;           /* decoded as a page, not a text dump */
	const char *want;    /* expected UTF-8, as a substring of the result */
	const char *charset; /* expected charset name */
};

#define B(s) s, sizeof s - 1

static void test_decode(void **state)
{
	static const struct decode_case cases[] = {
		{"Latin-1, nothing declared", B("<p>Caf\xE9 na\xEFve Schr\xF6" "dinger</p>"), true,
		 "Café naïve Schrödinger", "WINDOWS-1252"},
		{"Latin-1 declared by meta charset",
		 B("<meta charset=\"iso-8859-1\"><p>Caf\xE9</p>"), true, "Café", "WINDOWS-1252"},
		{"Windows-1252 declared by http-equiv",
		 B("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
		   "<p>\x93quoted\x94 \x80 5 \x96 6</p>"), true, "“quoted” € 5 – 6", "WINDOWS-1252"},
		{"Windows-1252 quotes, nothing declared", B("\x93quoted\x94 it\x92s"), false,
		 "“quoted” it’s", "WINDOWS-1252"},
		{"a byte Windows-1252 does not define", B("<p>a\x81" "b \xE9</p>"), true, "a\xEF\xBF\xBD" "b é",
		 "WINDOWS-1252"},
		{"declares Latin-1, is UTF-8 (re-saved page)",
		 B("<meta charset=\"ISO-8859-1\"><p>Caf\xC3\xA9</p>"), true, "Café", "UTF-8"},
		{"declares UTF-8, is Latin-1 (misconfigured server)",
		 B("<meta charset=\"utf-8\"><p>Caf\xE9</p>"), true, "Café", "WINDOWS-1252"},
		{"UTF-8, nothing declared", B("<p>Université — 東京</p>"), true, "Université — 東京", "UTF-8"},
		{"UTF-8 with one stray byte", B("<p>é è ê \xFF ë</p>"), true, "é è ê \xEF\xBF\xBD ë", "UTF-8"},
		{"UTF-8 BOM", B("\xEF\xBB\xBF<p>é</p>"), true, "<p>é</p>", "UTF-8"},
		{"UTF-16LE BOM", B("\xFF\xFE<\0p\0>\0\xE9\0<\0/\0p\0>\0"), true, "<p>é</p>", "UTF-16LE"},
		{"UTF-16BE BOM", B("\xFE\xFF\0<\0p\0>\0\xE9\0<\0/\0p\0>"), true, "<p>é</p>", "UTF-16BE"},
		{"UTF-16LE without BOM", B("<\0h\0t\0m\0l\0>\0\xE9\0"), true, "<html>é", "UTF-16LE"},
		{"UTF-32LE BOM", B("\xFF\xFE\0\0" "A\0\0\0\xE9\0\0\0"), false, "Aé", "UTF-32LE"},
		{"UTF-16 text dump with BOM", B("\xFF\xFE" "T\0i\0t\0l\0e\0"), false, "Title", "UTF-16LE"},
		{"XML declaration", B("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><p>\xE9</p>"),
		 true, "<p>é</p>", "WINDOWS-1252"},
		{"Shift_JIS declared", B("<meta charset=\"shift_jis\"><p>\x93\xFA\x96\x7B</p>"), true,
		 "<p>日本</p>", "CP932"},
		{"meta inside a comment is not a declaration",
		 B("<!-- <meta charset=\"koi8-r\"> --><p>\xE9</p>"), true, "<p>é</p>", "WINDOWS-1252"},
		{"a '>' inside a quoted attribute before the meta",
		 B("<link title=\"a>b\"><meta charset='iso-8859-1'><p>\xE9</p>"), true, "<p>é</p>",
		 "WINDOWS-1252"},
		{"a label nobody knows", B("<meta charset=\"x-bogus\"><p>\xE9</p>"), true, "<p>é</p>",
		 "WINDOWS-1252"},
		{"utf-16 named in a meta the parser could read as ASCII",
		 B("<meta charset=\"utf-16\"><p>é</p>"), true, "<p>é</p>", "UTF-8"},
		{"a text dump's meta-like line is text", B("<meta charset=\"shift_jis\"> \xC3\xA9"), false,
		 "é", "UTF-8"},
		{"NUL bytes are dropped", B("a\0b\0c\xC3\xA9"), false, "abcé", "UTF-8"},
		{"empty", "", 0, true, "", "UTF-8"},
		/* libxml2 lets a <meta charset> override the BOM; the BOM is what the file is. */
		{"a UTF-8 BOM wins over a Latin-1 meta",
		 B("\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>Caf\xC3\xA9 \xE9</p>"), true,
		 "<p>Café \xEF\xBF\xBD</p>", "UTF-8"},
		{"a UTF-16 BOM wins over a Latin-1 meta",
		 B("\xFF\xFE<\0m\0e\0t\0a\0 \0c\0h\0a\0r\0s\0e\0t\0=\0l\0a\0t\0i\0n\0001\0>\0\xE9\0"),
		 true, ">é", "UTF-16LE"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct decode_case *c = &cases[i];
		struct ingest_text t = {0};
		ingest_decode(c->in, c->len, c->html, &t);
		if (!strstr(t.s, c->want) || strcmp(t.charset, c->charset) != 0)
			print_error("%s: got \"%s\" as %s\n", c->what, t.s, t.charset);
		assert_non_null(strstr(t.s, c->want));
		assert_string_equal(t.charset, c->charset);
		assert_int_equal(strlen(t.s), t.len);
		ingest_text_free(&t);
	}
}

static void test_declared(void **state)
{
	static const struct {
		const char *in;   /* the start of a page */
		const char *want; /* the declared label, NULL: none */
	} cases[] = {
		{"<html><head><meta charset=UTF-8>", "UTF-8"},
		{"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=\"koi8-r\"'>", "koi8-r"},
		{"<meta content=\"text/html; charset=big5\" http-equiv=\"Content-Type\">", "big5"},
		{"<meta name=description content=\"charset=fake\">", NULL},
		{"<?xml version='1.0' encoding='windows-1250'?><html>", "windows-1250"},
		{"<!--?xml version=\"1.0\" encoding=\"UTF-8\"?--><html><meta charset=\"utf-8\">", "utf-8"},
		{"<html><body>no declaration</body></html>", NULL},
		{"<meta", NULL},
		{"", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = ingest_declared_charset(cases[i].in, strlen(cases[i].in));
		if (cases[i].want) {
			assert_non_null(got);
			assert_string_equal(got, cases[i].want);
		} else {
			assert_null(got);
		}
		free(got);
	}
}

static void test_looks_like_html(void **state)
{
	(void)state;
	assert_true(ingest_looks_like_html("<!DOCTYPE html><html>", 21));
	assert_true(ingest_looks_like_html("  <?xml version='1.0'?>", 23));
	assert_true(ingest_looks_like_html("<div class=x>text</div>", 23));
	assert_false(ingest_looks_like_html("Tsinghua University\nAbstract: a < b", 35));
	assert_false(ingest_looks_like_html("", 0));
}

static char *nested(int depth, size_t *len)
{
	struct strbuf b = {0};
	sb_add(&b, "<html><body>");
	for (int i = 0; i < depth; i++)
		sb_add(&b, "<div>");
	sb_add(&b, "deep");
	for (int i = 0; i < depth; i++)
		sb_add(&b, "</div>");
	sb_add(&b, "<p>after</p></body></html>");
	*len = b.len;
	return sb_take(&b);
}

static void test_parse(void **state)
{
	struct strbuf err = {0};
	size_t len;
	char *html;
	htmlDocPtr doc;
	(void)state;

	/* Past libxml2's default limit of 256 levels the tree must still be whole. */
	html = nested(400, &len);
	doc = ingest_parse_html(html, len, "deep.html", &err);
	assert_non_null(doc);
	xmlChar *all = xmlNodeGetContent(xmlDocGetRootElement(doc));
	assert_string_equal((char *)all, "deepafter");
	xmlFree(all);
	xmlFreeDoc(doc);
	free(html);

	html = nested(INGEST_MAX_DEPTH + 10, &len);
	doc = ingest_parse_html(html, len, "deeper.html", &err);
	assert_null(doc);
	assert_string_equal(err.s, "deeper.html: elements nested more than 1024 deep; refused");
	sb_clear(&err);
	free(html);

	/* A text node over libxml2's default 10 MB cut stays whole. */
	size_t big = 11u << 20;
	html = malloc(big + 64);
	strcpy(html, "<p>");
	memset(html + 3, 'a', big);
	strcpy(html + 3 + big, "z</p>");
	doc = ingest_parse_html(html, strlen(html), "big.html", &err);
	assert_non_null(doc);
	all = xmlNodeGetContent(xmlDocGetRootElement(doc));
	assert_int_equal(strlen((char *)all), big + 1);
	assert_int_equal(((char *)all)[big], 'z');
	xmlFree(all);
	xmlFreeDoc(doc);
	free(html);

	/* The page's own Latin-1 meta must not make libxml2 decode our UTF-8 again. */
	static const char latin_meta[] = "<meta charset=iso-8859-1><p>Caf\xC3\xA9</p>";
	doc = ingest_parse_html(latin_meta, strlen(latin_meta), "m.html", &err);
	assert_non_null(doc);
	all = xmlNodeGetContent(xmlDocGetRootElement(doc));
	assert_string_equal((char *)all, "Café");
	xmlFree(all);
	xmlFreeDoc(doc);

	doc = ingest_parse_html("", 0, "empty.html", &err);
	assert_null(doc);
	assert_string_equal(err.s, "empty.html: no HTML in the file");
	sb_free(&err);
}

/* One invalid byte in a UTF-8 page: libxml2 would read everything after it as Latin-1. */
static void test_parse_after_bad_byte(void **state)
{
	static const char page[] = "<html><body><p>é \xFF ë naïve 東京</p></body></html>";
	struct ingest_text t = {0};
	struct strbuf err = {0};
	htmlDocPtr doc;
	xmlChar *all;
	(void)state;

	ingest_decode(page, sizeof page - 1, true, &t);
	doc = ingest_parse_html(t.s, t.len, "bad.html", &err);
	assert_non_null(doc);
	all = xmlNodeGetContent(xmlDocGetRootElement(doc));
	assert_string_equal((char *)all, "é \xEF\xBF\xBD ë naïve 東京");
	xmlFree(all);
	xmlFreeDoc(doc);
	ingest_text_free(&t);
	sb_free(&err);
}

static void test_damage(void **state)
{
	unsigned char noise[4096];
	unsigned int seed = 7;
	struct ingest_text t = {0};
	(void)state;

	/* random bytes, decoded as anything, are binary */
	for (size_t i = 0; i < sizeof noise; i++) {
		seed = seed * 1103515245u + 12345u;
		noise[i] = (unsigned char)(seed >> 16);
	}
	ingest_decode((const char *)noise, sizeof noise, true, &t);
	assert_true(ingest_is_binary(t.s, t.len));
	ingest_text_free(&t);
	static const char pdf[] = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n1 0 obj\x01\x02\x03\x04\x05\x06\x1B\x0E";
	ingest_decode(pdf, sizeof pdf - 1, true, &t);
	assert_true(ingest_is_binary(t.s, t.len));
	ingest_text_free(&t);
	/* text with a stray control or two, Latin-1, CJK is not */
	assert_false(ingest_is_binary("<p>Caf\xC3\xA9 \x01 and a long enough line of text</p>", 50));
	static const char cjk[] = "東京大学 \xEF\xBF\xBD Université";
	assert_false(ingest_is_binary(cjk, sizeof cjk - 1));
	assert_false(ingest_is_binary("", 0));

	/* a page that opens <html> or <body> must close one of them */
	static const struct {
		const char *text; /* the page */
		bool cut;         /* expected */
	} pages[] = {
		{"<!DOCTYPE html><html><head><title>t</title></head><body><p>whole</p></body></html>", false},
		{"<html><body><p>no closing html</p></body>", false},
		{"<HTML><BODY>upper case</BODY>\n", false},
		{"<html lang=en><head></head><body><p>An abstract that goes on and", true},
		{"<body class=x><p>cut", true},
		{"<html><head><title>x</title></head><body><div><p>cut inside a tag <a hr", true},
		{"<div class=\"grid\"><p>a fragment (a saved selection) cannot tell</p>", false},
		{"<htmlx>not the tag</htmlx>", false},
		{"<html><script>var s = \"</body>\"; // closing in a script", false},
	};
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		if (ingest_html_cut(pages[i].text, strlen(pages[i].text)) != pages[i].cut)
			print_error("page %zu: %s\n", i, pages[i].text);
		assert_true(ingest_html_cut(pages[i].text, strlen(pages[i].text)) == pages[i].cut);
	}
}

static void test_sha256(void **state)
{
	char hex[SHA256_HEX_LEN + 1];
	(void)state;
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	static const char two[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *million = malloc(1000000);
	memset(million, 'a', 1000000);
	sha256_hex(million, 1000000, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
}

/* Writes LEN bytes of DATA gzipped (gzip framing) to PATH. */
static void write_gz(const char *path, const char *mode, const void *data, size_t len)
{
	gzFile gz = gzopen(path, mode);
	assert_non_null(gz);
	assert_int_equal(gzwrite(gz, data, (unsigned)len), (int)len);
	assert_int_equal(gzclose(gz), Z_OK);
}

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static void test_read(void **state)
{
	char dir[] = "/tmp/pbtest-input.XXXXXX";
	char path[256], path2[256];
	struct ingest_input in;
	struct strbuf err = {0};
	(void)state;
	assert_non_null(mkdtemp(dir));

	snprintf(path, sizeof path, "%s/page.html", dir);
	write_file(path, "<p>abc</p>", 10);
	assert_true(ingest_read(path, &in, &err));
	assert_int_equal(in.len, 10);
	assert_string_equal(in.data, "<p>abc</p>");
	assert_false(in.gzipped);
	char plain_hash[SHA256_HEX_LEN + 1];
	strcpy(plain_hash, in.hash);
	ingest_input_free(&in);

	/* gzip: the text comes out; the hash is of the file as stored. */
	snprintf(path2, sizeof path2, "%s/page.html.gz", dir);
	write_gz(path2, "wb", "<p>abc</p>", 10);
	assert_true(ingest_read(path2, &in, &err));
	assert_true(in.gzipped);
	assert_string_equal(in.data, "<p>abc</p>");
	assert_string_not_equal(in.hash, plain_hash);
	ingest_input_free(&in);

	/* two members, as "cat a.gz b.gz" makes */
	write_gz(path2, "wb", "<p>one</p>", 10);
	write_gz(path2, "ab", "<p>two</p>", 10);
	assert_true(ingest_read(path2, &in, &err));
	assert_string_equal(in.data, "<p>one</p><p>two</p>");
	ingest_input_free(&in);

	/* a cut gzip file */
	{
		static const char text[] = "<p>The quick brown fox jumps over the lazy dog; "
					   "pack my box with five dozen liquor jugs.</p>";
		char buf[256];
		write_gz(path2, "wb", text, sizeof text - 1);
		FILE *f = fopen(path2, "rb");
		size_t n = fread(buf, 1, sizeof buf, f);
		fclose(f);
		write_file(path2, buf, n / 2);
	}
	assert_false(ingest_read(path2, &in, &err));
	assert_non_null(strstr(err.s, "/page.html.gz: the gzip data ends early (a cut download?)"));
	sb_clear(&err);

	/* named .gz, but not gzip */
	write_file(path2, "<p>plain</p>", 12);
	assert_false(ingest_read(path2, &in, &err));
	assert_non_null(strstr(err.s, "page.html.gz: not gzip data"));
	sb_clear(&err);

	/* a gzip bomb: small on disk, over the cap once decompressed */
	size_t bomb = INGEST_MAX_BYTES + 4096;
	char *zeros = calloc(1, bomb);
	write_gz(path2, "wb9", zeros, bomb);
	free(zeros);
	assert_false(ingest_read(path2, &in, &err));
	assert_non_null(strstr(err.s, "page.html.gz: larger than 32 MiB once decompressed; refused"));
	sb_clear(&err);

	/* a big file is refused before it is read (sparse: no disk used) */
	{
		int fd = open(path, O_WRONLY | O_TRUNC);
		assert_int_equal(ftruncate(fd, (off_t)INGEST_MAX_BYTES + 1), 0);
		close(fd);
	}
	assert_false(ingest_read(path, &in, &err));
	assert_non_null(strstr(err.s, "page.html: larger than 32 MiB; refused"));
	sb_clear(&err);

	/* a pipe (stdin) over the cap */
	{
		int fds[2];
		assert_int_equal(pipe(fds), 0);
		pid_t pid = fork();
		if (pid == 0) {
			close(fds[0]);
			static char chunk[1 << 16];
			memset(chunk, 'x', sizeof chunk);
			for (size_t sent = 0; sent <= INGEST_MAX_BYTES; sent += sizeof chunk)
				if (write(fds[1], chunk, sizeof chunk) < 0)
					break;
			_exit(0);
		}
		close(fds[1]);
		assert_false(ingest_read_fd(fds[0], "-", &in, &err));
		close(fds[0]);
		assert_string_equal(err.s, "-: larger than 32 MiB; refused");
		sb_clear(&err);
	}

	assert_false(ingest_read(dir, &in, &err));
	assert_non_null(strstr(err.s, "is a directory"));
	sb_clear(&err);
	snprintf(path2, sizeof path2, "%s/missing.html", dir);
	assert_false(ingest_read(path2, &in, &err));
	assert_non_null(strstr(err.s, "missing.html: cannot open: No such file or directory"));
	sb_free(&err);

	unlink(path);
	unlink(path2);
	snprintf(path2, sizeof path2, "%s/page.html.gz", dir);
	unlink(path2);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode), cmocka_unit_test(test_declared),
		cmocka_unit_test(test_looks_like_html), cmocka_unit_test(test_parse),
		cmocka_unit_test(test_sha256), cmocka_unit_test(test_read),
		cmocka_unit_test(test_parse_after_bad_byte), cmocka_unit_test(test_damage),
	};
	return cmocka_run_group_tests_name("ingest-input", tests, NULL, NULL);
}
