#!/usr/bin/env bash
# hostile-text.sh — what a page says that must not be obeyed: terminal escapes (CSI, OSC 52,
# OSC 8, DCS, C1) and bidi overrides and zero-width characters in every field, SQL and FTS5
# syntax in every field and in queries, javascript: and file: links. Stored as text (escapes
# removed whole), never reaching the terminal, SQL or a browser; the library checked after.
source "$(dirname "$0")/../lib.sh"

DB=$TMP/lib.db
"$TOOLS/make-sample-library" "$DB" || exit 1
papers() { "$PB" --db "$DB" list --format tsv | wc -l; }
# json_of N: the paper whose DOI is 10.5555/N, as JSON (pages here carry no arXiv id: the
# arXiv adapter would take them and read no institutions or keywords).
json_of() { "$PB" --db "$DB" show "$(sqlite3 "$DB" "SELECT id FROM paper WHERE doi = '10.5555/$1'")" --format json; }
field_of() { json_of "$1" | sed -n "s/^    \"$2\": \"\\(.*\\)\",\$/\\1/p"; }

E=$'\e'
BEL=$'\a'
C1CSI=$'\xc2\x9b'
# attr TEXT: TEXT as an HTML attribute value (& and " as entities).
attr() { printf '%s' "$1" | sed 's/&/\&amp;/g; s/"/\&quot;/g'; }
# page FILE DOI-SUFFIX TITLE AUTHOR INSTITUTION ABSTRACT KEYWORD URL PDF
page() {
	{
		printf '<!DOCTYPE html><html><head><meta charset="utf-8">'
		printf '<meta name="citation_title" content="%s">' "$(attr "$3")"
		printf '<meta name="citation_author" content="%s">' "$(attr "$4")"
		printf '<meta name="citation_author_institution" content="%s">' "$(attr "$5")"
		printf '<meta name="citation_doi" content="10.5555/%s">' "$2"
		printf '<meta name="citation_abstract" content="%s">' "$(attr "$6")"
		printf '<meta name="citation_keywords" content="%s">' "$(attr "$7")"
		printf '<meta name="citation_abstract_html_url" content="%s">' "$(attr "$8")"
		printf '<meta name="citation_pdf_url" content="%s">' "$(attr "$9")"
		printf '</head><body><h1>%s</h1></body></html>\n' "$(attr "$3")"
	} >"$1"
}

# --- terminal escapes ------------------------------------------------------------------------
page "$TMP/escapes.html" 93001 \
	"Esc ${E}[31mred${E}[0m ${E}]52;c;ZXZpbA==${BEL}clip ${E}]8;;https://evil.example/${E}\\link${E}]8;;${E}\\ ${E}P+q544e${E}\\dcs ${C1CSI}2Jcsi${BEL} end" \
	"Eve ${E}]0;pwned${BEL}Hacker" "Evil ${E}[2J${E}[HUniversity" \
	"Abstract ${E}[?1049h${E}]52;c;cm0gLXJmIH4=${E}\\ that clears the screen." \
	"topic${E}[5m" "https://example.org/a" "https://example.org/a.pdf"
run "$PB" --db "$DB" ingest "$TMP/escapes.html"
is "$rc" 0 "a page full of escape sequences ingests"
is "$(field_of 93001 title)" "Esc red clip link dcs csi end" "the title keeps its words, not the sequences"
like "$(json_of 93001)" '"Eve Hacker"' "the author too"
like "$(json_of 93001)" '"Evil University"' "the institution too"
is "$(field_of 93001 abstract)" "Abstract that clears the screen." "the abstract too"
like "$(json_of 93001)" '"topic"' "the keyword too"
for fmt in table tsv csv json bibtex; do
	run "$PB" --db "$DB" list --format "$fmt"
	unlike "$out" $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "list --format $fmt: no control character in the output"
	unlike "$out" 'pwned|ZXZpbA|cm0gLXJm|evil\.example' "list --format $fmt: no payload either"
