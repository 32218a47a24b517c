/* ingest-decode.c — any saved page to UTF-8 (BOM, declared charset, UTF-8, Windows-1252), and
 * the HTML parse of the result. We decode ourselves and hand libxml2 UTF-8 only, because a
 * page's own <meta> is often wrong after a re-save and libxml2 would believe it. */
#include "ingest-input.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "ingest-arena.h"
#include "util.h"

/* How far into a page we look for a declared charset (browsers look at 1024 bytes; saved
 * pages put long <script>s first, so we look further). */
#define DECLARE_WINDOW 8192

/* Length of the valid UTF-8 sequence at P (at most N bytes), 0 when invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
	uint32_t cp;
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if ((p[0] & 0xF0) == 0xE0) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? 3 : 0;
	}
	if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
			return 0;
		cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
		     (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
		return cp >= 0x10000 && cp <= 0x10FFFF ? 4 : 0;
	}
	return 0;
}

/* Counts multi-byte UTF-8 sequences and invalid bytes. */
static void utf8_census(const char *buf, size_t len, size_t *multi, size_t *invalid)
{
	const unsigned char *p = (const unsigned char *)buf;
	*multi = *invalid = 0;
	for (size_t i = 0; i < len;) {
		uint64_t word;
		size_t n;
		/* runs of ASCII (most of any page) eight bytes at a time */
		if (i + 8 <= len) {
			memcpy(&word, p + i, 8);
			if (!(word & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		n = utf8_seq(p + i, len - i);
		if (n == 0) {
			(*invalid)++;
			n = 1;
		} else if (n > 1) {
			(*multi)++;
		}
		i += n;
	}
}

/* Copies UTF-8, replacing invalid bytes by U+FFFD and dropping NUL bytes. */
static void utf8_repair(const char *buf, size_t len, struct strbuf *out)
{
	const unsigned char *p = (const unsigned char *)buf;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_seq(p + i, len - i);
		if (n == 0) {
			sb_add(out, "\xEF\xBF\xBD");
			i++;
		} else {
			if (p[i] != 0)
				sb_addn(out, buf + i, n);
			i += n;
		}
	}
}

/* Converts with iconv; a byte sequence the charset does not define becomes U+FFFD. */
static bool convert(const char *from, size_t unit, const char *buf, size_t len, struct strbuf *out)
{
	iconv_t cd = iconv_open("UTF-8", from);
	char chunk[8192];
	char *in = (char *)buf;
	size_t inleft = len;

	if (cd == (iconv_t)-1)
		return false;
	while (inleft > 0) {
		char *o = chunk;
		size_t oleft = sizeof chunk;
		size_t rc = iconv(cd, &in, &inleft, &o, &oleft);
		for (char *c = chunk; c < o; c++) /* NUL bytes would end the text early */
			if (*c)
				sb_addc(out, *c);
		if (rc != (size_t)-1 || errno == E2BIG)
			continue;
		sb_add(out, "\xEF\xBF\xBD");
		if (errno == EINVAL) /* cut short at the end */
			break;
		size_t skip = unit < inleft ? unit : inleft;
		in += skip;
		inleft -= skip;
	}
	iconv_close(cd);
	return true;
}

/* Labels pages use, mapped to what iconv calls them (after the WHATWG encoding standard:
 * Latin-1 and ASCII labels mean Windows-1252, GB2312 means GB18030, ...). */
static const struct {
	const char *label; /* as a page writes it, lower case */
	const char *name;  /* the iconv name; "UTF-8" also for utf-16 named in a meta */
} labels[] = {
	{"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
	{"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},
	{"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"},
	{"latin1", "WINDOWS-1252"}, {"latin-1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"},
	{"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"}, {"ansi_x3.4-1968", "WINDOWS-1252"},
	{"cp1252", "WINDOWS-1252"}, {"windows-1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
	{"cp819", "WINDOWS-1252"}, {"ibm819", "WINDOWS-1252"}, {"iso-ir-100", "WINDOWS-1252"},
	{"iso-8859-15", "ISO-8859-15"}, {"latin9", "ISO-8859-15"}, {"l9", "ISO-8859-15"},
	{"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"}, {"tis-620", "WINDOWS-874"},
	{"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"gb18030", "GB18030"},
	{"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
	{"windows-31j", "CP932"}, {"ms_kanji", "CP932"}, {"euc-kr", "CP949"},
	{"ks_c_5601-1987", "CP949"}, {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"},
};

/* The iconv name for a declared LABEL; NULL for labels we do not know (iconv may). */
static const char *label_name(const char *label)
{
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcasecmp(label, labels[i].label) == 0)
			return labels[i].name;
	return NULL;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Reads one attribute at *p (before END) into name/value; false at '>' or the end. */
static bool next_attr(const char **p, const char *end, struct strbuf *name, struct strbuf *value)
{
	const char *s = *p;
	sb_clear(name);
	sb_clear(value);
	while (s < end && (is_space(*s) || *s == '/'))
		s++;
	if (s >= end || *s == '>') {
		*p = s;
		return false;
	}
	while (s < end && !is_space(*s) && *s != '=' && *s != '>' && *s != '/')
		sb_addc(name, *s++);
	while (s < end && is_space(*s))
		s++;
	if (s < end && *s == '=') {
		s++;
		while (s < end && is_space(*s))
			s++;
		if (s < end && (*s == '"' || *s == '\'')) {
			char q = *s++;
			while (s < end && *s != q)
				sb_addc(value, *s++);
			if (s < end)
				s++;
		} else {
			while (s < end && !is_space(*s) && *s != '>')
				sb_addc(value, *s++);
		}
	}
	sb_addn(name, "", 0);
	sb_addn(value, "", 0);
	*p = s;
	return true;
}

/* "text/html; charset=ISO-8859-1" -> "ISO-8859-1" (malloc'd), NULL when absent. */
static char *charset_from_content(const char *content)
{
	const char *p = strcasestr(content, "charset");
	if (!p)
		return NULL;
	p += 7;
	while (is_space(*p))
		p++;
	if (*p != '=')
		return NULL;
	p++;
	while (is_space(*p) || *p == '"' || *p == '\'')
		p++;
	size_t n = strcspn(p, " \t\n\r;\"'");
	return n ? xstrndup(p, n) : NULL;
}

/* A <meta> tag's attributes, from just after "<meta". */
static char *meta_charset(const char **p, const char *end)
{
	struct strbuf name = {0}, value = {0};
	char *charset = NULL, *content = NULL;
	bool content_type = false;
	while (next_attr(p, end, &name, &value)) {
		if (strcasecmp(name.s, "charset") == 0 && !charset && value.len)
			charset = xstrdup(value.s);
		else if (strcasecmp(name.s, "http-equiv") == 0)
			content_type = strcasecmp(value.s, "content-type") == 0;
		else if (strcasecmp(name.s, "content") == 0 && !content)
			content = xstrdup(value.s);
	}
	if (!charset && content_type && content)
		charset = charset_from_content(content);
	free(content);
	sb_free(&name);
	sb_free(&value);
	return charset;
}

/* The XML declaration's encoding: <?xml version="1.0" encoding="UTF-8"?>. */
static char *xml_encoding(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len, *close;
	while (p < end && is_space(*p))
		p++;
	if ((size_t)(end - p) < 6 || strncmp(p, "<?xml", 5) != 0 || !is_space(p[5]))
		return NULL;
	close = memmem(p, (size_t)(end - p), "?>", 2);
	if (!close)
		return NULL;
	for (const char *q = p; q + 8 < close; q++) {
		if (strncmp(q, "encoding", 8) != 0)
			continue;
		q += 8;
		while (q < close && (is_space(*q) || *q == '='))
			q++;
		if (q < close && (*q == '"' || *q == '\'')) {
			const char *v = q + 1, *e = memchr(v, *q, (size_t)(close - v));
			if (e && e > v)
				return xstrndup(v, (size_t)(e - v));
		}
		return NULL;
	}
	return NULL;
}

char *ingest_declared_charset(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + (len < DECLARE_WINDOW ? len : DECLARE_WINDOW);
	struct strbuf name = {0}, value = {0};
	char *found = NULL;

	while (p < end && !found) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		if (!lt)
			break;
		p = lt + 1;
		if ((size_t)(end - p) >= 3 && strncmp(p, "!--", 3) == 0) {
			const char *close = memmem(p + 3, (size_t)(end - p - 3), "-->", 3);
			p = close ? close + 3 : end;
		} else if ((size_t)(end - p) >= 5 && strncasecmp(p, "meta", 4) == 0 &&
			   (is_space(p[4]) || p[4] == '/')) {
			p += 4;
			found = meta_charset(&p, end);
		} else if (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
			/* another tag: skip its name and attributes (quoted values may hold '>') */
			while (p < end && !is_space(*p) && *p != '>')
				p++;
			while (next_attr(&p, end, &name, &value))
				;
		}
	}
	sb_free(&name);
	sb_free(&value);
	return found ? found : xml_encoding(buf, len);
}

bool ingest_looks_like_html(const char *text, size_t len)
{
	static const char *const marks[] = {"<html", "<!doctype html", "<head", "<body", "<meta",
					    "<div", "<p>", "<table", "<title", NULL};
	size_t n = len < 2048 ? len : 2048;
	const char *p = text;
	while (p < text + n && is_space(*p))
		p++;
	if (p < text + n && *p == '<' && (p[1] == '!' || p[1] == '?'))
		return true;
	for (int i = 0; marks[i]; i++) {
		size_t ml = strlen(marks[i]);
		for (const char *q = text; q + ml <= text + n; q++)
			if (strncasecmp(q, marks[i], ml) == 0)
				return true;
	}
	return false;
}

/* The byte-order mark at the start, if any: its iconv name, length and code-unit size. */
static const char *bom(const unsigned char *b, size_t len, size_t *skip, size_t *unit)
{
	*skip = 0;
	*unit = 1;
	if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
		*skip = 3;
		return "UTF-8";
	}
	if (len >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
		*skip = *unit = 4;
		return "UTF-32LE";
	}
	if (len >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
		*skip = *unit = 4;
		return "UTF-32BE";
	}
	if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
		*skip = *unit = 2;
		return "UTF-16LE";
	}
	if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
		*skip = *unit = 2;
		return "UTF-16BE";
	}
	/* No mark, but ASCII text with every other byte zero is UTF-16 all the same. */
	if (len >= 4) {
		size_t n = len < 512 ? len & ~(size_t)1 : 512, even = 0, odd = 0;
		for (size_t i = 0; i < n; i += 2) {
			even += b[i] == 0;
			odd += b[i + 1] == 0;
		}
		*unit = 2;
		if (odd * 10 >= n / 2 * 9 && even == 0)
			return "UTF-16LE";
		if (even * 10 >= n / 2 * 9 && odd == 0)
			return "UTF-16BE";
		*unit = 1;
	}
	return NULL;
}

/* TAKE, when not NULL, is the malloc'd, NUL-terminated buffer BUF itself: clean UTF-8 without
 * a byte-order mark becomes the text as it is, without a copy, and *take is set to NULL. */
static void decode(const char *buf, size_t len, bool html, char **take, struct ingest_text *out)
{
	struct strbuf b = {0};
	size_t skip, unit, multi, invalid;
	const char *enc = bom((const unsigned char *)buf, len, &skip, &unit);
	char *declared = NULL;

	if (enc && strcmp(enc, "UTF-8") != 0) {
		if (convert(enc, unit, buf + skip, len - skip, &b))
			goto done;
		enc = NULL;
	}
	buf += skip;
	len -= skip;
	if (!enc && html && (declared = ingest_declared_charset(buf, len)))
		enc = label_name(declared) ? label_name(declared) : declared; /* iconv may know it */
	utf8_census(buf, len, &multi, &invalid);
	/* Re-saved pages keep a Latin-1 meta over UTF-8 bytes, and misconfigured servers
	 * declare UTF-8 over Latin-1: real Latin-1 text is almost never valid UTF-8 with
	 * multi-byte sequences in it, and UTF-8 text always has them. */
	if (enc && strcmp(enc, "WINDOWS-1252") == 0 && invalid == 0 && multi > 0)
		enc = "UTF-8";
	else if (enc && skip == 0 && strcmp(enc, "UTF-8") == 0 && invalid > 0 && multi == 0)
		enc = "WINDOWS-1252";
	if (enc && strcmp(enc, "UTF-8") != 0) {
		if (convert(enc, 1, buf, len, &b))
			goto done;
		enc = NULL; /* a label iconv does not know: guess as if none was given */
	}
	if (!enc)
		enc = invalid == 0 || multi > invalid ? "UTF-8" : "WINDOWS-1252";
	if (strcmp(enc, "UTF-8") == 0 && invalid == 0 && !memchr(buf, 0, len) && take &&
	    skip == 0) {
		/* nothing to repair, and the buffer read is ours: it is the text */
		b.s = *take;
		b.cap = len + 1;
		b.len = len;
		*take = NULL;
	}
	else if (strcmp(enc, "UTF-8") == 0 && invalid == 0 && !memchr(buf, 0, len)) {
		/* nothing to repair: one copy, without growing the buffer on the way */
		b.s = xmalloc(len + 1);
		b.cap = len + 1;
		memcpy(b.s, buf, len);
		b.s[len] = '\0';
		b.len = len;
	}
	else if (strcmp(enc, "UTF-8") == 0)
		utf8_repair(buf, len, &b);
	else
		convert(enc, 1, buf, len, &b);
done:
	sb_addn(&b, "", 0);
	snprintf(out->charset, sizeof out->charset, "%s", enc);
	out->len = b.len;
	out->s = sb_take(&b);
	free(declared);
}

void ingest_decode(const char *buf, size_t len, bool html, struct ingest_text *out)
{
	decode(buf, len, html, NULL, out);
}

void ingest_decode_input(struct ingest_input *in, bool html, struct ingest_text *out)
{
	decode(in->data, in->len, html, &in->data, out);
	free(in->data);
	in->data = NULL;
}

htmlDocPtr ingest_parse_html(const char *text, size_t len, const char *name, struct strbuf *err)
{
	htmlParserCtxtPtr ctxt;
	htmlDocPtr doc;
	struct html_census census, *kept;
	/* XML_PARSE_HUGE lifts libxml2's limits (256 levels, 10 MB text nodes) that would
	 * otherwise cut the tree silently; our own caps (size, depth) apply instead. */
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		   HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;

	if (len > INGEST_MAX_BYTES) {
		sb_addf(err, "%s: too large to parse", name);
		return NULL;
	}
	ingest_arena_begin();
	ctxt = htmlNewParserCtxt();
	if (!ctxt) {
		ingest_arena_end(NULL);
		sb_addf(err, "%s: cannot parse: out of memory", name);
		return NULL;
	}
	doc = htmlCtxtReadMemory(ctxt, text, (int)len, NULL, "UTF-8", opts);
	htmlFreeParserCtxt(ctxt);
	if (!doc || !xmlDocGetRootElement(doc)) {
		ingest_arena_end(doc);
		sb_addf(err, "%s: no HTML in the file", name);
		goto fail;
	}
	/* one walk checks the depth and takes the census the adapters' searches use; the
	 * census lives in the arena, so it goes when the document goes */
	if (!html_census_fill(doc, &census, INGEST_MAX_DEPTH)) {
		html_census_drop_metas(&census);
		ingest_arena_end(doc);
		sb_addf(err, "%s: elements nested more than %d deep; refused", name, INGEST_MAX_DEPTH);
		goto fail;
	}
	if (census.metas && !ingest_arena_has(census.metas))
		html_census_drop_metas(&census); /* it would outlive the document */
	kept = xmlMalloc(sizeof *kept);
	if (kept && ingest_arena_has(kept)) {
		*kept = census;
		doc->_private = kept;
	} else {
		xmlFree(kept);
		html_census_drop_metas(&census);
	}
	ingest_arena_end(doc);
	return doc;
fail:
	xmlFreeDoc(doc);
	return NULL;
}

void ingest_html_free(htmlDocPtr doc)
{
	if (doc && !ingest_arena_release(doc))
		xmlFreeDoc(doc);
}

void ingest_text_free(struct ingest_text *t)
{
	free(t->s);
	t->s = NULL;
	t->len = 0;
}
