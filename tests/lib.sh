# tests/lib.sh — TAP helpers for the shell tests (sourced; prove runs the scripts).
# Each script gets: $PB (the binary under test), $TOP (the checkout), $TMP (a fresh directory,
# removed on exit), and ok/is/like/unlike/done_testing that print TAP.

set -u
TOP=${PB_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
PB=${PAPERBOAT:-$TOP/build/asan/paperboat}
TOOLS=${PB_TOOLS:-$TOP/build/asan/tools}
CORPUS=$TOP/tests/corpus
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pbtest.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export HOME=$TMP/home XDG_DATA_HOME=$TMP/home/.local/share XDG_CONFIG_HOME=$TMP/home/.config
mkdir -p "$HOME"
unset PAPERBOAT_DB NO_COLOR BROWSER
export LC_ALL=C.UTF-8
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

_tap_n=0
_tap_failed=0

# ok COND_STATUS NAME — pass when the status is 0.
ok() {
	local status=$1; shift
	_tap_n=$((_tap_n + 1))
	if [ "$status" -eq 0 ]; then
		echo "ok $_tap_n - $*"
	else
		echo "not ok $_tap_n - $*"
		_tap_failed=$((_tap_failed + 1))
	fi
}

# is GOT EXPECTED NAME
is() {
	local got=$1 want=$2; shift 2
	if [ "$got" == "$want" ]; then ok 0 "$*"; else
		ok 1 "$*"
		printf '#   got:      %s\n#   expected: %s\n' "$(printf %s "$got" | head -c 2000 | sed '2,$s/^/#             /')" \
			"$(printf %s "$want" | head -c 2000 | sed '2,$s/^/#             /')"
	fi
}

# like GOT REGEX NAME (extended regex, grep -E)
like() {
	local got=$1 re=$2; shift 2
	if printf '%s' "$got" | grep -Eq -- "$re"; then ok 0 "$*"; else
		ok 1 "$*"
		printf '#   got: %s\n#   does not match: %s\n' "$(printf %s "$got" | head -c 2000)" "$re"
	fi
}

unlike() {
	local got=$1 re=$2; shift 2
	if printf '%s' "$got" | grep -Eq -- "$re"; then
		ok 1 "$*"
		printf '#   got: %s\n#   matches: %s\n' "$(printf %s "$got" | head -c 2000)" "$re"
	else ok 0 "$*"; fi
}

# run CMD... — runs a command, keeping its stdout in $out, stderr in $err and status in $rc.
run() {
	out=$("$@" 2>"$TMP/.stderr") && rc=0 || rc=$?
	err=$(cat "$TMP/.stderr")
}

done_testing() {
	echo "1..$_tap_n"
	[ "$_tap_failed" -eq 0 ]
}
