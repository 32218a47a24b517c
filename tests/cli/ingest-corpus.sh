#!/usr/bin/env bash
# ingest-corpus.sh — the whole bundled corpus (real pages and text dumps): ingested twice the
# library is unchanged; ingested in other orders it is the same library.
source "$(dirname "$0")/../lib.sh"

dump() { "$TOOLS/dump-library" "$1"; }
# One copy of the corpus, so every library records the same source paths.
C=$TMP/corpus
mkdir -p "$C"
cp -R "$CORPUS/real" "$CORPUS/seeds" "$C/"
negatives="$C/real/arxiv/negative-list-cs-9101-no-updates.html
$C/real/highwire/negative-cloudflare-acs.html
$C/real/listing-other/negative-pwc-method-vae.html"

run "$PB" --db "$TMP/a.db" ingest "$C/real" "$C/seeds"
is "$rc" 1 "the corpus's negative pages fail"
is "$(printf '%s\n' "$err" | sed -n 's/^paperboat: \([^:]*\): .*/\1/p')" "$negatives" \
	"exactly the three negative pages fail"
is "$(printf '%s\n' "$err" | sed -n 's/^paperboat: [^:]*: //p')" "no paper metadata found (recognised as arxiv-listing, but no papers on it)
not a paper page
not a paper page" "each says why: an empty arXiv listing; a challenge page and a method page are not paper pages"
like "$(printf '%s\n' "$out" | tail -n 1)" "^24 files: [0-9,]+ papers, [0-9,]+ new, [0-9,]+ merged; 3 files failed: " \
	"24 files, three failed"
a=$(dump "$TMP/a.db")
like "$(printf '%s\n' "$a" | grep -c '^paper$')" "^[0-9]{3,}$" "hundreds of papers"

run "$PB" --db "$TMP/a.db" ingest "$C/real" "$C/seeds"
like "$(printf '%s\n' "$out" | tail -n 1)" "^24 files: 0 papers, 0 new, 0 merged; 21 unchanged files skipped; 3 files failed" \
	"ingested again, every good file is skipped"
is "$(dump "$TMP/a.db")" "$a" "ingested twice, the library is unchanged"

# The same files one by one in reverse order, and the text dumps before the pages.
mapfile -t files < <(find "$C" -type f \( -name '*.html' -o -name '*.txt' \) | LC_ALL=C sort -r)
run "$PB" --db "$TMP/b.db" ingest --quiet "${files[@]}"
is "$rc" 1 "reverse order: the negatives fail again"
is "$(dump "$TMP/b.db")" "$a" "files in reverse order give the same library"

run "$PB" --db "$TMP/c.db" ingest --quiet "$C/seeds" "$C/real/listing-other" "$C/real/hf" \
	"$C/real/highwire" "$C/real/arxiv"
is "$(dump "$TMP/c.db")" "$a" "directories in another order give the same library"

# A shuffled order (a fixed random source, so a failure can be repeated): pages and text dumps
# interleaved, one file at a time and all in one run.
for seed in 1; do
	mapfile -t files < <(find "$C" -type f \( -name '*.html' -o -name '*.txt' \) | LC_ALL=C sort |
		shuf --random-source=<(yes "$seed"))
	run "$PB" --db "$TMP/s$seed.db" ingest --quiet "${files[@]}"
	is "$(dump "$TMP/s$seed.db")" "$a" "shuffled order $seed gives the same library"
done

# Ingested again from another place, nothing is skipped, every paper merges with itself: only
# the sources grow.
without_sources() { dump "$1" | grep -v '^  sources:' | sed '/^sources$/,$d'; }
cp -R "$C" "$TMP/again"
run "$PB" --db "$TMP/a.db" ingest "$TMP/again"
like "$(printf '%s\n' "$out" | tail -n 1)" "^24 files: [0-9,]+ papers, 0 new, [0-9,]+ merged; 3 files failed" \
	"the copy: no file skipped, no paper new"
is "$(without_sources "$TMP/a.db")" "$(printf '%s\n' "$a" | grep -v '^  sources:' | sed '/^sources$/,$d')" \
	"re-read in full, the papers are unchanged"
like "$(dump "$TMP/a.db" | grep -m1 '^  sources:')" "\[$TMP/again/.*\] \[$C/" \
	"and each paper lists both copies as sources"

done_testing
