#!/bin/bash
# The benchmark's corpus generator (tests/bench, `make bench`): the same size and seed give the
# same bytes, every page is taken by the adapter of its kind, and the adapters find on each
# page the records the generator put there. No timing here: that is `make bench`'s job.
source "$(dirname "$0")/../lib.sh"

GEN=$TOP/build/bench/pbgen
SIZE=3000
gen() { "$GEN" --size $SIZE --seed "$1" --out "$2" --data "$TOP/tests/bench/data" --templates "$TOP/tests/bench/templates"; }

gen 7 "$TMP/a"
ok $? "generates $SIZE papers"
gen 7 "$TMP/b"
diff -r -q "$TMP/a" "$TMP/b" >/dev/null
ok $? "same size and seed: byte-identical corpus"
gen 8 "$TMP/c"
run cmp -s "$TMP/a/pages.tsv" "$TMP/c/pages.tsv"
is "$rc" 1 "another seed: another corpus"

manifest=$(cat "$TMP/a/manifest.json")
like "$manifest" "\"size\": $SIZE," "manifest names the size"
records=$(awk -F'\t' '{ n += $4 } END { print n }' "$TMP/a/pages.tsv")
like "$manifest" "\"entries\": $records," "manifest counts the records of pages.tsv"
born=$(awk -F'\t' '{ n += $5 } END { print n }' "$TMP/a/pages.tsv")
is "$born" "$SIZE" "every paper is shown first on exactly one page"

# Each kind of page goes to its adapter, which finds the records the generator wrote.
(cd "$TMP/a" && "$TOOLS/page-extract" -v $(cut -f1 pages.tsv)) >"$TMP/extract" 2>"$TMP/extract.err"
ok $? "the adapters read every page"
declare -A want=([arxiv-list]=arxiv-listing [arxiv-search]=arxiv-search [arxiv-abs]=arxiv-abs
	[hf-daily]=hf [hf-paper]=hf [digest]=digest)
for kind in arxiv-list arxiv-search arxiv-abs hf-daily hf-paper digest; do
	pages=$(awk -F'\t' -v k="$kind" '$2 == k' "$TMP/a/pages.tsv" | wc -l)
	ok $((pages == 0)) "the corpus has $kind pages"
	wrong=$(awk -F'\t' -v k="$kind" -v a="${want[$kind]}" '/^pages/ && index($1, "/" k "-") && $2 != a' "$TMP/extract")
	is "$wrong" "" "$kind pages are read by the ${want[$kind]} adapter"
done
counts=$(awk -F'\t' '/^pages/ { print $1 "\t" $3 }' "$TMP/extract" | sort)
expected=$(cut -f1,4 "$TMP/a/pages.tsv" | sort)
is "$counts" "$expected" "each page gives the papers the generator put on it"

# Papers with an arXiv id: as many distinct ids as the manifest says papers have a title.
ids=$(awk -F'\t' '/^\t/ && $2 != "-" { print $2 }' "$TMP/extract" | sort -u | wc -l)
like "$manifest" "\"with_title\": $ids," "distinct arXiv ids found = papers shown with a title"
scored=$(awk -F'\t' '/^\t/ && $6 != "-" { print $2 }' "$TMP/extract" | sort -u | wc -l)
like "$manifest" "\"with_score\": $scored," "papers with a score = papers shown on Hugging Face"

done_testing
