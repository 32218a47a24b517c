/* ingest-highwire-body.c — what landing pages keep in the body when their metas lack it: the
 * abstract container, body-only author names, and the guarded description fallback. */
#include "ingest-highwire.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter-util.h"
#include "html.h"
#include "text.h"
#include "util.h"

/* Site abstract containers, most specific first (tag NULL: any; cls2 NULL: one class). */
static const struct {
	const char *tag;  /* element name or NULL */
	const char *cls;  /* a class it must carry */
	const char *cls2; /* a second class it must carry, or NULL */
} containers[] = {
	{"blockquote", "abstract", NULL},                /* arXiv and its mirrors */
	{"div", "acl-abstract", NULL},                   /* ACL Anthology */
	{"div", "abstract", "author"},                   /* ScienceDirect (not the highlights) */
	{"div", "wd-jnl-art-abstract", NULL},            /* IOPscience */
	{"div", "field-name-field-paper-description", NULL}, /* USENIX */
	{"div", "page-header__intro-inner", NULL},       /* NBER */
	{NULL, "abstractSection", NULL},                 /* Wiley, T&F */
	{NULL, "abstract-content", NULL},                /* PubMed */
	{"section", "abstract", NULL},
	{"div", "abstract", NULL},
	{"div", "Abstract", NULL},
};

static bool is_abstract_word(const char *t)
{
	static const char *const words[] = {"Abstract", "Abstract:", "Abstract.", "Summary", "Summary:",
	                                    "ABSTRACT", "Résumé", "Abstract Abstract"};
	for (size_t i = 0; t && i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(t, words[i]) == 0)
			return true;
	return false;
}

/* Headings and labels that say "Abstract" inside the container. */
static bool is_label(xmlNodePtr el, void *ctx)
{
	char *text;
	bool yes;

	(void)ctx;
	if (html_has_class(el, "descriptor"))
		return true;
	if (!html_is_heading(el) && !html_has_class(el, "card-title"))
		return false;
	text = html_text(el);
	yes = is_abstract_word(text);
	free(text);
	return yes;
}

static bool is_side_block(xmlNodePtr n)
{
	return html_has_class(n, "author-highlights") || html_has_class(n, "graphical") ||
	       html_has_class(n, "highlights");
}

/* An element carrying an id such as "Abs1" (Springer's abstract sections). */
static bool is_springer_abstract(xmlNodePtr n)
{
	char *id = html_attr(n, "id");
	bool yes = id && strncmp(id, "Abs", 3) == 0 && id[3] >= '1' && id[3] <= '9' &&
	           strchr(id, '-') == NULL;
	free(id);
	return yes;
}

/* The siblings after a heading "Abstract", up to the next heading. */
static char *text_after_heading(xmlNodePtr h)
{
	struct strbuf b = {0};
	char *out;

	for (xmlNodePtr s = html_next_element(h); s && !html_is_heading(s); s = html_next_element(s)) {
		char *t = html_text_except(s, is_label, NULL);
		if (t) {
			if (b.len)
				sb_addc(&b, ' ');
			sb_add(&b, t);
		}
		free(t);
	}
	out = text_clean(b.s ? b.s : "");
	sb_free(&b);
	return out;
}

char *highwire_body_abstract(xmlNodePtr top)
{
	for (size_t i = 0; i < sizeof containers / sizeof containers[0]; i++) {
		for (xmlNodePtr n = html_find(top, containers[i].tag, containers[i].cls); n;
		     n = html_find_after(top, n, containers[i].tag, containers[i].cls)) {
			char *t;
			if (is_side_block(n) || (containers[i].cls2 && !html_has_class(n, containers[i].cls2)))
				continue;
			t = html_text_except(n, is_label, NULL);
			if (t && strlen(t) >= 40)
				return t;
			free(t);
		}
	}
	for (xmlNodePtr n = top; n; n = html_next(n, top)) {
		char *t = NULL;
		if (is_springer_abstract(n)) {
			t = html_text_except(n, is_label, NULL);
		} else if (html_is_heading(n)) {
			char *h = html_text(n);
			if (is_abstract_word(h))
				t = text_after_heading(n);
			free(h);
		}
		if (t && strlen(t) >= 40)
			return t;
		free(t);
	}
	return NULL;
}

/* Reference lists name authors too; only names outside them count. */
static bool in_references(xmlNodePtr n)
{
	for (xmlNodePtr a = n->parent; a; a = a->parent) {
		char *id = html_attr(a, "id"), *cls = html_attr(a, "class");
		bool yes = (id && (strcasestr(id, "reference") || strcasestr(id, "biblio"))) ||
		           (cls && (strcasestr(cls, "reference") || strcasestr(cls, "biblio")));
		free(id);
		free(cls);
		if (yes)
			return true;
	}
	return false;
}

void highwire_body_authors(struct paper *p, xmlNodePtr top)
{
	for (xmlNodePtr g = html_find(top, NULL, "given-name"); g; g = html_find_after(top, g, NULL, "given-name")) {
		xmlNodePtr s = html_next_element(g);
		char *given, *sur, *name;
		if (!html_has_class(s, "surname") || in_references(g))
			continue;
		given = html_text(g);
		sur = html_text(s);
		if (given && sur) {
			name = xasprintf("%s %s", given, sur);
			if (!strlist_has(&p->authors, name))
				paper_add_author(p, name);
			free(name);
		}
		free(given);
		free(sur);
	}
}

/* Site boilerplate that some pages put in every description meta. */
static bool is_boilerplate(const char *d)
{
	static const char *const phrases[] = {
		"Founded in 1920, the NBER", "Just a moment...", "Enable JavaScript and cookies",
		"Papers With Code highlights",
	};
	for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
		if (strcasestr(d, phrases[i]))
			return true;
	return false;
}

/* The family name of NAME: its last word. */
static const char *last_word(const char *name)
{
	const char *sp = strrchr(name, ' ');
	return sp ? sp + 1 : name;
}

char *highwire_description(const struct html_metas *m, const struct paper *p)
{
	static const char *const names[] = {"og:description", "description", "twitter:description"};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *d = text_clean(html_metas_get(m, names[i]));
		bool ok = d && strlen(d) >= 200 && !is_boilerplate(d) &&
		          !(p->title && strcasecmp(d, p->title) == 0);
		/* ACL's description is "Authors. Venue. Year." — a citation, not an abstract. */
		if (ok && p->authors.n > 0) {
			const char *fam = last_word(p->authors.v[0]);
			const char *hit = strstr(d, fam);
			ok = !(hit && hit - d < 60);
		}
		if (ok)
			return d;
		free(d);
	}
	return NULL;
}
