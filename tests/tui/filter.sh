#!/usr/bin/env bash
# Filtering: the institution and topic pickers (narrowing, accents, several values), score,
# a typed query, a bad query (its column under the caret), facets, favourites/unread only,
# full-text search. The status line shows the filter as query text, and `paperboat list`
# with that text finds as many papers as the header says.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

# cli_count QUERY: papers `paperboat list QUERY` prints.
cli_count() { "$PB" --db "$DB" list "$1" --format tsv | wc -l | tr -d ' '; }
status_line() { printf '%s\n' "$screen" | tail -1; }

tui_start
tui_wait 'Papers  40 · score' "opened"

# --- institution picker: narrowing, then Enter takes the highlighted value
tui_keys i
tui_wait 'Institutions · [0-9]+ of [0-9]+' "i opens the institution picker"
tui_literal "tsing"
tui_wait '\[ \] Tsinghua University +14' "typing narrows the picker; counts shown"
like "$screen" 'Tsinghua-Berkeley Shenzhen Institute' "both Tsinghua values match"
unlike "$screen" '\[ \] Stanford University' "others are gone"
tui_keys Enter
tui_wait 'Papers  14 of 40' "Enter filters by the highlighted institution"
like "$(status_line)" '^ inst:"Tsinghua University" ' "the status line shows the query"
is "$(cli_count 'inst:"Tsinghua University"')" 14 "paperboat list finds the same 14"

# --- several values combine with or
tui_keys i
tui_wait '\[x\] Tsinghua University' "the picker shows the value in the filter as chosen"
tui_literal "stanford"
tui_wait '\[ \] Stanford University +2' "narrowed to Stanford"
tui_keys BTab Enter
tui_wait 'Papers  16 of 40' "two institutions: 14 + 2 papers"
like "$(status_line)" '^ \(inst:"Tsinghua University" or inst:"Stanford University"\)' \
	"they combine as (a or b)"
is "$(cli_count '(inst:"Tsinghua University" or inst:"Stanford University")')" 16 "the CLI agrees"

# --- accents and case do not matter when narrowing
tui_keys c i
tui_wait 'Institutions · ' "picker again"
tui_literal "UNIVERSITE"
tui_wait 'Université de Toulouse' "UNIVERSITE finds Université"
tui_keys Escape
tui_wait_gone 'Institutions · ' "Esc closes the picker"
like "$(status_line)" '^ all papers' "Esc changed nothing"

# --- topic picker, then a minimum score and a range
tui_keys t
tui_wait 'Topics · ' "t opens the topic picker"
tui_literal "rl"
tui_wait '\[ \] rl +5' "five papers on rl"
tui_keys Enter
tui_wait 'Papers  5 of 40' "filtered by topic"
like "$(status_line)" '^ topic:rl ' "topic in the status line"
tui_keys s
tui_wait 'score \(10, 5\.\.50' "s asks for a score"
tui_literal "10"
tui_keys Enter
tui_wait 'Papers  4 of 40' "topic:rl score>=10: papers 7, 8, 9 and 17"
like "$(status_line)" '^ topic:rl score>=10 ' "score in the status line"
is "$(cli_count 'topic:rl score>=10')" 4 "the CLI agrees"
tui_keys s C-u
tui_literal "5..20"
tui_keys Enter
tui_wait 'Papers  2 of 40' "a range: 8 (12) and 9 (10)"
like "$(status_line)" '^ topic:rl score:5\.\.20 ' "the range in the status line"

# --- a typed query replaces the filter; the prompt starts with the filter as text
tui_keys :
tui_wait 'query: topic:rl score:5\.\.20' "the query prompt holds the filter"
tui_keys C-u
tui_literal "inst:tsinghua score>=10 -topic:rl"
tui_keys Enter
tui_wait 'Papers  6 of 40' "inst:tsinghua score>=10 -topic:rl: 3 10 12 16 18 27"
like "$(status_line)" '^ inst:tsinghua score>=10 -topic:rl ' "the typed query is the filter"
is "$(cli_count 'inst:tsinghua score>=10 -topic:rl')" 6 "the CLI agrees"
tui_keys : C-u
tui_wait '^query:$' "an empty prompt"
tui_keys Up
tui_wait '^query: inst:tsinghua score>=10 -topic:rl$' "Up recalls the last query"
tui_keys Escape

# --- a bad query: the caret points at the column, the filter stays
tui_keys :
tui_wait 'query: inst:tsinghua' "prompt"
tui_keys C-e C-u
tui_literal "topic:agents score>=x"
tui_keys Enter
# "query: " is 7 columns; the x is column 21 of the query: the caret is at screen column 28
tui_wait '^ {27}\^ .*number' "the error's caret is under the bad column"
like "$(status_line)" '^query: topic:agents score>=x' "the prompt stays open with the text"
tui_keys Escape
tui_wait_gone '\^ .*number' "Esc leaves the prompt"
like "$(status_line)" '^ inst:tsinghua score>=10 -topic:rl ' "the filter did not change"

# --- facets: Enter on a facet filters by it, again removes it
tui_keys c
tui_wait '^ all papers' "c clears"
tui_wait 'Papers  40 · ' "all 40 again"
tui_keys BTab Enter
tui_wait 'Papers  14 of 40' "Enter on the first institution facet"
like "$(status_line)" '^ inst:"Tsinghua University" ' "the facet became the filter"
like "$screen" '✓ Tsinghua University' "the facet is marked as in the filter"
tui_keys Enter
tui_wait 'Papers  40 · ' "Enter again takes it out"

# --- favourites only, unread only
tui_keys F
tui_wait 'Papers  3 of 40' "F: favourites only"
like "$(status_line)" '^ fav ' "fav in the status line"
tui_keys F u
tui_wait 'Papers  37 of 40' "u: unread only"
like "$(status_line)" '^ unread ' "unread in the status line"
tui_keys u

# --- full-text search
tui_keys /
tui_wait '^search:' "/ asks for words"
tui_literal "verifiers"
tui_keys Enter
tui_wait 'Papers  1 of 40' "one paper mentions verifiers"
like "$(status_line)" '^ verifiers ' "the words are the query"

# --- sort order
tui_keys c o
tui_wait 'Papers  40 · date ▼' "o: by date, newest first"
like "$(tui_line 2)" '2026-04-29' "the newest paper first"
tui_keys O
tui_wait 'Papers  40 · date ▲' "O reverses"
like "$(tui_line 2)" '1999-01' "the oldest paper first"

tui_keys q
tui_wait_exit
tui_check_stderr
done_testing
