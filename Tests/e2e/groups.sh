#!/usr/bin/env bash
# Group editing in the whiteboard at 80×24 and 160×45: mark two boxes, group them under a title,
# rename the group, put a fourth box into it and take it out again, move the group with m, select
# it by clicking its title, delete it (its boxes stay), undo and redo, lay the board out with L.
# After each step the screen shows what a person would see (the frame's title appears, moves or
# goes) and the saved file holds the groups as the screen does. A new group whose frame runs
# through a box that is not in it says so.
source "$(dirname "$0")/lib.sh"

# saved_groups FILE: the file's groups as mlsd reads them, "id title: box box; ..." (empty when none).
saved_groups() {
  "$M" export "$1" --format json | python3 -c '
import json, sys
board = json.load(sys.stdin)
print("; ".join(g["id"] + " " + g["title"] + ": " + " ".join(g["boxes"]) for g in board["groups"]))'
}
box_rows() { "$M" export "$1" --format json | python3 -c 'import json, sys; print(" ".join(str(b["frame"]["y"]) for b in json.load(sys.stdin)["boxes"]))'; }
box_count() { "$M" export "$1" --format json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["boxes"]))'; }

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="groups$w"
  file="groups-$w.yaml"
  tag="${w}x${h}"
  cat >"$file" <<'EOF'
mlsd: 1
title: Groups demo
boxes:
  - {id: events, label: Events, at: [3, 3]}
  - {id: features, label: Features, at: [20, 3]}
  - {id: trainer, label: Trainer, at: [3, 11]}
  - {id: serving, label: Serving, at: [20, 11]}
arrows:
  - {from: events, to: features}
  - {from: features, to: trainer}
  - {from: trainer, to: serving}
