#!/usr/bin/env bash
# The full reader: a digest entry with its review sections under their headings, scrolling,
# q back to the list; opening a paper marks it read.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

# paper 22: the digest entry from Columbia University, with all six review sections
TUI_ROWS=24 tui_start -- --query 'inst:columbia'
tui_wait 'Papers  1 of 40' "--query starts with a filter"
like "$(printf '%s\n' "$screen" | tail -1)" '^ inst:columbia ' "shown in the status line"
tui_keys Enter
tui_wait '─ Paper [0-9]+ ─' "Enter opens the full reader"
like "$screen" '\(untitled\)' "a digest entry without a title says so"
like "$screen" 'Institutions Columbia University \(primary\)' "the primary institution is marked"
like "$screen" 'Score +8\.5' "its score"
like "$screen" 'Read +yes' "opening it marked it read"
like "$screen" 'Abstract' "the abstract heading"
like "$screen" 'TL;DR' "the first review section is on the first page"
tui_keys G
tui_wait 'Broader impact' "G scrolls to the end: the last review section"
like "$screen" 'Limitations' "limitations are there"
like "$screen" 'Broad impact on probabilistic programs\.' "with its text"
tui_keys g
tui_wait 'Institutions Columbia' "g back to the top"
tui_keys PageDown
tui_wait_gone 'Institutions Columbia' "PgDn scrolls a page"
run "$PB" --db "$DB" list 'inst:columbia unread' --format tsv
is "$rc:$out" "0:" "the CLI sees it read"
tui_keys q
tui_wait 'Papers  1 of 40' "q goes back to the list"
like "$screen" '─ Abstract ─' "the panes are back"

# read papers are drawn dimmed (the theme's "read" element); with the default theme's
# 256 colours that is the foreground #6c6c6c = colour 242
tui_keys c
tui_wait 'Papers  40 · ' "all papers"
esc=$(tui_screen_escapes)
like "$(printf '%s\n' "$esc" | grep 'Rethinking Positional')" '38;5;242m' "a read paper is dimmed"
unlike "$(printf '%s\n' "$esc" | grep 'Reward Shaping')" '38;5;242m' "an unread one is not"

tui_keys q
tui_wait_exit
tui_check_stderr
done_testing
