#!/usr/bin/env bash
# tag.sh — `paperboat tag`, `fav` and `unfav`: changes seen through list, all-or-nothing when an
# id is wrong.
source "$(dirname "$0")/../lib.sh"

lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib

ids() { "$PB" list "$@" --format tsv | cut -f1 | sort -n | tr '\n' ' ' | sed 's/ $//'; }

is "$(ids tag:toread)" "3 16 20" "the sample's toread papers"
run "$PB" tag 1 2501.01111 +toread +later
is "$rc:$out:$err" "0::" "tag +name on two papers, one by arXiv id: quiet success"
is "$(ids tag:toread)" "1 3 16 20" "tag:toread has paper 1 now"
is "$(ids tag:later)" "1 16" "and a new tag on both"
run "$PB" tag 16 -later -toread
is "$rc" 0 "tag -name"
is "$(ids tag:later)" "1" "removed from 16"
is "$(ids tag:toread)" "1 3 20" "both removed"
run "$PB" tag 1
is "$out" "1: later, toread" "tag ID alone prints its tags"
run "$PB" tag 2 16
is "$out" "2: (no tags)
16: ml/theory" "for several papers"

run "$PB" tag 1 999 +nope
is "$rc" 1 "an unknown id exits 1"
like "$err" "no paper '999'" "and names it"
is "$(ids tag:nope)" "" "and nothing changed, not even on the paper that exists"
run "$PB" tag 1 '+two words'
is "$rc" 2 "a tag name with a space is a usage error"

is "$(ids fav)" "3 20 28" "the sample's favourites"
run "$PB" fav 1 2106.09608
is "$rc:$out" "0:" "fav two papers"
is "$(ids fav)" "1 3 13 20 28" "they are favourites"
run "$PB" fav 1
is "$rc" 0 "fav again changes nothing and is fine"
run "$PB" unfav 1 13 3
is "$rc" 0 "unfav"
is "$(ids fav)" "20 28" "unmarked"
run "$PB" fav 2 12345
is "$rc" 1 "fav with an unknown id exits 1"
is "$(ids fav)" "20 28" "and changes nothing"
run "$PB" show 20
like "$out" "^  Favourite +yes$" "show agrees"

run "$PB" --db "$TMP/new.db" fav 1
is "$rc" 1 "fav without a library exits 1"
like "$err" "new\.db" "and names the file"
ok "$([ ! -e "$TMP/new.db" ]; echo $?)" "and does not create one"
run "$PB" --db "$TMP/new.db" tag 1 +x
ok "$([ "$rc" = 1 ] && [ ! -e "$TMP/new.db" ]; echo $?)" "neither does tag"

done_testing
