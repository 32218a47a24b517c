# tests/fuzz/targets.sh — what each fuzz target is seeded with and how it runs (sourced by
# tests/fuzz/run.sh and tests/cli/fuzz-short.sh). Needs $TOP, the checkout.

# fuzz_seed TARGET DIR — copies the target's seed inputs into DIR (flat names, no overwrite).
# A page over 64 KB goes in as two 32 KB pieces, its head and its middle: whole big pages run
# a few times a second under the sanitizers, pieces hundreds of times, and the unit tests run
# the whole pages already. Mutations may still grow inputs up to the target's -max_len.
fuzz_seed() {
	local t=$1 dir=$2 f name size
	mkdir -p "$dir"
	{
		case $t in
		html) find "$TOP/tests/corpus/real" "$TOP/tests/fixtures" -name '*.htm*' ;;
		text) find "$TOP/tests/corpus/seeds" -name '*.txt'; find "$TOP/tests/fixtures/text" -type f ;;
		clean | decode) find "$TOP/tests/corpus/real" "$TOP/tests/fixtures" -name '*.htm*'
		       find "$TOP/tests/corpus/seeds" -name '*.txt' ;;
		theme) [ -d "$TOP/themes" ] && find "$TOP/themes" -name '*.theme' ;;
		esac
		[ -d "$TOP/tests/fuzz/seeds/$t" ] && find "$TOP/tests/fuzz/seeds/$t" -type f
		[ -d "$TOP/tests/fuzz/regressions/$t" ] && find "$TOP/tests/fuzz/regressions/$t" -type f
	} | sort | while read -r f; do
		name=${f#"$TOP/tests/"}
		name=$dir/${name//\//_}
		size=$(stat -c %s "$f")
		if [ "$size" -le 65536 ]; then
			[ -e "$name" ] || cp "$f" "$name"
		elif [ ! -e "$name.head" ]; then
			head -c 32768 "$f" >"$name.head"
			tail -c +$((size / 2)) "$f" | head -c 32768 >"$name.middle"
		fi
	done
}

# fuzz_options TARGET — libFuzzer options: the longest input worth trying, the target's
# dictionary. Whole pages for the page targets; lines and snippets for the others.
fuzz_options() {
	local t=$1
	case $t in
	html | text | decode) echo -n "-max_len=1048576" ;;
	clean) echo -n "-max_len=4096" ;;
	*) echo -n "-max_len=8192" ;;
	esac
	[ -f "$TOP/tests/fuzz/$t.dict" ] && echo -n " -dict=$TOP/tests/fuzz/$t.dict"
	echo " -rss_limit_mb=2048 -print_final_stats=1"
}

# fuzz_runs LOG — executions libFuzzer counted in LOG (0 when it printed none).
fuzz_runs() {
	sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$1" | tail -1 | grep . || echo 0
}

# fuzz_regressions TARGET — the saved inputs that once crashed TARGET.
fuzz_regressions() {
	[ -d "$TOP/tests/fuzz/regressions/$1" ] && find "$TOP/tests/fuzz/regressions/$1" -type f | sort
}

# fuzz_why LOG — the lines of LOG that say what went wrong, for a report.
fuzz_why() {
	grep -E '^(fuzz: |==[0-9]+==ERROR|SUMMARY|[^ ]*: runtime error|artifact_prefix|Test unit written)' "$1" | head -8
}
