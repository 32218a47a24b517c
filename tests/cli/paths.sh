#!/usr/bin/env bash
# paths.sh — which library a command uses (DESIGN.md §2): --db PATH, else $PAPERBOAT_DB, else
# $XDG_DATA_HOME/paperboat/library.db, else ~/.local/share/paperboat/library.db.
source "$(dirname "$0")/../lib.sh"

PAGE=$CORPUS/real/highwire/nber-w29971.html
# count — papers in the library the environment and arguments name.
count() { "$PB" "$@" list --format json | jq length; }

unset XDG_DATA_HOME
run "$PB" ingest --quiet "$PAGE"
is "$rc" 0 "ingest with nothing set"
ok "$([ -f "$HOME/.local/share/paperboat/library.db" ]; echo $?)" \
	"no \$XDG_DATA_HOME: the library is ~/.local/share/paperboat/library.db"

export XDG_DATA_HOME=$TMP/xdg
run "$PB" list
is "$rc:$err" "1:paperboat: $TMP/xdg/paperboat/library.db: no such library" \
	"\$XDG_DATA_HOME set: list looks there (and makes nothing)"
run "$PB" ingest --quiet "$PAGE"
ok "$([ -f "$TMP/xdg/paperboat/library.db" ]; echo $?)" "made at \$XDG_DATA_HOME/paperboat/library.db"

export PAPERBOAT_DB=$TMP/env.db
run "$PB" ingest --quiet "$PAGE" "$CORPUS/real/highwire/usenix-bulekov.html"
is "$(sqlite3 "$TMP/env.db" 'SELECT count(*) FROM paper')" 2 "\$PAPERBOAT_DB wins over \$XDG_DATA_HOME"
is "$(sqlite3 "$TMP/xdg/paperboat/library.db" 'SELECT count(*) FROM paper')" 1 \
	"and the XDG library is left alone"

is "$(count --db "$TMP/xdg/paperboat/library.db")" 1 "--db PATH wins over \$PAPERBOAT_DB"
is "$(count --db="$TMP/env.db")" 2 "--db=PATH too"
is "$(count)" 2 "without --db: \$PAPERBOAT_DB"

done_testing
