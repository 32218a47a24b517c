/* parse-baseline.c — the physical limit of ingesting: read each page, parse it with libxml2's
 * HTML parser exactly as the ingester does (same options, UTF-8), visit every text node and
 * add up its length (so nothing can be optimised away), free the tree. Nothing is extracted
 * or stored. Prints one JSON line: files, bytes, text bytes, seconds, MB/s.
 *
 *   parse-baseline [--sax] PATH...   (files, or directories searched for .html/.htm)
 *
 * --sax parses with the same parser but builds no tree: the text arrives through the SAX
 * characters callback. That is the cost of tokenising alone, a reference for an ingester that
 * would not build the whole document. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

/* The ingester's options (src/ingest-decode.c): no network, no messages, recover from
 * anything, the text already UTF-8, and libxml2's size limits lifted. */
#define PARSE_OPTIONS                                                                              \
	(HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |        \
	 HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE)

static int sax_mode; /* --sax: no tree */

struct totals {
	unsigned long files;       /* pages parsed */
	unsigned long long bytes;  /* their size */
	unsigned long long text;   /* bytes of text content seen */
	char *buf;                 /* reused read buffer */
	size_t cap;
};

/* Every text node, iteratively (a page's tree may be deep). */
static unsigned long long walk_text(xmlNodePtr n)
{
	unsigned long long sum = 0;
	while (n) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
			sum += strlen((const char *)n->content);
		if (n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n && !n->next)
			n = n->parent;
		if (n)
			n = n->next;
	}
	return sum;
}

static unsigned long long sax_text;

static void sax_characters(void *ctx, const xmlChar *ch, int len)
{
	(void)ctx;
	(void)ch;
	sax_text += (unsigned long long)len;
}

static int parse_sax(struct totals *t, size_t len)
{
	htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(t->buf, (int)len);
	if (!ctxt)
		return 1;
	memset(ctxt->sax, 0, sizeof *ctxt->sax);
	ctxt->sax->characters = sax_characters;
	ctxt->sax->cdataBlock = sax_characters;
	ctxt->sax->initialized = 1;
	htmlCtxtUseOptions(ctxt, PARSE_OPTIONS);
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	sax_text = 0;
	htmlParseDocument(ctxt);
	if (ctxt->myDoc)
		xmlFreeDoc(ctxt->myDoc);
	htmlFreeParserCtxt(ctxt);
	t->text += sax_text;
	t->files++;
	t->bytes += len;
	return 0;
}

static int parse_file(const char *path, struct totals *t)
{
	FILE *f = fopen(path, "rb");
	size_t len = 0, got;
	htmlParserCtxtPtr ctxt;
	htmlDocPtr doc;

	if (!f) {
		fprintf(stderr, "parse-baseline: %s: cannot open\n", path);
		return 1;
	}
	for (;;) {
		if (len + 65536 > t->cap) {
			t->cap = t->cap ? 2 * t->cap : 1 << 22;
			t->buf = realloc(t->buf, t->cap);
			if (!t->buf)
				abort();
		}
		got = fread(t->buf + len, 1, t->cap - len, f);
		len += got;
		if (got == 0)
			break;
	}
	fclose(f);
	if (sax_mode)
		return parse_sax(t, len);
	ctxt = htmlNewParserCtxt();
	doc = ctxt ? htmlCtxtReadMemory(ctxt, t->buf, (int)len, NULL, "UTF-8", PARSE_OPTIONS) : NULL;
	if (ctxt)
		htmlFreeParserCtxt(ctxt);
	if (doc) {
		t->text += walk_text(doc->children);
		xmlFreeDoc(doc);
	}
	t->files++;
	t->bytes += len;
	return 0;
}

static int is_page(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".html") == 0) || (n > 4 && strcmp(name + n - 4, ".htm") == 0);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory's pages and subdirectories, in name order (the order the ingester sees). */
static int parse_path(const char *path, struct totals *t)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int bad = 0;

	if (stat(path, &st)) {
		fprintf(stderr, "parse-baseline: %s: no such file\n", path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return parse_file(path, t);
	d = opendir(path);
	if (!d)
		return 1;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			names = realloc(names, cap * sizeof *names);
			if (!names)
				abort();
		}
		names[n] = malloc(strlen(path) + strlen(e->d_name) + 2);
		if (!names[n])
			abort();
		sprintf(names[n++], "%s/%s", path, e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i < n; i++) {
		if (stat(names[i], &st) == 0 && (S_ISDIR(st.st_mode) || is_page(names[i])))
			bad |= parse_path(names[i], t);
		free(names[i]);
	}
	free(names);
	return bad;
}

int main(int argc, char **argv)
{
	struct totals t = {0};
	struct timespec a, b;
	double seconds;
	int bad = 0;

	int first = 1;

	if (argc > 1 && strcmp(argv[1], "--sax") == 0) {
		sax_mode = 1;
		first = 2;
	}
	if (argc <= first) {
		fprintf(stderr, "usage: parse-baseline [--sax] PATH...\n");
		return 2;
	}
	LIBXML_TEST_VERSION
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int i = first; i < argc; i++)
		bad |= parse_path(argv[i], &t);
	clock_gettime(CLOCK_MONOTONIC, &b);
	seconds = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	printf("{\"tool\": \"%s\", \"files\": %lu, \"bytes\": %llu, \"text_bytes\": %llu, "
	       "\"seconds\": %.3f, \"mb_s\": %.2f}\n",
	       sax_mode ? "libxml2-sax" : "libxml2", t.files, t.bytes, t.text, seconds, seconds > 0 ? (double)t.bytes / 1e6 / seconds : 0.0);
	free(t.buf);
	xmlCleanupParser();
	return bad;
}
