#!/usr/bin/env bash
# show.sh — `paperboat show`: one paper in full, by library id or arXiv id, in text or a format.
source "$(dirname "$0")/../lib.sh"

lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib

run "$PB" show 16
is "$rc" 0 "show 16 exits 0"
is "$err" "" "nothing on stderr"
s16=$out
is "$(printf '%s\n' "$out" | head -n 1)" "Planning Agents with Learned World Models" "the title first"
like "$out" "^  ID +16$" "ID"
like "$out" "^  arXiv +2501\.01111$" "arXiv id"
like "$out" "^  Date +2025-01-15$" "date"
like "$out" "^  Score +45$" "score, without a fraction"
like "$out" "^  Authors +Li Wei, Chen Jie$" "authors in order"
like "$out" "^  Institutions +Tsinghua University \(primary\); Peking University$" \
	"institutions, the primary marked"
like "$out" "^  Topics +cs\.LG, agents$" "topics: the primary arXiv category first"
like "$out" "^  Tags +ml/theory, toread$" "tags"
like "$out" "^  Favourite +no$" "favourite mark"
like "$out" "^  Read +no$" "read mark"
like "$out" "^  Added +[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$" "when it was added"
unlike "$out" "^  (DOI|URL|PDF) " "no line for what the paper does not have"
like "$out" "^Abstract$" "an Abstract heading"
like "$out" "^  We train language agents that plan with a learned world model" "the abstract"
like "$out" "^Note$" "a Note heading"
like "$out" "^  Compare with the Peking follow-up\.$" "the note"
like "$out" "^Sources$" "a Sources heading"
like "$out" "^  /sample/arxiv-list\.html$" "the source file"
ok "$([ "$(printf '%s\n' "$out" | wc -L)" -le 80 ]; echo $?)" "wrapped to 80 columns off a terminal"

run "$PB" show 2501.01111
is "$out" "$s16" "show by arXiv id"
run "$PB" show arXiv:2501.01111v2
is "$out" "$s16" "show by arXiv id with prefix and version"

run "$PB" show 13
like "$out" "^  Authors +Jürgen Müller, Zoë Ng, Łukasz Kaiser$" "authors with accents"
like "$out" "^  URL +https://arxiv\.org/abs/2106\.09608$" "URL"
like "$out" "^  PDF +https://arxiv\.org/pdf/2106\.09608$" "PDF"
like "$out" "^  Link \(code\) +https://github\.com/example/rethinking-pe$" "further links by kind"
like "$out" "^  Read +yes$" "read"
like "$out" "^  Score +25$" "the score merged in from another page"

run "$PB" show 22
is "$(printf '%s\n' "$out" | head -n 1)" "(untitled)" "a paper without a title says so, as the reader does"
like "$out" "^  Score +8\.5$" "a fractional score"
like "$out" "^  Institutions +Columbia University \(primary\)$" "the primary institution"
n=0
for h in "TL;DR" Methodology Experiments Reproducibility Limitations "Broader impact"; do
	like "$out" "^$h$" "review section heading '$h'"
done
like "$out" "^  A clear contribution on probabilistic programs\.$" "the TL;DR text under it"
like "$out" "^  Broad impact on probabilistic programs\.$" "the broader impact text"
ok "$([ "$(printf '%s\n' "$out" | wc -L)" -le 80 ]; echo $?)" "80 columns"

run "$PB" show 1
like "$out" "^  Authors +\(6 authors\)$" "a count of authors the page did not list"

run "$PB" show 16 20 --format json
is "$rc" 0 "show --format json"
is "$(printf '%s' "$out" | jq -c '[.[].id]')" "[16,20]" "show several papers as json, in order"
run "$PB" show --format bibtex 2501.01111
like "$out" "^@misc\{wei2025planning,$" "show --format bibtex"
run "$PB" show --format csv 20
is "$(printf '%s\n' "$out" | wc -l)" 2 "show --format csv: header and one record"

run "$PB" show 999
is "$rc" 1 "an unknown id exits 1"
like "$err" "no paper '999'" "and says so"
is "$out" "" "and prints nothing"
run "$PB" show 9999.99999
is "$rc" 1 "an unknown arXiv id exits 1"
run "$PB" show 16 999
is "$rc" 1 "one unknown among several exits 1"
like "$out" "^  ID +16$" "but shows the ones it found"

run "$PB" --db "$TMP/missing.db" show 1
is "$rc" 1 "no library: exit 1"
like "$err" "missing\.db" "the message names the file"
ok "$([ ! -e "$TMP/missing.db" ]; echo $?)" "show never creates a library"

done_testing
