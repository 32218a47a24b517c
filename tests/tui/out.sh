#!/usr/bin/env bash
# Out of the reader: x opens the link with $BROWSER (argv, http/https only), y and Y copy the
# link and the BibTeX entry through OSC 52 (tmux keeps them as a paste buffer), e exports the
# view or the marked papers to a file named in the status line.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1
# paper 1 gets a link no browser should be handed
sqlite3 "$DB" "UPDATE paper SET url = 'javascript:alert(1)' WHERE id = 1" || exit 1
mkdir -p "$XDG_CONFIG_HOME/paperboat" "$TMP/out"
printf 'set export-dir %s\n' "$TMP/out" >"$XDG_CONFIG_HOME/paperboat/config"

# The browser: records its arguments, one a line.
cat >"$TMP/browser" <<SH
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >"$TMP/opened"
SH
chmod +x "$TMP/browser"

tui_start BROWSER="$TMP/browser" --
tui_wait 'Papers  40 · score' "opened"

# paper 20 has an arXiv id but no page link: its arXiv page is opened
tui_keys x
tui_wait 'opened https://arxiv.org/abs/2505.05555' "x opens the paper's page"
for _ in $(seq 50); do [ -s "$TMP/opened" ] && break; sleep 0.1; done
is "$(cat "$TMP/opened")" "https://arxiv.org/abs/2505.05555" "the browser got the URL as its one argument"

tui_keys y
tui_wait 'copied https://arxiv.org/abs/2505.05555 to the clipboard \(OSC 52\)' "y copies the link"
is "$(_tmux show-buffer)" "https://arxiv.org/abs/2505.05555" "the terminal received it (OSC 52)"
tui_keys Y
tui_wait 'copied the BibTeX entry' "Y copies BibTeX"
buf=$(_tmux show-buffer)
like "$buf" '^@[a-z]+\{' "a BibTeX entry"
like "$buf" 'title = \{Sparse Attention Scales to Million Token Contexts\}' "of this paper"

# a link that is not http(s) is refused, and the browser is not run
rm -f "$TMP/opened"
tui_keys :
tui_literal "MergeVLA"
tui_keys Enter
tui_wait 'Papers  1 of 40' "paper 1 alone"
tui_keys x
tui_wait "not opening 'javascript:alert\(1\)': only http and https links are opened" \
	"x refuses a javascript: link"
sleep 0.5
ok "$([ ! -e "$TMP/opened" ]; echo $?)" "the browser was not run"

# export: the whole view, then only the marked papers
tui_keys c
tui_wait '^ all papers' "filter cleared"
tui_keys e
tui_wait "exported 40 papers to $TMP/out/paperboat-[0-9-]+\.bib" "e exports the view and names the file"
file=$(ls "$TMP"/out/*.bib | head -1)
is "$(grep -c '^@' "$file")" 40 "40 entries in the file"
rm -f "$TMP"/out/*.bib
sleep 1 # the file name has the time to the second
tui_keys g Space Space e
tui_wait "exported 2 papers to $TMP/out/" "with marks, e exports the marked papers"
file=$(ls "$TMP"/out/*.bib | head -1)
is "$(grep -c '^@' "$file")" 2 "2 entries"
like "$(cat "$file")" 'Sparse Attention Scales' "the first marked paper"
like "$(cat "$file")" 'Agent Attention' "the second"

tui_keys q
tui_wait_exit
tui_check_stderr
done_testing
