#!/usr/bin/env bash
# store-damaged.sh [SEEDS] — damaged copies of a library: random bytes flipped anywhere
# (SEEDS copies, default 12), and a page in the middle overwritten with garbage. The
# sanitizer build reads each with check, list, stats, show and export: it never crashes,
# never writes to the file, and a failure is one clear message naming the file. A garbage
# page is always reported by check as damage.
source "$(dirname "$0")/../lib.sh"

SEEDS=${1:-${PB_DAMAGE_SEEDS:-12}}
BASE=$TMP/base.db
"$TOOLS/make-sample-library" "$BASE" || exit 1
"$PB" --db "$BASE" ingest --quiet "$CORPUS/real/hf" "$CORPUS/real/arxiv/list-cs-2301-show3-reformatted.html" \
	>/dev/null || exit 1
sqlite3 "$BASE" 'VACUUM' || exit 1 # no free pages: every page is in use
pages=$(sqlite3 "$BASE" 'PRAGMA page_count')
psize=$(sqlite3 "$BASE" 'PRAGMA page_size')
sum_of() { sha256sum <"$1" | cut -c1-64; }

# Runs every reading command on LIB; prints the problems found, one a line (none: fine).
# $detected tells whether any command said the library is damaged.
read_all() {
	local lib=$1 cmd
	detected=1
	for cmd in check "list --limit 50" "list --format json tsinghua" stats "stats --by topic" \
		"show 3" "export --format bibtex"; do
		out=$("$PB" --db "$lib" $cmd 2>"$TMP/err") && rc=0 || rc=$?
		err=$(cat "$TMP/err")
		if [ "$rc" -ge 128 ] || grep -Eq 'Sanitizer|runtime error' <<<"$err"; then
			echo "$cmd: crashed ($rc): $(head -c 300 <<<"$err")"
		elif [ "$rc" -ne 0 ] && ! grep -q "^paperboat: $lib: " <<<"$err"; then
			echo "$cmd: failed ($rc) without naming the library: $(head -c 300 <<<"$err")"
		elif [ "$rc" -ne 0 ] && [ "$(wc -l <<<"$err")" -gt 1 ] && [ "$cmd" != check ]; then
			echo "$cmd: more than one line of error: $(head -c 300 <<<"$err")"
		fi
		[ "$rc" -ne 0 ] && detected=0
	done
}

found=0
RANDOM=${PB_DAMAGE_SEED:-7}
for seed in $(seq 1 "$SEEDS"); do
	lib=$TMP/flip-$seed.db
	cp "$BASE" "$lib"
	flips=$(( RANDOM % 8 + 1 ))
	where=""
	for _ in $(seq "$flips"); do
		off=$(( (RANDOM * 32768 + RANDOM) % (pages * psize) ))
		byte=$(od -An -tu1 -j "$off" -N1 "$lib" | tr -d ' ')
		printf "$(printf '\\%03o' $(( byte ^ (1 << (RANDOM % 8)) )))" |
			dd of="$lib" bs=1 seek="$off" conv=notrunc status=none
		where="$where $off"
	done
	before=$(sum_of "$lib")
	read_all "$lib" >"$TMP/problems"
	problems=$(cat "$TMP/problems")
	is "$problems" "" "flips at$where: no crash, one clear message"
	is "$(sum_of "$lib")" "$before" "flips at$where: the file is not written to"
	found=$((found + (detected == 0)))
	rm -f "$lib" "$lib-wal" "$lib-shm"
done
echo "# $found of $SEEDS flipped copies were reported damaged by some command"

# A page in the middle of the file overwritten with garbage: check says damaged.
for n in 1 2 3; do
	lib=$TMP/page-$n.db
	cp "$BASE" "$lib"
	page=$(( (RANDOM % (pages - 2)) + 2 ))
	head -c "$psize" /dev/urandom | dd of="$lib" bs="$psize" seek=$((page - 1)) conv=notrunc status=none
	before=$(sum_of "$lib")
	read_all "$lib" >"$TMP/problems"
	problems=$(cat "$TMP/problems")
	is "$problems" "" "garbage page $page of $pages: no crash, one clear message"
	run "$PB" --db "$lib" check
	is "$rc" 1 "garbage page $page: check fails"
	like "$err$out" "$lib: .*(damaged|database|malformed|corrupt)" "garbage page $page: check says the library is damaged"
	is "$(sum_of "$lib")" "$before" "garbage page $page: the file is not written to"
	# writing to it: refused or done, never a crash, never a damaged result passed as whole
	run "$PB" --db "$lib" tag 3 +after-damage
	ok "$([ "$rc" -lt 128 ] && ! grep -Eq 'Sanitizer|runtime error' <<<"$err"; echo $?)" \
		"garbage page $page: a tag edit does not crash"
	[ "$rc" -ne 0 ] && like "$err" "^paperboat: $lib: " "garbage page $page: the tag edit's message names the library"
	run "$PB" --db "$lib" ingest --quiet "$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html"
	ok "$([ "$rc" -lt 128 ] && ! grep -Eq 'Sanitizer|runtime error' <<<"$err"; echo $?)" \
		"garbage page $page: an ingest does not crash"
done
done_testing
