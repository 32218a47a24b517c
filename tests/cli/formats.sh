#!/usr/bin/env bash
# formats.sh — csv (read back by SQLite's CSV importer), bibtex (entries, keys, escaping), text
# from pages that tries to reach the terminal, and `paperboat export`.
source "$(dirname "$0")/../lib.sh"

lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib

# csv_query FILE SQL — imports the csv file into table t (header = column names), runs SQL.
csv_query() {
	sqlite3 -batch :memory: ".import --csv $1 t" "$2"
}

# --- csv ---------------------------------------------------------------------------------------
"$PB" list --format csv >"$TMP/all.csv"
is "$?" 0 "list --format csv exits 0"
is "$(head -n 1 "$TMP/all.csv")" \
	$'id,arxiv_id,doi,title,authors,author_count,institutions,primary_institution,topics,date,score,url,pdf_url,abstract,tags,favourite,read,note,sources\r' \
	"csv: a header of the json field names, CRLF"
is "$(grep -c $'\r$' "$TMP/all.csv")" "$(wc -l <"$TMP/all.csv")" "csv: every line ends in CRLF"
is "$(csv_query "$TMP/all.csv" "SELECT count(*) FROM t")" 40 "csv: 40 records read back"
is "$(csv_query "$TMP/all.csv" "SELECT authors, institutions, primary_institution, tags, favourite, read, score FROM t WHERE id = '16'")" \
	"Li Wei; Chen Jie|Tsinghua University; Peking University|Tsinghua University|ml/theory; toread|false|false|45" \
	"csv: lists joined with '; ', booleans, a whole score"
is "$(csv_query "$TMP/all.csv" "SELECT score, title = '', date = '' FROM t WHERE id = '22'")" "8.5|1|1" \
	"csv: a fractional score; unknown values empty"
is "$(csv_query "$TMP/all.csv" "SELECT abstract FROM t WHERE id = '22'")" \
	"Language models increasingly write probabilistic programs, but a program that compiles, runs, and passes every unit test can still be statistically wrong. Calibration repairs improve strong models (GPT-5.1 33→92%, Claude 75→100%) where unit tests do not." \
	"csv: a field with commas comes back whole"
run "$PB" list 'inst:"no such place"' --format csv
is "$out" $'id,arxiv_id,doi,title,authors,author_count,institutions,primary_institution,topics,date,score,url,pdf_url,abstract,tags,favourite,read,note,sources\r' \
	"csv: nothing matches: the header alone"

# --- bibtex ------------------------------------------------------------------------------------
run "$PB" list --format bibtex
bib=$out
is "$rc" 0 "list --format bibtex exits 0"
is "$(printf '%s\n' "$bib" | grep -c '^@')" 40 "bibtex: 40 entries"
is "$(printf '%s\n' "$bib" | sed -n 's/^@[a-z]*{\([^,]*\),\{0,1\}$/\1/p' | sort | uniq -d)" "" \
	"bibtex: keys are unique"
is "$(printf '%s\n' "$bib" | grep -c '^@misc{anonpaper[a-j]\{0,1\},$')" 11 \
	"bibtex: the 11 untitled, authorless papers get anonpaper, anonpapera, ..."
entry() { # the entry whose key is $1
	printf '%s\n' "$bib" | sed -n "/^@[a-z]*{$1,\$/,/^}\$/p"
}
is "$(entry wei2025planning)" "@misc{wei2025planning,
  title = {Planning Agents with Learned World Models},
  author = {Li Wei and Chen Jie},
  year = {2025},
  month = jan,
  eprint = {2501.01111},
  archivePrefix = {arXiv},
  primaryClass = {cs.LG},
  keywords = {cs.LG, agents},
  abstract = {We train language agents that plan with a learned world model and show that planning depth, not model size, explains most of the gains on long-horizon household tasks.}
}" "bibtex: an arXiv paper is @misc with eprint, archivePrefix and primaryClass"
is "$(entry byron2022quantum)" "@article{byron2022quantum,
  title = {Quantum Error Correction Below the Surface Code Threshold},
  author = {Ada Byron and Grace Hopper},
  year = {2022},
  month = nov,
  doi = {10.1103/PhysRevX.12.041027},
  url = {https://journals.aps.org/prx/abstract/10.1103/PhysRevX.12.041027},
  keywords = {quantum},
  abstract = {We demonstrate logical qubits whose error rates fall as the code distance grows, showing operation below the surface code threshold on a superconducting processor.}
}" "bibtex: a paper with a DOI is @article with doi and url"
like "$(entry muller2021rethinking)" "author = \{Jürgen Müller and Zoë Ng and Łukasz Kaiser\}" \
	"bibtex: key from the folded surname; names stay UTF-8"
like "$(entry jensen2024precision)" "^@misc" "bibtex: surname is the last word of the name"
like "$(entry anon1999dualities)" "author = \{王小明 and Alice Dupont\}" \
	"bibtex: a first author with no ASCII letters gives 'anon'"
