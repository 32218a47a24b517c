#!/usr/bin/env bash
# The reader while two other processes ingest a generated corpus of a few thousand papers
# at once and a third edits tags: the reader keeps answering keys (its own writes wait for
# the lock, never fail), notices the new papers by itself, and neither it nor any command
# ever says the library is locked or busy.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

GEN=$TOP/build/bench/pbgen
if [ ! -x "$GEN" ]; then
	echo "1..0 # SKIP $GEN is not built (make check-build builds it)"
	exit 0
fi
FAST=$TOP/paperboat
[ -x "$FAST" ] || FAST=$PB
(cd "$TOP" && "$GEN" --size 2500 --seed 3 --out "$TMP/gen" >/dev/null) || exit 1
mapfile -t pages < <(find "$TMP/gen/pages" -type f | LC_ALL=C sort)
A=() B=()
for i in "${!pages[@]}"; do
	if [ $((i % 2)) -eq 0 ]; then A+=("${pages[$i]}"); else B+=("${pages[$i]}"); fi
done

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1
tui_start
tui_wait 'Papers  40 · score' "opened on 40 papers"

edits_failed=0
"$FAST" --db "$DB" ingest --quiet "${A[@]}" >"$TMP/a.out" 2>"$TMP/a.err" &
a=$!
"$FAST" --db "$DB" ingest --quiet "${B[@]}" >"$TMP/b.out" 2>"$TMP/b.err" &
b=$!
# While they run: the reader toggles a favourite, again and again; each change is saved and
# shown, and the paper stays selected as new papers arrive above and below it (the third
# row is paper 17, not a favourite).
tui_keys j j
tui_wait 'score 50 · 2025-02-20' "paper 17 selected"
# shows REGEX: waits (as tui_wait, without a test line) until the screen matches.
shows() {
	local deadline=$((SECONDS + TUI_TIMEOUT))
	while [ $SECONDS -lt $deadline ]; do
		screen=$(tui_screen)
		grep -Eq -- "$1" <<<"$screen" && return 0
		sleep 0.1
	done
	echo "#   waited ${TUI_TIMEOUT}s for: $1"
	return 1
}
i=0 lost=0 missed=0
while [ $i -lt 3 ] || { [ $i -lt 40 ] && { kill -0 $a || kill -0 $b; } 2>/dev/null; }; do
	i=$((i + 1))
	tui_keys '*'
	shows '★ favourite: 1 paper' || missed=$((missed + 1))
	grep -q "score 50 · 2025-02-20" <<<"$screen" || lost=$((lost + 1))
	"$FAST" --db "$DB" tag 17 "+during-$i" 2>>"$TMP/e.err" || edits_failed=$((edits_failed + 1))
	tui_keys '*'
	shows 'unfavourited: 1 paper' || missed=$((missed + 1))
done
is "$missed" 0 "each of $i favourite changes during the ingests was saved and shown"
is "$lost" 0 "paper 17 stayed selected throughout"
running=0
kill -0 $a 2>/dev/null && running=$((running + 1))
kill -0 $b 2>/dev/null && running=$((running + 1))
echo "# $running ingests were still running after the reader's changes"
wait $a; sa=$?
wait $b; sb=$?
is "$sa" 0 "the first ingest completes"
is "$sb" 0 "the second ingest completes"
is "$edits_failed" 0 "every tag edit made meanwhile worked"
said=$(cat "$TMP/a.err" "$TMP/b.err" "$TMP/e.err")
is "$said" "" "no command said anything on standard error"
total=$(sqlite3 "$DB" 'SELECT count(*) FROM paper')
ok "$([ "$total" -gt 2500 ]; echo $?)" "the library holds the generated papers ($total)"
tui_wait "Papers  $(thousands "$total") · score" "the reader shows the new count by itself"
unlike "$screen" 'locked|busy' "the reader never said the library is locked"
is "$(sqlite3 "$DB" "SELECT count(*) FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = 17 AND t.name LIKE 'during-%'")" \
	"$i" "the tags made meanwhile are all there"
is "$(sqlite3 "$DB" 'SELECT count(*) FROM favourite WHERE paper_id = 17')" 0 \
	"the favourite toggled meanwhile ended as it began"
tui_keys q
tui_wait_exit "the reader quits"
is "$exit_status" 0 "with status 0"
tui_check_stderr
run "$PB" --db "$DB" check
is "$rc" 0 "the library passes check"
done_testing
