#!/usr/bin/env bash
# ingest-config.sh — the config's `alias` and `topic` lines in ingest, and `paperboat retopic`:
# rules replaced, rule topics redone, other topics kept, a second run changes nothing.
source "$(dirname "$0")/../lib.sh"

DB=$TMP/lib.db
CONF=$XDG_CONFIG_HOME/paperboat/config
mkdir -p "$(dirname "$CONF")"
dump() { "$TOOLS/dump-library" "$DB"; }
# The lines of paper records whose title line matches $1.
paper_of() { dump | awk -v t="$1" '/^paper$/{p=""; hit=0} {p=p $0 "\n"} index($0, "title: " t) {hit=1} /^  sources:/ && hit {print p}'; }

# The weekly digest (seed 003): "Primary: Columbia University" on its first paper, whose
# abstract is about calibrating LLM-written probabilistic programs.
cp "$CORPUS/seeds/003_29e9bea1fddd2667.txt" "$TMP/digest.txt"
cp "$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html" "$TMP/abs.html"
cat >"$CONF" <<'EOF'
# institution aliases: the second name is the canonical one
alias "Columbia University" "Columbia U"
alias only-one-name
topic widgets: probabilistic program*
EOF
run "$PB" --db "$DB" ingest "$TMP/digest.txt" "$TMP/abs.html"
is "$rc" 0 "ingest with a config"
is "$err" "paperboat: $CONF:3: usage: alias ALIAS CANONICAL (quote names with spaces: alias \"Tsinghua Univ.\" \"Tsinghua University\"); skipped" \
	"a bad config line is reported with file:line and skipped"
all=$(dump)
like "$all" '^  institutions: \[Columbia U\]$' "the config alias makes the institution canonical"
unlike "$all" "institutions: .*\[Columbia University\]" "the page's own form is not an institution of its own"
like "$all" '^  Columbia University columbia university Columbia U$' \
	"the page's form is recorded as an alias"
like "$all" "topics: .*\[widgets@rule\]" "a config topic rule applies at ingest"
like "$all" "topics: .*\[agents@rule\]" "the shipped rules apply too"
abs=$(paper_of "Learning Knowledge Graph-based World Models")
like "$abs" "cs.LG@arxiv" "the arXiv page's categories are topics"
as_ingested=$(dump)

# retopic with other rules: rl and agents dropped, a new rule added.
cat >"$CONF" <<'EOF'
topic widgets: probabilistic program*
topic rl:
topic agents:
topic "world building": scratch
EOF
run "$PB" --db "$DB" retopic
is "$rc" 0 "retopic"
like "$out" "^[0-9,]+ papers, [1-9][0-9,]* with changed topics$" "retopic says how many papers changed"
after=$(dump)
unlike "$after" "\[rl@rule\]" "the removed rl rule's topics are gone"
unlike "$after" "\[agents@rule\]" "the removed agents rule's topics are gone"
like "$after" "\[widgets@rule\]" "the kept rule's topics stay"
like "$(paper_of "Learning Knowledge Graph-based World Models")" "cs.LG@arxiv" "topics from elsewhere are kept"
unlike "$(printf '%s\n' "$after" | sed -n '/^topics$/,/^tags$/p')" '^  (rl rl|agents agents) ' \
	"topics no paper has any more are forgotten"

run "$PB" --db "$DB" retopic
like "$out" "^[0-9,]+ papers, 0 with changed topics$" "a second retopic changes nothing"
is "$(dump)" "$after" "and leaves the library as it was"

run "$PB" retopic --show-rules
like "$out" '^topic widgets: probabilistic program\*$' "--show-rules prints the rules as config lines"
like "$out" '^topic "world building": scratch$' "a quoted name stays quoted"
unlike "$out" '^topic (rl|agents):' "removed rules are not shown"
like "$out" '^topic diffusion: ' "shipped rules are shown"

# Back to the shipped rules (and the config's alias): the library is as first ingested.
cat >"$CONF" <<'EOF'
alias "Columbia University" "Columbia U"
topic widgets: probabilistic program*
EOF
run "$PB" --db "$DB" retopic --quiet
is "$rc" 0 "retopic --quiet"
is "$out" "" "--quiet prints nothing"
is "$(dump)" "$as_ingested" "the same rules again give the library as ingested"

run "$PB" --db "$DB" retopic --bogus
is "$rc" 2 "an unknown argument is a usage error"
run "$PB" --db "$TMP/none.db" retopic
is "$rc" 0 "retopic on a new library"
is "$out" "0 papers, 0 with changed topics" "has nothing to do"

done_testing
