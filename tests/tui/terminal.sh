#!/usr/bin/env bash
# The terminal: colours matched to an 8-colour terminal; a crash (SIGSEGV, SIGABRT) and
# SIGHUP still leave the terminal as it was; R and C-l; the sort order cycles through every
# key; T and r act on every marked paper.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1
cli_ids() { "$PB" --db "$DB" list "$1" --format tsv | cut -f1 | sort -n | tr '\n' ' '; }

# --- an 8-colour terminal: the theme's colours become the eight basic ones
tui_start TERM=screen --
tui_wait 'Papers  40 · score' "opened with TERM=screen (8 colours)"
esc=$(tui_screen_escapes)
unlike "$esc" '[34]8;5;|[34]8;2;' "no 256-colour or direct-colour escapes"
like "$esc" '\[([0-9;]*;)?4[0-7](;[0-9;]*)?m' "basic background colours"
like "$esc" '\[([0-9;]*;)?3[0-7](;[0-9;]*)?m' "basic foreground colours"
# the status line of the default theme is light grey on dark grey: white on black here
like "$(printf '%s\n' "$esc" | tail -1)" '40m|4[0-7];' "the status line has a basic background"

# --- a crash: the sanitizer's (or the release build's) handler restores the terminal first;
# a change made just before it is in the library (each is committed at once)
tui_keys j j '*'
tui_wait '★ favourite: 1 paper' "paper 17 made a favourite"
kill -SEGV "$(tui_pid)"
tui_wait_exit "SIGSEGV ends the reader"
ok "$([ "$exit_status" != 0 ]; echo $?)" "with a failure status ($exit_status)"
is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"
is "$(cli_ids fav)" "3 17 20 28 " "the favourite made before the crash is kept"

# the release build has no sanitizer: its own handler restores the terminal, then the reader
# dies of the signal as it would have
if [ -x "$TOP/paperboat" ]; then
	asan_pb=$PB
	PB=$TOP/paperboat
	tui_start
	tui_wait 'Papers  40 · score' "the release build"
	kill -SEGV "$(tui_pid)"
	tui_wait_exit "SIGSEGV ends it"
	is "$exit_status" 139 "killed by the signal (128 + 11)"
	is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"
	PB=$asan_pb
else
	ok 0 "# SKIP no release build at $TOP/paperboat"
fi

tui_start
tui_wait 'Papers  40 · score' "opened again"
kill -ABRT "$(tui_pid)"
tui_wait_exit "SIGABRT ends the reader"
ok "$([ "$exit_status" != 0 ]; echo $?)" "with a failure status ($exit_status)"
is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"

tui_start
tui_wait 'Papers  40 · score' "opened again"
kill -HUP "$(tui_pid)"
tui_wait_exit "SIGHUP ends the reader"
is "$exit_status" 129 "with status 128 + 1"
is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"
tui_check_stderr

# --- R reloads, C-l redraws, o cycles score -> date -> title -> added -> score
tui_start
tui_wait 'Papers  40 · score ▼' "opened"
sqlite3 "$DB" "UPDATE paper SET title = 'Retitled Behind Its Back' WHERE id = 20" || exit 1
tui_keys R
tui_wait 'Retitled Behind Its Back' "R shows a change made outside"
like "$(printf '%s\n' "$screen" | tail -1)" 'reloaded' "and says so"
tui_keys C-l
tui_wait 'Papers  40 · score ▼' "C-l redraws"
tui_keys o
tui_wait 'Papers  40 · date ▼' "o: date"
tui_keys o
tui_wait 'Papers  40 · title ▲' "o: title, A to Z"
like "$(tui_line 2)" '  \(untitled\)|  [0-9A-Za-z]' "a title row"
tui_keys o
tui_wait 'Papers  40 · added ▼' "o: when added, newest first"
tui_keys o
tui_wait 'Papers  40 · score ▼' "o: back to score"

# --- marks: T and r act on every marked paper; U undoes the whole bulk change
tui_keys g Space Space Space
tui_wait '3 marked' "three papers marked (20, 3, 17)"
tui_keys T
tui_wait '^tags of marked \(\+add -remove\):' "T asks for the tags of the marked papers"
tui_literal "+bulk"
tui_keys Enter
tui_wait 'tags: 3 added' "one tag on three papers"
is "$(cli_ids tag:bulk)" "3 17 20 " "the CLI sees all three"
tui_keys r
tui_wait 'read: 3 papers' "r marks the three read"
is "$(cli_ids '-unread tag:bulk')" "3 17 20 " "all three are read"
tui_keys U
tui_wait 'undone: mark read' "U undoes the read marks"
# the sample library has paper 3 read from the start: it stays read
is "$(cli_ids 'unread tag:bulk')" "17 20 " "each back as it was: 17 and 20 unread, 3 read"
tui_keys U
tui_wait 'undone: tags' "U undoes the tagging"
is "$(cli_ids tag:bulk)" "" "of all three"

tui_keys q
tui_wait_exit
is "$exit_status" 0 "exit status 0"
tui_check_stderr
# a bad --query: one line with the column, status 2, before the screen is touched
run "$PB" --db "$DB" --query 'score>='
is "$rc" 2 "a bad --query exits with status 2"
is "$err" "paperboat: --query: column 8: expected a number after 'score>='" "and says where"
done_testing
