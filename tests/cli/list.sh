#!/usr/bin/env bash
# list.sh — `paperboat list` on the sample library (tests/unit/helpers/sample-library.h lists
# its 40 papers and the facts used here): queries, sort orders, limits, and the json, tsv and
# table formats. JSON is read with jq.
source "$(dirname "$0")/../lib.sh"

lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib

ids() { # the ids of a json array, space-separated
	jq -r '[.[].id] | map(tostring) | join(" ")'
}

# --- the query of the task, exactly -----------------------------------------------------------
run "$PB" list 'inst:tsinghua score>=10 -topic:rl' --format json
is "$rc" 0 "list QUERY --format json exits 0"
is "$err" "" "nothing on stderr"
# Tsinghua papers (prefix: also Tsinghua-Berkeley, THU by alias) with a score of 10 or more and
# no topic rl: 3 (58), 16 (45), 12 (22), 18 (20), 27 (15), 10 (10) — highest score first.
is "$(printf '%s' "$out" | ids)" "3 16 12 18 27 10" "inst:tsinghua score>=10 -topic:rl"
run "$PB" list inst:tsinghua 'score>=10' -topic:rl --format=json
is "$(printf '%s' "$out" | ids)" "3 16 12 18 27 10" "the same query given as several words"
run "$PB" list --format json -- inst:tsinghua 'score>=10' -topic:rl
is "$(printf '%s' "$out" | ids)" "3 16 12 18 27 10" "the same after --"

# --- json: keys, types, nulls -------------------------------------------------------------------
run "$PB" list --format json
all=$out
is "$(printf '%s' "$all" | jq length)" 40 "no query: all 40 papers"
is "$(printf '%s' "$all" | jq -c 'map(keys_unsorted) | unique')" \
	'[["id","arxiv_id","doi","title","authors","author_count","institutions","primary_institution","topics","date","score","url","pdf_url","abstract","tags","favourite","read","note","sources"]]' \
	"every object has the keys of DESIGN.md §7, in order"
is "$(printf '%s' "$all" | jq '[.. | strings | select(. == "")] | length')" 0 \
	"no empty string stands in for unknown"
is "$(printf '%s' "$all" | jq -c '[.[] | (.id|type), (.favourite|type), (.read|type),
	(.authors|type), (.institutions|type), (.topics|type), (.tags|type), (.sources|type)] | unique')" \
	'["array","boolean","number"]' "ids are numbers, flags booleans, lists arrays"
is "$(printf '%s' "$all" | jq -c '[.[] | select(.score == null) | .id] | sort')" \
	"[14,15,21,23,25,28,29,30,31,32,33,34,35]" "papers without a score have score null"
is "$(printf '%s' "$all" | jq -c '[.[] | select(.score == 0) | .id]')" "[36]" \
	"a score of 0 is a score"

p16=$(printf '%s' "$all" | jq -c '.[] | select(.id == 16)')
is "$(jq -r .arxiv_id <<<"$p16")" "2501.01111" "16: arxiv_id"
is "$(jq -c '[.doi, .url, .pdf_url]' <<<"$p16")" "[null,null,null]" "16: unknown doi and links are null"
is "$(jq -r .title <<<"$p16")" "Planning Agents with Learned World Models" "16: title"
is "$(jq -c .authors <<<"$p16")" '["Li Wei","Chen Jie"]' "16: authors in order"
is "$(jq .author_count <<<"$p16")" 2 "16: author_count"
is "$(jq -c .institutions <<<"$p16")" '["Tsinghua University","Peking University"]' \
	"16: institutions, primary first"
