#!/usr/bin/env bash
# A live library: changes made by other processes show up in the open reader; a writer
# holding the lock makes the reader wait, not fail; SIGTERM and ^C leave the terminal as it
# was.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

tui_start
tui_wait 'Papers  40 · score' "opened"
tui_wait '★ favourites +3' "three favourites"

# another process marks a favourite: the facet count follows without a key
run "$PB" --db "$DB" fav 1
is "$rc" 0 "paperboat fav 1 while the reader is open"
tui_wait '★ favourites +4' "the reader notices the change by itself"

# another process ingests pages: new papers appear in the count
run "$PB" --db "$DB" ingest "$CORPUS/real/hf/daily-2024-08-01.html"
is "$rc" 0 "paperboat ingest while the reader is open"
total=$(sqlite3 "$DB" 'SELECT count(*) FROM paper')
ok "$([ "$total" -gt 40 ]; echo $?)" "the ingest added papers ($total)"
tui_wait "Papers  $(thousands "$total") · score" "the header counts them"

# a writer holds the lock for two seconds; a change made meanwhile waits for it
sqlite3 "$DB" "BEGIN IMMEDIATE; UPDATE paper SET score = score WHERE id = 1;" \
	".shell sleep 2" "COMMIT;" &
locker=$!
sleep 0.5
tui_keys g '*'
tui_wait 'unfavourited: 1 paper' "the change is saved once the lock is free"
wait $locker
unlike "$screen" 'locked|busy' "no 'database is locked'"

# SIGTERM: the reader quits and restores the terminal
kill -TERM "$(tui_pid)"
tui_wait_exit "SIGTERM ends the reader"
is "$exit_status" 143 "with status 128 + 15"
is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"
tui_check_stderr

# ^C likewise
tui_start
tui_wait 'Papers  ' "opened again"
tui_keys C-c
tui_wait_exit "^C ends the reader"
is "$exit_status" 130 "with status 128 + 2"
is "$(tui_display '#{alternate_on}')" 0 "the alternate screen was left"
tui_check_stderr
done_testing
