#!/usr/bin/env bash
# The reader's whole round on a library ingested from the real pages and text dumps in
# tests/corpus, as a person uses it: open; filter by institution through the picker, by topic,
# by score, by a typed query and by a bad one; favourite (with a key rebound in the config)
# and tag a paper and find it with `paperboat list fav`; read digest entries in the full
# reader, stepping from one to the next; resize to 40 columns and back (also with the picker
# open); switch themes; quit with the terminal restored.
#
# Expected numbers come from the pages: seed 000 holds 10 Tsinghua University papers and the
# digest (seed 003) one more, with Tsinghua University as its primary institution; cs.HC is
# the primary subject of the three papers of the arXiv cs listing and a subject of one arXiv
# search result; the Hugging Face daily page lists 13 papers, five of them with 10 upvotes or
# more (94, 24, 19, 16, 11), "The Llama 3 Herd of Models" first; the digest has two entries
# whose primary institution is the University of Edinburgh.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
run "$PB" --db "$DB" ingest --quiet --tag daily "$CORPUS/real/hf/daily-2024-08-01.html"
is "$rc" 0 "the Hugging Face daily page, tagged daily"
# the corpus's pages that are not paper pages fail; every other page is read
run "$PB" --db "$DB" ingest --quiet "$CORPUS/real" "$CORPUS/seeds"
like "$out" '1 unchanged file skipped; 3 files failed' "then the whole corpus (the daily page skipped)"
total=$("$PB" --db "$DB" list --format tsv | wc -l | tr -d ' ')
shown=$(thousands "$total")
cli_count() { "$PB" --db "$DB" list "$1" --format tsv | wc -l | tr -d ' '; }
status_line() { printf '%s\n' "$screen" | tail -1; }

# a key rebound and a theme chosen in the config
CONF_DIR=$XDG_CONFIG_HOME/paperboat
mkdir -p "$CONF_DIR"
printf 'bind z favourite\ntheme light\n' >"$CONF_DIR/config"

tui_start
tui_wait "Papers  $shown · score ▼" "opens on the whole library"
like "$(status_line)" '^ all papers ' "no filter"
like "$(tui_screen_escapes | tail -1)" '48;5;252' "in the light theme of the config"

# --- institution: the picker, narrowed by typing
tui_keys i
tui_wait 'Institutions · ' "i opens the institution picker"
tui_literal "TSINGHUA"
tui_wait '\[ \] Tsinghua University +11' "narrowed, case ignored: 11 Tsinghua papers"
tui_keys Enter
tui_wait "Papers  11 of $shown" "filtered by the picked institution"
like "$(status_line)" '^ inst:"Tsinghua University" ' "the status line shows the query"
is "$(cli_count 'inst:"Tsinghua University"')" 11 "paperboat list agrees"
# the facets count within the filter: the first topic listed, as the CLI counts it
topic_line=$(printf '%s\n' "$screen" | sed -n '/│ Topics /,/│ Tags /p' | sed -n 2p)
name=$(printf '%s' "$topic_line" | sed -n 's/^│ *\([^ ]*\) \+\([0-9]\+\) │.*/\1/p')
count=$(printf '%s' "$topic_line" | sed -n 's/^│ *\([^ ]*\) \+\([0-9]\+\) │.*/\2/p')
ok "$([ -n "$name" ] && [ "$count" -le 11 ]; echo $?)" "the topics facet counts within the 11 ($name $count)"
is "$(cli_count "inst:\"Tsinghua University\" topic:\"$name\"")" "$count" \
	"as many as paperboat list finds for inst:\"Tsinghua University\" topic:$name"

# --- topic: the picker again
tui_keys c t
tui_wait 'Topics · ' "t opens the topic picker"
tui_literal "cs.hc"
tui_wait '\[ \] cs\.HC +4' "four papers on cs.HC"
tui_keys Enter
tui_wait "Papers  4 of $shown" "filtered by topic"
like "$(status_line)" '^ topic:cs\.HC ' "topic in the status line"
like "$screen" '2023-01 +Evaluating Alternative Glyph Design for Showing' \
	"a paper of the cs listing is in the list"

# --- a typed query, then a minimum score on top of it
tui_keys c :
tui_wait '^query:' "the query prompt"
tui_literal "tag:daily"
tui_keys Enter
tui_wait "Papers  13 of $shown" "tag:daily: the 13 papers of the daily page"
tui_keys s
tui_wait 'score \(' "s asks for a score"
tui_literal "10"
tui_keys Enter
tui_wait "Papers  5 of $shown" "score>=10: five of them"
like "$(status_line)" '^ tag:daily score>=10 ' "the status line"
like "$(tui_line 2)" '94  2024-0[78]-[0-9]+  The Llama 3 Herd of Models' "the best-scored first"
is "$(cli_count 'tag:daily score>=10')" 5 "paperboat list agrees"

