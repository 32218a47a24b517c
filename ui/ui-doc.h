/* ui-doc.h — styled text laid out to a width: lines of spans, each span one theme element.
 * The abstract pane, the full reader and the help screen are documents. No curses here. */
#ifndef PB_UI_DOC_H
#define PB_UI_DOC_H

#include <stddef.h>

#include "ui-theme.h"
#include "util.h"

struct ui_span {
	enum ui_element el; /* how it is drawn */
	char *text;         /* sanitised text */
};

struct ui_doc_line {
	struct ui_span *spans; /* left to right; the line is cut with "…" where it overflows */
	size_t n;              /* how many */
};

struct ui_doc {
	struct ui_doc_line *v; /* the lines */
	size_t n;              /* how many */
	size_t cap;            /* allocated */
};

void ui_doc_free(struct ui_doc *d);
/* Starts an empty line. */
void ui_doc_newline(struct ui_doc *d);
/* Adds a span to the last line (starting one when there is none); TEXT is sanitised. */
void ui_doc_span(struct ui_doc *d, enum ui_element el, const char *text);
/* Adds TEXT (sanitised; newlines kept) word-wrapped to WIDTH, each line indented by INDENT
 * blanks. */
void ui_doc_para(struct ui_doc *d, enum ui_element el, const char *text, int width, int indent);
/* A labelled paragraph: "LABEL TEXT" with wrapped lines under TEXT. */
void ui_doc_labelled(struct ui_doc *d, enum ui_element label_el, const char *label,
		     enum ui_element el, const char *text, int width);

#endif
