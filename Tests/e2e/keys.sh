#!/usr/bin/env bash
# The key table from outside: `mlsd keys` prints the cheat sheet, `--markdown` prints the README's
# key reference, and in the whiteboard at 80×24 `?` shows the same rows, one of the new keys
# included, and a key of the table does what the sheet says.
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$(dirname "$0")/lib.sh"

sheet=$("$M" keys)
check "mlsd keys exits 0" test $? -eq 0
check "the sheet lists the kind palette key" grep -qF "  K                   set the box's component kind" <<<"$sheet"
check "the sheet lists the follow-up keys" grep -qF "  A / S               answer the follow-up" <<<"$sheet"
check "the sheet lists :ask and :skip" grep -qF "  :ask  :skip" <<<"$sheet"
"$M" keys --markdown >keys.md
awk '/^<!-- keys: begin -->$/{f=1;next} /^<!-- keys: end -->$/{f=0} f' "$repo/README.md" | sed '$d' >readme-keys.md
check "--markdown is the README's key reference" cmp -s keys.md readme-keys.md
check "mlsd keys --bogus is refused with status 2" bash -c "'$M' keys --bogus 2>/dev/null; test \$? -eq 2"

s=keyhelp
start "$s" 80 24
check "the app starts" wait_for "$s" "NORMAL"
keys "$s" '?'
check "? opens the help" wait_for "$s" "Keys — ↑↓ scroll, any other key closes"
check "the help shows the row the sheet prints" wait_for "$s" "K                   set the box's component kind: type to filter, Enter"
keys "$s" Escape
check "any other key closes it" wait_gone "$s" "Keys — ↑↓ scroll"
keys "$s" P
check "P (from the table) hides the panel" wait_gone "$s" "Checklist"
keys "$s" q
check "q quits a clean board" test "$(wait_exit "$s")" = 0

finish
echo "keys.sh: all passed"
