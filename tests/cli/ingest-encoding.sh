#!/usr/bin/env bash
# ingest-encoding.sh — a real page (HAL, a French title) saved in other encodings comes out the
# same: Latin-1 declared by its meta, Latin-1 with no declaration, UTF-16 with a BOM, and
# Latin-1 gzipped or read from standard input.
source "$(dirname "$0")/../lib.sh"

HAL=$CORPUS/real/highwire/hal-jpa-00235190.html
# The page's <meta charset="UTF-8"> as it is in the file; the test depends on it.
is "$(grep -c '<meta charset="UTF-8">' "$HAL")" 1 "the page declares UTF-8 once"

# paper DB — title, authors and abstract of the one paper in DB, as json.
paper() { "$PB" --db "$1" list --format json | jq -c '.[] | [.title, .authors, .abstract]'; }
# page FILE... — ingests FILE into a new library; its paper in $got.
n=0
page() {
	n=$((n + 1))
	run "$PB" --db "$TMP/$n.db" ingest --quiet "$@"
	is "$rc:$err" "0:" "$(basename "$1") ingests without a message"
	got=$(paper "$TMP/$n.db")
}

page "$HAL"
want=$got
# Read off the page: citation_title "Déplacement de Knight dans les alliages", one
# citation_author "Jacques Friedel", the abstract starting "Des calculs récents de la densité".
is "$(jq -r '.[0]' <<<"$want")" "Déplacement de Knight dans les alliages" "UTF-8: the title"
is "$(jq -c '.[1]' <<<"$want")" '["Jacques Friedel"]' "UTF-8: the author"
like "$(jq -r '.[2]' <<<"$want")" "^Des calculs récents de la densité électronique dans les alliages" \
	"UTF-8: the abstract"

iconv -f UTF-8 -t ISO-8859-1 "$HAL" | sed 's/<meta charset="UTF-8">/<meta charset="ISO-8859-1">/' \
	>"$TMP/latin1.html"
ok "$([ "$(grep -c $'D\xe9placement' "$TMP/latin1.html")" -gt 0 ] &&
	! grep -q $'\xc3\xa9' "$TMP/latin1.html"; echo $?)" "the Latin-1 copy holds é as one byte"
page "$TMP/latin1.html"
is "$got" "$want" "Latin-1 declared by <meta charset>: the same paper"

sed 's/<meta charset="ISO-8859-1">//' "$TMP/latin1.html" >"$TMP/latin1-bare.html"
is "$(grep -ci 'charset' "$TMP/latin1-bare.html")" 0 "the bare copy declares no encoding"
page "$TMP/latin1-bare.html"
is "$got" "$want" "Latin-1 with nothing declared: the same paper"

iconv -f UTF-8 -t UTF-16 "$HAL" >"$TMP/utf16.html"
page "$TMP/utf16.html"
is "$got" "$want" "UTF-16 with a byte-order mark: the same paper"

gzip -c "$TMP/latin1.html" >"$TMP/latin1.html.gz"
page "$TMP/latin1.html.gz"
is "$got" "$want" "Latin-1, gzipped: the same paper"

n=$((n + 1))
run "$PB" --db "$TMP/$n.db" ingest --quiet - <"$TMP/latin1-bare.html"
is "$rc" 0 "Latin-1 on standard input ingests"
is "$(paper "$TMP/$n.db")" "$want" "Latin-1 on standard input: the same paper"

done_testing
