#!/usr/bin/env bash
# End-to-end checks of scripts/install with the binary under test (MLSD_INSTALL_BIN, so nothing is
# built in release): the binary, a man page that renders and names every subcommand the binary
# lists, the three completion files, the default prefix ~/.local, and `man mlsd` finding the page
# there through man-db's PATH mapping.
set -uo pipefail
M=${MLSD_BIN:?set MLSD_BIN to the mlsd binary}
case "$M" in /*) ;; *) M="$PWD/$M" ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }

prefix="$work/prefix"
if MLSD_INSTALL_BIN="$M" "$root/scripts/install" "$prefix" >"$work/out" 2>"$work/err"; then
  pass "scripts/install PREFIX exits 0"
else
  fail "scripts/install PREFIX: $(tail -5 "$work/err")"
fi

cmp -s "$M" "$prefix/bin/mlsd" && pass "PREFIX/bin/mlsd is the binary" || fail "PREFIX/bin/mlsd is not the binary"
[ "$("$prefix/bin/mlsd" --version 2>&1)" = "$("$M" --version)" ] && pass "PREFIX/bin/mlsd --version" \
  || fail "PREFIX/bin/mlsd --version: $("$prefix/bin/mlsd" --version 2>&1 | head -3)"

page="$prefix/share/man/man1/mlsd.1"
if MANWIDTH=100 man -l "$page" >"$work/man.txt" 2>"$work/man.err"; then pass "man -l renders mlsd.1"; else fail "man -l: $(head -3 "$work/man.err")"; fi
[ ! -s "$work/man.err" ] && pass "man -l prints no warnings" || fail "man -l warns: $(head -3 "$work/man.err")"
grep -q "^NAME" "$work/man.txt" && grep -q "mlsd — A terminal whiteboard" "$work/man.txt" \
  && pass "the page names mlsd" || fail "the page has no NAME section for mlsd"
# The subcommands as the binary lists them in --help; each must be an entry of the page.
subs=$("$M" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | grep -E '^  [a-z]' | awk '{ print $1 }')
[ -n "$subs" ] && pass "the binary lists subcommands ($(echo $subs))" || fail "no subcommands in mlsd --help"
for sub in $subs; do
  grep -Eq "^     $sub( |$)" "$work/man.txt" && pass "the page describes $sub" || fail "the page lacks $sub"
done

check_file() { # path description pattern
  if [ -s "$1" ] && grep -q -- "$3" "$1"; then pass "$2"; else fail "$2 ($1)"; fi
}
check_file "$prefix/share/bash-completion/completions/mlsd" "bash completion installed" "_mlsd()"
bash -n "$prefix/share/bash-completion/completions/mlsd" && pass "bash completion parses" || fail "bash completion parses"
check_file "$prefix/share/zsh/site-functions/_mlsd" "zsh completion installed" "#compdef mlsd"
check_file "$prefix/share/fish/vendor_completions.d/mlsd.fish" "fish completion installed" "complete -c 'mlsd'"

# No PREFIX: ~/.local, where man-db finds the page from PATH alone (no MANPATH).
home="$work/home"
mkdir -p "$home"
if HOME="$home" MLSD_INSTALL_BIN="$M" "$root/scripts/install" >"$work/out" 2>"$work/err"; then
  pass "scripts/install with no PREFIX exits 0"
else
  fail "scripts/install with no PREFIX: $(tail -5 "$work/err")"
fi
[ -x "$home/.local/bin/mlsd" ] && pass "the default prefix is ~/.local" || fail "nothing in ~/.local/bin"
found=$(env -u MANPATH HOME="$home" PATH="$home/.local/bin:/usr/bin:/bin" man -w mlsd 2>&1)
[ "$found" = "$home/.local/share/man/man1/mlsd.1" ] && pass "man mlsd finds ~/.local/share/man via PATH" \
  || fail "man -w mlsd gave: $found"

MLSD_INSTALL_BIN="$M" "$root/scripts/install" --bogus "$work/x" >/dev/null 2>"$work/err"
[ $? = 2 ] && grep -q "unknown option --bogus" "$work/err" && pass "an unknown option exits 2 with a message" \
  || fail "unknown option: $(cat "$work/err")"

echo "install e2e: $failures failure(s)"
[ "$failures" -eq 0 ]
