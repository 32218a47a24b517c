#!/usr/bin/env bash
# hostile-ingest.sh — pages that are not what they claim: empty, binary, cut short, too large
# (200 MB, a gzip bomb), nested 100,000 deep, badly encoded (invalid UTF-8, Latin-1,
# Windows-1252, UTF-16, BOM against meta), NUL bytes, every field 1 MB long. Each is refused
# by name with the reason and a non-zero exit, or stored cleanly; after each, the library
# passes `paperboat check` and the user's tags, favourites, read marks and notes are intact.
source "$(dirname "$0")/../lib.sh"

DB=$TMP/lib.db
"$TOOLS/make-sample-library" "$DB" || exit 1
dump() { "$TOOLS/dump-library" "$DB"; }
# The user's data on the sample library's papers, one line a paper (arXiv id, favourite, read,
# note, tags), sorted: merging a page into a paper must never change it.
userdata() {
	dump | awk '/^paper$/ { if (keep) print b; b = ""; keep = 0; next }
		/^  (arxiv|favourite|read|note|tags):/ { b = b $0 " |" }
		/^  sources:.*\/sample\// { keep = 1 }
		END { if (keep) print b }' | sort
}
USER=$(userdata)
like "$USER" 'note: Ask about the clinical data' "the sample library holds user data"
is "$(printf '%s\n' "$USER" | grep -c 'favourite: 1')" 3 "three favourites in it"

# checked NAME: the library passes check and the user's data is as it was.
checked() {
	run "$PB" --db "$DB" check
	is "$rc" 0 "$1: the library passes check"
	like "$out" "no problems found" "$1: check finds no problem"
	is "$(userdata)" "$USER" "$1: the user's data is intact"
}

# refused NAME FILE MESSAGE: ingesting FILE fails with exactly MESSAGE and changes nothing.
refused() {
	local name=$1 file=$2 msg=$3 before
	before=$(dump)
	run "$PB" --db "$DB" ingest "$file"
	is "$rc" 1 "$name: exit status 1"
	is "$err" "paperboat: $file: $msg" "$name: says which file and what is wrong"
	like "$out" "1 file failed: " "$name: the summary counts it as failed"
	is "$(dump)" "$before" "$name: the library is unchanged"
	checked "$name"
}

# page FILE TITLE ARXIV [HEAD-EXTRA] [ABSTRACT]: a landing page with Highwire metas.
page() {
	printf '<!DOCTYPE html>\n<html><head>%s<meta name="citation_title" content="%s">' "${4:-}" "$2"
	printf '<meta name="citation_author" content="Ada Lovelace">'
	printf '<meta name="citation_arxiv_id" content="%s">' "$3"
	printf '<meta name="citation_abstract" content="%s"></head>\n' "${5:-An abstract.}"
	printf '<body><h1>%s</h1><p>%s</p></body></html>\n' "$2" "${5:-An abstract.}"
}
# title_of ARXIV: the stored title.
json_of() { "$PB" --db "$DB" show "$1" --format json; }
# field_of ARXIV FIELD: a string field of the stored paper, as JSON writes it.
field_of() { json_of "$1" | sed -n "s/^    \"$2\": \"\\(.*\\)\",\$/\\1/p"; }
title_of() { field_of "$1" title; }
abstract_of() { field_of "$1" abstract; }

# --- damaged and wrong files -------------------------------------------------------------
: >"$TMP/empty.html"
refused "empty file" "$TMP/empty.html" "empty file"
printf ' \n\t\n' >"$TMP/blank.html"
refused "blank file" "$TMP/blank.html" "empty file"

