#!/usr/bin/env bash
# help.sh — --help on every command, and the exit statuses of usage errors (DESIGN.md §7):
# 0 for help, 2 for a bad command line (with a message on stderr and nothing on stdout).
source "$(dirname "$0")/../lib.sh"

export PAPERBOAT_DB=$TMP/none.db # no library: usage errors must not need one

for c in list show tag fav unfav stats export check ingest retopic; do
	for h in --help -h; do
		run "$PB" "$c" $h
		is "$rc" 0 "$c $h exits 0"
		like "$out" "^usage: paperboat $c" "$c $h starts with its usage"
		is "$err" "" "$c $h writes nothing on stderr"
	done
	like "$out" "Examples?:" "$c --help has examples"
	# --help wins wherever it is
	run "$PB" "$c" --bogus-first --help
	is "$rc" 2 "$c: an unknown option before --help is still a usage error"
	run "$PB" "$c" --no-such-option
	is "$rc" 2 "$c --no-such-option exits 2"
	like "$err" "^paperboat $c: unknown option '--no-such-option'" "$c: the message names the option"
	is "$out" "" "$c: nothing on stdout for a usage error"
	ok "$([ ! -e "$PAPERBOAT_DB" ]; echo $?)" "$c: a usage error creates no library"
done

# The top level.
for h in --help -h; do
	run "$PB" $h
	is "$rc:$err" "0:" "paperboat $h exits 0, nothing on stderr"
	like "$out" "^usage: paperboat " "paperboat $h starts with its usage"
done

# Exit status 1: a failure, with one message on stderr and nothing on stdout. A file that is not
# a library fails every command that opens one, and is left as it was.
printf 'not a library\n' >"$TMP/notes.txt"
for c in "list" "export --format json" "show 1" "tag 1 +x" "fav 1" "unfav 1" "stats" "check" \
	"retopic" "ingest $CORPUS/seeds/004_da2509a94b871668.txt"; do
	run "$PB" --db "$TMP/notes.txt" $c
	is "$rc" 1 "$c on a file that is not a library exits 1"
	like "$err" "^paperboat: $TMP/notes.txt: not a paperboat library" "$c: the message names the file"
	is "$(printf '%s\n' "$err" | wc -l):$out" "1:" "$c: one line on stderr, nothing on stdout"
done
is "$(cat "$TMP/notes.txt")" "not a library" "the file is untouched"

# Each command's usage error, one by one.
usage() { # usage NAME REGEX ARGS...
	local name=$1 re=$2; shift 2
	run "$PB" "$@"
	is "$rc" 2 "$name exits 2"
	like "$err" "$re" "$name: says why"
	is "$out" "" "$name: nothing on stdout"
}
usage "list --format xml" "unknown format 'xml'" list --format xml
usage "list --format without a value" "--format needs a value" list --format
usage "list --sort size" "unknown sort order 'size'" list --sort size
usage "list --sort score:up" "unknown sort order 'score:up'" list --sort score:up
usage "list --limit -3" "--limit needs a whole number" list --limit -3
usage "list --limit x" "--limit needs a whole number" list --limit=x
usage "list bad query" "^paperboat: query: column 8: expected a number after 'score>='" \
	list 'score>='
usage "list bad query in words" "^paperboat: query: column 22: expected a number" list inst:tsinghua 'score>=x'
usage "list unclosed quote" "^paperboat: query: column [0-9]+: expected '\"'" list '"world model'
usage "show without an id" "which paper" show
usage "show --format table" "unknown format 'table'" show 1 --format table
usage "tag without an id" "which paper" tag +x
usage "tag bad name" "'to read' is not a tag name" tag 1 '+to read'
usage "tag name with a quote" "is not a tag name" tag 1 '+a"b'
usage "fav without an id" "which paper" fav
usage "unfav without an id" "which paper" unfav
usage "stats --by colour" "unknown --by 'colour'" stats --by colour
usage "stats --format csv" "unknown format 'csv'" stats --format csv
usage "stats stray word" "unexpected argument 'extra'" stats extra
usage "export without a format" "which format" export
usage "export --format table" "unknown format 'table'" export --format table
usage "export --output x.txt" "which format" export --output "$TMP/x.txt"
usage "export bad query" "^paperboat: query: " export --format json 'year:20x5'
usage "check stray word" "unexpected argument 'now'" check now
usage "unknown command" "unknown command 'lst'" lst
usage "--db without a path" "--db needs a PATH" --db

ok "$([ ! -e "$TMP/x.txt" ]; echo $?)" "a usage error writes no output file"

run "$PB" --help
is "$rc" 0 "paperboat --help exits 0"
for c in list show tag fav unfav stats export check ingest retopic; do
	like "$out" "^  $c " "paperboat --help lists $c"
done
run "$PB" --version
like "$out" "^paperboat [0-9]+\.[0-9]+" "--version"

done_testing
