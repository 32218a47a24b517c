#!/usr/bin/env bash
# ingest-batch.sh — an ingest stores its files several to a transaction: killed at random
# moments it leaves the files of a prefix of the run, each whole, and every file its output
# had called stored is in the library (a line is printed only once its transaction is
# committed); tag edits made while it runs wait for it and succeed.
source "$(dirname "$0")/../lib.sh"

KILLS=${1:-8}
SEED=${TORTURE_SEED:-$$}
RANDOM=$SEED
FAST=$TOP/paperboat # killed at the release build's pace, as torture/kill-ingest.sh does
[ -x "$FAST" ] || FAST=$PB
GEN=$TOP/build/bench/pbgen
if [ ! -x "$GEN" ]; then
	echo "1..0 # SKIP $GEN is not built (make check-build builds it)"
	exit 0
fi
(cd "$TOP" && "$GEN" --size 4000 --seed 5 --out "$TMP/gen" >/dev/null) || exit 1
PAGES=$(cd "$TMP/gen/pages" && pwd -P)
echo "# seed $SEED; $(find "$PAGES" -type f | wc -l) generated pages"

# The files in the order a run stores them, from an uninterrupted run's lines.
stored_lines() { sed -n 's/^\(.*\): [0-9]* papers\{0,1\} ([0-9]* new, [0-9]* merged).*$/\1/p' "$1"; }
sources() { sqlite3 -readonly "$1" 'SELECT path FROM source ORDER BY id' 2>/dev/null; }
t0=$(date +%s%N)
"$FAST" --db "$TMP/full.db" ingest "$PAGES" >"$TMP/full.out" 2>"$TMP/full.err"
t1=$(date +%s%N)
mapfile -t order < <(stored_lines "$TMP/full.out")
ok "$([ ${#order[@]} -gt 20 ] && [ ! -s "$TMP/full.err" ]; echo $?)" \
	"an uninterrupted run stores every page (${#order[@]} lines)"
is "$(sources "$TMP/full.db")" "$(printf '%s\n' "${order[@]}")" \
	"the library's sources are the files of the lines, in order"
span_ms=$(( (t1 - t0) / 1000000 + 20 ))

for run in $(seq 1 "$KILLS"); do
	lib=$TMP/kill.db
	rm -f "$lib" "$lib-wal" "$lib-shm"
	delay_ms=$(( (RANDOM * 32768 + RANDOM) % span_ms ))
	"$FAST" --db "$lib" ingest "$PAGES" >"$TMP/kill.out" 2>"$TMP/kill.err" &
	pid=$!
	sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	why=""
	mapfile -t have < <([ -e "$lib" ] && sources "$lib")
	k=${#have[@]}
	[ "$(printf '%s\n' "${have[@]}")" == "$(printf '%s\n' "${order[@]:0:$k}")" ] ||
		why="$why; the library does not hold the run's first $k files"
	missing=$(stored_lines "$TMP/kill.out" | grep -cvxF -f <(printf '%s\n' "${have[@]}" ""))
	[ "$missing" -eq 0 ] ||
		why="$why; $missing files were said to be stored but are not in the library"
	if [ "$k" -gt 0 ]; then
		run "$PB" --db "$lib" check
		[ "$rc" -eq 0 ] || why="$why; check failed: $out $err"
	fi
	ok "$([ -z "$why" ]; echo $?)" "kill $run after $delay_ms ms: $k whole files," \
		"$(stored_lines "$TMP/kill.out" | wc -l) said stored"
	[ -z "$why" ] || echo "#   ${why#; }"
done

# Tag edits while an ingest runs: each waits for the batch that holds the lock, then goes in.
"$TOOLS/make-sample-library" "$TMP/edits.db" || exit 1
"$FAST" --db "$TMP/edits.db" ingest --quiet "$PAGES" >"$TMP/edits.out" 2>"$TMP/edits.err" &
pid=$!
edits=0 during=0 failed=0
while [ "$edits" -lt 400 ]; do
	running=0
	kill -0 "$pid" 2>/dev/null && running=1
	[ "$running" = 1 ] || [ "$edits" -lt 5 ] || break
	edits=$((edits + 1))
	during=$((during + running))
	"$FAST" --db "$TMP/edits.db" tag $(( edits % 20 + 1 )) "+edit$edits" >/dev/null 2>>"$TMP/edits.tag-err" ||
		failed=$((failed + 1))
done
wait "$pid"
is "$?" 0 "the ingest with edits meanwhile succeeds"
echo "# $edits edits, $during of them begun while the ingest ran"
is "$failed" 0 "every tag edit succeeds"
ok "$([ ! -s "$TMP/edits.err" ] && [ ! -s "$TMP/edits.tag-err" ]; echo $?)" \
	"nothing said the library was locked: $(cat "$TMP/edits.err" "$TMP/edits.tag-err" 2>/dev/null | head -c 300)"
is "$(sqlite3 -readonly "$TMP/edits.db" "SELECT count(*) FROM tag WHERE name LIKE 'edit%'")" "$edits" \
	"every edit's tag is in the library"
run "$PB" --db "$TMP/edits.db" check
is "$rc" 0 "the library passes check"
done_testing
