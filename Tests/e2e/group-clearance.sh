#!/usr/bin/env bash
# A box that is in no group is never drawn on a group's frame: `a` with nothing selected puts the
# new box clear of every frame (the title stays on screen and in the render), and `<` on a box in
# the middle of a group moves it outside the frame; the status line says where, u undoes.
# At 80x24 and 120x40.
source "$(dirname "$0")/lib.sh"

for size in 80x24 120x40; do
  w=${size%x*}
  h=${size#*x}
  s="add$w"
  cat >"add-$w.yaml" <<'YAML'
mlsd: 1
title: Frames
boxes:
- {id: kafka, label: Kafka, at: [4, 3], size: [9, 3]}
- {id: flink, label: Flink, at: [20, 3], size: [9, 3]}
groups:
- {id: streaming, title: Streaming, boxes: [kafka, flink]}
YAML
  start "$s" "$w" "$h" open "add-$w.yaml"
  check "add $size: board shown with its group title" wait_for "$s" "Streaming"
  keys "$s" Escape
  keys "$s" Escape
  keys "$s" a
  text "$s" "A/B test"
  keys "$s" Enter
  check "add $size: the status line says the box is outside the groups" wait_for "$s" "outside the groups"
  check "add $size: the group's title is still on screen" wait_for "$s" "Streaming"
  keys "$s" C-s
  check "add $size: saved" wait_for "$s" "Saved"
  check "add $size: the render draws the title" bash -c "'$M' render 'add-$w.yaml' | grep -q Streaming"
  keys "$s" q
  wait_exit "$s" >/dev/null

  s="out$w"
  cat >"out-$w.yaml" <<'YAML'
mlsd: 1
title: Fraud scoring
boxes:
- {id: scorer, label: Fraud scorer, at: [4, 3], size: [16, 3]}
- {id: rules, label: Rules engine, at: [24, 3], size: [16, 3]}
- {id: decide, label: Decision service, at: [12, 9], size: [20, 3]}
arrows:
- {from: scorer, to: decide}
- {from: rules, to: decide}
groups:
- {id: online, title: Online decisioning, boxes: [scorer, rules, decide]}
YAML
  start "$s" "$w" "$h" open "out-$w.yaml"
  check "out $size: board shown" wait_for "$s" "Online decisioning"
  keys "$s" /
  text "$s" Rules
  keys "$s" Enter
  keys "$s" "<"
  check "out $size: the status line says the box moved outside the frame" \
    wait_for "$s" "moved it outside the"
  keys "$s" C-s
  check "out $size: saved" wait_for "$s" "Saved"
  check "out $size: the box is outside the frame in the file" python3 - "$M" "out-$w.yaml" <<'PY'
import json, subprocess, sys
board = json.loads(subprocess.run([sys.argv[1], "export", sys.argv[2], "--format", "json"], capture_output=True, text=True).stdout)
frames = {b["id"]: b["frame"] for b in board["boxes"]}
members = board["groups"][0]["boxes"]
assert "rules" not in members, members
x0 = min(frames[m]["x"] for m in members) - 2; y0 = min(frames[m]["y"] for m in members) - 2
x1 = max(frames[m]["x"] + frames[m]["width"] for m in members) + 2; y1 = max(frames[m]["y"] + frames[m]["height"] for m in members) + 2
r = frames["rules"]
inside = r["x"] < x1 and r["x"] + r["width"] > x0 and r["y"] < y1 and r["y"] + r["height"] > y0
sys.exit(1 if inside else 0)
PY
  keys "$s" u
  check "out $size: undo names what it undid" wait_for "$s" "Undone: take 'Rules engine' out of group 'Online decisioning'"
  keys "$s" C-s
  wait_for "$s" "Saved" >/dev/null
  check "out $size: undo put it back in the group" bash -c "grep -q 'rules' <(sed -n '/^groups/,\$p' 'out-$w.yaml')"
  keys "$s" q
  wait_exit "$s" >/dev/null
done
finish
