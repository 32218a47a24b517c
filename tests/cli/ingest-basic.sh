#!/usr/bin/env bash
# ingest-basic.sh — `paperboat ingest` end to end: a bad file fails alone, unchanged files are
# skipped and change nothing, stdin, .gz, a gzip bomb, context options, usage errors, no
# progress bar in a pipe, symbolic-link loops.
source "$(dirname "$0")/../lib.sh"

DB=$TMP/lib.db
dump() { "$TOOLS/dump-library" "$DB"; }

# Four pages in a directory: an arXiv abstract page (one paper), a Cloudflare challenge page
# saved instead of an article (no paper), an ACL Anthology page (one paper), a Hugging Face
# daily list (13 papers).
P=$TMP/pages
mkdir -p "$P/sub"
cp "$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html" "$P/a-abs.html"
cp "$CORPUS/real/highwire/negative-cloudflare-acs.html" "$P/b-challenge.html"
cp "$CORPUS/real/highwire/acl-2021-naacl-main-208.html" "$P/sub/c-acl.html"
cp "$CORPUS/real/hf/daily-2024-08-01.html" "$P/sub/d-daily.html"

run "$PB" --db "$DB" ingest "$P"
is "$rc" 1 "a failed file makes the exit status 1"
is "$err" "paperboat: $P/b-challenge.html: not a paper page" "the bad file fails alone, by name"
like "$out" "^$P/a-abs.html: 1 paper \(1 new, 0 merged\)$" "a line per file"
like "$out" "^$P/sub/c-acl.html: 1 paper \(1 new, 0 merged\)$" "the file after the bad one goes in"
is "$(printf '%s\n' "$out" | tail -n 1)" \
	"4 files: 15 papers, 15 new, 0 merged; 1 file failed: $P/b-challenge.html: not a paper page" \
	"the summary line closes the run"
unlike "$err$out" $'\r|\e' "no progress bar or escape sequences in a pipe"
first=$(dump)
is "$(printf '%s\n' "$first" | grep -c '^paper$')" 15 "15 papers in the library"

run "$PB" --db "$DB" ingest "$P"
is "$rc" 1 "the bad file fails again"
like "$out" "^$P/a-abs.html: unchanged since it was last ingested; skipped$" "unchanged files say so"
is "$(printf '%s\n' "$out" | tail -n 1)" \
	"4 files: 0 papers, 0 new, 0 merged; 3 unchanged files skipped; 1 file failed: $P/b-challenge.html: not a paper page" \
	"the summary counts skipped files"
is "$(dump)" "$first" "re-ingesting unchanged files leaves the library unchanged"

rm "$P/b-challenge.html"
run "$PB" --db "$DB" ingest --quiet "$P"
is "$rc" 0 "exit 0 when nothing failed"
is "$out" "3 files: 0 papers, 0 new, 0 merged; 3 unchanged files skipped" "--quiet keeps only the summary"
is "$err" "" "nothing on stderr"

# stdin: the same page read as "-" is another source of the same paper.
run "$PB" --db "$DB" ingest - <"$P/a-abs.html"
is "$rc" 0 "stdin ingests"
is "$out" $'-: 1 paper (0 new, 1 merged)\n1 file: 1 paper, 0 new, 1 merged' "stdin's paper merges"
like "$(dump)" "sources: \[-\] \[$P/a-abs.html\]|sources: \[$P/a-abs.html\] \[-\]" \
	"the paper lists both sources"
run "$PB" --db "$DB" ingest - <"$P/a-abs.html"
like "$out" "^-: unchanged since it was last ingested; skipped$" "the same stdin again is skipped"

# gzip: an author-page text dump (10 "Abstract:" blocks), compressed.
gzip -c "$CORPUS/seeds/000_9bdac604eba13c6f.txt" >"$TMP/author.txt.gz"
run "$PB" --db "$DB" ingest "$TMP/author.txt.gz"
is "$rc" 0 ".gz ingests"
is "$(printf '%s\n' "$out" | tail -n 1)" "1 file: 10 papers, 10 new, 0 merged" "10 papers from the gzipped dump"

# A gzip bomb: 33 MiB of zeros, a few kB on disk.
head -c $((33 * 1024 * 1024)) /dev/zero | gzip -c >"$TMP/bomb.html.gz"
before=$(dump)
run "$PB" --db "$DB" ingest "$TMP/bomb.html.gz"
is "$rc" 1 "a gzip bomb fails"
is "$err" "paperboat: $TMP/bomb.html.gz: larger than 32 MiB once decompressed; refused" "and says why"
is "$(dump)" "$before" "and leaves the library as it was"

# Context options.
cp "$CORPUS/real/highwire/usenix-bulekov.html" "$TMP/usenix.html"
run "$PB" --db "$DB" ingest --institution "Test Lab" --topic reading-group --tag toread "$TMP/usenix.html"
is "$rc" 0 "ingest with context options"
paper=$(dump | awk -v src="$TMP/usenix.html" '/^paper$/{p=""} {p=p $0 "\n"} index($0, "sources:") && index($0, src) {print p}')
like "$paper" "institutions: .*\[Test Lab\]" "--institution adds an institution"
like "$paper" "topics: .*\[reading-group@option\]" "--topic adds a topic"
like "$paper" "tags: \[toread\]" "--tag adds a tag"

# Usage errors change nothing and create nothing.
run "$PB" --db "$TMP/new.db" ingest
is "$rc" 2 "no PATH is a usage error"
like "$err" "nothing to ingest" "and says so"
run "$PB" --db "$TMP/new.db" ingest --bogus "$P"
is "$rc" 2 "an unknown option is a usage error"
run "$PB" --db "$TMP/new.db" ingest --tag "two words" "$P"
is "$rc" 2 "a tag the library would refuse is a usage error"
run "$PB" --db "$TMP/new.db" ingest --institution
is "$rc" 2 "an option without its value is a usage error"
ok "$([ ! -e "$TMP/new.db" ]; echo $?)" "usage errors create no library"
run "$PB" ingest --help
is "$rc" 0 "--help"
like "$out" "^usage: paperboat ingest " "--help shows the usage"

# Paths that are not there, and a directory with nothing to ingest.
mkdir -p "$TMP/empty"
run "$PB" --db "$DB" ingest "$TMP/missing.html" "$TMP/empty"
is "$rc" 1 "missing paths fail"
is "$err" "paperboat: $TMP/missing.html: No such file or directory
paperboat: $TMP/empty: no .html, .htm, .xhtml, .txt files in it" "each by name"

# A symbolic-link loop ends; the page inside is read once.
mkdir -p "$TMP/loop/inner"
cp "$CORPUS/real/highwire/nber-w29971.html" "$TMP/loop/inner/nber.html"
ln -s .. "$TMP/loop/inner/up"
run timeout 120 "$PB" --db "$DB" ingest "$TMP/loop"
is "$rc" 0 "a directory with a link loop is walked once"
is "$(printf '%s\n' "$out" | tail -n 1)" "1 file: 1 paper, 1 new, 0 merged" "its page counted once"

# A control character in a file name does not reach the terminal.
cp "$CORPUS/real/highwire/negative-cloudflare-acs.html" "$TMP/evil"$'\e'"[2J.html"
run "$PB" --db "$DB" ingest "$TMP"/evil*
is "$rc" 1 "the challenge page fails"
unlike "$err$out" $'\e' "no escape character in the messages"
like "$err" "evil\?\[2J\.html: not a paper page" "the name is shown with the control character replaced"

done_testing
