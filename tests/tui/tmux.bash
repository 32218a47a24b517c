# tests/tui/tmux.bash — driving the real reader in tmux for the screen tests (sourced after
# ../lib.sh). Each test gets its own tmux server on a private socket, so tests can run in
# parallel and never touch a user's tmux. Waiting is by polling the screen for expected
# text, with a timeout; nothing depends on fixed sleeps.

TUI_RUNS=0                    # readers started so far; each gets its own server
TUI_SOCK=$TMP/tmux.0.sock
TUI_TIMEOUT=${TUI_TIMEOUT:-20} # seconds; generous for the sanitizer build on a busy machine

_tmux() { tmux -S "$TUI_SOCK" "$@"; }

# The server's configuration: a 256-colour terminal, panes kept after the program exits so
# that the exit status and the terminal's state can be checked, OSC 52 accepted.
cat >"$TMP/tmux.conf" <<'CONF'
set -g default-terminal "tmux-256color"
set -g remain-on-exit on
set -g set-clipboard on
set -g status off
set -g escape-time 0
CONF

tui_cleanup() {
	local s
	for s in "$TMP"/tmux.*.sock; do [ -S "$s" ] && tmux -S "$s" kill-server 2>/dev/null; done
	rm -rf "$TMP"
}
trap tui_cleanup EXIT

# tui_start [ENV=VALUE...] -- ARGS...: starts the reader (120x40) on $DB with ARGS, in the
# checkout (so it finds themes/ as when run from one). Its standard error goes to
# $TMP/reader.err (sanitizer reports land there) and its exit status to $TMP/reader.status:
# a shell waits for it, since tmux does not always learn the status of a pane's process.
tui_start() {
	local envs=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
	[ "${1:-}" = "--" ] && shift
	local cmd
	[ "$TUI_RUNS" -gt 0 ] && _tmux kill-server 2>/dev/null
	TUI_RUNS=$((TUI_RUNS + 1))
	TUI_SOCK=$TMP/tmux.$TUI_RUNS.sock
	: >"$TMP/reader.err"
	rm -f "$TMP/reader.status"
	cmd=$(printf '%q ' env "${envs[@]}" "$PB" --db "$DB" "$@")
	_tmux -f "$TMP/tmux.conf" new-session -d -s t -x "${TUI_COLS:-120}" -y "${TUI_ROWS:-40}" \
		"cd $(printf %q "$TOP") && $cmd 2>$(printf %q "$TMP/reader.err");
		 echo \$? >$(printf %q "$TMP/reader.status")"
}

# The reader's process id (the child of the pane's shell).
tui_pid() { pgrep -P "$(tui_display '#{pane_pid}')" | head -1; }

tui_keys() { _tmux send-keys -t t "$@"; }
tui_literal() { _tmux send-keys -t t -l -- "$1"; }
tui_screen() { _tmux capture-pane -p -t t; }
tui_screen_escapes() { _tmux capture-pane -p -e -t t; }
tui_resize() { _tmux resize-window -t t -x "$1" -y "$2"; }
tui_display() { _tmux display -p -t t "$1"; }

# tui_settle: waits until two captures a moment apart agree, so that a screen caught in the
# middle of a redraw is not what a test looks at; leaves it in $screen.
tui_settle() {
	local next i
	for i in $(seq 20); do
		sleep 0.05
		next=$(tui_screen)
		[ "$next" == "$screen" ] && return 0
		screen=$next
	done
}

# tui_wait REGEX [NAME]: waits until the screen matches REGEX (grep -E); records a test.
# The (settled) screen is left in $screen.
tui_wait() {
	local re=$1 name=${2:-screen shows /$1/} deadline=$((SECONDS + TUI_TIMEOUT))
	while :; do
		screen=$(tui_screen)
		if printf '%s' "$screen" | grep -Eq -- "$re"; then
			tui_settle
			ok 0 "$name"
			return 0
		fi
		if [ $SECONDS -ge $deadline ]; then
			ok 1 "$name"
			printf '#   waited %ss for: %s\n#   screen:\n' "$TUI_TIMEOUT" "$re"
			printf '%s\n' "$screen" | sed 's/^/#   |/'
			[ -s "$TMP/reader.err" ] && sed 's/^/#   stderr: /' "$TMP/reader.err" | head -20
			return 1
		fi
		sleep 0.1
	done
}

# tui_wait_gone REGEX [NAME]: waits until the screen no longer matches.
tui_wait_gone() {
	local re=$1 name=${2:-screen no longer shows /$1/} deadline=$((SECONDS + TUI_TIMEOUT))
	while :; do
		screen=$(tui_screen)
		if ! printf '%s' "$screen" | grep -Eq -- "$re"; then ok 0 "$name"; return 0; fi
		if [ $SECONDS -ge $deadline ]; then
			ok 1 "$name"
			printf '%s\n' "$screen" | sed 's/^/#   |/'
			return 1
		fi
		sleep 0.1
	done
}

# tui_line N: line N (1-based) of the last screen waited for.
tui_line() { printf '%s\n' "$screen" | sed -n "${1}p"; }

# tui_wait_exit [NAME]: waits for the reader to exit; $exit_status gets its status.
tui_wait_exit() {
	local name=${1:-the reader exits} deadline=$((SECONDS + TUI_TIMEOUT))
	while [ ! -s "$TMP/reader.status" ]; do
		if [ $SECONDS -ge $deadline ]; then
			ok 1 "$name"
			exit_status=none
			tui_screen | tail -3 | sed 's/^/#   |/'
			return 1
		fi
		sleep 0.1
	done
	exit_status=$(cat "$TMP/reader.status")
	ok 0 "$name"
}

# The reader's standard error holds no sanitizer report.
tui_check_stderr() {
	local errs
	errs=$(cat "$TMP/reader.err" 2>/dev/null)
	unlike "$errs" 'Sanitizer|runtime error|LeakSanitizer' "${1:-no sanitizer report}"
}

# thousands N: N with thousands separators, as the reader's header writes counts.
thousands() { printf '%s' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