done
for fmt in text json csv bibtex; do
	run "$PB" --db "$DB" show "$(sqlite3 "$DB" "SELECT id FROM paper WHERE doi = '10.5555/93001'")" --format "$fmt"
	unlike "$out" $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "show --format $fmt: no control character in the output"
done
run "$PB" --db "$DB" export --format json
unlike "$out" $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|pwned' "export: none either"
run "$PB" --db "$DB" stats --by institution
unlike "$out" $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' "stats: none either"

# A library written by something else may hold raw sequences (a copy, changed behind the
# library's back): the output still strips them.
cp "$DB" "$TMP/raw.db"
sqlite3 "$TMP/raw.db" "UPDATE paper SET title = 'Raw ' || char(27) || ']52;c;ZXZpbA==' || char(7)
	|| char(27) || '[31mred' || char(155) || '2J' || char(8238) || 'txt' WHERE doi = '10.5555/93001'" || exit 1
for fmt in table tsv csv; do
	run "$PB" --db "$TMP/raw.db" list --format "$fmt"
	unlike "$out" $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80\xae' "raw in the library, list --format $fmt strips it"
done
run "$PB" --db "$TMP/raw.db" show "$(sqlite3 "$DB" "SELECT id FROM paper WHERE doi = '10.5555/93001'")"
unlike "$out" $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80\xae|ZXZpbA' "raw in the library, show strips it"
like "$out" 'Raw red' "and keeps the words"
run "$PB" --db "$TMP/raw.db" list --format json
like "$out" '\\u001[bB]\]52' "JSON keeps the stored text, escaped as \\u001b (not raw)"

# --- bidi overrides and zero-width characters --------------------------------------------
RLO=$'\xe2\x80\xae' PDF_=$'\xe2\x80\xac' LRI=$'\xe2\x81\xa6' PDI=$'\xe2\x81\xa9' ZW=$'\xe2\x80\x8b'
ZWJ=$'\xe2\x80\x8d' BOM=$'\xef\xbb\xbf' RLM=$'\xe2\x80\x8f' ALM=$'\xd8\x9c'
page "$TMP/bidi.html" 93002 "Invoice ${RLO}fdp.exe${PDF_} and ${LRI}isolate${PDI} z${ZW}w${ZWJ}j${BOM}b${RLM}${ALM}" \
	"Zero${ZW}Width" "Bidi ${RLO}ytisrevinU" "Hidden${ZW} ${RLO}text" "k${ZW}w" \
	"https://example.org/b" "https://example.org/b.pdf"
run "$PB" --db "$DB" ingest "$TMP/bidi.html"
is "$rc" 0 "bidi overrides and zero-width characters ingest"
is "$(field_of 93002 title)" "Invoice fdp.exe and isolate zwjb" "the title without them"
like "$(json_of 93002)" '"ZeroWidth"' "the author without them"
like "$(json_of 93002)" '"Bidi ytisrevinU"' "the institution without them"
is "$(field_of 93002 abstract)" "Hidden text" "the abstract without them"
run "$PB" --db "$DB" list 'fdp.exe'
like "$out" 'Invoice fdp\.exe' "the title is found by the words it shows"
unlike "$("$PB" --db "$DB" list --format json)" $'\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf' \
	"no bidi control or zero-width character anywhere in the output"

# --- SQL and FTS5 syntax in every field and in queries ------------------------------------
SQL="Robert'); DROP TABLE paper;-- \" OR 1=1 NEAR(a b) title:* ^col {a b}:c AND NOT x*"
page "$TMP/sql.html" 93003 "$SQL" "O'Brien\" OR ''=' DELETE FROM tag --" \
	"Univ'); UPDATE note SET text='owned' --" "$SQL abstract" "k') OR 1=1 DROP TABLE topic --" \
	"https://example.org/c?q=1'--" "https://example.org/c.pdf"
