/* text.h — text clean-up shared by every adapter: DOM text, whitespace, invisible characters,
 * readable LaTeX, entities in text dumps, cut snippets. All results are malloc'd UTF-8, NULL
 * when nothing is left.
 *
 *   text.c          DOM text, text_clean
 *   text-latex.c    text_latex_readable, text_has_latex (tables in text-symbols.c)
 *   text-dump.c     text_decode_entities, text_is_truncated
 */
#ifndef PB_TEXT_H
#define PB_TEXT_H

#include <stdbool.h>
#include <libxml/tree.h>

/* Text content of NODE and its descendants, cleaned as text_clean() does. Skips <script>,
 * <style>, <noscript> and the rendered MathJax spans (span.MathJax, span.MathJax_Preview, ...)
 * but keeps the TeX of <script type="math/tex"> as $...$ so a formula appears exactly once. */
char *text_node(xmlNodePtr node);

/* Collapses whitespace runs to one space, trims, drops control characters (escape sequences
 * whole: CSI, OSC, DCS, ...), zero-width characters and bidi overrides. */
char *text_clean(const char *s);

/* LaTeX made readable, then cleaned as text_clean() does: \emph{x} -> x, $4.45 \pm 0.30$ ->
 * 4.45 ± 0.30, $33{\to}92\%$ -> 33→92%, \href{u}{t} -> t, \cite{..} dropped, Greek letters and
 * operators as Unicode, $10^{-3}$ -> 10⁻³, $\hat R$ -> R̂, "--" -> "–". Unknown macros (\mname)
 * are kept. Text without LaTeX only gets text_clean(); "$5 and $10" is not mathematics. */
char *text_latex_readable(const char *s);
/* True when S holds a backslash command or a $...$ that reads as mathematics. */
bool text_has_latex(const char *s);

/* Decodes HTML entities a text dump kept as text ("&amp;", "&#x2013;", "&hellip;"); unknown
 * ones stay as written. Never NULL for a non-NULL S (it may return ""). */
char *text_decode_entities(const char *s);

/* True when S is a snippet the site cut short: it ends with "…" or "..." (also "… more",
 * "[...]") or starts with "…". A store keeps a full text over a truncated one. */
bool text_is_truncated(const char *s);

#endif
