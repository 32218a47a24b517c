#!/usr/bin/env bash
# The reader on a library ingested from the real pages and text dumps in tests/corpus: the
# counts agree with the CLI, a real arXiv paper is found and read, and a digest entry shows
# its review sections.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
# negative pages make ingest report failures; the library is what matters here
"$PB" --db "$DB" ingest "$CORPUS/real" "$CORPUS/seeds" >/dev/null 2>&1
total=$("$PB" --db "$DB" list --format tsv | wc -l | tr -d ' ')
ok "$([ "$total" -gt 100 ]; echo $?)" "the corpus gave papers ($total)"
shown=$(thousands "$total")

tui_start
tui_wait "Papers  $shown · score" "the header counts what paperboat list prints"

tui_keys /
tui_literal "Knowledge Graph-based World Models"
tui_keys Enter
tui_wait 'Learning Knowledge Graph-based World Models of Textual Environments' \
	"full-text search finds the arXiv page's paper"
n=$("$PB" --db "$DB" list 'Knowledge Graph-based World Models' --format tsv | wc -l | tr -d ' ')
like "$screen" "Papers  $n of $shown" "as many as the CLI finds"
tui_keys Enter
tui_wait 'arXiv +2106\.09608' "the full reader shows its arXiv id"
tui_keys q c

# the weekly digest's first entry: Columbia University, with six review sections
tui_keys :
tui_literal 'inst:columbia'
tui_keys Enter
tui_wait 'Papers  [0-9]+ of ' "inst:columbia"
like "$screen" 'Columbia University \(primary\)' "the abstract pane marks the primary institution"
tui_keys Enter
tui_wait 'TL;DR' "the digest's review sections are in the full reader"
tui_keys G
tui_wait 'Broader impact' "down to the last one"
like "$screen" 'Limitations' "limitations too"

tui_keys q q
tui_wait_exit
is "$exit_status" 0 "exit status 0"
tui_check_stderr
done_testing
