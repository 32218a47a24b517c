#!/usr/bin/env bash
# topic-order.sh — a paper's primary arXiv category (the first one its arXiv page lists) stays
# first: bibtex's primaryClass and the json topics name it, whatever order the pages came in.
source "$(dirname "$0")/../lib.sh"

ABS=$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html
LIST=$CORPUS/real/arxiv/list-cs-2301-show3-reformatted.html

# primary ID DB — the primaryClass bibtex gives the paper with arXiv id ID.
primary() {
	"$PB" --db "$2" show "$1" --format bibtex |
		sed -n 's/^ *primaryClass = {\(.*\)},*$/\1/p'
}

run "$PB" --db "$TMP/a.db" ingest --quiet "$ABS" "$LIST"
is "$rc" 0 "the abstract page and the listing ingest"

# Read from the pages: 2106.09608 "Subjects: Machine Learning (cs.LG); Artificial Intelligence
# (cs.AI); Computation and Language (cs.CL)"; 2301.00002 "Human-Computer Interaction (cs.HC);
# Graphics (cs.GR); Quantum Physics (quant-ph)"; 2301.00003 "Human-Computer Interaction (cs.HC);
# Artificial Intelligence (cs.AI)". In name order the first would be cs.AI, cs.GR, cs.AI.
is "$(primary 2106.09608 "$TMP/a.db")" "cs.LG" "abstract page: primaryClass is the first listed"
is "$(primary 2301.00002 "$TMP/a.db")" "cs.HC" "listing: primaryClass is the first listed"
is "$(primary 2301.00003 "$TMP/a.db")" "cs.HC" "listing: primaryClass over cs.AI"
is "$(primary 2301.00001 "$TMP/a.db")" "cs.HC" "listing: a paper with one category"

json=$("$PB" --db "$TMP/a.db" show 2301.00002 --format json | tr -d ' \n')
like "$json" '"topics":\["cs.HC","cs.GR","quant-ph"' "json topics: the primary first, then the rest"

# The same pages in the other order, and the library reopened after a merge.
run "$PB" --db "$TMP/b.db" ingest --quiet "$LIST" "$ABS"
is "$("$TOOLS/dump-library" "$TMP/b.db")" "$("$TOOLS/dump-library" "$TMP/a.db")" \
	"the other order gives the same library"
is "$(primary 2106.09608 "$TMP/b.db")" "cs.LG" "other order: primaryClass kept"

# retopic adds rule topics; the primary stays first.
run "$PB" --db "$TMP/a.db" retopic
is "$rc" 0 "retopic runs"
is "$(primary 2301.00003 "$TMP/a.db")" "cs.HC" "after retopic the primary is still first"

done_testing
