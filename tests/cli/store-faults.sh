#!/usr/bin/env bash
# store-faults.sh — a library paperboat cannot use as it wants: read-only (file mode, a
# read-only directory, a read-only mount), on a full disk (a small tmpfs when this can mount
# one, and always a file-size limit), not SQLite, from a newer paperboat, and a damaged page
# among the pages of an ingest run. Each gives a clear message naming the file and a non-zero
# exit, never a crash, and leaves the library whole.
source "$(dirname "$0")/../lib.sh"

PAGE=$CORPUS/real/hf/daily-2024-08-01.html
FAST=$TOP/paperboat # the release build makes the reference libraries, quicker
[ -x "$FAST" ] || FAST=$PB
hash_of() { "$TOOLS/dump-library" "$1" | sha256sum | cut -c1-64; }
sum_of() { sha256sum <"$1" | cut -c1-64; }
no_crash() { # NAME: the last run ended by itself, without a sanitizer report
	ok "$([ "$rc" -lt 128 ] && ! grep -Eq 'Sanitizer|runtime error' <<<"$err"; echo $?)" "$1: no crash"
}

BASE=$TMP/base.db
"$TOOLS/make-sample-library" "$BASE" || exit 1
base_hash=$(hash_of "$BASE")

# --- read-only: as an unprivileged user (root writes whatever the mode says) --------------
chmod 755 "$TMP"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
	setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null &&
	setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$PB"; then
	as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
	mkdir -p "$TMP/ro" "$TMP/rodir"
	cp "$BASE" "$TMP/ro/lib.db" && cp "$PAGE" "$TMP/ro/page.html"
	chown -R 65534:65534 "$TMP/ro"
	chmod 444 "$TMP/ro/lib.db"
	run as_nobody "$PB" --db "$TMP/ro/lib.db" ingest "$TMP/ro/page.html"
	no_crash "ingest into a read-only file"
	ok "$([ "$rc" -ne 0 ]; echo $?)" "ingest into a read-only file fails ($rc)"
	is "$err" "paperboat: $TMP/ro/lib.db: cannot write to the library: the file is read-only" \
		"one message, before any page is read: the library is read-only"
	run as_nobody "$PB" --db "$TMP/ro/lib.db" tag 1 +x
	ok "$([ "$rc" -ne 0 ]; echo $?)" "a tag edit on a read-only file fails"
	is "$err" "paperboat: $TMP/ro/lib.db: cannot write to the library: the file is read-only" "and says why"
	run as_nobody "$PB" --db "$TMP/ro/lib.db" list --limit 3
	is "$rc" 0 "listing a read-only library works"
	run as_nobody "$PB" --db "$TMP/ro/lib.db" check
	is "$rc" 0 "check of a read-only library passes"
	is "$(hash_of "$TMP/ro/lib.db")" "$base_hash" "the read-only library is unchanged"

	# a writable file in a directory nobody may write: no room for the -wal beside it
	cp "$BASE" "$TMP/rodir/lib.db"
	chown -R 65534:65534 "$TMP/rodir"
	chmod 555 "$TMP/rodir"
	run as_nobody "$PB" --db "$TMP/rodir/lib.db" ingest "$TMP/ro/page.html"
	no_crash "ingest in a read-only directory"
	ok "$([ "$rc" -ne 0 ]; echo $?)" "ingest in a read-only directory fails ($rc)"
	is "$err" "paperboat: $TMP/rodir/lib.db: cannot write to the library: its directory is read-only" \
		"the message names the library and the problem"
	run as_nobody "$PB" --db "$TMP/rodir/lib.db" list --limit 3
	is "$rc" 0 "listing a library in a read-only directory works"
	ok "$([ "$(wc -l <<<"$out")" -ge 3 ]; echo $?)" "and lists papers"
	run as_nobody "$PB" --db "$TMP/rodir/lib.db" check
	is "$rc" 0 "check of a library in a read-only directory passes"
	ok "$(ls "$TMP/rodir" | grep -qv '^lib.db$'; [ $? -ne 0 ]; echo $?)" "nothing was written beside it"
	chmod 755 "$TMP/rodir"
	is "$(hash_of "$TMP/rodir/lib.db")" "$base_hash" "the library in the read-only directory is unchanged"
else
	echo "ok 1 # SKIP cannot run as an unprivileged user here (needs root and setpriv)"
	_tap_n=$((_tap_n + 1))
fi

# --- full disk ---------------------------------------------------------------------------
# The library after a failed write must pass check and hold whole files only; ingesting the
# rest elsewhere must then give the same library as a run that never failed.
mkdir -p "$TMP/pages"
cp -R "$CORPUS/real" "$CORPUS/seeds" "$TMP/pages/"
cp "$BASE" "$TMP/ref.db"
"$FAST" --db "$TMP/ref.db" ingest --quiet "$TMP/pages/real" "$TMP/pages/seeds" >/dev/null 2>&1
ref_hash=$(hash_of "$TMP/ref.db")

