#!/usr/bin/env bash
# Boxes never overlap after an edit, at 80×24 and 120×40: on a blank board, three boxes added in a
# row; the first renamed to a long label grows and moves the other two aside (the screen shows
# each whole, the status line says so); the saved file has no overlapping boxes; one u puts the
# row back; a box moved onto its neighbour with m moves the neighbour aside when the move ends.
source "$(dirname "$0")/lib.sh"

# overlaps FILE: the pairs of boxes whose frames overlap in the saved file ("" when none).
overlaps() {
  "$M" export "$1" --format json | python3 -c '
import json, sys
boxes = json.load(sys.stdin)["boxes"]
def cut(a, b):
    fa, fb = a["frame"], b["frame"]
    return fa["x"] < fb["x"] + fb["width"] and fb["x"] < fa["x"] + fa["width"] and fa["y"] < fb["y"] + fb["height"] and fb["y"] < fa["y"] + fa["height"]
print(" ".join(a["id"] + "/" + b["id"] for i, a in enumerate(boxes) for b in boxes[i + 1:] if cut(a, b)))'
}
# xs FILE: the boxes' columns, in file order.
xs() { "$M" export "$1" --format json | python3 -c 'import json, sys; print(" ".join(str(b["frame"]["x"]) for b in json.load(sys.stdin)["boxes"]))'; }

for size in "80 24" "120 40"; do
  set -- $size
  w=$1 h=$2
  s="room$w"
  file="room-$w.yaml"
  tag="${w}x${h}"
  "$M" new "$file" -t blank >/dev/null || { fail "$tag: mlsd new"; continue; }
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  # Without the side panel at 80 columns, the row of boxes fits the canvas.
  [ "$w" = 80 ] && keys "$s" P
  for label in "event log" "kafka" "feature store"; do
    keys "$s" a
    text "$s" "$label"
    keys "$s" Enter
    check "$tag: '$label' is added" wait_for "$s" "Added"
  done
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  row=$(xs "$file")
  keys "$s" g Enter C-u
  text "$s" "Clickstream and watch-history event logs"
  keys "$s" Enter
  check "$tag: the status line says which boxes moved aside" wait_for "$s" "Moved Stream ingestion and 1 more aside to make room"
  check "$tag: the renamed box shows its whole label" wait_for "$s" "watch-history event logs"
  check "$tag: its neighbour is drawn whole beside it" wait_for "$s" "│ Stream ingestion │"
  keys "$s" C-s
  check "$tag: saved after the rename" wait_for "$s" "Saved $file"
  check "$tag: the file has no overlapping boxes" test "$(overlaps "$file")" = ""
  keys "$s" u
  check "$tag: u undoes the rename" wait_for "$s" "Undone"
  keys "$s" C-s
  check "$tag: saved after undo" wait_for "$s" "Saved $file"
  check "$tag: one u puts every box back ($row)" test "$(xs "$file")" = "$row"

  # Move the first box right onto its neighbour: when the move ends, the neighbour moves aside.
  keys "$s" g m S-Right S-Right Enter
  check "$tag: the move says what it moved aside" wait_for "$s" "aside to make room"
  keys "$s" C-s
  check "$tag: saved after the move" wait_for "$s" "Saved $file"
  check "$tag: after the move no boxes overlap" test "$(overlaps "$file")" = ""
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
done
finish
