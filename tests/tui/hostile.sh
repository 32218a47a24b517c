#!/usr/bin/env bash
# Truthful text: escape sequences, controls and bidi overrides stored in the library never
# reach the terminal; wide characters (CJK, emoji) keep the columns aligned.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"

DB=$TMP/library.db
"$TOOLS/make-sample-library" "$DB" || exit 1
# A title with CSI colours, an OSC that would set the window title, an OSC 52 that would
# set the clipboard, a C1 control, a BEL and a right-to-left override; an abstract with a
# screen clear. (The ingester cleans text too; this is what a damaged or foreign library
# could hold.)
sqlite3 "$DB" "UPDATE paper SET title = 'Evil ' || char(27) || '[31mred' || char(27) || '[0m '
	|| char(27) || ']0;pwned' || char(7) || char(27) || ']52;c;ZXZpbA==' || char(7)
	|| char(155) || 'end' || char(8238) || 'txt.exe', abstract = 'Clear'
	|| char(27) || '[2J' || char(27) || '[H screen' WHERE id = 20" || exit 1
# the same in an author, an institution (the facet pane too), a topic and the user's note,
# which the full reader shows: an OSC 8 hyperlink, a DCS, a C1 CSI, an OSC 52
sqlite3 "$DB" "UPDATE author SET name = 'Ann ' || char(27) || ']8;;https://evil.example/' || char(27) || '\\Lee'
		|| char(27) || ']8;;' || char(27) || '\\' WHERE paper_id = 20 AND pos = 0;
	UPDATE institution SET name = 'Stanford ' || char(27) || 'P+q544e' || char(27) || '\\University'
		WHERE name = 'Stanford University';
	INSERT INTO note (paper_id, text, updated_at) VALUES (20, 'My note ' || char(155) || '2J'
		|| char(27) || ']52;c;bm90ZQ==' || char(27) || '\\ kept', 0)" || exit 1
# a title with wide characters: 7 CJK characters and an emoji, 2 columns each
sqlite3 "$DB" "UPDATE paper SET title = '大规模语言模型研究 🚀 ünïcödé' WHERE id = 3" || exit 1
_tmux_title_before=

tui_start
tui_wait 'Papers  40' "opened"
# (the C1 CSI takes the "e" after it as its final byte, as a terminal would)
like "$(tui_line 2)" 'Evil red ndtxt\.exe' "the title shows without its control sequences"
unlike "$screen" 'pwned|ZXZpbA|\[31m|\[2J' "no sequence shows as text either"
like "$screen" 'Clear screen' "the abstract's screen clear is gone"
esc=$(tui_screen_escapes)
unlike "$esc" '31mred|\]0;|\]52;' "the raw screen holds none of them"
unlike "$(tui_display '#{pane_title}')" 'pwned' "the window title was not changed"
is "$(_tmux show-buffer 2>/dev/null)" "" "the clipboard was not set"

# the full reader: title, authors, institutions, abstract and note, all without sequences
tui_keys Enter
tui_wait '─ Paper · arXiv:2505\.05555 ─' "the full reader opens on the hostile paper"
like "$screen" 'Evil red ndtxt\.exe' "its title without sequences"
like "$screen" 'Ann Lee' "the author without the hyperlink"
like "$screen" 'Stanford University' "the institution without the DCS"
like "$screen" 'My note +kept' "the note without the C1 CSI and the OSC 52"
like "$screen" 'Clear screen' "the abstract without the screen clear"
unlike "$screen" 'pwned|ZXZpbA|bm90ZQ|evil\.example|\+q544e|\[2J|\[31m' "no payload shows as text"
esc=$(tui_screen_escapes)
unlike "$esc" '\]8;;|\]52;|\]0;|P\+q' "the raw screen holds none of them"
is "$(_tmux show-buffer 2>/dev/null)" "" "the clipboard was not set"
unlike "$(tui_display '#{pane_title}')" 'pwned' "the window title was not changed"
tui_keys q
tui_wait 'Papers  40' "back to the list"

# wide characters: the row is still exactly 120 columns wide, with the border in place
line=$(tui_line 3)
like "$line" '大规模语言模型研究 🚀 ünïcödé +│$' "the wide title ends before the border"
chars=$(printf '%s' "$line" | wc -m | tr -d ' ')
# 9 CJK characters and the emoji take two columns each: 120 columns are 110 characters
is "$chars" 110 "the line is 120 columns wide"
tui_keys j
tui_wait 'score 58 · 2023-12-14' "selected"
like "$screen" '│ 大规模语言模型研究 🚀 ünïcödé +│$' "the abstract pane aligns it too"

tui_keys q
tui_wait_exit
tui_check_stderr
done_testing
