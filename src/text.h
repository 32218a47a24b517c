/* text.h — text clean-up shared by every adapter: DOM text, whitespace, invisible characters,
 * readable LaTeX. All results are malloc'd UTF-8, NULL when nothing is left. */
#ifndef PB_TEXT_H
#define PB_TEXT_H

#include <stdbool.h>
#include <libxml/tree.h>

/* Text content of NODE and its descendants, cleaned as text_clean() does. Skips <script>,
 * <style>, <noscript> and the rendered MathJax spans (span.MathJax, span.MathJax_Preview, ...)
 * but keeps the TeX of <script type="math/tex"> as $...$ so a formula appears exactly once. */
char *text_node(xmlNodePtr node);

/* Collapses whitespace runs to one space, trims, drops control characters, zero-width
 * characters and bidi overrides. */
char *text_clean(const char *s);

/* LaTeX made readable: \emph{x} -> x, $4.45 \pm 0.30$ -> 4.45 ± 0.30, \href{u}{t} -> t. */
char *text_latex_readable(const char *s);
bool text_has_latex(const char *s);

#endif
