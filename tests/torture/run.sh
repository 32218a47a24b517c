#!/usr/bin/env bash
# run.sh — `make torture`: the crash and fault scenarios at length, one after the other, each
# logged to build/torture/NAME.log; prints a table of scenario, runs and failures. Counts
# can be changed with TORTURE_KILLS, TORTURE_NEW_KILLS, TORTURE_ROUNDS, TORTURE_FLIPS and
# TORTURE_OOM_STRIDE. Exits non-zero when any run failed.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
LOG=$TOP/build/torture
mkdir -p "$LOG"
export PB_TOP=$TOP PAPERBOAT=${PAPERBOAT:-$TOP/build/asan/paperboat} PB_TOOLS=${PB_TOOLS:-$TOP/build/asan/tools}
export CMOCKA_MESSAGE_OUTPUT=TAP ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export TORTURE_KEEP=$LOG

rows=()
total_failed=0
# scenario NAME PATTERN COMMAND...: runs COMMAND; runs are its TAP lines whose name matches
# PATTERN, failures those of them not ok, plus any other failed line or a bad exit.
scenario() {
	local name=$1 pattern=$2 log=$LOG/${1//\//-}.log start runs failed other status
	shift 2
	printf '%-34s ' "$name" >&2
	start=$SECONDS
	"$@" >"$log" 2>&1
	status=$?
	runs=$(grep -Ec "^(not )?ok [0-9]+ - $pattern" "$log")
	failed=$(grep -Ec "^not ok [0-9]+ - $pattern" "$log")
	other=$(grep -E '^not ok' "$log" | grep -Evc " - $pattern")
	failed=$((failed + other))
	[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
	printf '%d runs, %d failed, %ds\n' "$runs" "$failed" $((SECONDS - start)) >&2
	rows+=("$(printf '| %-48s | %6d | %8d |' "$name" "$runs" "$failed")")
	total_failed=$((total_failed + failed))
}

# cmocka's fault tests print how many fault points each variant ran; each is a run.
unit_points() {
	local bin=$1 log
	shift
	log=$("$@" "$bin" 2>&1)
	local status=$?
	printf '%s\n' "$log"
	printf '%s\n' "$log" | sed -n 's/^# fault [0-9]*\( (sticky)\)\{0,1\}: \([0-9]*\) points$/\2/p;s/^# \([0-9]*\) failed allocations.*/\1/p' |
		while read -r n; do for _ in $(seq "$n"); do echo "ok 1 - point"; done; done
	[ "$(grep -c '^not ok' <<<"$log")" -eq 0 ] && return $status
	return 1
}

scenario "SIGKILL during an ingest (library in use)" 'kill ' \
	"$TOP/tests/torture/kill-ingest.sh" "${TORTURE_KILLS:-200}" sample
scenario "SIGKILL during an ingest (new library)" 'kill ' \
	"$TOP/tests/torture/kill-ingest.sh" "${TORTURE_NEW_KILLS:-30}" new
scenario "two ingests at once + tag edits" 'round ' \
	"$TOP/tests/torture/parallel.sh" "${TORTURE_ROUNDS:-10}" 1500
scenario "I/O error or full disk at write/sync N" 'point' \
	unit_points "$TOP/build/asan/tests/test-store-faults" env PB_FAULT_PAGE=tests/corpus/real/hf/daily-2024-08-01.html
scenario "SQLite allocation N fails" 'point' \
	unit_points "$TOP/build/asan/tests/test-store-oom" env PB_OOM_STRIDE="${TORTURE_OOM_STRIDE:-20}"
scenario "random byte flips in a library" 'flips at .*no crash' \
	"$TOP/tests/cli/store-damaged.sh" "${TORTURE_FLIPS:-60}"

echo
echo "make torture, $(date -u +%Y-%m-%d) (logs in build/torture/):"
echo
printf '| %-48s | %6s | %8s |\n' scenario runs failures
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' $(seq 50))" "--------" "----------"
printf '%s\n' "${rows[@]}"
[ "$total_failed" -eq 0 ]
