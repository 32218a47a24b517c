#!/usr/bin/env bash
# stats.sh — `paperboat stats` (totals and --by, in every format) and `paperboat check` (a good
# library, a damaged one), and the exit status when there is no library at all.
source "$(dirname "$0")/../lib.sh"

lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib
tab=$'\t'

run "$PB" stats --format tsv
is "$out" "papers${tab}40
with_abstract${tab}39
favourites${tab}3
read${tab}3
tagged${tab}4
sources${tab}8" "stats --format tsv: the totals"
run "$PB" stats
is "$rc" 0 "stats exits 0"
like "$out" "^Papers +40$" "stats: papers"
like "$out" "^Source files +8$" "stats: source files"
run "$PB" stats --format json
is "$(printf '%s' "$out" | jq -c '[.papers, .with_abstract, .favourites, .read, .tagged, .sources]')" \
	"[40,39,3,3,4,8]" "stats --format json"

run "$PB" stats --by tag --format tsv
is "$out" "toread${tab}3
ml/theory${tab}1
survey${tab}1" "--by tag: most papers first, then by name"
run "$PB" stats --by institution --format tsv --limit 2
is "$out" "Tsinghua University${tab}14
Peking University${tab}2" "--by institution --limit 2"
run "$PB" stats --by institution --format tsv
like "$out" "(^|$(printf '\n'))A\*STAR${tab}1($(printf '\n')|$)" "--by institution lists every one"
unlike "$out" "(^|$(printf '\n'))THU${tab}" "an alias is not an institution of its own"
run "$PB" stats --by topic --format tsv --limit 1
is "$out" "agents${tab}13" "--by topic"
run "$PB" stats --by source --format tsv --limit 1
is "$out" "/sample/hf-agents.html${tab}12" "--by source"
run "$PB" stats --by tag
like "$out" "^PAPERS  TAG$" "--by as a table: a header"
like "$out" "^ +3  toread$" "--by as a table: count and name"
run "$PB" stats --by tag --format json
is "$(printf '%s' "$out" | jq -c '[.by, .papers, (.counts | map([.name, .count]))]')" \
	'["tag",40,[["toread",3],["ml/theory",1],["survey",1]]]' "--by as json"

run "$PB" check
is "$rc" 0 "check on a sound library exits 0"
like "$out" "no problems found" "and says so"
is "$err" "" "with nothing on stderr"

damaged=$TMP/damaged.db
cp "$lib" "$damaged"
sqlite3 -batch "$damaged" "PRAGMA foreign_keys = OFF; INSERT INTO favourite (paper_id, added_at) VALUES (999, 0);" ||
	echo "# sqlite3 failed"
run "$PB" --db "$damaged" check
is "$rc" 1 "check on a damaged library exits 1"
ok "$([ -n "$out" ]; echo $?)" "and prints the problems"
like "$err" "[0-9]+ problems? found" "and a count on stderr"

run "$PB" --db "$TMP/missing.db" stats
is "$rc" 1 "stats without a library exits 1"
like "$err" "^paperboat: .*missing\.db" "with a message naming the file"
ok "$([ ! -e "$TMP/missing.db" ]; echo $?)" "and creates none"
printf 'not a library\n' >"$TMP/text.db"
run "$PB" --db "$TMP/text.db" list
is "$rc" 1 "a file that is not a library: exit 1"
is "$(cat "$TMP/text.db")" "not a library" "and the file is left alone"
run env PAPERBOAT_DB="$TMP/missing.db" "$PB" --db "$lib" stats --format tsv
like "$out" "^papers${tab}40" "--db wins over PAPERBOAT_DB"

done_testing
