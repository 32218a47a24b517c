#!/usr/bin/env bash
# parallel.sh [ROUNDS] [SIZE] — two ingests at once into one library while another process
# edits tags and favourites, ROUNDS times (default 3) on a generated corpus of SIZE papers
# (default 1500; tests/bench/pbgen). The two ingests share some pages. Every command must
# finish successfully, none may say the library is locked or busy, and the library must pass
# check and be exactly what the same work done one command after another gives. One TAP
# line per round.
source "$(dirname "$0")/../lib.sh"

ROUNDS=${1:-3}
SIZE=${2:-1500}
FAST=$TOP/paperboat
[ -x "$FAST" ] || FAST=$PB
GEN=$TOP/build/bench/pbgen
if [ ! -x "$GEN" ]; then
	echo "1..0 # SKIP $GEN is not built (make check-build builds it)"
	exit 0
fi
(cd "$TOP" && "$GEN" --size "$SIZE" --seed 11 --out "$TMP/gen" >/dev/null) || exit 1
mapfile -t pages < <(find "$TMP/gen/pages" -type f | LC_ALL=C sort)
# Two overlapping halves: every page in one, every fifth in both.
A=() B=()
for i in "${!pages[@]}"; do
	if [ $((i % 2)) -eq 0 ] || [ $((i % 5)) -eq 0 ]; then A+=("${pages[$i]}"); fi
	if [ $((i % 2)) -eq 1 ] || [ $((i % 5)) -eq 0 ]; then B+=("${pages[$i]}"); fi
done
echo "# ${#pages[@]} generated pages of $SIZE papers; ${#A[@]} and ${#B[@]} per ingest"
hash_of() { "$TOOLS/dump-library" "$1" | sha256sum | cut -c1-64; }

# The edits: tags on papers 1-40 and favourites toggled an even number of times.
edits() {
	local lib=$1 i
	for i in $(seq 1 20); do
		"$FAST" --db "$lib" tag $((i * 2 - 1)) $((i * 2)) +round-tag "+t$i" || return 1
		"$FAST" --db "$lib" fav $i || return 1
		"$FAST" --db "$lib" unfav $i || return 1
	done
}

BASE=$TMP/base.db
"$TOOLS/make-sample-library" "$BASE" || exit 1
"$FAST" --db "$BASE" fav $(seq 1 20) >/dev/null || exit 1
# The same work one command after another.
cp "$BASE" "$TMP/seq.db"
"$FAST" --db "$TMP/seq.db" ingest --quiet "${A[@]}" >/dev/null
"$FAST" --db "$TMP/seq.db" ingest --quiet "${B[@]}" >/dev/null
edits "$TMP/seq.db" >/dev/null 2>&1
want=$(hash_of "$TMP/seq.db")
papers=$(sqlite3 "$TMP/seq.db" 'SELECT count(*) FROM paper')
echo "# the library holds $papers papers after the work"

for round in $(seq 1 "$ROUNDS"); do
	lib=$TMP/lib.db
	rm -f "$lib" "$lib-wal" "$lib-shm"
	cp "$BASE" "$lib"
	"$FAST" --db "$lib" ingest --quiet "${A[@]}" >"$TMP/a.out" 2>"$TMP/a.err" &
	a=$!
	"$FAST" --db "$lib" ingest --quiet "${B[@]}" >"$TMP/b.out" 2>"$TMP/b.err" &
	b=$!
	edits "$lib" >"$TMP/e.out" 2>"$TMP/e.err"
	e=$?
	wait $a; sa=$?
	wait $b; sb=$?
	why=""
	[ "$sa" -eq 0 ] || why="$why; the first ingest exited $sa"
	[ "$sb" -eq 0 ] || why="$why; the second ingest exited $sb"
	[ "$e" -eq 0 ] || why="$why; an edit failed"
	said=$(cat "$TMP/a.err" "$TMP/b.err" "$TMP/e.err")
	[ -z "$said" ] || why="$why; they said: $(head -c 400 <<<"$said")"
	grep -Eqi 'locked|busy' <<<"$said" && why="$why; the library was reported locked"
	run "$PB" --db "$lib" check
	[ "$rc" -eq 0 ] || why="$why; check failed: $out $err"
	[ "$(hash_of "$lib")" == "$want" ] || why="$why; not the library of the same work done in turn"
	if [ -z "$why" ]; then
		ok 0 "round $round: two ingests and the edits all done"
	else
		ok 1 "round $round: two ingests and the edits all done"
		echo "#   ${why#; }"
		cp "$lib" "${TORTURE_KEEP:-$TMP}/failed-parallel-$round.db" 2>/dev/null
	fi
done
done_testing