# binary: random bytes and a PNG header, saved under a page's name
head -c 20000 /dev/urandom >"$TMP/random.html"
refused "random bytes" "$TMP/random.html" "binary data, not a web page or a text dump"
{ printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'; head -c 5000 /dev/urandom; } >"$TMP/image.html"
refused "an image" "$TMP/image.html" "binary data, not a web page or a text dump"

# cut short: the arXiv abstract page stopped half-way through its abstract
ABS=$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html
cut=$(grep -b -o 'blockquote class="abstract' "$ABS" | head -n 1 | cut -d: -f1)
ok "$([ -n "$cut" ]; echo $?)" "the abstract page has its abstract"
head -c $((cut + 300)) "$ABS" >"$TMP/cut.html"
refused "a page cut in its abstract" "$TMP/cut.html" \
	"the page ends early, without </html> or </body> (a cut download?); refused"
# the same page whole goes in, and its abstract is whole
run "$PB" --db "$DB" ingest "$ABS"
is "$rc" 0 "the whole page ingests"
like "$(abstract_of 2106.09608)" 'importance of each of our contributions\.$' "its abstract ends with its last sentence"
checked "whole page"

# --- sizes ---------------------------------------------------------------------------------
# A 200 MB page on disk: refused from its size, before a byte is read.
yes '<p>All work and no play makes Jack a dull boy.</p>' | head -c $((200 * 1024 * 1024)) >"$TMP/huge.html"
before=$(dump)
run "$TOOLS/maxrss" "$TMP/rss" "$PB" --db "$DB" ingest "$TMP/huge.html"
is "$rc" 1 "a 200 MB page fails"
is "$err" "paperboat: $TMP/huge.html: larger than 32 MiB; refused" "and says the limit"
rss=$(cat "$TMP/rss")
ok "$([ "$rss" -lt 150000 ]; echo $?)" "a 200 MB page on disk: memory stays bounded (${rss} KiB)"
# The same through a pipe, where its size is not known until it has been read.
yes '<p>All work and no play makes Jack a dull boy.</p>' | head -c $((200 * 1024 * 1024)) |
	"$TOOLS/maxrss" "$TMP/rss" "$PB" --db "$DB" ingest - >"$TMP/out" 2>"$TMP/err"
is "$?" 1 "a 200 MB page on stdin fails"
is "$(cat "$TMP/err")" "paperboat: -: larger than 32 MiB; refused" "and says the limit"
rss=$(cat "$TMP/rss")
ok "$([ "$rss" -lt 250000 ]; echo $?)" "a 200 MB page on stdin: memory stays bounded (${rss} KiB)"
is "$(dump)" "$before" "the library is unchanged"
rm -f "$TMP/huge.html"

# A gzip bomb: 200 MB of page in 200 kB.
yes '<p>All work and no play makes Jack a dull boy.</p>' | head -c $((200 * 1024 * 1024)) |
	gzip -1 >"$TMP/bomb.html.gz"
ok "$([ "$(stat -c %s "$TMP/bomb.html.gz")" -lt 2000000 ]; echo $?)" "the bomb is small on disk"
run "$TOOLS/maxrss" "$TMP/rss" "$PB" --db "$DB" ingest "$TMP/bomb.html.gz"
is "$rc" 1 "a gzip bomb fails"
is "$err" "paperboat: $TMP/bomb.html.gz: larger than 32 MiB once decompressed; refused" "and says why"
rss=$(cat "$TMP/rss")
ok "$([ "$rss" -lt 250000 ]; echo $?)" "a gzip bomb: memory stays bounded (${rss} KiB)"
checked "gzip bomb"
# a gzip file cut short
head -c 20000 "$TMP/bomb.html.gz" >"$TMP/cutgz.html.gz"
refused "cut gzip" "$TMP/cutgz.html.gz" "the gzip data ends early (a cut download?)"

# Nesting 100,000 elements deep, the paper's metas before it: libxml2 2.9 would stop building
# the tree at 256 levels and return the rest silently missing; the page is refused instead.
{
	printf '<html><head><meta name="citation_title" content="Deep"></head><body>'
	for ((i = 0; i < 100; i++)); do printf '%.0s<div>' {1..1000}; done
	printf '<p>The abstract, at the bottom.</p>'
	for ((i = 0; i < 100; i++)); do printf '%.0s</div>' {1..1000}; done
	printf '</body></html>'
} >"$TMP/deep.html"
run "$TOOLS/maxrss" "$TMP/rss" "$PB" --db "$DB" ingest "$TMP/deep.html"
is "$rc" 1 "100,000 nested elements fail"
is "$err" "paperboat: $TMP/deep.html: elements nested more than 1024 deep; refused" "and say why"
rss=$(cat "$TMP/rss")
ok "$([ "$rss" -lt 400000 ]; echo $?)" "100,000 levels: memory stays bounded (${rss} KiB)"
checked "deep nesting"
# 300 levels (past libxml2's 256): the paper below them is whole
{
	printf '<html><head><meta name="citation_title" content="Three hundred levels">'
	printf '<meta name="citation_arxiv_id" content="2512.90300"></head><body>'
	printf '%.0s<div>' {1..300}
	printf '<blockquote class="abstract">Found below three hundred levels, where libxml2 would stop.</blockquote>'
	printf '%.0s</div>' {1..300}
	printf '<p>After the nest.</p></body></html>'
} >"$TMP/deep300.html"
run "$PB" --db "$DB" ingest "$TMP/deep300.html"
is "$rc" 0 "300 levels ingest"
is "$(abstract_of 2512.90300)" "Found below three hundred levels, where libxml2 would stop." "the abstract below 256 levels is found"

# Every field 1 MB long: each capped at its documented limit, and the line says so.
M=$(head -c 1048576 /dev/zero | tr '\0' a)
{
	printf '<html><head>'
	for n in citation_title citation_author citation_author_institution citation_abstract \
		citation_keywords citation_doi citation_publication_date; do
		printf '<meta name="%s" content="%s">' "$n" "$M"
	done
	printf '<meta name="citation_pdf_url" content="https://example.org/%s">' "$M"
	printf '<meta name="citation_abstract_html_url" content="https://example.org/%s">' "$M"
	printf '<meta name="citation_arxiv_id" content="2512.91000"></head><body><p>%s</p></body></html>' "$M"
} >"$TMP/fields.html"
unset M
run "$TOOLS/maxrss" "$TMP/rss" "$PB" --db "$DB" ingest "$TMP/fields.html"
is "$rc" 0 "a page of 1 MB fields ingests"
like "$out" "^$TMP/fields.html: 1 paper \(1 new, 0 merged\); [4-9] fields over the limits cut or left out$" \
	"its line says fields were cut"
rss=$(cat "$TMP/rss")
ok "$([ "$rss" -lt 600000 ]; echo $?)" "1 MB fields: memory stays bounded (${rss} KiB)"
json=$(json_of 2512.91000)
title=$(printf '%s' "$json" | sed -n 's/^    "title": "\(.*\)",$/\1/p')
is "${#title}" 2046 "the title is cut to 2 KiB (2,045 letters and …)"
is "${title: -1}" "…" "and ends with …"
abstract=$(printf '%s' "$json" | sed -n 's/^    "abstract": "\(.*\)",$/\1/p')
is "${#abstract}" 65534 "the abstract is cut to 64 KiB"
is "${abstract: -1}" "…" "and ends with …"
like "$json" '"authors": \[\]' "a 1 MB author name is left out"
like "$json" '"institutions": \[\]' "so is a 1 MB institution"
like "$json" '"topics": \[\]' "and a 1 MB keyword"
like "$json" '"url": "https://arxiv.org/abs/2512.91000"' "a 1 MB landing URL is left out for the arXiv one"
like "$json" '"pdf_url": null' "a 1 MB PDF URL is left out"
like "$json" '"doi": null' "so is a 1 MB DOI"
checked "1 MB fields"

# --- encodings -----------------------------------------------------------------------------
page "$TMP/latin1.html" "Caf$(printf '\xe9') na$(printf '\xef')ve Schr$(printf '\xf6')dinger" 2512.92001 \
	>"$TMP/latin1.html"
page x "Caf$(printf '\xe9') $(printf '\xab')quoted$(printf '\xbb')" 2512.92002 \
	'<meta charset="iso-8859-1">' >"$TMP/latin1-declared.html"
page x "$(printf '\x93')Smart$(printf '\x94') quotes $(printf '\x96') 5 $(printf '\x80')" 2512.92003 \
	>"$TMP/cp1252.html"
page x "$(printf '\x93')Smart$(printf '\x94') quotes $(printf '\x96') 5 $(printf '\x80')" 2512.92004 \
	'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' >"$TMP/cp1252-declared.html"
page x "UTF-16 caf$(printf '\xc3\xa9') 東京" 2512.92005 '<meta charset="iso-8859-1">' |
	iconv -f UTF-8 -t UTF-16 >"$TMP/utf16.html"
page x "UTF-16BE caf$(printf '\xc3\xa9') 東京" 2512.92006 |
	iconv -f UTF-8 -t UTF-16BE | { printf '\xfe\xff'; cat; } >"$TMP/utf16be.html"
# one invalid byte, then more UTF-8: libxml2 would read the rest as Latin-1
page x "Bad $(printf '\xff') byte, then caf$(printf '\xc3\xa9') na$(printf '\xc3\xaf')ve 東京" 2512.92007 >"$TMP/bad-utf8.html"
# a UTF-8 BOM and a Latin-1 meta that contradicts it: the BOM is right
page x "BOM caf$(printf '\xc3\xa9') $(printf '\xe9')" 2512.92008 '<meta charset="iso-8859-1">' |
	{ printf '\xef\xbb\xbf'; cat; } >"$TMP/bom-meta.html"
# NUL bytes in the title and between the tags
page x "Nul@byte title" 2512.92009 | sed 's/<body>/<body>@@/' | tr '@' '\0' >"$TMP/nul.html"
run "$PB" --db "$DB" ingest "$TMP"/latin1.html "$TMP"/latin1-declared.html "$TMP"/cp1252.html \
	"$TMP"/cp1252-declared.html "$TMP"/utf16.html "$TMP"/utf16be.html "$TMP"/bad-utf8.html \
	"$TMP"/bom-meta.html "$TMP"/nul.html
is "$rc" 0 "every encoding ingests"
is "$(printf '%s\n' "$out" | tail -n 1)" "9 files: 9 papers, 9 new, 0 merged" "one paper each"
is "$(title_of 2512.92001)" "Café naïve Schrödinger" "Latin-1 without a charset"
is "$(title_of 2512.92002)" "Café «quoted»" "Latin-1 with a charset"
is "$(title_of 2512.92003)" "“Smart” quotes – 5 €" "Windows-1252 without a charset"
is "$(title_of 2512.92004)" "“Smart” quotes – 5 €" "Windows-1252 declared by http-equiv"
is "$(title_of 2512.92005)" "UTF-16 café 東京" "UTF-16 with a BOM, whatever the meta says"
is "$(title_of 2512.92006)" "UTF-16BE café 東京" "UTF-16BE with a BOM"
is "$(title_of 2512.92007)" "Bad � byte, then café naïve 東京" "after an invalid byte the rest is still UTF-8"
is "$(title_of 2512.92008)" "BOM café �" "a UTF-8 BOM wins over a contradicting meta"
is "$(title_of 2512.92009)" "Nulbyte title" "NUL bytes are dropped"
unlike "$("$PB" --db "$DB" list --format json)" '\\u0000' "no NUL reaches the output"
checked "encodings"

done_testing
