#!/usr/bin/env bash
# ingest-seeds.sh — each text dump in tests/corpus/seeds, ingested alone through the command
# line, gives the library the papers a person sees in it (tests/corpus/seeds/README.md), with
# the fields the dump shows. Expected values were read off the dumps.
source "$(dirname "$0")/../lib.sh"

S=$CORPUS/seeds
# lib SEED — ingests seeds/SEED*.txt into its own library; json of every paper in $json.
lib() {
	db=$TMP/$1.db
	run "$PB" --db "$db" ingest --quiet "$S/$1"_*.txt
	is "$rc" 0 "seed $1 ingests"
	json=$("$PB" --db "$db" list --format json)
}
# one TITLE FILTER — the jq FILTER applied to the paper titled TITLE.
one() { jq -c --arg t "$1" ".[] | select(.title == \$t) | $2" <<<"$json"; }

# 000: an author page under "Tsinghua University": ten Abstract: blocks, no titles.
lib 000
is "$(jq length <<<"$json")" 10 "000: 10 papers"
is "$(jq -c '[.[].institutions] | unique' <<<"$json")" '[["Tsinghua University"]]' \
	"000: every paper has Tsinghua University, and only that"
is "$(jq -c '[.[] | .title, .score, .date] | unique' <<<"$json")" "[null]" \
	"000: no title, score or date (the page shows none)"
is "$(jq '[.[] | select(.abstract | startswith("As LLM-powered agents have been used for high-stakes decision-making"))] | length' <<<"$json")" 1 \
	"000: the first abstract (GLEAN) is there, whole"
is "$(jq '[.[] | select(.abstract | startswith("Low-bit attention, such as SageAttention"))] | length' <<<"$json")" 1 \
	"000: the second abstract too"

# 001: Hugging Face search results: 49 cards.
lib 001
is "$(jq length <<<"$json")" 49 "001: 49 papers"
is "$(one "Cross-Attention is Half Explanation in Speech-to-Text Models" '[.author_count, .date, .score]')" \
	'[5,"2025-09-22",2]' "001: '5 authors', 'Sep 22, 2025', 2 upvotes"
is "$(one "Agent Attention: On the Integration of Softmax and Linear Attention" '[.author_count, .date, .score]')" \
	'[6,"2023-12-14",null]' "001: '6 authors', 'Dec 14, 2023', no upvotes shown"
is "$(one "CooperBench: Why Coding Agents Cannot be Your Teammates Yet" '[.institutions, .score]')" \
	'[["Stanford NLP"],3]' "001: an organisation card: its name, 3 upvotes"
like "$(one "Cross-Attention is Half Explanation in Speech-to-Text Models" .abstract)" \
	'^"Cross-attention is a core mechanism in encoder-decoder architectures' "001: the abstract"

# 002: another search: 67 cards.
lib 002
is "$(jq length <<<"$json")" 67 "002: 67 papers"
is "$(one "Anchor Sampling for Federated Learning with Partial Client Participation" '[.author_count, .date, .score]')" \
	'[6,"2022-06-12",null]' "002: the last card: '6 authors', 'Jun 12, 2022'"
is "$(one "On the Trustworthiness of Generative Foundation Models: Guideline, Assessment, and Perspective" '[.author_count, .date, .score]')" \
	'[66,"2025-02-20",2]' "002: '66 authors', 'Feb 20, 2025', 2 upvotes"
is "$(one "Decoding Compressed Trust: Scrutinizing the Trustworthiness of Efficient LLMs Under Compression" '[.author_count, .date, .score]')" \
	'[15,"2024-03-17",1]' "002: '15 authors', 'Mar 17, 2024', 1 upvote"

# 003: a weekly digest: 20 distinct papers (some twice), each with Primary:, All Institutions:
# and six review paragraphs.
lib 003
is "$(jq length <<<"$json")" 20 "003: 20 distinct papers"
is "$(jq '[.[] | select(.primary_institution != null and (.institutions | length) > 0)] | length' <<<"$json")" 20 \
	"003: every paper has its primary institution"
is "$(jq -c '.[] | select(.abstract | startswith("Language models increasingly write probabilistic programs")) | [.primary_institution, .institutions]' <<<"$json")" \
	'["Columbia University",["Columbia University"]]' "003: the first entry: Columbia University"
is "$(jq -c '.[] | select(.abstract | startswith("4D hand motion reconstruction")) | [.primary_institution, .institutions]' <<<"$json")" \
	'["A*STAR",["A*STAR","Alibaba Group","Nanyang Technological University"]]' \
	"003: 'A*STAR (Agency for Science, …)' primary; A*STAR, NTU Singapore, Alibaba Group"
shown=$("$PB" --db "$db" show $(jq -r '.[].id' <<<"$json"))
for h in "TL;DR" Methodology Experiments Reproducibility Limitations "Broader impact"; do
	is "$(printf '%s\n' "$shown" | grep -cx "$h")" 20 "003: every paper has its $h section"
done

# 004: an author page headed "Atlas" (a name, not an institution): ten abstracts.
lib 004
is "$(jq length <<<"$json")" 10 "004: 10 papers"
is "$(jq -c '[.[].institutions] | unique' <<<"$json")" '[[]]' "004: no institution invented"
is "$(jq '[.[] | select(.abstract | startswith("Sparsely activated Mixture-of-Experts (SMoE) has shown promise"))] | length' <<<"$json")" 1 \
	"004: the first abstract"

done_testing
