#!/usr/bin/env bash
# `make run` as a newcomer types it: the bundled sample pages go into the default library
# (the XDG path, as a user has it) and the reader opens on it; a second run skips the pages
# already ingested and opens the same library.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

lib=$XDG_DATA_HOME/paperboat/library.db
# make_run: `make -s run` in the checkout, in a fresh tmux server, its output kept in
# $TMP/run.out and its status in $TMP/reader.status.
make_run() {
	[ "$TUI_RUNS" -gt 0 ] && _tmux kill-server 2>/dev/null
	TUI_RUNS=$((TUI_RUNS + 1))
	TUI_SOCK=$TMP/tmux.$TUI_RUNS.sock
	rm -f "$TMP/reader.status"
	: >"$TMP/reader.err"
	_tmux -f "$TMP/tmux.conf" new-session -d -s t -x 120 -y 40 \
		"cd $(printf %q "$TOP") && env -u MAKEFLAGS -u MAKELEVEL make -s run 2>$(printf %q "$TMP/run.err");
		 echo \$? >$(printf %q "$TMP/reader.status")"
}

make_run
tui_wait 'Papers  [0-9,]+ · score ▼' "make run opens the reader"
ok "$([ -f "$lib" ]; echo $?)" "on the default library, $lib"
total=$("$PB" --db "$lib" list --format tsv | wc -l | tr -d ' ')
ok "$([ "$total" -gt 1000 ]; echo $?)" "filled from the sample pages ($total papers)"
like "$screen" "Papers  $(thousands "$total") · score" "the reader shows them all"
like "$screen" 'Tsinghua University' "the sample's institutions are in the facets"
for f in "$TOP"/tests/corpus/real/arxiv/abs-2106.09608-xhtml-2021.html "$TOP"/tests/corpus/seeds/003_*.txt; do
	like "$(sqlite3 "$lib" 'SELECT path FROM source')" "$(basename "$f")" "$(basename "$f") was ingested"
done
unlike "$(sqlite3 "$lib" 'SELECT path FROM source')" 'negative-' "pages that are not paper pages are left out"
tui_keys q
tui_wait_exit "q quits"
is "$exit_status" 0 "make run exits with status 0"

# again: nothing new, the same library
make_run
tui_wait "Papers  $(thousands "$total") · score" "a second make run opens the same library"
tui_keys q
tui_wait_exit
is "$exit_status" 0 "status 0"
like "$(tui_screen)" '^[0-9]+ files: 0 papers, 0 new, 0 merged; [0-9]+ unchanged files skipped$' \
	"the pages already in the library were skipped (the summary is left on the terminal)"
is "$("$PB" --db "$lib" list --format tsv | wc -l | tr -d ' ')" "$total" "no paper was added twice"
done_testing
