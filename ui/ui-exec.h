/* ui-exec.h — leaving the reader for a moment: $EDITOR for notes, the browser for links (both
 * fork/execvp with an argv, never a shell), and the clipboard through OSC 52. */
#ifndef PB_UI_EXEC_H
#define PB_UI_EXEC_H

#include <stdbool.h>

#include "util.h"

/* Edits TEXT in $VISUAL, else $EDITOR, else vi, on a private temporary file, with curses
 * suspended. On success *OUT is the edited text without trailing newlines (malloc'd). */
bool ui_exec_editor(const char *text, char **out, struct strbuf *err);

/* True for an http:// or https:// URL without blanks or control characters. */
bool ui_exec_url_ok(const char *url);

/* Opens URL with COMMAND (the config's `set browser`; its words, "%s" replaced by the URL or
 * the URL added last), else each entry of $BROWSER (colon-separated), else xdg-open; detached,
 * output to /dev/null. Refuses URLs that ui_exec_url_ok rejects. */
bool ui_exec_browser(const char *command, const char *url, struct strbuf *err);

/* The OSC 52 sequence that puts TEXT on the terminal's clipboard (malloc'd). */
char *ui_exec_osc52(const char *text);
/* Writes it to the terminal. */
bool ui_exec_copy(const char *text, struct strbuf *err);

#endif
