#!/usr/bin/env bash
# ingest-pipeline.sh — a run of many files (read ahead by the loader thread while earlier ones
# are stored) ends exactly as the same files ingested one run each: the same lines in the same
# order (failures too), the same library; a file named twice is read once, unchanged files are
# skipped on the next run, standard input among files comes in its place, and a new library in
# a directory that does not exist yet is made.
source "$(dirname "$0")/../lib.sh"

sources() { sqlite3 -readonly "$1" 'SELECT path, hash, adapter FROM source ORDER BY id'; }
dump() { "$TOOLS/dump-library" "$1"; }

# The pages, in one directory so that the run's order is the byte order of their names: the
# real pages (three of them no paper pages: negative-*) and text dumps, copies of three of them
# made distinct (a comment at the end, so another hash; their papers merge with the first
# copy's), and a text file of no known kind in the middle.
P=$TMP/pages
mkdir -p "$P"
n=0
for f in "$CORPUS"/real/*/*.html "$CORPUS"/seeds/*.txt; do
	n=$((n + 1))
	cp "$f" "$P/$(printf '%03d' $n)-$(basename "$f")"
done
for k in $(seq 1 12); do
	for f in hf/daily-2024-08-01.html arxiv/abs-2106.09608-xhtml-2021.html \
		highwire/acl-2021-naacl-main-208.html; do
		n=$((n + 1))
		{ cat "$CORPUS/real/$f"; echo "<!-- copy $k -->"; } >"$P/$(printf '%03d' $n)-copy$k-$(basename "$f")"
	done
	if [ "$k" = 6 ]; then
		n=$((n + 1))
		printf 'just some words\n' >"$P/$(printf '%03d' $n)-words.txt"
	fi
done
mapfile -t files < <(cd "$P" && LC_ALL=C ls | sed "s|^|$P/|")
echo "# ${#files[@]} files"

# The reference: each file in a run of its own (one file: no loader thread), lines and
# messages in order on one stream, the summary lines left out.
for f in "${files[@]}"; do
	"$PB" --db "$TMP/one.db" ingest "$f" 2>&1 | sed '$d'
done >"$TMP/one.out"
is "$(grep -c . "$TMP/one.out")" "${#files[@]}" "the reference has a line per file"
bad='-negative-|-words\.txt'
is "$(grep '^paperboat: ' "$TMP/one.out" | grep -cE -e "$bad")" 4 "in which the four bad files fail"
is "$(grep -c '^paperboat: ' "$TMP/one.out")" 4 "and no other"

# All of them in one run, into a library whose directory does not exist yet.
DB=$TMP/new/dir/all.db
"$PB" --db "$DB" ingest "$P" >"$TMP/all.out" 2>&1
is "$?" 1 "the run fails (four files fail)"
is "$(sed '$d' "$TMP/all.out")" "$(cat "$TMP/one.out")" \
	"the run's lines and messages are those of the files one at a time, in file order"
summary=$(tail -n 1 "$TMP/all.out")
like "$summary" "^${#files[@]} files: [0-9,]+ papers, [0-9,]+ new, [0-9,]+ merged; 4 files failed: $P/[0-9]+-negative-.*; and 1 more \(see above\)$" \
	"the summary counts every file and the failures"
ok "$([ -s "$DB" ]; echo $?)" "the new library was made"
is "$(sources "$DB")" "$(sources "$TMP/one.db")" "the same sources in the same order"
is "$(dump "$DB")" "$(dump "$TMP/one.db")" "the same papers, institutions, topics and counts"
run "$PB" --db "$DB" check
is "$rc" 0 "the library passes check"

# Again: every readable file is skipped unchanged, the library stays as it was.
before=$(dump "$DB")
"$PB" --db "$DB" ingest "$P" >"$TMP/again.out" 2>&1
is "$(grep -c ': unchanged since it was last ingested; skipped$' "$TMP/again.out")" \
	"$(( ${#files[@]} - 4 ))" "a second run skips every file it stored"
is "$(grep -v ': unchanged since it was last ingested; skipped$' "$TMP/again.out" | sed '$d')" \
	"$(grep -E -e "$bad" "$TMP/one.out")" "and fails the same four files"
is "$(dump "$DB")" "$before" "and changes nothing"

# Another order: the lines follow the order the files are named in; a file named twice (by
# another path, too) is read once; a file that does not exist fails in its place; changed
# files are stored, the rest skipped.
good=()
for f in "${files[@]}"; do [[ "$f" =~ $bad ]] || good+=("$f"); done
echo "<!-- changed -->" >>"${good[3]}"
named=()
for ((i = ${#good[@]} - 1; i >= 0; i--)); do
	named+=("${good[i]}")
	[ "$i" = 20 ] && named+=("$TMP/missing.html")
done
"$PB" --db "$DB" ingest "${named[@]}" "$P/../pages/$(basename "${good[0]}")" "${good[5]}" \
	>"$TMP/rev.out" 2>"$TMP/rev.err"
is "$?" 1 "a run with a missing file fails"
is "$(cat "$TMP/rev.err")" "paperboat: $TMP/missing.html: No such file or directory" \
	"the missing file is named"
is "$(sed '$d' "$TMP/rev.out" | sed 's/: [^:]*$//')" \
	"$(printf '%s\n' "${named[@]}" | grep -vF "$TMP/missing.html")" \
	"lines come in the order the files were named, each file once"
like "$(grep -F "${good[3]}:" "$TMP/rev.out")" "^${good[3]}: [0-9]+ papers? \([0-9]+ new, [0-9]+ merged\)$" \
	"the changed file is stored again"
is "$(grep -c 'unchanged since' "$TMP/rev.out")" "$(( ${#good[@]} - 1 ))" "the others are skipped"
like "$(tail -n 1 "$TMP/rev.out")" "^$(( ${#good[@]} + 1 )) files: .* $(( ${#good[@]} - 1 )) unchanged files skipped; 1 file failed: $TMP/missing.html: No such file or directory$" \
	"the summary counts each file once"

# Standard input among files: read in its place, as in a run of its own.
"$PB" --db "$TMP/stdin-one.db" ingest "${files[1]}" 2>&1 | sed '$d' >"$TMP/stdin-one.out"
"$PB" --db "$TMP/stdin-one.db" ingest - <"${files[2]}" 2>&1 | sed '$d' >>"$TMP/stdin-one.out"
"$PB" --db "$TMP/stdin-one.db" ingest "${files[4]}" 2>&1 | sed '$d' >>"$TMP/stdin-one.out"
"$PB" --db "$TMP/stdin-one.db" ingest - </dev/null 2>&1 | sed '$d' >>"$TMP/stdin-one.out"
"$PB" --db "$TMP/stdin.db" ingest "${files[1]}" - "${files[4]}" - <"${files[2]}" >"$TMP/stdin.out" 2>&1
is "$(sed '$d' "$TMP/stdin.out")" "$(cat "$TMP/stdin-one.out")" \
	"stdin between files: its line in its place; named twice, the second read finds it empty"
is "$(sources "$TMP/stdin.db")" "$(sources "$TMP/stdin-one.db")" "and the same sources"
like "$(sed '$d' "$TMP/stdin.out" | sed -n 2p)" '^-: [0-9]+ papers? \(' "stdin's papers are stored"
done_testing
