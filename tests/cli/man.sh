#!/usr/bin/env bash
# man.sh — paperboat(1): groff finds nothing to warn about, man renders it, and it documents
# every command and every option the commands' --help texts name, every action of the reader
# with its default keys, every config line and `set` name, and every theme element.
source "$(dirname "$0")/../lib.sh"

page=$TOP/man/paperboat.1

warnings=$(groff -ww -z -man "$page" 2>&1)
is "$warnings" "" "groff -ww -z -man prints no warning"

run env MANPAGER=cat MANWIDTH=80 MAN_DISABLE_SECCOMP=1 man "$page"
is "$rc" 0 "man renders the page"
text=$out
like "$text" "^PAPERBOAT\(1\)" "the rendered page has its title line"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "QUERY LANGUAGE" "OUTPUT FORMATS" \
	INGESTING KEYS CONFIGURATION THEMES FILES ENVIRONMENT "EXIT STATUS" EXAMPLES; do
	like "$text" "(^|$(printf '\n'))$section($(printf '\n')|$)" "section $section"
done
for var in PAPERBOAT_DB XDG_DATA_HOME XDG_CONFIG_HOME NO_COLOR BROWSER EDITOR; do
	like "$text" "^ +$var" "ENVIRONMENT names $var"
done

# Every command of `paperboat --help` has its entry under COMMANDS.
run "$PB" --help
commands=$(printf '%s\n' "$out" | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p')
ok "$([ -n "$commands" ]; echo $?)" "paperboat --help lists commands"
commands_section=$(printf '%s\n' "$text" | sed -n '/^COMMANDS/,/^QUERY LANGUAGE/p')
for c in $commands; do
	like "$commands_section" "^       $c( |$)" "COMMANDS describes '$c'"
done

# Every long option a command's --help names is in the page.
for c in $commands; do
	run "$PB" "$c" --help
	for opt in $(printf '%s\n' "$out" | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
		like "$text" "$opt" "the page documents $c $opt"
	done
done

# The reader's tables, as the code holds them (tests/tools/ui-tables.c).
# (tab-separated; read with a non-blank separator so that an empty field stays a field)
tables=$("$TOOLS/ui-tables" | tr '\t' '\037')
section() { printf '%s\n' "$text" | sed -n "/^$1\$/,/^$2\$/p"; }
keys_section=$(section KEYS CONFIGURATION)
config_section=$(section CONFIGURATION THEMES)
themes_section=$(section THEMES FILES)
ingest_section=$(section INGESTING KEYS)
for opt in --db --theme --query; do
	like "$keys_section" -- "\\[$opt " "KEYS gives the reader's option $opt"
done
# Each action has an entry whose tag is its default keys (as `bind` writes them, joined with
# ", ") and its name; saved searches 1-9 share one entry.
n=0
while IFS=$'\037' read -r kind name keys _; do
	[ "$kind" = action ] || continue
	n=$((n + 1))
	case $name in
	search-[1-9])
		want="1 ... 9  (search-1 ... search-9)" ;;
	*)
		if [ -n "$keys" ]; then want="$(printf '%s' "$keys" | sed 's/ /, /g')  ($name)"
		else want="no key  ($name)"; fi ;;
	esac
	ok "$(printf '%s\n' "$keys_section" | grep -qxF -- "       $want"; echo $?)" \
		"KEYS documents $name with its default keys: $want"
done <<<"$tables"
ok "$([ "$n" -ge 40 ]; echo $?)" "ui-tables lists the actions ($n)"
while IFS=$'\037' read -r kind name _; do
	case $kind in
	command)
		like "$config_section" "^       $name " "CONFIGURATION documents the '$name' line" ;;
	setting)
		like "$config_section" "^       set $name " "CONFIGURATION documents 'set $name'" ;;
	element)
		like "$themes_section" "^       $name +[a-z]" "THEMES documents the element '$name'" ;;
	esac
done <<<"$tables"
for word in '\.gz' 'standard input' '--institution' '--topic' '--tag' '--quiet' 'unchanged' \
	'files: .* papers, .* new, .* merged' 'exit status' '^ *alias ' '^ *topic ' 'retopic'; do
	like "$ingest_section" "$word" "INGESTING covers $word"
done

# Every query the QUERY LANGUAGE section gives as an example parses and runs.
lib=$TMP/lib.db
"$TOOLS/make-sample-library" "$lib" || { echo "Bail out! make-sample-library failed"; exit 1; }
examples=$(printf '%s\n' "$text" | sed -n '/^QUERY LANGUAGE/,/^OUTPUT FORMATS/p' |
	sed -n '/^       Examples:/,/^OUTPUT FORMATS/p' | sed -n 's/^              //p')
ok "$([ "$(printf '%s\n' "$examples" | wc -l)" -ge 5 ]; echo $?)" "the query examples are found"
while IFS= read -r q; do
	run "$PB" --db "$lib" list "$q" --format tsv
	is "$rc:$err" "0:" "the example query runs: $q"
done <<<"$examples"

done_testing
