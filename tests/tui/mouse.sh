#!/usr/bin/env bash
# The mouse: a click on a facet filters by it, the wheel scrolls, a click selects a paper and
# a click on the selected one opens it, a click in the picker chooses a value. The events are
# the bytes an xterm-style terminal sends (press, then release).
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

# mouse BUTTON X Y: a press and a release at 0-based column X, row Y (X10 encoding: 32 + button,
# 33 + x, 33 + y); button 0 is the left one, 64/65 the wheel up/down (which has no release).
mouse() {
	local b=$1 x=$2 y=$3
	local bytes
	bytes=$(printf '1b 5b 4d %x %x %x' $((32 + b)) $((33 + x)) $((33 + y)))
	[ "$b" -lt 64 ] && bytes="$bytes $(printf '1b 5b 4d %x %x %x' 35 $((33 + x)) $((33 + y)))"
	# shellcheck disable=SC2086
	_tmux send-keys -t t -H $bytes
}

tui_start
tui_wait 'Papers  40 · score' "opened"

# the facets pane: row 2 is the first institution, Tsinghua University
mouse 0 5 2
tui_wait 'Papers  14 of 40' "a click on a facet filters by it"
like "$(printf '%s\n' "$screen" | tail -1)" '^ inst:"Tsinghua University" ' "the status line shows it"

# the wheel over the list moves three papers down: 58, 50, 45, 30 -> BTL-UI (score 30)
mouse 65 60 5
tui_wait 'score 30 · 2025-09-19' "the wheel scrolls the list"
mouse 64 60 5
tui_wait 'score 58 · 2023-12-14' "and back up"

# a click on the third row selects it; a second click opens it
mouse 0 60 3
tui_wait 'score 45 · 2025-01-15' "a click selects a paper"
mouse 0 60 3
tui_wait '─ Paper · arXiv:2501\.01111 ─' "a click on the selected paper opens it"
tui_keys q

# the picker (72x22 at 24,8 on 120x40): its first value is on row 11
tui_keys c i
tui_wait 'Institutions · 17 of 17' "the picker"
mouse 0 30 11
tui_wait '\[x\] Tsinghua University' "a click chooses a value"
like "$screen" '1 chosen' "the title counts it"
tui_keys Enter
tui_wait 'Papers  14 of 40' "Enter filters by it"

# the wheel scrolls the full reader: the digest entry of Columbia University is longer than
# a 20-row terminal
tui_resize 120 20
tui_keys :
tui_keys C-u
tui_literal "inst:columbia"
tui_keys Enter
tui_wait 'Papers  1 of 40' "one paper"
tui_keys Enter
tui_wait 'Institutions Columbia University' "its full reader"
mouse 65 60 10
mouse 65 60 10
tui_wait_gone 'Institutions Columbia University' "the wheel scrolls it down"
mouse 64 60 10
mouse 64 60 10
tui_wait 'Institutions Columbia University' "and back up"
tui_keys q

tui_keys q
tui_wait_exit
tui_check_stderr
done_testing
