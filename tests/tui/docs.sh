#!/usr/bin/env bash
# What the documentation shows is what the reader does: the README's capture of the reader is
# the screen the binary draws, and the example configuration and theme of the man page load
# without a single message and do what they say.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1

# --- the README's capture: the sample library at 100x26, after ':' and a query
want=$(awk '/^```$/ { inblock = !inblock; n++; next } inblock && n == 1' "$TOP/README.md")
ok "$([ "$(printf '%s\n' "$want" | wc -l)" -eq 26 ]; echo $?)" "the README's first block is a 26-line capture"
# its status line is the query that was typed after ':'
query=$(printf '%s\n' "$want" | tail -1 | sed -n 's/^ \(.*[^ ]\)  *? help  q quit$/\1/p')
ok "$([ -n "$query" ]; echo $?)" "the capture's status line holds a query ($query)"
TUI_COLS=100 TUI_ROWS=26 tui_start
tui_wait 'Papers  40 · score' "opened at 100x26"
tui_keys :
tui_keys C-u
tui_literal "$query"
tui_keys Enter
tui_wait "^ $query " "the query is the filter"
tui_settle
# tmux leaves out trailing blanks; so does the README
is "$(printf '%s\n' "$screen" | sed 's/ *$//')" "$(printf '%s\n' "$want" | sed 's/ *$//')" \
	"the README's capture is what the reader draws"
tui_keys q
tui_wait_exit
tui_check_stderr

# --- the README's key table names every action (saved searches as search-1 … search-9)
table=$(sed -n '/^| keys | action | does |$/,/^$/p' "$TOP/README.md")
for a in $("$TOOLS/ui-tables" | awk -F'\t' '$1 == "action" && $2 !~ /^search-[2-8]$/ { print $2 }'); do
	like "$table" "(^|[ ,|])$a([ ,|]|$)" "the README's key table has $a"
done

# --- the README's query table: every query in its first column runs
while IFS= read -r q; do
	run "$PB" --db "$DB" list "$q" --format tsv
	is "$rc:$err" "0:" "the README's query runs: $q"
done < <(sed -n '/^| query | matches |$/,/^$/p' "$TOP/README.md" | sed -n '3,$p' | cut -d'|' -f2 |
	grep -oE '`[^`]+`' | tr -d '`' | grep -v '^\.\.\.$' | grep -v '^( \.\.\. )$')

# --- the man page's example configuration and theme
man_text=$(MANPAGER=cat MANWIDTH=100 MAN_DISABLE_SECCOMP=1 man "$TOP/man/paperboat.1" 2>/dev/null)
CONF_DIR=$XDG_CONFIG_HOME/paperboat
mkdir -p "$CONF_DIR/themes"
printf '%s\n' "$man_text" | sed -n '/^       An example:/,/^THEMES/p' | sed -n 's/^              //p' \
	>"$CONF_DIR/config"
printf '%s\n' "$man_text" | sed -n '/themes\/mine\.theme:$/,/^FILES/p' | sed -n 's/^              //p' \
	>"$CONF_DIR/themes/mine.theme"
like "$(cat "$CONF_DIR/config")" '^# ~/.config/paperboat/config' "the example configuration is found"
like "$(cat "$CONF_DIR/themes/mine.theme")" 'status +white +blue' "the example theme is found"

tui_start -- --theme mine
tui_wait 'Papers  40 · date ▼' "the example's sort order (date, newest first)"
like "$(printf '%s\n' "$screen" | tail -1)" '^ all papers ' "no message about a bad line"
# status: white on blue, colours 7 and 4 as they are on a 256-colour terminal
like "$(tui_screen_escapes | tail -1)" '\[([0-9;]*;)?(37|38;5;7)(;[0-9;]*)?m' "the example theme's status foreground"
like "$(tui_screen_escapes | tail -1)" '\[([0-9;]*;)?(44|48;5;4)(;[0-9;]*)?m' "and background"
tui_keys '#'
tui_wait '─ Keys ─' "bind Hash help: # opens the help"
like "$screen" '  j, J, Down +move down +move-down' "bind J move-down"
unlike "$screen" '  K +previous paper' "unbind K"
tui_keys q 1
tui_wait 'Papers  [0-9]+ of 40' "saved search 1"
like "$(printf '%s\n' "$screen" | tail -1)" '^ topic:agents score>=10 ' "is the example's query"
tui_keys q
tui_wait_exit
is "$exit_status" 0 "exit status 0"
is "$(cat "$TMP/reader.err")" "" "nothing on standard error: every line was understood"

# ingest reads the example's alias and topic lines without a message either
run "$PB" --db "$DB" ingest --quiet "$CORPUS/seeds/000_9bdac604eba13c6f.txt"
is "$rc:$err" "0:" "ingest with the example configuration: no message"
run "$PB" --db "$DB" retopic --show-rules
like "$out" '^topic world-models: world model\*, dreamer$' "the example's topic rule is in force"
done_testing
