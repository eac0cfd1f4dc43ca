#!/usr/bin/env bash
# What is drawn above the board's first row can be seen, at 80×24 and 160×45: two boxes added
# to a blank board (the top row) grouped as Online show the frame's title on the canvas's first
# row; panning down hides it and panning back up (and g) shows it again. A board whose arrow is
# routed above its boxes opens with that arrow's label on screen.
source "$(dirname "$0")/lib.sh"

# first_canvas_row SESSION: the screen's second line (the canvas's first row).
first_canvas_row() { screen "$1" | sed -n 2p; }
title_on_top() { first_canvas_row "$1" | grep -qF "┄ Online ┄"; }
title_gone() { ! screen "$1" | grep -qF "┄ Online ┄"; }

cat >over.yaml <<'YAML'
mlsd: 1
title: Over the top
boxes:
  - {id: a, label: Alpha, at: [0, 0]}
  - {id: b, label: Beta, at: [14, 0]}
  - {id: c, label: Gamma, at: [28, 0]}
  - {id: d, label: Delta, at: [14, 4]}
arrows:
  - {from: a, to: c, label: over the top}
  - {from: d, to: b}
YAML
# The label's row in the full render, counted from the first row of the boxes (negative: above).
top=$("$M" render over.yaml | python3 -c '
import sys
lines = sys.stdin.read().split("\n")
label = next(i for i, l in enumerate(lines) if "over the top" in l)
boxes = next(i for i, l in enumerate(lines) if "Alpha" in l) - 1
print(label - boxes)')

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="over$w"
  file="group-$w.yaml"
  tag="${w}x${h}"
  "$M" new "$file" -t blank >/dev/null || { fail "$tag: mlsd new"; continue; }
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  for label in "kafka" "feature store"; do
    keys "$s" a
    text "$s" "$label"
    keys "$s" Enter
    check "$tag: '$label' is added" wait_for "$s" "Added"
  done
  keys "$s" Space h Space G
  text "$s" "Online"
  keys "$s" Enter
  check "$tag: the group is made" wait_for "$s" "Grouped 2 boxes as Online"
  check "$tag: its title is on the canvas's first row" title_on_top "$s"
  keys "$s" S-Down S-Down
  check "$tag: panning down hides it" wait_gone "$s" "┄ Online ┄" 5
  keys "$s" S-Up S-Up S-Up
  check "$tag: panning back up shows it again" wait_until 20 title_on_top "$s"
  keys "$s" S-Down S-Down
  check "$tag: panning down hides it again" wait_gone "$s" "┄ Online ┄" 5
  keys "$s" g
  check "$tag: g shows it again" wait_until 20 title_on_top "$s"
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0

  if [ "$top" -lt 0 ]; then
    s="arrow$w"
    start "$s" "$w" "$h" open over.yaml
    check "$tag: a board with an arrow above its boxes opens" wait_for "$s" "NORMAL"
    check "$tag: the arrow's label above row 0 is on screen" wait_for "$s" "over the top" 5
    keys "$s" q
    check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
  else
    echo "skip $tag: the router draws nothing above row 0 on over.yaml"
  fi
done
finish
