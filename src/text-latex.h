/* text-latex.h — the tables behind text_latex_readable() (text-symbols.c), for text-latex.c. */
#ifndef PB_TEXT_LATEX_H
#define PB_TEXT_LATEX_H

#include <stdbool.h>

#include "util.h"

struct latex_symbol {
	const char *name; /* the command without its backslash: "alpha" */
	const char *text; /* what a reader should see: "α" */
};

/* The text for \NAME ("alpha" -> "α", "log" -> "log"), NULL when NAME is not a symbol. */
const char *latex_symbol(const char *name);
/* True when the symbol table is sorted (it is searched with bsearch; checked by a test). */
bool latex_symbols_sorted(void);

/* Accents: \'e, \"o, \c{c}, \hat{R}, ... CMD is the command without its backslash. */
bool latex_is_accent(const char *cmd);
/* Appends BASE with the accent: a precomposed letter where one is common ("é"), else BASE and
 * the combining mark ("R̂"); a BASE of more than one character is appended unaccented. */
void latex_accent_apply(const char *cmd, const char *base, struct strbuf *out);

/* Appends S as superscript (SUPER) or subscript characters ("-10" -> "⁻¹⁰") and returns true
 * when every character has such a form; otherwise appends nothing and returns false. */
bool latex_script(const char *s, bool super, struct strbuf *out);

/* \mathbb{R} -> "ℝ"; NULL for letters without a double-struck form. */
const char *latex_blackboard(const char *letter);

#endif