n=$(papers)
run "$PB" --db "$DB" ingest "$TMP/sql.html"
is "$rc" 0 "SQL and FTS5 syntax in every field ingests"
is "$(papers)" "$((n + 1))" "as one more paper; no table was dropped"
is "$(field_of 93003 title)" "Robert'); DROP TABLE paper;-- \\\" OR 1=1 NEAR(a b) title:* ^col {a b}:c AND NOT x*" \
	"the title is stored as written"
is "$(json_of 93003 | jq -r '.[0].authors[0]')" "O'Brien\" OR ''=' DELETE FROM tag --" "the author too"
is "$(json_of 93003 | jq -r '.[0].institutions[0]')" "Univ'); UPDATE note SET text='owned' --" "the institution too"
is "$(json_of 93003 | jq -r '.[0].topics[0]')" "k') OR 1=1 DROP TABLE topic --" "the keyword too"
is "$(json_of 93003 | jq -r '.[0].abstract')" "$SQL abstract" "the abstract too"
is "$(sqlite3 "$DB" "SELECT count(*) FROM note WHERE text = 'owned'")" 0 "no note was overwritten"
run "$PB" --db "$DB" check
is "$rc" 0 "the library passes check"
# Queries made of the same syntax: results or one clear line, exit 2, never an SQL error.
for q in "DROP TABLE" "NEAR(a b)" "x*" "^col" "{a b}:c" "o'brien" "author:o'brien" \
	"inst:\"univ'); update\"" "topic:\"k') OR 1=1\""; do
	run "$PB" --db "$DB" list "$q" --format tsv
	is "$rc" 0 "query $q runs"
	like "$out" "Robert'\\); DROP TABLE" "query $q finds the paper"
done
for q in "'); DROP TABLE paper;--" "title:*" "\" OR 1=1" "(((" "NOT" "score>=1e999" "a OR" \
	"inst:" "-" ")" "year:99999999999999999999"; do
	run "$PB" --db "$DB" list "$q"
	is "$rc" 2 "query $q: a usage error"
	like "$err" '^paperboat: query: column [0-9]+: ' "query $q: one line that points at the column"
	unlike "$err" 'SQL|sqlite|fts5|syntax error near' "query $q: no SQL error reaches the user"
done
is "$(papers)" "$((n + 1))" "the queries changed nothing"

# --- links that are not web links -----------------------------------------------------------
page "$TMP/links.html" 93004 "Links that are not web links" "Ada Lovelace" "MIT" \
	"An abstract with a link." "links" "javascript:alert(document.cookie)" "file:///etc/passwd"
{
	printf '<!DOCTYPE html><html><head><meta name="citation_title" content="Relative and data links">'
	printf '<meta name="citation_doi" content="10.5555/93005">'
	printf '<meta name="citation_abstract_html_url" content="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">'
	printf '<meta name="citation_pdf_url" content="  JaVaScRiPt:alert(1)">'
	printf '<link rel="canonical" href="vbscript:msgbox(1)"></head><body></body></html>\n'
} >"$TMP/links2.html"
run "$PB" --db "$DB" ingest "$TMP/links.html" "$TMP/links2.html"
is "$rc" 0 "pages with javascript:, file:, data: links ingest"
like "$(json_of 93004)" '"pdf_url": null' "a file: PDF link is not stored"
like "$(json_of 93004)" '"url": null' "a javascript: landing link is not stored"
like "$(json_of 93005)" '"pdf_url": null' "nor a JaVaScRiPt: PDF link"
like "$(json_of 93005)" '"url": null' "nor a data: or vbscript: landing link"
run "$PB" --db "$DB" list --format json
unlike "$out" '[Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]:|file:|data:|vbscript:' "no such link anywhere in the library"
is "$(sqlite3 "$DB" "SELECT count(*) FROM paper WHERE coalesce(url, '') || coalesce(pdf_url, '') GLOB '*:*'
	AND NOT (coalesce(url, 'https://') GLOB 'http*://*' AND coalesce(pdf_url, 'https://') GLOB 'http*://*')")" 0 \
	"every stored link is http(s)"

run "$PB" --db "$DB" check
is "$rc" 0 "the library passes check at the end"
done_testing
