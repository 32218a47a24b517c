#!/usr/bin/env bash
# The reader opens on the sample library, shows the list, facets and abstract, moves, and
# quits leaving the terminal as it was (alternate screen left, status 0, no sanitizer report).
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

tui_start
# 40 papers; the highest score first: paper 20 (100), then 3 (58)
tui_wait 'Papers  40 · score ▼' "the header counts the library and names the sort order"
like "$(tui_line 2)" '100  2025-05-01  Sparse Attention Scales to Million' "the first row is the top score"
like "$(tui_line 3)" '★ +58  2023-12-14  Agent Attention' "favourites carry a star"
like "$screen" 'Institutions' "the facets pane is there"
tui_wait 'Tsinghua University +14' "facet counts: 14 papers name Tsinghua University"
like "$screen" '★ favourites +3' "three favourites"
like "$screen" 'unread +37' "37 unread"
like "$screen" '─ Abstract ─' "the abstract pane is there"
like "$screen" 'Stanford University' "the abstract pane names the institution"
like "$screen" 'score 100 · 2025-05-01 · arXiv:2505.05555' "the abstract pane's meta line"
like "$(printf '%s' "$screen" | tail -1)" 'all papers .*\? help  q quit' "the status line: no filter, the help and quit keys"
is "$(tui_display '#{alternate_on}')" 1 "the reader is on the alternate screen"

# j moves down: the abstract follows
tui_keys j
tui_wait 'score 58 · 2023-12-14' "j selects the next paper; the abstract pane follows"
tui_keys G
tui_wait_gone 'Sparse Attention Scales' "G goes to the end: the first papers scroll away"
tui_keys g
tui_wait 'arXiv:2505.05555' "g goes back to the top"
tui_keys PageDown
tui_wait_gone 'Sparse Attention Scales' "PgDn: the next page"
tui_keys PageUp
tui_wait 'Sparse Attention Scales' "PgUp: back"

tui_keys q
tui_wait_exit "q quits"
is "$exit_status" 0 "exit status 0"
is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"
tui_check_stderr

# a first run: no library yet; the reader makes an empty one and says what to do
DB=$TMP/new/library.db
tui_start
tui_wait "The library is empty: add pages with 'paperboat ingest PATH...'" "an empty library says how to fill it"
like "$screen" 'Papers  0 · score' "no papers"
tui_keys q
tui_wait_exit
is "$exit_status" 0 "exit status 0"
tui_check_stderr

done_testing
