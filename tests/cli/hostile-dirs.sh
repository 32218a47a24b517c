#!/usr/bin/env bash
# hostile-dirs.sh — directories that could trap the walk: symbolic-link loops (to itself, to a
# parent, between two directories), dangling links, a link to a device, and a directory of
# 10,000 files. Each walk ends, reads every page once, and leaves a library that passes check.
source "$(dirname "$0")/../lib.sh"

DB=$TMP/lib.db
"$TOOLS/make-sample-library" "$DB" || exit 1
count() { sqlite3 "$DB" "SELECT count(*) FROM paper"; }
# page FILE N: a landing page for paper number N.
page() {
	printf '<!DOCTYPE html><html><head><meta name="citation_title" content="Walked paper number %d">' "$2"
	printf '<meta name="citation_doi" content="10.5555/walk.%d"></head><body></body></html>\n' "$2"
} 

# Links to itself, to its parent and between two siblings, and a dangling one.
L=$TMP/loops
mkdir -p "$L/a/deep" "$L/b"
page x 100001 >"$L/a/deep/one.html"
page x 100002 >"$L/b/two.html"
ln -s . "$L/a/self"
ln -s ../.. "$L/a/deep/up"
ln -s ../b "$L/a/to-b"
ln -s ../a "$L/b/to-a"
ln -s "$L" "$L/b/root"
ln -s missing.html "$L/b/dangling.html"
ln -s /dev/zero "$L/b/zero.html"
n=$(count)
run timeout 120 "$PB" --db "$DB" ingest "$L"
is "$rc" 0 "the walk ends"
is "$(printf '%s\n' "$out" | tail -n 1)" "2 files: 2 papers, 2 new, 0 merged" \
	"each page is read once, whatever the links; what is not a file is passed over"
is "$(count)" "$((n + 2))" "two papers more in the library"
# Named on the command line, a device is read like a pipe: up to the limit, then refused.
run timeout 120 "$TOOLS/maxrss" "$TMP/rss" "$PB" --db "$DB" ingest "$L/b/zero.html"
is "$rc" 1 "a link to /dev/zero named on the command line fails"
is "$err" "paperboat: $L/b/zero.html: larger than 32 MiB; refused" "at the size limit"
ok "$([ "$(cat "$TMP/rss")" -lt 250000 ]; echo $?)" "memory stays bounded ($(cat "$TMP/rss") KiB)"
run "$PB" --db "$DB" check
is "$rc" 0 "the library passes check"

# A directory of 10,000 files, as a browser's "Save page" of a big listing leaves them: 2,000
# pages and 8,000 images and scripts beside them. (10,000 pages are 10,000 transactions: a
# minute or more on a busy machine, for the same walk.)
M=$TMP/many
mkdir -p "$M"
for ((i = 0; i < 2000; i++)); do
	page x "$i" >"$M/p$(printf '%05d' "$i").html"
done
for ((i = 0; i < 8000; i++)); do
	: >"$M/asset$i.png"
done
is "$(find "$M" -type f | wc -l)" 10000 "10,000 files made"
n=$(count)
# The release binary when there is one: the same code, several times faster than ASan.
BIN=$PB
[ -x "$TOP/paperboat" ] && BIN=$TOP/paperboat
run "$TOOLS/maxrss" "$TMP/rss" timeout 600 "$BIN" --db "$DB" ingest --quiet "$M"
is "$rc" 0 "10,000 files ingest"
is "$out" "2,000 files: 2,000 papers, 2,000 new, 0 merged" "every page, nothing else"
rss=$(cat "$TMP/rss")
ok "$([ "$rss" -lt 200000 ]; echo $?)" "memory stays bounded (${rss} KiB)"
is "$(count)" "$((n + 2000))" "2,000 papers more"
is "$(sqlite3 "$DB" "SELECT title FROM paper WHERE doi = '10.5555/walk.1999'")" "Walked paper number 1999" \
	"the last one is there"
run "$BIN" --db "$DB" ingest --quiet "$M"
is "$out" "2,000 files: 0 papers, 0 new, 0 merged; 2,000 unchanged files skipped" \
	"again: all skipped as unchanged"
run "$PB" --db "$DB" check
is "$rc" 0 "the library passes check"
done_testing
