#!/usr/bin/env bash
# The config file: key bindings (bind/unbind), saved searches, a bad line reported with
# file:line and skipped; themes from the config, --theme, the user's theme directory;
# NO_COLOR.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1
CONF_DIR=$XDG_CONFIG_HOME/paperboat
mkdir -p "$CONF_DIR/themes"
cat >"$CONF_DIR/config" <<'CONF'
# keys
bind J move-down
bind j quit          # j now quits
unbind k
bind x nonsense
search 1 topic:agents score>=10
search 2 inst:"Tsinghua University" fav   # two values
theme light
CONF
status_line() { printf '%s\n' "$screen" | tail -1; }
status_escapes() { tui_screen_escapes | tail -1; }

tui_start
tui_wait "config:5: unknown action 'nonsense'" "a bad config line is reported in the status line"
like "$(status_line)" " ~/.config/paperboat/config:5: unknown action 'nonsense'" "with the file and the line"
# the light theme's status line: #303030 on #d0d0d0, i.e. colours 236 on 252
like "$(status_escapes)" '48;5;252' "theme light from the config"

tui_keys J
tui_wait 'score 58 · 2023-12-14' "J (bound in the config) moves down"
tui_keys k
tui_wait 'k does nothing here' "k was unbound"
tui_keys '?'
tui_wait '─ Keys ─' "the help screen"
like "$screen" '  J, Down +move down +move-down' "help shows the live key table"
like "$screen" '  j, Q +quit at once +quit' "with the rebound key"
like "$screen" '  Up +move up +move-up' "and without the unbound one"
tui_keys q
tui_wait 'Papers  40' "back"

tui_keys 1
tui_wait 'Papers  5 of 40' "saved search 1: agents with a score of 10 or more"
like "$(status_line)" '^ topic:agents score>=10 ' "its query is the filter"
tui_keys 2
tui_wait 'Papers  2 of 40' "saved search 2: Tsinghua favourites (3 and 28)"
like "$(status_line)" '^ inst:"Tsinghua University" fav ' "quotes kept"
tui_keys 3
tui_wait 'no saved search 3' "an unset saved search says so"

tui_keys j
tui_wait_exit "j (bound to quit) quits"
is "$exit_status" 0 "exit status 0"
like "$(cat "$TMP/reader.err")" "paperboat: .*config:5: unknown action 'nonsense'" \
	"the config message is printed again after the reader"

# from here on, a config without mistakes
printf 'theme light\n' >"$CONF_DIR/config"

# --theme overrides the config: the default theme's status line is on #262626 (235)
tui_start -- --theme default
tui_wait 'Papers  40' "--theme default"
like "$(status_escapes)" '48;5;235' "the default theme's colours"
tui_keys Q
tui_wait_exit

# a theme of the user's own, by name, from ~/.config/paperboat/themes
printf 'status 196 21 bold\nbogus-element red blue\n' >"$CONF_DIR/themes/mine.theme"
tui_start -- --theme mine
tui_wait '~/.config/paperboat/themes/mine.theme:2: unknown element .bogus-element' "a bad theme line is reported with file:line"
like "$(status_escapes)" '38;5;196' "the theme's own colours"
like "$(status_escapes)" '48;5;21' "both of them"
tui_keys Q
tui_wait_exit

tui_start -- --theme no-such-theme
tui_wait "theme 'no-such-theme' not found" "an unknown theme is reported"
like "$(status_escapes)" '48;5;235' "and the default theme used"
tui_keys Q
tui_wait_exit

# NO_COLOR: attributes only (the cursor in reverse video), no colours at all
tui_start NO_COLOR=1 -- --theme default
tui_wait 'Papers  40' "NO_COLOR"
esc=$(tui_screen_escapes)
unlike "$esc" '\[(3|4)[0-7]m|[34]8;5;|[34]8;2;' "no colour escapes on the screen"
like "$esc" '[[;]7m' "the cursor is in reverse video"
tui_keys Q
tui_wait_exit
tui_check_stderr
done_testing
