/* ingest-input.h — turning one input file into UTF-8 text and a DOM, before any adapter runs.
 *
 *   ingest-read.c     read a file or stdin under a size cap, gunzip, content hash
 *   ingest-decode.c   BOM / declared charset / UTF-8 / Windows-1252 to UTF-8; the HTML parse
 *   ingest-damage.c   binary data and pages cut short, told apart from pages
 */
#ifndef PB_INGEST_INPUT_H
#define PB_INGEST_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include <libxml/HTMLparser.h>

#include "sha256.h"
#include "util.h"

/* Files larger than this are refused, before and after decompression. Real listing pages are
 * a few MB; the cap keeps a gzip bomb or a mistaken disk image from eating the machine. */
#define INGEST_MAX_BYTES ((size_t)32 << 20)
/* Pages nesting elements deeper than this are refused: no real page comes near it, and the
 * DOM walkers recurse. */
#define INGEST_MAX_DEPTH 1024

/* One file as read. */
struct ingest_input {
	char *data;                          /* the bytes, decompressed; NUL-terminated */
	size_t len;                          /* bytes in data */
	char hash[SHA256_HEX_LEN + 1];       /* SHA-256 of the file as stored (before gunzip) */
	time_t mtime;                        /* the file's modification time; now for stdin */
	bool gzipped;                        /* the file was gzip data */
};

/* Reads PATH ("-": standard input) whole and gunzips gzip data. On failure returns false with
 * one message in err naming PATH ("x.gz: larger than 32 MiB once decompressed; refused"). */
bool ingest_read(const char *path, struct ingest_input *in, struct strbuf *err);
/* The same for bytes already in memory (stdin, tests); NAME is for messages. */
bool ingest_read_fd(int fd, const char *name, struct ingest_input *in, struct strbuf *err);
void ingest_input_free(struct ingest_input *in);

/* Decompresses gzip data (one or more members) into a malloc'd, NUL-terminated buffer of at
 * most INGEST_MAX_BYTES. */
bool ingest_gunzip(const char *data, size_t len, const char *name, char **out, size_t *outlen,
		   struct strbuf *err);

/* Text decoded to UTF-8. */
struct ingest_text {
	char *s;             /* UTF-8, NUL-terminated, without NUL bytes inside */
	size_t len;          /* bytes in s */
	char charset[32];    /* the encoding it was read as: "UTF-8", "WINDOWS-1252", ... */
};

/* Decodes BUF: a byte-order mark first; for HTML then <meta charset>, http-equiv
 * Content-Type, the XML declaration; else UTF-8 when the bytes are UTF-8, else Windows-1252.
 * A page that declares Latin-1 but is valid UTF-8 with non-ASCII text is read as UTF-8 (a
 * re-saved page keeps its old meta). Undecodable bytes become U+FFFD. Never fails. */
void ingest_decode(const char *buf, size_t len, bool html, struct ingest_text *out);
/* The same for the bytes IN read, which it consumes (in->data is NULL after): clean UTF-8
 * becomes the text without a copy. */
void ingest_decode_input(struct ingest_input *in, bool html, struct ingest_text *out);
void ingest_text_free(struct ingest_text *t);
/* The charset a page declares in its first bytes (meta, http-equiv, XML declaration), as
 * written; NULL when none. Malloc'd. Exposed for tests. */
char *ingest_declared_charset(const char *buf, size_t len);
/* True when TEXT looks like HTML rather than a plain-text dump (for stdin and odd names). */
bool ingest_looks_like_html(const char *text, size_t len);

/* True when decoded TEXT looks like binary data (an image, a PDF, random bytes) rather than a
 * page or a text dump: more than one character in twenty is a control or undecodable. */
bool ingest_is_binary(const char *text, size_t len);
/* True when HTML TEXT opens <html> or <body> but closes neither: the file was cut short, and
 * whatever came last on the page (an abstract, a listing's last papers) is missing. */
bool ingest_html_cut(const char *text, size_t len);

/* Parses UTF-8 HTML with libxml2 (recover, no network, no error output, no size limits) and
 * refuses a tree nested deeper than INGEST_MAX_DEPTH. NAME is for messages. */
htmlDocPtr ingest_parse_html(const char *text, size_t len, const char *name, struct strbuf *err);
/* Frees a document of ingest_parse_html() (xmlFreeDoc() does too, more slowly): all at once
 * when it lives in the parse arena, so the tree must not have been changed. NULL is fine. */
void ingest_html_free(htmlDocPtr doc);

#endif
