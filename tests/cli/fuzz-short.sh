#!/usr/bin/env bash
# fuzz-short.sh — every fuzz target replays the inputs that once broke it, then fuzzes for a few
# seconds (FUZZ_SHORT, default 5) from its seeds; a crash, leak, broken promise or hang fails.
# `make fuzz` runs the same targets for minutes.
source "$(dirname "$0")/../lib.sh"
. "$TOP/tests/fuzz/targets.sh"

seconds=${FUZZ_SHORT:-5}
bins=$(ls "$TOP"/build/fuzz/fuzz-* 2>/dev/null)
ok "$([ -n "$bins" ]; echo $?)" "fuzz targets are built (make fuzz-build)"

for bin in $bins; do
	t=${bin##*/fuzz-}
	mapfile -t saved < <(fuzz_regressions "$t")
	if [ ${#saved[@]} -gt 0 ]; then
		"$bin" -rss_limit_mb=2048 -timeout=60 "${saved[@]}" >"$TMP/replay-$t.log" 2>&1
		status=$?
		ok $status "$t: ${#saved[@]} saved inputs that once failed pass"
		[ $status -eq 0 ] || fuzz_why "$TMP/replay-$t.log" | sed 's/^/# /'
	fi
	fuzz_seed "$t" "$TMP/corpus-$t"
	mkdir -p "$TOP/build/fuzz/crashes-$t"
	# shellcheck disable=SC2046
	"$bin" $(fuzz_options "$t") -timeout=60 -max_total_time="$seconds" \
		-artifact_prefix="$TOP/build/fuzz/crashes-$t/" "$TMP/corpus-$t" >"$TMP/fuzz-$t.log" 2>&1
	status=$?
	ok $status "$t: fuzzed ${seconds}s, $(fuzz_runs "$TMP/fuzz-$t.log") runs, no failure"
	[ $status -eq 0 ] || fuzz_why "$TMP/fuzz-$t.log" | sed 's/^/# /'
done

done_testing
