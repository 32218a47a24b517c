#!/usr/bin/env bash
# completion.sh — the bash completion: registered for paperboat, and what it offers for
# commands, options, formats, sort keys, and tag, institution and topic names of a library.
source "$(dirname "$0")/../lib.sh"

source "$TOP/src/paperboat.bash-completion"

spec=$(complete -p paperboat 2>&1)
is "$spec" "complete -F _paperboat paperboat" "complete -p: _paperboat completes paperboat"

# comp LINE — completes LINE (the cursor at its end) as bash would, with the default
# COMP_WORDBREAKS; the candidates, sorted, one a line, go in $got.
comp() {
	local line=$1
	COMP_LINE=$line
	COMP_POINT=${#line}
	# bash's own split: blanks, and ':' and '=' as words of their own
	local -a words=()

	read -r -a words <<<"$(printf '%s' "$line" | sed -e 's/\([:=]\)/ \1 /g')"
	[[ $line == *" " ]] && words+=("")
	COMP_WORDS=("${words[@]}")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_paperboat
	got=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort)
}

COMP_WORDBREAKS=$' \t\n"\'><=;|&(:'

comp "paperboat "
is "$got" "$(printf '%s\n' check export fav ingest list retopic show stats tag unfav)" "commands"
comp "paperboat st"
is "$got" "stats" "a command's start"
comp "paperboat --"
is "$got" "$(printf '%s\n' --db --help --version)" "global options"
comp "paperboat list --"
is "$got" "$(printf '%s\n' --format --help --limit --sort)" "list's options"
comp "paperboat export --"
is "$got" "$(printf '%s\n' --format --help --limit --output --sort)" "export's options"
comp "paperboat stats --"
is "$got" "$(printf '%s\n' --by --format --help --limit)" "stats' options"
comp "paperboat list --format "
is "$got" "$(printf '%s\n' bibtex csv json table tsv)" "list's formats"
comp "paperboat list --format j"
is "$got" "json" "a format's start"
comp "paperboat export --format "
is "$got" "$(printf '%s\n' bibtex csv json)" "export's formats"
comp "paperboat stats --format "
is "$got" "$(printf '%s\n' json table tsv)" "stats' formats"
comp "paperboat show --format "
is "$got" "$(printf '%s\n' bibtex csv json text)" "show's formats"
comp "paperboat list --format=cs"
is "$got" "csv" "--format=VALUE"
comp "paperboat list --sort "
is "$got" "$(printf '%s\n' added added:asc added:desc date date:asc date:desc score score:asc \
	score:desc title title:asc title:desc)" "sort keys"
comp "paperboat list --sort date:"
is "$got" "$(printf '%s\n' asc desc)" "sort directions after the colon bash splits at"
comp "paperboat stats --by "
is "$got" "$(printf '%s\n' institution source tag topic)" "--by values"
comp "paperboat list in"
is "$got" "inst:" "query field names"
comp "paperboat list -to"
is "$got" "-topic:" "negated field names"
comp "paperboat list un"
is "$got" "unread" "query keywords"
comp "paperboat --db $TMP/x.db li"
is "$got" "list" "the command after --db PATH"

# --- names from a library ----------------------------------------------------------------------
# The completion runs the paperboat the command line names ($PB here) on the library the
# command line names (or the default one).
lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
export PAPERBOAT_DB=$lib

comp "$PB list tag:"
is "$got" "$(printf '%s\n' ml/theory survey toread)" "tag names after tag: (the colon split off)"
comp "$PB list -tag:to"
is "$got" "toread" "after a negated tag:"
comp "$PB tag 1 +"
is "$got" "$(printf '%s\n' +ml/theory +survey +toread)" "tag +NAME"
comp "$PB tag 1 -s"
is "$got" "-survey" "tag -NAME"
comp "$PB list topic:ag"
is "$got" "agents" "topic names"
comp "$PB list cat:cs."
is "$got" "$(printf '%s\n' cs.AI cs.CL cs.LG)" "categories"
comp "$PB list inst:Tsi"
is "$got" "$(printf '%s\n' '\"Tsinghua-Berkeley\ Shenzhen\ Institute\"' '\"Tsinghua\ University\"')" \
	"institution names, quoted for the query and escaped for the shell"
comp "$PB list inst:sta"
is "$got" '\"Stanford\ University\"' "matched case-insensitively"
eval "set -- inst:$got"
is "$1" 'inst:"Stanford University"' "the shell hands the query its quotes"
is "$("$PB" list "$1" --format tsv | cut -f1 | tr '\n' ' ')" "20 23 " "and the query finds the papers"
comp "$PB ingest --"
is "$got" "$(printf '%s\n' --help --institution --quiet --tag --topic)" "ingest's options"
comp "$PB retopic --"
is "$got" "$(printf '%s\n' --help --quiet --show-rules)" "retopic's options"
comp "$PB show --"
is "$got" "$(printf '%s\n' --format --help)" "show's options"
comp "$PB check --"
is "$got" "--help" "check's one option"
comp "$PB ingest --topic ag"
is "$got" "agents" "ingest --topic: the library's topics"
comp "$PB ingest --tag to"
is "$got" "toread" "ingest --tag: the library's tags"
comp "$PB ingest --institution Pek"
is "$got" 'Peking\ University' "an option's value is only escaped for the shell"
unset PAPERBOAT_DB
comp "$PB --db $lib list tag:s"
is "$got" "survey" "the library named by --db"
comp "$PB --db $TMP/none.db list tag:"
is "$got" "" "no library: no names"
ok "$([ ! -e "$TMP/none.db" ]; echo $?)" "and none is created"

done_testing
