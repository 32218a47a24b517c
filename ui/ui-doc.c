/* ui-doc.c — building styled, wrapped documents. */
#include "ui-doc.h"

#include <stdlib.h>
#include <string.h>

#include "ui-text.h"

void ui_doc_free(struct ui_doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		for (size_t j = 0; j < d->v[i].n; j++)
			free(d->v[i].spans[j].text);
		free(d->v[i].spans);
	}
	free(d->v);
	memset(d, 0, sizeof *d);
}

void ui_doc_newline(struct ui_doc *d)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 32;
		d->v = xrealloc(d->v, d->cap * sizeof *d->v);
	}
	d->v[d->n].spans = NULL;
	d->v[d->n].n = 0;
	d->n++;
}

/* Adds already sanitised text as a span. */
static void add_span(struct ui_doc *d, enum ui_element el, char *clean)
{
	struct ui_doc_line *l;
	if (d->n == 0)
		ui_doc_newline(d);
	l = &d->v[d->n - 1];
	l->spans = xrealloc(l->spans, (l->n + 1) * sizeof *l->spans);
	l->spans[l->n].el = el;
	l->spans[l->n].text = clean;
	l->n++;
}

void ui_doc_span(struct ui_doc *d, enum ui_element el, const char *text)
{
	add_span(d, el, uitext_sanitize(text, false));
}

void ui_doc_para(struct ui_doc *d, enum ui_element el, const char *text, int width, int indent)
{
	char *clean = uitext_sanitize(text, true);
	struct strlist lines = {0};
	if (indent < 0 || indent >= width)
		indent = 0;
	uitext_wrap(clean, width - indent, &lines);
	for (size_t i = 0; i < lines.n; i++) {
		ui_doc_newline(d);
		if (indent)
			add_span(d, el, xasprintf("%*s", indent, ""));
		add_span(d, el, lines.v[i]);
		lines.v[i] = NULL;
	}
	free(lines.v);
	free(clean);
}

void ui_doc_labelled(struct ui_doc *d, enum ui_element label_el, const char *label,
		     enum ui_element el, const char *text, int width)
{
	char *clean = uitext_sanitize(text, false);
	int lw = uitext_width(label) + 1;
	struct strlist lines = {0};
	if (lw >= width / 2)
		lw = 0;
	uitext_wrap(clean, width - lw, &lines);
	for (size_t i = 0; i < lines.n; i++) {
		ui_doc_newline(d);
		if (lw)
			add_span(d, label_el, i == 0 ? xasprintf("%s ", label)
						     : xasprintf("%*s", lw, ""));
		add_span(d, el, lines.v[i]);
		lines.v[i] = NULL;
	}
	free(lines.v);
	free(clean);
}
