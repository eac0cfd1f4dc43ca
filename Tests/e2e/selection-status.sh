#!/usr/bin/env bash
# The status line says what is selected and what undo did, at 80×24 and 160×45: g names the
# top-left box it selects; o on a board without groups says the box stays selected; undo and redo
# name the rename they undid and redid; z names the zoom level once. A board opens at its topmost,
# leftmost box: when that box lies far right (behind the side panel at the first scroll) it is
# scrolled on screen; when the file lists a box from the middle of the drawing first, the canvas
# still starts at the top-left corner.
source "$(dirname "$0")/lib.sh"

status_line() { screen "$1" | tail -1; }
zoom_once() { [ "$(status_line "$1" | grep -o "ompact" | wc -l)" = 1 ] && ! status_line "$1" | grep -qF "Zoom:"; }

cat >wide.yaml <<'YAML'
mlsd: 1
title: Wide board
boxes:
  - {id: far, label: Far right box, at: [130, 2]}
  - {id: near, label: Near, at: [2, 12]}
YAML

cat >middle.yaml <<'YAML'
mlsd: 1
title: Listed out of order
boxes:
  - {id: middle, label: Listed first, at: [70, 60]}
  - {id: corner, label: Corner box, at: [2, 1]}
YAML

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="sel$w"
  file="sel-$w.yaml"
  tag="${w}x${h}"
  "$M" new "$file" -t blank >/dev/null || { fail "$tag: mlsd new"; continue; }
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  for label in "data source" "kafka"; do
    keys "$s" a
    text "$s" "$label"
    keys "$s" Enter
    check "$tag: '$label' is added" wait_for "$s" "Added"
  done
  keys "$s" g
  check "$tag: g says it selected the top-left box" wait_for "$s" "Top-left of the board: 'Data source' selected"
  keys "$s" o
  check "$tag: o on a board without groups says the box stays selected" wait_for "$s" "(the box Data source stays selected)"
  keys "$s" Enter C-u
  text "$s" "Events"
  keys "$s" Enter
  check "$tag: renamed" wait_for "$s" "Events    │"
  keys "$s" u
  check "$tag: undo names the rename" wait_for "$s" "Undone: rename 'Data source' to 'Events' (2 more)"
  keys "$s" C-r
  check "$tag: redo names it too" wait_for "$s" "Redone: rename 'Data source' to 'Events'"
  keys "$s" z
  check "$tag: z zooms out" wait_for "$s" "zoom: compact"
  check "$tag: the status line names the zoom level once" zoom_once "$s"
  keys "$s" z z
  check "$tag: back to full boxes" wait_for "$s" "Zoom: full boxes"
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0

  s="wide$w"
  start "$s" "$w" "$h" open wide.yaml
  check "$tag: the wide board opens" wait_for "$s" "NORMAL"
  check "$tag: its selected box far right is on screen" wait_for "$s" "Far right box" 5
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0

  s="middle$w"
  start "$s" "$w" "$h" open middle.yaml
  check "$tag: a board listing a middle box first opens" wait_for "$s" "NORMAL"
  check "$tag: ... at its top-left box" wait_for "$s" "Corner box" 5
  check "$tag: ... not scrolled to the box listed first" bash -c "! tmux capture-pane -p -t $(session "$s") | grep -qF 'Listed first'"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
done
finish
