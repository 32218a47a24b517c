#!/usr/bin/env bash
# kill-ingest.sh [RUNS] [new] — kills `paperboat ingest` with SIGKILL at random moments while
# it ingests the bundled corpus (tests/corpus/real and seeds), RUNS times (default 20).
#
# The library starts as the sample library (tests/unit/helpers/sample-library.h: tagged,
# favourite, read and annotated papers, many of which the corpus merges into), plus a tag on
# every paper; with "new" it starts as no file at all (the kill can land in its creation).
# Each file is stored whole or not at all, so after a kill the library must be exactly the
# library as it stood after some whole number of files: the states after 0, 1, 2, ... files
# are made beforehand by ingesting the files one at a time, and a killed library must dump
# (tests/tools/dump-library: every field, the user's data and sources included) the same as
# one of them. Then `paperboat check` must pass on it, and ingesting again must give exactly
# the library of an uninterrupted run. One TAP line per kill; the moments are spread over the
# time an uninterrupted run takes here, from a seed (TORTURE_SEED) so a failure can be rerun.
source "$(dirname "$0")/../lib.sh"

RUNS=${1:-20}
START=${2:-sample}
SEED=${TORTURE_SEED:-$$}
RANDOM=$SEED
# The release binary is killed (its timing is the real one, and it is quicker); the
# sanitizer build checks what it left.
FAST=$TOP/paperboat
[ -x "$FAST" ] || FAST=$PB
echo "# seed $SEED, $RUNS kills, starting from: $START, ingesting with $FAST"

C=$TMP/corpus
mkdir -p "$C"
cp -R "$CORPUS/real" "$CORPUS/seeds" "$C/"
BASE=$TMP/base.db
if [ "$START" = sample ]; then
	"$TOOLS/make-sample-library" "$BASE" || exit 1
	"$FAST" --db "$BASE" tag $(seq 1 40) +kept >/dev/null || exit 1
fi
hash_of() { "$TOOLS/dump-library" "$1" | sha256sum | cut -c1-64; }
# A library killed while being created may be a file with no tables yet: that is no library.
# Killed while switching to WAL, it has a hot rollback journal that a read-only sqlite3 cannot
# roll back; paperboat reads it as the empty file it was (and the next write rolls it back).
blank() {
	[ ! -e "$1" ] || [ "$(sqlite3 -readonly "$1" 'SELECT count(*) FROM sqlite_master' 2>/dev/null)" = 0 ] ||
		{ [ -e "$1-journal" ] && "$TOOLS/dump-library" "$1" 2>&1 | grep -q ': the library is empty: '; }
}
dump_or_empty() { if blank "$1"; then echo none; else hash_of "$1"; fi; }

# The states after each whole file, in the order the ingest reads them (the walk sorts names
# byte-wise, directory by directory; the corpus's names make that a plain sort).
mapfile -t files < <(cd "$C" && find real seeds -type f \( -name '*.html' -o -name '*.txt' \) |
	LC_ALL=C sort)
declare -A state=()
rm -f "$TMP/step.db"
[ -e "$BASE" ] && cp "$BASE" "$TMP/step.db"
state[$(dump_or_empty "$TMP/step.db")]=0
# A new library made and killed before its first commit holds its tables and nothing else:
# that is the state after no file too (an ingest of an empty directory makes one).
if [ "$START" = new ]; then
	mkdir -p "$TMP/nothing"
	"$FAST" --db "$TMP/empty.db" ingest --quiet "$TMP/nothing" >/dev/null 2>&1
	state[$(hash_of "$TMP/empty.db")]=0
fi
for i in "${!files[@]}"; do
	"$FAST" --db "$TMP/step.db" ingest --quiet "$C/${files[$i]}" >/dev/null 2>&1
	h=$(hash_of "$TMP/step.db")
	[ -n "${state[$h]:-}" ] || state[$h]=$((i + 1))
done
final=$(hash_of "$TMP/step.db")
echo "# ${#files[@]} files, ${#state[@]} distinct states"

# An uninterrupted run of the whole corpus gives the last state; its time sets the range of
# the kill moments.
rm -f "$TMP/full.db"*
[ -e "$BASE" ] && cp "$BASE" "$TMP/full.db"
t0=$(date +%s%N)
(cd "$C" && "$FAST" --db "$TMP/full.db" ingest --quiet real seeds >/dev/null 2>"$TMP/full.err")
t1=$(date +%s%N)
is "$(hash_of "$TMP/full.db")" "$final" "an uninterrupted run gives the library of the files one by one"
expected_err=$(cat "$TMP/full.err")
# (a little short of it: a run alone is often quicker than this one, made while setting up)
span_ms=$(( (t1 - t0) * 8 / 10000000 + 20 ))
echo "# an uninterrupted run took $(( (t1 - t0) / 1000000 )) ms; kills within $span_ms ms"

declare -A hits=()
finished=0
for run in $(seq 1 "$RUNS"); do
	lib=$TMP/lib.db
	rm -f "$lib" "$lib-wal" "$lib-shm"
	[ -e "$BASE" ] && cp "$BASE" "$lib"
	delay_ms=$(( RANDOM * 32768 + RANDOM ))
	delay_ms=$(( delay_ms % span_ms ))
	(cd "$C" && exec "$FAST" --db "$lib" ingest --quiet real seeds >/dev/null 2>"$TMP/run.err") &
	pid=$!
	sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	status=$?
	why=""
	if [ "$status" -ne 137 ]; then
		finished=$((finished + 1))
		[ "$status" -eq 1 ] || why="$why; the run ended by itself with status $status"
	fi
	h=$(dump_or_empty "$lib")
	k=${state[$h]:-}
	if [ -z "$k" ]; then
		why="$why; the killed library is not the library after any whole number of files"
		k=none
	fi
	hits[$k]=$(( ${hits[$k]:-0} + 1 ))
	if ! blank "$lib"; then
		run "$PB" --db "$lib" check
		[ "$rc" -eq 0 ] || why="$why; check after the kill failed ($rc): $out $err"
	fi
	run bash -c 'cd "$1" && exec "$2" --db "$3" ingest --quiet real seeds' _ "$C" "$FAST" "$lib"
	[ "$rc" -eq 1 ] || why="$why; ingesting again exited $rc"
	unexpected=$(grep -vxF -- "$expected_err" <<<"$err")
	[ -z "$unexpected" ] || why="$why; ingesting again said: $unexpected"
	[ "$(hash_of "$lib")" == "$final" ] ||
		why="$why; ingesting again did not give the library of an uninterrupted run"
	if [ -z "$why" ]; then
		ok 0 "kill $run after ${delay_ms} ms (library after $k files)"
	else
		ok 1 "kill $run after ${delay_ms} ms (library after $k files)"
		echo "#   ${why#; }"
		cp "$lib" "${TORTURE_KEEP:-$TMP}/failed-kill-$run.db" 2>/dev/null
	fi
done
line="# killed libraries by whole files ingested:"
for k in $(printf '%s\n' "${!hits[@]}" | sort -n); do line="$line $k:${hits[$k]}"; done
echo "$line"
echo "# $finished of $RUNS runs had ended before their kill"
done_testing
