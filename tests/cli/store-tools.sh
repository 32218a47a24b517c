#!/usr/bin/env bash
# store-tools.sh — the test tools that build and dump libraries: make-sample-library makes the
# same library every time, dump-library shows it without ids or times, and neither touches a
# file that is not a library.
source "$(dirname "$0")/../lib.sh"

run "$TOOLS/make-sample-library" "$TMP/a.db"
is "$rc" 0 "make-sample-library creates a library"
run "$TOOLS/make-sample-library" "$TMP/b.db"
run "$TOOLS/dump-library" "$TMP/a.db"
is "$rc" 0 "dump-library reads it"
a=$out
run "$TOOLS/dump-library" "$TMP/b.db"
is "$out" "$a" "two sample libraries dump the same"
like "$a" "arxiv: hep-th/9901001" "the dump shows an old-style arXiv id"
like "$a" "Tsinghua University tsinghua university 14" "the dump shows institution counts"
is "$(printf '%s\n' "$a" | grep -c '^paper$')" 40 "forty papers"

run "$TOOLS/make-sample-library" "$TMP/a.db"
is "$rc" 1 "an existing path is refused"
like "$err" "already exists" "and says so"

printf 'not a library\n' >"$TMP/notes.txt"
run "$TOOLS/dump-library" "$TMP/notes.txt"
is "$rc" 1 "a text file is refused"
like "$err" "notes.txt: not a paperboat library" "with the file named"
is "$(cat "$TMP/notes.txt")" "not a library" "and left as it was"
ok "$([ ! -e "$TMP/notes.txt-wal" ] && [ ! -e "$TMP/notes.txt-shm" ]; echo $?)" "no side files"

done_testing
