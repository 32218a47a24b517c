#!/usr/bin/env bash
# Resizing: panes fold away on narrow and short terminals (down to 40x12) and come back when
# it grows; a resize inside a prompt or the picker redraws at the new size too.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

tui_start
tui_wait 'Papers  40 · score' "opened at 120x40"
like "$screen" '─ Facets ─' "facets shown"
like "$screen" '─ Abstract ─' "abstract shown"

tui_resize 40 12
tui_wait '^┌─ Papers  40 · score ▼ ─+┐$' "at 40x12 the list takes the screen"
unlike "$screen" 'Facets|Abstract' "facets and abstract folded away"
is "$(printf '%s\n' "$screen" | wc -l | tr -d ' ')" 12 "twelve lines"
like "$(tui_line 2)" '^│ ★   100  Sparse Attention Scales to …│$' \
	"rows fit 40 columns (no date column), cut with …"
like "$(printf '%s\n' "$screen" | tail -1)" '^ all papers' "the status line is there"

tui_keys j
tui_wait '^│ ★    58  Agent Attention' "keys work while narrow"

tui_resize 120 40
tui_wait '─ Facets ─' "the facets come back when it widens"
like "$screen" '─ Abstract ─' "and the abstract"
like "$screen" 'score 58 · 2023-12-14' "the selection was kept"

# a resize inside the picker and inside a prompt
tui_keys i
tui_wait 'Institutions · ' "picker open"
tui_resize 60 20
tui_wait '┌ Institutions · [0-9]+ of [0-9]+ ─' "the picker is redrawn at 60x20"
is "$(printf '%s\n' "$screen" | wc -l | tr -d ' ')" 20 "twenty lines"
tui_keys Escape :
tui_wait '^query:' "a prompt"
tui_resize 100 30
tui_wait '─ Facets ─' "redrawn at 100x30 with the prompt open"
like "$(printf '%s\n' "$screen" | tail -1)" '^query:' "the prompt is still there"
tui_literal "topic:rl"
tui_keys Enter
tui_wait 'Papers  5 of 40' "and still works"

tui_keys q
tui_wait_exit
is "$exit_status" 0 "exit status 0"
tui_check_stderr
done_testing
