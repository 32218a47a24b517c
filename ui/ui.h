/* ui.h — the reader (DESIGN.md §6): `paperboat` with no command. Everything that includes
 * curses lives in ui/; src/ only calls ui_main().
 *
 *   ui-main.c          options, config, start-up and the event loop
 *   ui-screen.c        curses on/off, signals, colours from the theme
 *   ui-draw.c          drawing text (sanitised, wide-char aware), frames
 *   ui-layout.c        where each pane goes at the current size (panes fold on narrow screens)
 *   ui-doc.c           styled, wrapped text (the abstract pane, the full reader, help)
 *   ui-pane-*.c        the panes (facets, list, abstract), each a struct ui_pane_ops
 *   ui-view-*.c        full-screen views (the full reader, help)
 *   ui-prompt.c        the one-line prompt with completion and error caret
 *   ui-picker.c        the institution/topic/tag picker
 *   ui-act-*.c         what the actions do: filters, the user's papers, links and export
 *   ui-exec.c          running $EDITOR and the browser (fork/execvp, never a shell), OSC 52
 *   ui-config.c        `set`, `bind`, `unbind`, `theme`, `search` in the config file
 *   ui-model.c         the view model (no curses): filter, rows, counts, facets, marks
 *   ui-filter.c        the filter as query text (no curses)
 *   ui-undo.c          undoing changes to the user's data (no curses)
 *   ui-keymap.c        key names and the keymap; ui-actions.c the action table
 *   ui-theme*.c        theme files and colour degradation; ui-text.c sanitising and widths
 */
#ifndef PB_UI_H
#define PB_UI_H

struct cli;

/* Runs the reader; ARGV holds the reader's options (--theme NAME, --query QUERY). Returns an
 * exit status. */
int ui_main(struct cli *cli, int argc, char **argv);

#endif