full_disk_checks() { # NAME LIBRARY: after an ingest stopped by a full disk
	local name=$1 lib=$2
	no_crash "$name"
	ok "$([ "$rc" -ne 0 ]; echo $?)" "$name: the ingest fails ($rc)"
	like "$err" "$lib: .*(full|too large|disk I/O error)" "$name: the message names the library and the problem"
	like "$(tail -n 1 <<<"$err")" "^paperboat: $lib: stopped: the library cannot be written; [0-9]+ files? not ingested$" \
		"$name: the run stops there, saying so"
	ok "$([ "$(grep -c 'cannot store' <<<"$err")" -eq 1 ]; echo $?)" "$name: one file's failure, not one per file"
	like "$out" "; stopped before [0-9]+ files?" "$name: the summary says the run stopped"
	cp "$lib" "$TMP/rescued.db"
	[ -e "$lib-wal" ] && cp "$lib-wal" "$TMP/rescued.db-wal"
	run "$PB" --db "$TMP/rescued.db" check
	is "$rc" 0 "$name: the library passes check"
	run "$FAST" --db "$TMP/rescued.db" ingest --quiet "$TMP/pages/real" "$TMP/pages/seeds"
	is "$(hash_of "$TMP/rescued.db")" "$ref_hash" "$name: with room again, ingesting completes the library"
	rm -f "$TMP/rescued.db"*
}

MNT=$TMP/small
mkdir -p "$MNT"
size=$(( $(stat -c %s "$BASE") + 48 * 1024 ))
if mount -t tmpfs -o size=$size tmpfs "$MNT" 2>/dev/null; then
	cp "$BASE" "$MNT/lib.db"
	run "$PB" --db "$MNT/lib.db" ingest --quiet "$TMP/pages/real" "$TMP/pages/seeds"
	full_disk_checks "a full tmpfs" "$MNT/lib.db"
	umount "$MNT"
else
	echo "ok $((_tap_n + 1)) # SKIP cannot mount a tmpfs here (not root, or no permission)"
	_tap_n=$((_tap_n + 1))
fi
# A file-size limit fails writes past it the way a full disk does (EFBIG); it needs no mount.
cp "$BASE" "$TMP/limited.db"
limit_kb=$(( $(stat -c %s "$BASE") / 1024 + 48 ))
run bash -c 'trap "" XFSZ; ulimit -f "$1"; exec "$2" --db "$3" ingest --quiet "$4" "$5"' _ \
	"$limit_kb" "$PB" "$TMP/limited.db" "$TMP/pages/real" "$TMP/pages/seeds"
full_disk_checks "a file-size limit" "$TMP/limited.db"

# --- not a library, a newer library ---------------------------------------------------------
printf 'title,abstract\nA paper,Some text\n' >"$TMP/notes.csv"
cp "$BASE" "$TMP/newer.db"
sqlite3 "$TMP/newer.db" 'PRAGMA user_version = 99'
for f in notes.csv newer.db; do
	want="not a paperboat library"
	[ "$f" = newer.db ] && want="made by a newer paperboat"
	before=$(sum_of "$TMP/$f")
	for cmd in "ingest $PAGE" "list" "check" "tag 1 +x" "stats"; do
		run "$PB" --db "$TMP/$f" $cmd
		ok "$([ "$rc" -ne 0 ] && [ "$rc" -lt 128 ]; echo $?)" "$f: $cmd fails ($rc)"
		like "$err" "^paperboat: $TMP/$f: $want" "$f: $cmd says: $want"
	done
	is "$(sum_of "$TMP/$f")" "$before" "$f: not changed"
	ok "$([ ! -e "$TMP/$f-wal" ] && [ ! -e "$TMP/$f-journal" ]; echo $?)" "$f: nothing written beside it"
done

# --- a damaged page among good ones --------------------------------------------------------
mkdir -p "$TMP/run"
cp "$CORPUS/real/arxiv/abs-2106.09608-xhtml-2021.html" "$TMP/run/a.html"
gzip -c "$PAGE" | head -c 3000 >"$TMP/run/b.html.gz" # cut short in the middle
cp "$CORPUS/real/highwire/acl-2021-naacl-main-208.html" "$TMP/run/c.html"
cp "$BASE" "$TMP/mixed.db"
run "$PB" --db "$TMP/mixed.db" ingest "$TMP/run"
no_crash "a damaged page in the run"
is "$rc" 1 "a damaged page in the run: exit 1"
like "$err" "^paperboat: $TMP/run/b.html.gz: " "the message names the damaged page: $err"
is "$(grep -c '^paperboat: ' <<<"$err")" 1 "one message, for that page only"
like "$out" "c.html: 1 paper" "the page after it is ingested"
run "$PB" --db "$TMP/mixed.db" check
is "$rc" 0 "the library passes check"
done_testing