is "$(jq -r .primary_institution <<<"$p16")" "Tsinghua University" "16: primary_institution"
is "$(jq -c '.topics | sort' <<<"$p16")" '["agents","cs.LG"]' "16: topics"
is "$(jq -r .date <<<"$p16")" "2025-01-15" "16: date"
is "$(jq -c '.tags | sort' <<<"$p16")" '["ml/theory","toread"]' "16: tags"
is "$(jq -c '[.favourite, .read]' <<<"$p16")" "[false,false]" "16: not favourite, not read"
is "$(jq -r .note <<<"$p16")" "Compare with the Peking follow-up." "16: note"
is "$(jq -c .sources <<<"$p16")" '["/sample/arxiv-list.html"]' "16: sources"
like "$all" '"score": 45,' "a whole score is written without a fraction"
like "$all" '"score": 8.5,' "paper 22's score 8.5"

p20=$(printf '%s' "$all" | jq -c '.[] | select(.id == 20)')
is "$(jq -r .primary_institution <<<"$p20")" "null" "20: no primary named: null"
is "$(jq -c '[.favourite, .read]' <<<"$p20")" "[true,false]" "20: favourite"

p14=$(printf '%s' "$all" | jq -c '.[] | select(.id == 14)')
is "$(jq -c .authors <<<"$p14")" '["王小明","Alice Dupont"]' "14: CJK author kept as UTF-8"
is "$(jq -r .date <<<"$p14")" "1999-01" "14: a month-only date stays YYYY-MM"

p32=$(printf '%s' "$all" | jq -c '.[] | select(.id == 32)')
is "$(jq -c '[.title, .date, .score, .author_count, .primary_institution, .note]' <<<"$p32")" \
	"[null,null,null,null,null,null]" "32: what the page did not carry is null"
is "$(jq -c '[.authors, .institutions, .topics, .tags]' <<<"$p32")" "[[],[],[],[]]" \
	"32: empty lists are []"
p1=$(printf '%s' "$all" | jq -c '.[] | select(.id == 1)')
is "$(jq -c '[.author_count, .authors]' <<<"$p1")" "[6,[]]" "1: '6 authors' with none listed"

run "$PB" list 'inst:"no such place"' --format json
is "$rc" 0 "a query matching nothing exits 0"
is "$out" "[]" "and prints an empty array"

# --- tsv ------------------------------------------------------------------------------------------
run "$PB" list 'inst:tsinghua score>=10 -topic:rl' --format tsv
tab=$'\t'
is "$out" "3${tab}${tab}58${tab}2023-12-14${tab}Agent Attention: On the Integration of Softmax and Linear Attention
16${tab}2501.01111${tab}45${tab}2025-01-15${tab}Planning Agents with Learned World Models
12${tab}${tab}22${tab}2024-12-19${tab}AutoTrust: Benchmarking Trustworthiness in Large Vision Language Models for Autonomous Driving
18${tab}2503.03333${tab}20${tab}2025-03-05${tab}Multilingual Retrieval Heads in Long Context Models
27${tab}${tab}15${tab}${tab}
10${tab}${tab}10${tab}2023-10-05${tab}TRAM: Bridging Trust Regions and Sharpness Aware Minimization" \
	"tsv: id, arxiv_id, score, date, title; empty when unknown"
run "$PB" list --format tsv
is "$(printf '%s\n' "$out" | wc -l)" 40 "tsv: one line a paper"
is "$(printf '%s\n' "$out" | awk -F'\t' 'NF != 5' | wc -l)" 0 "tsv: five fields on every line"
is "$(printf '%s\n' "$out" | grep '^22	' | cut -f3)" "8.5" "tsv: a fractional score"
is "$(printf '%s\n' "$out" | tail -n 13 | cut -f3 | sort -u)" "" \
	"score order: the 13 papers without a score come last"
is "$(printf '%s\n' "$out" | cut -f1 | sort -n | uniq | wc -l)" 40 "every paper once"

