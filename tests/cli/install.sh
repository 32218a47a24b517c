#!/usr/bin/env bash
# install.sh — `make install PREFIX=… DESTDIR=…` puts the binary, the man page, the themes and
# the bash completion under DESTDIR+PREFIX, and `make uninstall` takes them away again.
source "$(dirname "$0")/../lib.sh"

command -v make >/dev/null || { echo "Bail out! make is needed"; exit 1; }
root=$TMP/root
prefix=/usr/local # the prefix the binary was built for: its theme directory is compiled in

run make -C "$TOP" --no-print-directory install PREFIX=$prefix DESTDIR="$root"
is "$rc" 0 "make install exits 0"
[ "$rc" -eq 0 ] || printf '# %s\n' "$err"

bin=$root$prefix/bin/paperboat
ok "$([ -x "$bin" ]; echo $?)" "the binary, executable, in PREFIX/bin"
like "$("$bin" --version 2>&1)" "^paperboat [0-9]" "the installed binary runs"
cmp -s "$bin" "$TOP/paperboat"
ok $? "it is the release build"

man1=$root$prefix/share/man/man1/paperboat.1
cmp -s "$man1" "$TOP/man/paperboat.1"
ok $? "the man page in PREFIX/share/man/man1"
if command -v groff >/dev/null; then
	is "$(groff -man -ww -z "$man1" 2>&1)" "" "the installed man page renders without warnings"
fi

themes=$(cd "$TOP/themes" && ls ./*.theme | sed 's|^\./||' | sort)
like "$themes" "default\.theme" "the checkout has themes to install"
is "$(cd "$root$prefix/share/paperboat/themes" && ls | sort)" "$themes" \
	"every theme in PREFIX/share/paperboat/themes"
for t in $themes; do
	cmp -s "$TOP/themes/$t" "$root$prefix/share/paperboat/themes/$t"
	ok $? "theme $t installed unchanged"
done

comp=$root$prefix/share/bash-completion/completions/paperboat
cmp -s "$comp" "$TOP/src/paperboat.bash-completion"
ok $? "the bash completion in PREFIX/share/bash-completion/completions"
is "$(bash -c 'source "$1" && complete -p paperboat' _ "$comp" 2>&1)" \
	"complete -F _paperboat paperboat" "the installed completion registers itself"

# Nothing outside DESTDIR+PREFIX.
is "$(cd "$root" && find . -type f | sed "s|^\.$prefix/||" | sort)" \
	"$(printf '%s\n' bin/paperboat share/bash-completion/completions/paperboat \
		share/man/man1/paperboat.1 $(printf 'share/paperboat/themes/%s\n' $themes) | sort)" \
	"exactly these files, all under DESTDIR+PREFIX"

# Another prefix: the files follow it.
run make -C "$TOP" --no-print-directory install PREFIX=/opt/pb DESTDIR="$TMP/root2"
is "$rc" 0 "make install with another PREFIX"
ok "$([ -x "$TMP/root2/opt/pb/bin/paperboat" ] && [ -f "$TMP/root2/opt/pb/share/man/man1/paperboat.1" ] &&
	[ -f "$TMP/root2/opt/pb/share/paperboat/themes/default.theme" ]; echo $?)" \
	"binary, man page and themes under /opt/pb"

run make -C "$TOP" --no-print-directory uninstall PREFIX=$prefix DESTDIR="$root"
is "$rc" 0 "make uninstall exits 0"
is "$(find "$root" -type f | wc -l)" 0 "make uninstall removes every installed file"

done_testing