like "$(entry anon2025mergevla)" "^@misc\{anon2025mergevla,$" "bibtex: an HF card without names"
like "$bib" 'abstract = \{Language models increasingly write probabilistic programs, but a program that compiles, runs, and passes every unit test can still be \\emph\{statistically\} wrong\.' \
	"bibtex: the page's LaTeX abstract where there is one"
like "$bib" '\$33\{\\to\}92\\%\$' "bibtex: the LaTeX abstract is kept as written"

# --- hostile text ------------------------------------------------------------------------------
# A page could carry anything: put escape sequences, a bidi override, quotes, commas, newlines
# and TeX specials into titles and a note, as SQLite's own shell (not paperboat) would store them.
hostile=$TMP/hostile.db
cp "$lib" "$hostile"
sqlite3 -batch "$hostile" "UPDATE paper SET title = 'Evil \"quote\", comma' || char(10) || 'line ' || char(27) || '[31mred' || char(27) || '[0m ' || char(8238) || 'rev' || char(27) || ']0;pwned' || char(7) WHERE id = 2;
	UPDATE paper SET title = 'Cost & 100% \$x_1\$ #1 {a} ~ ^ \\ end' WHERE id = 4;
	UPDATE note SET text = 'first line' || char(10) || char(27) || '[2Jsecond' || char(155) || '31m' WHERE paper_id = 16;" ||
	echo "# sqlite3 update failed"
safe='Evil "quote", comma line red rev'
export PAPERBOAT_DB=$hostile

run "$PB" list --format tsv
unlike "$out" $'\033|\u202e|\a' "tsv: no escape, bidi or bell character"
is "$(printf '%s\n' "$out" | grep '^2	' | cut -f5)" "$safe" "tsv: controls out, newline as a space"
is "$(printf '%s\n' "$out" | wc -l)" 40 "tsv: still one line a paper"
run "$PB" list
unlike "$out" $'\033|\u202e|\a' "table: no escape, bidi or bell character"
like "$out" 'Evil "quote", comma line red rev' "table: the readable rest of the title"
run "$PB" show 2
unlike "$out" $'\033|\u202e|\a' "show: no escape, bidi or bell character"
like "$out" "^$safe$" "show: the title, cleaned"
run "$PB" show 16
unlike "$out" $'\033|\xc2\x9b' "show: a note's escape sequences (7- and 8-bit) removed"
like "$out" "first line" "show: the note's text is still there"
run "$PB" list --format json
unlike "$out" $'\033|\a' "json: control characters escaped, never raw"
is "$(printf '%s' "$out" | jq -r '.[] | select(.id == 2) | .title')" \
	"$(printf 'Evil "quote", comma\nline \033[31mred\033[0m \u202erev\033]0;pwned\a')" \
	"json: a parser gets the title back exactly"
"$PB" list --format csv >"$TMP/hostile.csv"
# CSV has no escapes: control characters and escape sequences are left out (a CSV file is
# often looked at with cat), the rest comes back exactly
is "$(csv_query "$TMP/hostile.csv" "SELECT title = 'Evil \"quote\", comma' || char(10) || 'line red rev' FROM t WHERE id = '2'")" \
	1 "csv: quotes, comma and newline quoted; a CSV reader gets the title back, without its escapes"
run "$PB" list --format bibtex
bib=$out
unlike "$bib" $'\033|\a' "bibtex: no control characters"
like "$(entry anon2025cost)" 'title = \{Cost \\& 100\\% \\\$x\\_1\\\$ \\#1 \\textbraceleft\{\}a\\textbraceright\{\} \\textasciitilde\{\} \\textasciicircum\{\} \\textbackslash\{\} end\},' \
	"bibtex: TeX specials escaped"
export PAPERBOAT_DB=$lib

# --- export ------------------------------------------------------------------------------------
mkdir -p "$TMP/out"
run "$PB" export tag:toread --output "$TMP/out/toread.bib"
is "$rc:$out:$err" "0::" "export --output FILE.bib: quiet success"
is "$(cat "$TMP/out/toread.bib")" "$("$PB" list tag:toread --format bibtex)" \
	"export writes what list --format bibtex prints"
is "$(grep -c '^@' "$TMP/out/toread.bib")" 3 "export: the three toread papers"
run "$PB" export tag:toread --format csv
is "$out" "$("$PB" list tag:toread --format csv)" "export --format csv to standard output"
echo old >"$TMP/out/x.json"
run "$PB" export 'topic:rl' --output "$TMP/out/x.json" --sort date --limit 2
is "$rc" 0 "export over an existing file"
is "$(jq -c '[.[].id]' "$TMP/out/x.json")" "[9,36]" "export: format from .json, --sort and --limit"
is "$(ls "$TMP/out" | tr '\n' ' ')" "toread.bib x.json " "export leaves no temporary file behind"
run "$PB" export --format csv --output "$TMP/out/y.json" tag:survey
is "$(head -c 3 "$TMP/out/y.json")" "id," "--format wins over the file's name"
run "$PB" export --format json --output "$TMP/nodir/x.json"
is "$rc" 1 "export into a missing directory exits 1"
like "$err" "nodir/x.json" "and names the file"
ok "$([ ! -e "$TMP/nodir" ]; echo $?)" "and creates nothing"

done_testing