EOF
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"

  keys "$s" Space
  check "$tag: Space marks the selected box" wait_for "$s" "Marked Events (1 marked)"
  keys "$s" l Space
  check "$tag: a second box is marked" wait_for "$s" "Marked Features (2 marked)"
  check "$tag: marked boxes carry a mark on their frame" wait_for "$s" "┌✓"
  keys "$s" G
  check "$tag: G asks for the group's title" wait_for "$s" "New group of 2 boxes, title:"
  check "$tag: the mode is named" wait_for "$s" "GROUP"
  text "$s" "Offline"
  keys "$s" Enter
  check "$tag: the group is made" wait_for "$s" "Grouped 2 boxes as Offline"
  check "$tag: its frame's title is drawn" wait_for "$s" "┄ Offline ┄"
  keys "$s" C-l
  check "$tag: the status line names the selected group" wait_for "$s" "group: Offline (2 boxes)"
  check "$tag: and suggests its keys" wait_for "$s" "Enter rename  x delete group"
  keys "$s" Escape
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  check "$tag: the file holds the group" test "$(saved_groups "$file")" = "offline Offline: events features"

  # Rename by Enter on the selected group (o selects the box's group).
  keys "$s" o
  check "$tag: o selects the box's group" wait_for "$s" "Group Offline: Enter renames"
  keys "$s" Enter
  check "$tag: Enter on a group asks for its title" wait_for "$s" "Group title: Offline"
  keys "$s" C-u
  text "$s" "Batch"
  keys "$s" Enter
  check "$tag: the group is renamed" wait_for "$s" "Renamed the group Offline to Batch"
  check "$tag: the frame shows the new title" wait_for "$s" "┄ Batch ┄"
  check "$tag: and no longer the old one" wait_gone "$s" "┄ Offline ┄"

  # Put Trainer into the group, then take it out again.
  keys "$s" Escape
  keys "$s" j
  text "$s" ">"
  check "$tag: > chooses the group" wait_for "$s" "Put Serving into group: Batch"
  keys "$s" Enter
  check "$tag: Serving joins the group" wait_for "$s" "Put Serving into Batch"
  keys "$s" C-l
  check "$tag: the status line counts three boxes" wait_for "$s" "group: Batch (3 boxes)"
  keys "$s" C-s
  check "$tag: saved with three boxes in the group" wait_for "$s" "Saved $file"
  check "$tag: the file lists Serving in the group" test "$(saved_groups "$file")" = "offline Batch: events features serving"
  keys "$s" Escape
  text "$s" "<"
  check "$tag: < takes the box out" wait_for "$s" "Took Serving out of Batch"
  keys "$s" C-s
  check "$tag: saved without it" wait_for "$s" "Saved $file"
  check "$tag: the file no longer lists Serving" test "$(saved_groups "$file")" = "offline Batch: events features"

  # m on the selected group moves all its boxes; Esc would put them back, Enter keeps them.
  read -r _ before <<<"$(locate "$s" " Batch ")"
  keys "$s" k o m Down Down Enter
  check "$tag: Enter ends the move, the group still selected" wait_for "$s" "NORMAL  group: Batch (2 boxes)"
  read -r _ after <<<"$(locate "$s" " Batch ")"
  check "$tag: the frame moved down two rows on screen" test "$after" = $((before + 2))
  keys "$s" C-s
  check "$tag: saved after moving the group" wait_for "$s" "Saved $file"
  check "$tag: m moved both boxes of the group down two rows" test "$(box_rows "$file")" = "5 5 11 11"

  # A click on the frame's title selects the group; x deletes it and keeps its boxes.
  read -r col row <<<"$(locate "$s" " Batch ")"
  mouse "$s" press $((col + 2)) "$row"
  mouse "$s" release $((col + 2)) "$row"
  check "$tag: a click on the title selects the group" wait_for "$s" "Group Batch: Enter renames"
  keys "$s" x
  check "$tag: x deletes the group" wait_for "$s" "Deleted the group Batch; its 2 boxes stay"
  check "$tag: its frame is gone" wait_gone "$s" "┄ Batch ┄"
  check "$tag: its boxes are still drawn" wait_for "$s" "│ Features │"
  keys "$s" C-s
  check "$tag: saved without the group" wait_for "$s" "Saved $file"
  check "$tag: the file has no group" test -z "$(saved_groups "$file")"
  check "$tag: and still four boxes" test "$(box_count "$file")" = 4

  keys "$s" u
  check "$tag: u brings the group back" wait_for "$s" "┄ Batch ┄"
  keys "$s" C-r
  check "$tag: redo deletes it again" wait_gone "$s" "┄ Batch ┄"
  keys "$s" u
  check "$tag: undo once more" wait_for "$s" "┄ Batch ┄"

  # L lays the board out and keeps the group around its boxes.
  keys "$s" L
  check "$tag: L lays the board out" wait_for "$s" "Laid out the board"
  check "$tag: the group's frame is still drawn" wait_for "$s" "┄ Batch ┄"
  keys "$s" C-s
  check "$tag: saved after L" wait_for "$s" "Saved $file"
  check "$tag: the file keeps the group" test "$(saved_groups "$file")" = "offline Batch: events features"
  check "$tag: the saved board renders the group" sh -c "'$M' render '$file' | grep -qF ' Batch '"

  # Errors say what to do, and change nothing.
  keys "$s" Escape Escape
  keys "$s" G
  check "$tag: G with nothing selected says what to do" wait_for "$s" "Select one or more boxes first"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0

  # A box beside a new group's column lies on its frame: G says so and how to fix it.
  s="frame$w"
  cat >"frame-$w.yaml" <<'EOF'
mlsd: 1
title: Frame demo
boxes:
  - {id: events, label: Events, at: [3, 3]}
  - {id: features, label: Features, at: [3, 10]}
  - {id: index, label: Index, at: [16, 10]}
EOF
  start "$s" "$w" "$h" open "frame-$w.yaml"
  check "$tag: the frame demo opens" wait_for "$s" "NORMAL"
  keys "$s" g Space j Space G
  check "$tag: G asks for a title" wait_for "$s" "New group of 2 boxes"
  text "$s" "Offline"
  keys "$s" Enter
  check "$tag: G names the box on the new frame" wait_for "$s" "'Index' is on its frame"
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved frame-$w.yaml"
  keys "$s" q
  check "$tag: quits" test "$(wait_exit "$s")" = 0
done
finish