# --- sort and limit --------------------------------------------------------------------------------
# topic:rl is 7 (2025-09-19, 30), 8 (2021-05-28, 12), 9 (2026-04-07, 10), 17 (2025-02-20, 50),
# 36 (2026-03-09, 0).
sorted() { "$PB" list topic:rl "$@" --format tsv | cut -f1 | tr '\n' ' ' | sed 's/ $//'; }
is "$(sorted)" "17 7 8 9 36" "default: score, highest first"
is "$(sorted --sort score:asc)" "36 9 8 7 17" "--sort score:asc"
is "$(sorted --sort date)" "9 36 7 17 8" "--sort date: newest first"
is "$(sorted --sort date:asc)" "8 17 7 36 9" "--sort date:asc"
is "$(sorted --sort title)" "7 36 9 17 8" "--sort title: A to Z"
is "$(sorted --sort title:desc)" "8 17 9 36 7" "--sort title:desc"
is "$(sorted --sort=date --limit 2)" "9 36" "--limit with --sort"
is "$("$PB" list --limit 3 --format tsv | cut -f1 | tr '\n' ' ')" "20 3 17 " \
	"--limit 3: the three best scores (100, 58, 50)"
run "$PB" list --limit 0 --format tsv
is "$rc:$out" "0:" "--limit 0: nothing"
run "$PB" list --limit 2 --format json
is "$(printf '%s' "$out" | ids)" "20 3" "--limit applies to json too"

# --- table ------------------------------------------------------------------------------------------
run "$PB" list
is "$rc" 0 "the default format is table"
like "$out" "^ID +ARXIV +SCORE +DATE +TITLE$" "table: a header"
# columns: id 2, arXiv 14 (hep-th/9901001), score 5, date 10, each and two spaces: 80 - 39 = 41
# for the title
like "$out" "(^|$(printf '\n'))20  2505\.05555        100  2025-05-01  Sparse Attention Scales to Million Token…($(printf '\n')|$)" \
	"table: aligned columns, the title cut to fit"
is "$(printf '%s\n' "$out" | wc -l)" 41 "table: the header and 40 papers"
ok "$([ "$(printf '%s\n' "$out" | wc -L)" -le 80 ]; echo $?)" "table: not a terminal, so 80 columns at most"
unlike "$out" $'\033' "table: no colour when not a terminal"
like "$out" "…" "table: long titles cut with an ellipsis"
# paper 27 (a digest entry) has no title: tsv leaves the field empty (above), json has null,
# the table says so as the reader does.
like "$out" "(^|$(printf '\n'))27 +15 +\(untitled\)($(printf '\n')|$)" \
	"table: a paper without a title shows (untitled)"
is "$("$PB" list --format json | jq -c '[.[] | select(.id == 27) | .title]')" "[null]" \
	"json: the same paper's title is null"
is "$("$PB" list --format csv | grep -c '(untitled)')" 0 "csv: no (untitled) stands in for the title"

# --- more papers than one window of rows --------------------------------------------------------
# list reads rows from the store a window at a time; 2,500 papers take several windows.
bulk=$TMP/bulk.db
cp "$lib" "$bulk"
sqlite3 -batch "$bulk" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2460)
	INSERT INTO paper (title, score, added_at, updated_at) SELECT 'Bulk paper ' || i, i % 97, 0, 0 FROM n;" ||
	echo "# sqlite3 failed"
run "$PB" --db "$bulk" list --format tsv
is "$(printf '%s\n' "$out" | wc -l)" 2500 "tsv across windows: every paper"
is "$(printf '%s\n' "$out" | cut -f1 | sort -n | uniq | wc -l)" 2500 "tsv across windows: each once"
printf '%s\n' "$out" | awk -F'\t' '$3 != "" { print $3 }' | sort -c -g -r 2>/dev/null
ok $? "tsv across windows: still highest score first"
run "$PB" --db "$bulk" list
is "$(printf '%s\n' "$out" | grep -c -E '^ *ID +ARXIV ')" 1 "table across windows: one header"
is "$(printf '%s\n' "$out" | wc -l)" 2501 "table across windows: every paper"
run "$PB" --db "$bulk" list --limit 1500 --format tsv
is "$(printf '%s\n' "$out" | wc -l)" 1500 "--limit across windows"

done_testing
