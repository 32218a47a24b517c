/* html.c — small DOM helpers for the HTML adapters: walk, find, attributes, metas, text, URLs. */
#include "html.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/uri.h>

#include "text.h"
#include "util.h"

/* FNV-1a of NAME (ASCII letters folded, as element names match) and KIND; two bits of 512. */
static void census_bits(enum html_census_kind kind, const char *name, size_t len, unsigned *b1,
			unsigned *b2)
{
	unsigned long long h = 14695981039346656037ull ^ (unsigned)kind;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		h = (h ^ c) * 1099511628211ull;
	}
	*b1 = (unsigned)(h & 511);
	*b2 = (unsigned)((h >> 23) & 511);
}

static void census_add(struct html_census *c, enum html_census_kind kind, const char *name,
		       size_t len)
{
	unsigned b1, b2;
	census_bits(kind, name, len, &b1, &b2);
	c->bits[b1 >> 6] |= 1ull << (b1 & 63);
	c->bits[b2 >> 6] |= 1ull << (b2 & 63);
}

static bool is_class_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static const char *attr_value(xmlNodePtr n, const char *name, xmlChar **owned);

/* Element N's name, attribute names and class words into C. */
static void census_element(struct html_census *c, xmlNodePtr n)
{
	census_add(c, HTML_ELEMENT, (const char *)n->name, strlen((const char *)n->name));
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		census_add(c, HTML_ATTRIBUTE, (const char *)a->name, strlen((const char *)a->name));
		if (strcmp((const char *)a->name, "class") == 0) {
			xmlChar *owned;
			const char *v = attr_value(n, "class", &owned);
			for (const char *p = v; p && *p;) {
				while (is_class_space(*p))
					p++;
				const char *e = p;
				while (*e && !is_class_space(*e))
					e++;
				if (e > p)
					census_add(c, HTML_CLASS, p, (size_t)(e - p));
				p = e;
			}
			xmlFree(owned);
		}
	}
}

/* Adds META to the list when it is below ROOT (html_metas_read searches there only). */
static void census_meta(struct html_census *c, xmlNodePtr meta, xmlNodePtr root)
{
	xmlNodePtr p = meta;
	while (p && p != root)
		p = p->parent;
	if (!p || !c->metas_known)
		return;
	if (c->nmetas == c->metas_cap) {
		size_t cap = c->metas_cap ? 2 * c->metas_cap : 32;
		xmlNodePtr *v = xmlRealloc(c->metas, cap * sizeof *v);
		if (!v) {
			html_census_drop_metas(c);
			return;
		}
		c->metas = v;
		c->metas_cap = cap;
	}
	c->metas[c->nmetas++] = meta;
}

void html_census_drop_metas(struct html_census *c)
{
	xmlFree(c->metas);
	c->metas = NULL;
	c->nmetas = c->metas_cap = 0;
	c->metas_known = false;
}

bool html_census_fill(htmlDocPtr doc, struct html_census *c, int max_depth)
{
	xmlNodePtr n = doc->children, root = xmlDocGetRootElement(doc);
	int depth = 1;

	memset(c, 0, sizeof *c);
	c->magic = HTML_CENSUS_MAGIC;
	c->metas_known = true;
	/* no recursion: the tree may be as deep as the page is long */
	while (n) {
		if (n->type == XML_ELEMENT_NODE) {
			census_element(c, n);
			if (html_is(n, "meta"))
				census_meta(c, n, root);
		}
		if (n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			if (++depth > max_depth)
				return false;
			continue;
		}
		while (n && !n->next) {
			n = n->parent;
			depth--;
			if (!n || n == (xmlNodePtr)doc)
				return true;
		}
		if (n)
			n = n->next;
	}
	return true;
}

bool html_may_have(xmlNodePtr n, enum html_census_kind kind, const char *name)
{
	const struct html_census *c = n && n->doc ? n->doc->_private : NULL;
	unsigned b1, b2;

	if (!c || c->magic != HTML_CENSUS_MAGIC)
		return true;
	census_bits(kind, name, strlen(name), &b1, &b2);
	return (c->bits[b1 >> 6] >> (b1 & 63) & 1) && (c->bits[b2 >> 6] >> (b2 & 63) & 1);
}

xmlNodePtr html_root(htmlDocPtr doc)
{
	return doc ? xmlDocGetRootElement(doc) : NULL;
}

bool html_name_is(const char *name, const char *lit)
{
	return ((unsigned char)name[0] | 0x20) == ((unsigned char)lit[0] | 0x20) &&
	       strcasecmp(name, lit) == 0;
}

