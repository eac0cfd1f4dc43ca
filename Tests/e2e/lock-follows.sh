#!/usr/bin/env bash
# The lock follows the board: after `:w OTHER` (or a scratch board's Save as) the board lives at
# the new file, so a second mlsd opening it is warned and the old file is free. A name typed
# without an extension gets ".yaml" (the status line says so); an existing file is still asked
# about. At 80×24 and at 160×45.
source "$(dirname "$0")/lib.sh"

for size in 80x24 160x45; do
  w=${size%x*} h=${size#*x}
  d="d$size"
  mkdir -p "$d"
  "$M" new "$d/a.yaml" >/dev/null
  start "a$size" "$w" "$h" open "$d/a.yaml"
  check "$size: the board opens" wait_for "a$size" "$d/a.yaml"
  keys "a$size" a
  text "a$size" "Zqxw"
  keys "a$size" Enter
  check "$size: a box is added" wait_for "a$size" "Added Zqxw"
  keys "a$size" :
  text "a$size" "w $d/other"
  keys "a$size" Enter
  check "$size: :w without an extension saves OTHER.yaml and says why" \
    wait_for "a$size" "Saved $d/other.yaml. The name had no extension, so .yaml was added"
  check "$size: no file without the extension" test ! -e "$d/other"
  start "o$size" "$w" "$h" open "$d/other.yaml"
  check "$size: a second mlsd opening OTHER.yaml is warned" wait_for "o$size" "Already open in another mlsd" 5
  check "$size: a second mlsd opening OTHER.yaml is warned (names the file)" wait_for "o$size" "other.yaml" 2
  text "o$size" q
  check "$size: and quits when asked" test "$(wait_exit "o$size")" = 0
  start "old$size" "$w" "$h" open "$d/a.yaml"
  check "$size: the old file is free: it opens without a warning" wait_for "old$size" "NORMAL" 5
  check "$size: (no lock question)" bash -c "! tmux capture-pane -p -t '$(session "old$size")' | grep -q 'already open'"
  keys "old$size" q
  keys "a$size" q
  keys "a$size" n

  # A scratch board's Save as.
  start "s$size" "$w" "$h" open
  check "$size: a scratch board opens" wait_for "s$size" "(scratch board)"
  keys "s$size" a
  text "s$size" "Zqxw"
  keys "s$size" Enter
  keys "s$size" C-s
  check "$size: Ctrl-S asks for a name" wait_for "s$size" "Save as:"
  text "s$size" "$d/scratch1"
  keys "s$size" Enter
  check "$size: Save as adds .yaml" wait_for "s$size" "Saved $d/scratch1.yaml. The name had no extension"
  check "$size: the file is there" grep -q Zqxw "$d/scratch1.yaml"
  start "s2$size" "$w" "$h" open "$d/scratch1.yaml"
  check "$size: a second mlsd opening it is warned" wait_for "s2$size" "Already open in another mlsd" 5
  check "$size: a second mlsd opening it is warned (names the file)" wait_for "s2$size" "scratch1.yaml" 2
  text "s2$size" q
  # An existing file is still asked about.
  start "t$size" "$w" "$h" open
  check "$size: another scratch board opens" wait_for "t$size" "(scratch board)"
  keys "t$size" a
  text "t$size" "Other"
  keys "t$size" Enter
  keys "t$size" C-s
  text "t$size" "$d/a"
  keys "t$size" Enter
  check "$size: replacing a.yaml is asked about" wait_for "t$size" "$d/a.yaml exists: replace it?"
  keys "t$size" n
  check "$size: n keeps it" wait_for "t$size" "Nothing written"
  check "$size: a.yaml is unchanged" bash -c "! grep -q Other '$d/a.yaml'"
  keys "s$size" q
done
finish
