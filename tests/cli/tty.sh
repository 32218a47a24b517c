#!/usr/bin/env bash
# tty.sh — on a terminal (a pty made by script(1)): colours unless NO_COLOR, the table fitted
# to the terminal's width; never colours in a pipe.
source "$(dirname "$0")/../lib.sh"

lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib

# on_tty COLS CMD — runs CMD on a pty COLS wide; its output (without \r) in $out.
on_tty() {
	local cols=$1; shift
	out=$(script -qec "stty cols $cols; $*" /dev/null </dev/null | tr -d '\r')
}

on_tty 100 "'$PB' list --limit 5"
like "$out" $'\033\\[1m' "table on a terminal: a bold header"
is "$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | wc -L)" 100 \
	"table on a terminal: fitted to its 100 columns"
on_tty 60 "'$PB' list --limit 5"
ok "$([ "$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | wc -L)" -le 60 ]; echo $?)" \
	"a 60-column terminal: lines of 60 columns at most"
on_tty 100 "NO_COLOR=1 '$PB' list --limit 5"
unlike "$out" $'\033' "NO_COLOR: no colour on a terminal"
on_tty 100 "NO_COLOR= '$PB' list --limit 5"
like "$out" $'\033\\[1m' "an empty NO_COLOR does not count"
on_tty 100 "'$PB' show 16"
like "$out" $'\033\\[1mPlanning Agents' "show on a terminal: a bold title"
on_tty 100 "'$PB' list --limit 5 | cat"
unlike "$out" $'\033' "a pipe: no colour even from a terminal"
on_tty 100 "'$PB' list 'inst:\"no such place\"'"
like "$out" "no papers match" "nothing matches: said on a terminal"

# ingest on a terminal: a run longer than a second shows a progress bar on stderr, then clears
# it before each line. Standard input, held back for 1.5 s, makes the run that long; the bar is
# drawn before the second file.
ABS=$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html
NBER=$CORPUS/real/highwire/nber-w29971.html
raw=$(script -qec "{ sleep 1.5; cat '$ABS'; } | '$PB' --db '$TMP/p.db' ingest - '$NBER'" /dev/null \
	</dev/null | tr -d '\r')
like "$raw" '\[#{10}-{10}\] 1/2 files .*nber-w29971\.html' \
	"ingest on a terminal: a bar, the files done of all, the file being read"
# (the lines come once their files are committed: here both after the second file)
like "$raw" $'\033\\[K-: 1 paper' "the bar is cleared before the files' lines"
like "$raw" '^/[^ ]*nber-w29971\.html: 1 paper' "each line whole on a line of its own"
is "$(printf '%s\n' "$raw" | tail -n 1)" "2 files: 2 papers, 2 new, 0 merged" "then the summary"
run bash -c "{ sleep 1.5; cat '$ABS'; } | '$PB' --db '$TMP/q.db' ingest - '$NBER'"
unlike "$err$out" $'\r|\033|#####' "the same run in a pipe: no bar"

done_testing