bool html_is(xmlNodePtr n, const char *tag)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return false;
	/* most elements differ in the first letter already (walks test every element) */
	return !tag || (((unsigned char)n->name[0] | 0x20) == ((unsigned char)tag[0] | 0x20) &&
			strcasecmp((const char *)n->name, tag) == 0);
}

xmlAttrPtr html_prop(xmlNodePtr n, const char *name)
{
	xmlDtdPtr dtd = n->doc ? n->doc->intSubset : NULL;

	for (xmlAttrPtr a = n->properties; a; a = a->next)
		if (a->name[0] == (unsigned char)name[0] && strcmp((const char *)a->name, name) == 0)
			return a;
	/* defaults declared in a DTD, which xmlHasProp also looks at (the HTML parser makes
	 * none; the fast loop above is all a page needs) */
	if (dtd && dtd->attributes)
		return xmlHasProp(n, (const xmlChar *)name);
	return NULL;
}

/* The value of attribute NAME of element N: straight from the tree when it is one text node
 * (as the HTML parser makes it), else a copy left in *OWNED for xmlFree(). NULL: absent. */
static const char *attr_value(xmlNodePtr n, const char *name, xmlChar **owned)
{
	xmlAttrPtr a = html_prop(n, name);
	*owned = NULL;
	if (!a)
		return NULL;
	if (a->type == XML_ATTRIBUTE_NODE && a->children && !a->children->next &&
	    a->children->type == XML_TEXT_NODE)
		return (const char *)a->children->content;
	*owned = xmlGetProp(n, (const xmlChar *)name);
	return (const char *)*owned;
}

bool html_has_class(xmlNodePtr n, const char *cls)
{
	xmlChar *owned;
	const char *v;
	bool found = false;
	size_t len = strlen(cls);

	if (!html_is(n, NULL))
		return false;
	v = attr_value(n, "class", &owned);
	if (!v)
		return false;
	for (const char *p = (const char *)v; *p && !found;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
			p++;
		const char *e = p;
		while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r' && *e != '\f')
			e++;
		found = (size_t)(e - p) == len && len > 0 && strncmp(p, cls, len) == 0;
		p = e;
	}
	xmlFree(owned);
	return found;
}

bool html_match(xmlNodePtr n, const char *tag, const char *cls)
{
	return html_is(n, tag) && (!cls || html_has_class(n, cls));
}

char *html_attr(xmlNodePtr n, const char *name)
{
	xmlChar *owned;
	const char *v;
	char *out;

	if (!html_is(n, NULL))
		return NULL;
	v = attr_value(n, name, &owned);
	out = v ? xstrdup(v) : NULL;
	xmlFree(owned);
	return out;
}

bool html_has_attr(xmlNodePtr n, const char *name)
{
	return html_is(n, NULL) && html_prop(n, name) != NULL;
}

static xmlNodePtr first_element(xmlNodePtr n)
{
	while (n && n->type != XML_ELEMENT_NODE)
		n = n->next;
	return n;
}

xmlNodePtr html_next_element(xmlNodePtr n)
{
	return n ? first_element(n->next) : NULL;
}

xmlNodePtr html_next_skip(xmlNodePtr n, xmlNodePtr top)
{
	while (n && n != top) {
		xmlNodePtr s = first_element(n->next);
		if (s)
			return s;
		n = n->parent;
	}
	return NULL;
}

xmlNodePtr html_next(xmlNodePtr n, xmlNodePtr top)
{
	xmlNodePtr c;

	if (!n)
		return NULL;
	c = first_element(n->children);
	if (c)
		return c;
	return html_next_skip(n, top);
}

xmlNodePtr html_find_after(xmlNodePtr top, xmlNodePtr after, const char *tag, const char *cls)
{
	if ((tag && !html_may_have(top, HTML_ELEMENT, tag)) ||
	    (cls && !html_may_have(top, HTML_CLASS, cls)))
		return NULL;
	for (xmlNodePtr n = html_next(after ? after : top, top); n; n = html_next(n, top))
		if (html_match(n, tag, cls))
			return n;
	return NULL;
}

xmlNodePtr html_find(xmlNodePtr top, const char *tag, const char *cls)
{
	return top ? html_find_after(top, NULL, tag, cls) : NULL;
}

xmlNodePtr html_ancestor(xmlNodePtr n, const char *tag, const char *cls)
{
	for (n = n ? n->parent : NULL; n; n = n->parent)
		if (html_match(n, tag, cls))
			return n;
	return NULL;
}

bool html_is_heading(xmlNodePtr n)
{
	return html_is(n, NULL) && (n->name[0] == 'h' || n->name[0] == 'H') &&
	       n->name[1] >= '1' && n->name[1] <= '6' && n->name[2] == '\0';
}

