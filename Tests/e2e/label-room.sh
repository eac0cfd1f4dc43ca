#!/usr/bin/env bash
# An arrow label never disappears without a word, at 80×24 and 160×45: a box moved with m next to
# the box it is joined to leaves its arrow's label no room beside the line; the label is still on
# the screen (a few cells from its line) and the status line says so; selecting the arrow names
# the whole label; `mlsd render` of the saved board prints it and names it on stderr; L lays the
# board out with room and the note goes.
source "$(dirname "$0")/lib.sh"

# on_board SESSION TEXT: within 10 s the screen shows TEXT above the status lines (on the board).
on_board() {
  local deadline=$((SECONDS + 10))
  while [ $SECONDS -lt $deadline ]; do
    screen "$1" | head -n -3 | grep -qF -- "$2" && return 0
    sleep 0.05
  done
  screen "$1" >&2
  return 1
}

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="lab$w"
  file="lab-$w.yaml"
  tag="${w}x${h}"
  cat >"$file" <<'YAML'
mlsd: 1
title: Labels
boxes:
  - {id: src, label: Data source, at: [2, 2], size: [15, 4]}
  - {id: ingest, label: Stream ingestion, at: [40, 2], size: [20, 4]}
arrows:
  - {from: src, to: ingest, label: raw events}
YAML
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  [ "$w" = 80 ] && keys "$s" P
  check "$tag: the label is drawn beside its line" wait_for "$s" "raw events"
  keys "$s" /
  text "$s" "Stream"
  keys "$s" Enter
  # 19 columns left: 4 columns between the boxes, no room for the label beside the arrow.
  keys "$s" m
  for _ in $(seq 19); do keys "$s" Left; done
  keys "$s" Enter
  check "$tag: the status line says the label has no room beside its line" \
    wait_for "$s" "no room beside"
  check "$tag: the label is still on the board" on_board "$s" "raw events"
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  check "$tag: the boxes are 4 columns apart in the file" \
    test "$("$M" export "$file" --format json | python3 -c 'import json,sys; b=json.load(sys.stdin)["boxes"]; print(b[1]["frame"]["x"] - b[0]["frame"]["x"] - b[0]["frame"]["width"])')" = 4
  check "$tag: render draws the label" sh -c "'$M' render '$file' 2>/dev/null | grep -qF 'raw events'"
  check "$tag: render names it on stderr" sh -c "'$M' render '$file' 2>&1 >/dev/null | grep -qF 'label \"raw events\" of Data source → Stream ingestion'"
  keys "$s" Tab
  check "$tag: selecting the arrow names its whole label" wait_for "$s" "label \"raw events\" (not"
  keys "$s" Escape L
  check "$tag: L lays the board out" wait_for "$s" "aid out"
  check "$tag: the label is on the board after L" on_board "$s" "raw events"
  keys "$s" C-s
  check "$tag: saved after L" wait_for "$s" "Saved $file"
  check "$tag: after L render has no note on the label" \
    test -z "$("$M" render "$file" 2>&1 >/dev/null | grep -F 'raw events')"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
done
finish
