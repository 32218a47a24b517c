#!/usr/bin/env bash
# The user's papers: favourite, tags (with completion), read/unread, the note in $EDITOR,
# marks acting on several papers, undo. Every change is in the library at once: the CLI
# sees it while the reader is still open.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1
cli_ids() { "$PB" --db "$DB" list "$1" --format tsv | cut -f1 | sort -n | tr '\n' ' '; }

# The editor: writes a known note over the file it is given (argv, no shell involved).
cat >"$TMP/editor" <<'ED'
#!/bin/sh
printf 'Read the appendix first.\nThen the code.\n' > "$1"
ED
chmod +x "$TMP/editor"

tui_start EDITOR="$TMP/editor" --
tui_wait 'Papers  40 · score' "opened"

# the third row is paper 17 (score 50), not a favourite
tui_keys j j
tui_wait 'score 50 · 2025-02-20' "paper 17 selected"
tui_keys '*'
tui_wait '★ favourite: 1 paper' "* makes it a favourite"
like "$(tui_line 4)" '│ ★ +50 ' "the star shows in the list"
is "$(cli_ids fav)" "3 17 20 28 " "paperboat list fav sees it while the reader is open"

tui_keys T
tui_wait '^tags \(\+add -remove\):' "T asks for tags"
tui_literal "to"
tui_keys Tab
tui_wait '^tags \(\+add -remove\): toread' "Tab completes an existing tag"
tui_literal "later"
tui_keys Enter
tui_wait 'tags: 2 added, 0 removed' "two tags added"
is "$(cli_ids tag:toread)" "3 16 17 20 " "tag:toread now has paper 17"
is "$(cli_ids tag:later)" "17 " "and the new tag exists"

tui_keys T
tui_wait 'now: later toread' "the prompt shows the paper's tags"
tui_literal "-later"
tui_keys Enter
tui_wait 'tags: 0 added, 1 removed' "-tag removes it"
is "$(cli_ids tag:later)" "" "tag:later is empty again"

tui_keys U
tui_wait 'undone: tags' "U undoes the last change"
is "$(cli_ids tag:later)" "17 " "the tag is back"
tui_keys U U
tui_wait 'undone: favourite' "U again undoes the favourite"
is "$(cli_ids fav)" "3 20 28 " "paper 17 is no favourite any more"
is "$(cli_ids tag:toread)" "3 16 20 " "and the first tagging was undone too"

# read / unread
tui_keys r
tui_wait 'read: 1 paper' "r marks it read"
is "$("$PB" --db "$DB" list 'unread' --format tsv | wc -l | tr -d ' ')" 36 "36 unread left"
tui_keys r
tui_wait 'unread: 1 paper' "r again: unread"

# the note in $EDITOR
tui_keys n
tui_wait 'note saved' "n runs the editor and saves the note"
run "$PB" --db "$DB" show 17 --format json
like "$out" 'Read the appendix first' "paperboat show sees the note"
tui_keys Enter
tui_wait 'Read the appendix first\.' "the full reader shows the note"
like "$screen" 'Then the code\.' "all of it"
tui_keys q
tui_wait 'Papers  40' "back to the list"

# marks: Space marks and moves down; * acts on every marked paper
tui_keys g Space Space Space
tui_wait '3 marked' "three papers marked"
tui_keys '*'
tui_wait 'unfavourited: 3 papers|★ favourite: 3 papers' "* acts on the marked papers"
# 20 and 3 were favourites, 17 was not: not all were, so all three became favourites
like "$screen" '★ favourite: 3 papers' "mixed: they all become favourites"
is "$(cli_ids fav)" "3 17 20 28 " "all three are favourites"
tui_keys M
tui_wait 'marks cleared' "M clears the marks"
unlike "$screen" 'marked' "no marks left"

tui_keys q
tui_wait_exit
tui_check_stderr
done_testing