void html_metas_read(htmlDocPtr doc, struct html_metas *out)
{
	static const char *const keys[] = {"name", "property", "itemprop"};
	xmlNodePtr top = html_root(doc);
	size_t cap = 0;

	const struct html_census *census = doc ? doc->_private : NULL;
	size_t next = 0;

	out->v = NULL;
	out->n = 0;
	if (!html_may_have(top, HTML_ELEMENT, "meta"))
		return;
	if (census && (census->magic != HTML_CENSUS_MAGIC || !census->metas_known))
		census = NULL;
	/* the parse listed the metas: no walk */
	for (xmlNodePtr n = census ? (census->nmetas ? census->metas[next++] : NULL) : top; n;
	     n = census ? (next < census->nmetas ? census->metas[next++] : NULL) : html_next(n, top)) {
		char *name = NULL, *content;
		if (!html_is(n, "meta"))
			continue;
		for (size_t k = 0; k < sizeof keys / sizeof keys[0] && !name; k++)
			name = html_attr(n, keys[k]);
		content = name ? html_attr(n, "content") : NULL;
		if (!name || !content) {
			free(name);
			free(content);
			continue;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 32;
			out->v = xrealloc(out->v, cap * sizeof *out->v);
		}
		out->v[out->n].name = name;
		out->v[out->n].content = content;
		out->n++;
	}
}

void html_metas_free(struct html_metas *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->v[i].name);
		free(m->v[i].content);
	}
	free(m->v);
	m->v = NULL;
	m->n = 0;
}

const char *html_metas_get(const struct html_metas *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->v[i].name, name) == 0 && !str_empty(m->v[i].content))
			return m->v[i].content;
	return NULL;
}

const char *html_metas_get_nocase(const struct html_metas *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcasecmp(m->v[i].name, name) == 0 && !str_empty(m->v[i].content))
			return m->v[i].content;
	return NULL;
}

char *html_text(xmlNodePtr n)
{
	return text_node(n);
}

static void drop_matching(xmlNodePtr n, bool (*drop)(xmlNodePtr, void *), void *ctx)
{
	xmlNodePtr c = n->children;
	while (c) {
		xmlNodePtr next = c->next;
		if (c->type == XML_ELEMENT_NODE) {
			if (drop(c, ctx)) {
				xmlUnlinkNode(c);
				xmlFreeNode(c);
			} else {
				drop_matching(c, drop, ctx);
			}
		}
		c = next;
	}
}

char *html_text_except(xmlNodePtr n, bool (*drop)(xmlNodePtr el, void *ctx), void *ctx)
{
	xmlNodePtr copy;
	char *out;

	if (!n)
		return NULL;
	/* Work on a copy so the page's tree stays whole for the next look. */
	copy = xmlDocCopyNode(n, n->doc, 1);
	if (!copy)
		return NULL;
	drop_matching(copy, drop, ctx);
	out = text_node(copy);
	xmlFreeNode(copy);
	return out;
}

static bool is_descriptor(xmlNodePtr el, void *ctx)
{
	(void)ctx;
	return html_has_class(el, "descriptor");
}

char *html_text_nodesc(xmlNodePtr n)
{
	return html_text_except(n, is_descriptor, NULL);
}

char *html_title(htmlDocPtr doc)
{
	return html_text(html_find(html_root(doc), "title", NULL));
}

/* S with what may not stand in a URL percent-encoded, as a browser sends it: blanks, quotes,
 * angle brackets, non-ASCII bytes, a '%' that starts no escape. NULL in, NULL out. */
static char *url_escape(const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	struct strbuf b = {0};

	if (!s)
		return NULL;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		bool escape = *p <= 0x20 || *p >= 0x7F || strchr("\"<>\\^`{|}", *p) ||
		              (*p == '%' && !(isxdigit(p[1]) && isxdigit(p[2])));
		if (escape) {
			sb_addc(&b, '%');
			sb_addc(&b, hex[*p >> 4]);
			sb_addc(&b, hex[*p & 15]);
		} else {
			sb_addc(&b, (char)*p);
		}
	}
	return sb_take(&b);
}

char *html_url_resolve(const char *href, const char *base)
{
	xmlChar *built;
	char *out = NULL;
	char *clean = text_clean(href);
	char *link = url_escape(clean);
	char *from = url_escape(base ? base : "");

	if (!clean)
		goto done;
	built = xmlBuildURI((const xmlChar *)link, (const xmlChar *)from);
	/* libxml2 writes the host part of a base unescaped ("https://a%20b/" gives
	 * "https://a b/x"): the result is escaped once more. */
	if (built && (strncasecmp((const char *)built, "http://", 7) == 0 ||
	              strncasecmp((const char *)built, "https://", 8) == 0))
		out = url_escape((const char *)built);
	xmlFree(built);
done:
	free(from);
	free(link);
	free(clean);
	return out;
}