# --- a bad query: the error points at its column, the filter stays
tui_keys : C-u
tui_literal "tag:daily score>=x"
tui_keys Enter
# "query: " takes 7 columns; the x is column 18 of the query, so the caret is at column 25
tui_wait '^ {24}\^ .*number' "the caret is under the bad column"
like "$(status_line)" '^query: tag:daily score>=x$' "the prompt keeps the text"
tui_keys Escape
tui_wait_gone '\^ .*number' "Esc"
like "$(status_line)" '^ tag:daily score>=10 ' "the filter is unchanged"

# --- favourite (with z, bound in the config) and tag the first paper
tui_keys z
tui_wait '★ favourite: 1 paper' "z, bound to favourite in the config, makes it a favourite"
like "$(tui_line 2)" '★ +94 ' "the star shows"
tui_keys T
tui_wait '^tags \(\+add -remove\):' "T asks for tags"
tui_literal "+llm-reading"
tui_keys Enter
tui_wait 'tags: 1 added' "tagged"
run "$PB" --db "$DB" list fav --format tsv
like "$out" 'The Llama 3 Herd of Models' "paperboat list fav shows it while the reader is open"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 1 "the only favourite"
is "$(cli_count 'tag:llm-reading')" 1 "and the tag"

# --- the full reader: two digest entries with their review sections, J steps between them
tui_keys : C-u
tui_literal 'inst:"University of Edinburgh"'
tui_keys Enter
tui_wait "Papers  2 of $shown" "the two Edinburgh entries of the digest"
tui_keys Enter
tui_wait '─ Paper [0-9]+ ─' "Enter opens the full reader"
like "$screen" 'University of Edinburgh \(primary\)' "the primary institution is marked"
like "$screen" 'TL;DR' "the first review section"
first=$(printf '%s\n' "$screen" | grep -oE 'In long-context use|Autonomous scientific discovery' | head -1)
ok "$([ -n "$first" ]; echo $?)" "the abstract is one of the two entries' ($first)"
tui_keys G
tui_wait 'Broader impact' "G: down to the last review section"
like "$screen" 'Limitations' "limitations on the way"
tui_keys J
case $first in
"In long-context use") other="Autonomous scientific discovery" ;;
*) other="In long-context use" ;;
esac
tui_wait "$other" "J opens the next paper of the list"
like "$screen" 'TL;DR' "from its top"
unlike "$screen" "$first" "the first entry is gone"
tui_keys J
tui_wait 'the last paper of the list' "J at the end says so"
tui_keys K
tui_wait "$first" "K goes back to the previous paper"
tui_keys q
tui_wait "Papers  2 of $shown" "q: back to the list"
is "$(cli_count 'inst:"University of Edinburgh" unread')" 0 "both entries were marked read"

# --- resize to 40 columns and back, also with the picker open
tui_resize 40 12
tui_wait "^┌─ Papers  2 of $shown · score ▼ ─+┐$" "at 40x12 the list takes the screen"
unlike "$screen" 'Facets|Abstract' "facets and abstract folded away"
like "$(status_line)" '^ inst:"University of Ed… +\? help  q quit$' "the status line shows the filter, cut to fit"
tui_resize 120 40
tui_wait '─ Facets ─' "at 120x40 the facets come back"
like "$screen" '─ Abstract ─' "and the abstract"
tui_keys i
tui_wait 'Institutions · ' "the picker"
tui_resize 40 12
tui_wait '┌ Institutions · [0-9]+ of [0-9]+' "the picker is redrawn at 40 columns"
is "$(printf '%s\n' "$screen" | wc -l | tr -d ' ')" 12 "twelve lines"
tui_resize 120 40
tui_wait '─ Facets ─' "and again at 120 columns"
tui_keys Escape
tui_wait_gone 'Institutions · ' "Esc closes the picker"

tui_keys q
tui_wait_exit "q quits"
is "$exit_status" 0 "exit status 0"
is "$(tui_display '#{alternate_on}')" 0 "the terminal is back on its normal screen"
tui_check_stderr

# --- another theme: --theme over the config's
tui_start -- --theme default
tui_wait "Papers  $shown · score" "--theme default"
like "$(tui_screen_escapes | tail -1)" '48;5;235' "the default theme's status line"
tui_keys q
tui_wait_exit
tui_start -- --theme monochrome
tui_wait "Papers  $shown · score" "--theme monochrome"
unlike "$(tui_screen_escapes)" '[34]8;5;|\[[34][0-7]m' "no colours at all"
tui_keys q
tui_wait_exit
is "$exit_status" 0 "exit status 0"
tui_check_stderr
done_testing
