#!/usr/bin/env bash
# tests/fuzz/run.sh — `make fuzz`: runs each fuzz target for SECONDS, one after the other, and
# prints what they did as a table (target | runs | crashes | seconds) ready for the README.
# A crash is saved under build/fuzz/crashes-TARGET/ and the target goes on fuzzing for the rest
# of its time; the corpus grows in build/fuzz/corpus-TARGET/ from one run to the next.
#
#   tests/fuzz/run.sh SECONDS build/fuzz/fuzz-html ...
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
. "$TOP/tests/fuzz/targets.sh"

seconds=$1; shift
out=$TOP/build/fuzz
rows=()
found=0

for bin in "$@"; do
	t=${bin##*/fuzz-}
	corpus=$out/corpus-$t crashes=$out/crashes-$t
	mkdir -p "$crashes"
	fuzz_seed "$t" "$corpus"
	echo "fuzz: $t for ${seconds}s ($(ls "$corpus" | wc -l) inputs in $corpus)" >&2
	runs=0 failed=0 start=$(date +%s) n=0
	while :; do
		left=$((seconds - ($(date +%s) - start)))
		[ "$left" -gt 0 ] || break
		n=$((n + 1))
		log=$out/log-$t-$n.txt
		# shellcheck disable=SC2046
		"$bin" $(fuzz_options "$t") -timeout=30 -max_total_time="$left" \
			-artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1
		status=$?
		runs=$((runs + $(fuzz_runs "$log")))
		[ "$status" -eq 0 ] && break
		failed=$((failed + 1))
		echo "fuzz: $t: failure $failed (log $log):" >&2
		fuzz_why "$log" | sed 's/^/    /' >&2
		# A seed that fails stops the target: fuzzing on would only find it again.
		if ! grep -q 'INITED' "$log"; then
			echo "fuzz: $t: an input of the seed corpus fails; fix that first" >&2
			break
		fi
	done
	rows+=("$t|$runs|$failed|$(($(date +%s) - start))")
	found=$((found + failed))
done

echo
echo "Fuzzing on $(date +%Y-%m-%d), $seconds s per target ($(clang-14 --version | head -1 | sed 's/ (.*//')):"
echo
printf '| %-8s | %12s | %7s | %7s |\n' target runs crashes seconds
printf '|%s|%s|%s|%s|\n' ---------- -------------: --------: --------:
for r in "${rows[@]}"; do
	IFS='|' read -r t runs failed secs <<<"$r"
	printf '| %-8s | %12s | %7s | %7s |\n' "$t" "$runs" "$failed" "$secs"
done
[ "$found" -eq 0 ]
