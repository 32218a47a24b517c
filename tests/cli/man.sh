#!/usr/bin/env bash
# man.sh — paperboat(1): groff finds nothing to warn about, man renders it, and it documents
# every command and every option the commands' --help texts name.
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
		like "$text" -- "$opt" "the page documents $c $opt"
	done
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
