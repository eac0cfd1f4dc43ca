#!/usr/bin/env bash
# Two mlsd on one board never lose work (a user tester's findings): each writer has its own
# recovery file, never offered to the other while its owner runs and never deleted by it, and a
# killed writer's work is offered at the next open; undo back past a reload does not let Ctrl-S
# write the other writer's save away (it asks, and merges); two saves at the same moment never
# both just write (the second is asked and merges). At 80×24 and 160×45.
source "$(dirname "$0")/lib.sh"

board() {
  cat >"$1" <<'YAML'
mlsd: 1
title: Shared board
boxes:
  - {id: mon, label: Monitoring, at: [2, 2]}
  - {id: etl, label: Daily ETL, at: [30, 2]}
YAML
}
# open_anyway SESSION: answers the lock question with "open anyway".
open_anyway() {
  wait_for "$1" "o    open anyway" 5 >/dev/null
  text "$1" o
}
# rename SESSION LABEL NEW: selects the box by its label (/) and renames it.
rename() {
  keys "$1" /
  text "$1" "$2"
  keys "$1" Enter Enter C-u
  text "$1" "$3"
  keys "$1" Enter
  wait_for "$1" "$3" 5 >/dev/null
}

for size in 80x24 160x45; do
  w=${size%x*} h=${size#*x}
  d="d$size"
  mkdir -p "$d"

  # 1. A has unsaved work; B opens the board: B is not offered A's work, and B's own autosave
  # leaves A's recovery file alone; A is killed; the next open offers A's work.
  board "$d/rec.yaml"
  start "ra$size" "$w" "$h" open "$d/rec.yaml"
  wait_for "ra$size" "Monitoring" >/dev/null
  touch "$work/mark"
  rename "ra$size" Monitoring "Zqalpha"
  wait_until 20 recovered_since "$work/mark" Zqalpha
  start "rb$size" "$w" "$h" open "$d/rec.yaml"
  open_anyway "rb$size"
  wait_for "rb$size" "Daily ETL" 5 >/dev/null
  sleep 1
  if screen "rb$size" | grep -q "Unsaved work from an earlier session"; then
    fail "$size: B is not offered A's live work as an earlier session's"
    keys "rb$size" n # what the tester did
  else
    pass "$size: B is not offered A's live work as an earlier session's"
  fi
  touch "$work/mark"
  rename "rb$size" "Daily ETL" "Zqbravo"
  wait_until 20 recovered_since "$work/mark" Zqbravo
  pid=$(app_pid "ra$size")
  kill -9 "$pid"
  a_gone() { ! kill -0 "$pid" 2>/dev/null; }
  wait_until 20 a_gone
  start "rc$size" "$w" "$h" open "$d/rec.yaml"
  open_anyway "rc$size"
  check "$size: after A is killed, the next open offers A's work" \
    wait_for "rc$size" "Unsaved work from an earlier session" 5
  check "$size: and it is A's (its rename)" wait_for "rc$size" "Zqalpha" 3
  # A window the app opened right after a key (here o) drops keys typed on within half a second.
  keys "rc$size" y
  check "$size: a y typed on at once is not taken as the answer" wait_for "rc$size" "Keys typed on ignored" 3
  sleep 0.6
  keys "rc$size" y
  check "$size: y restores A's rename" wait_for "rc$size" "Restored the unsaved work" 5
  keys "rb$size" C-q
  keys "rc$size" C-q

  # 2. B has unsaved work; A saves a rename; B reloads theirs (r), undoes (u) and saves: Ctrl-S
  # asks instead of writing A's rename away, and the merge keeps both.
  board "$d/undo.yaml"
  start "ua$size" "$w" "$h" open "$d/undo.yaml"
  wait_for "ua$size" "Monitoring" >/dev/null
  start "ub$size" "$w" "$h" open "$d/undo.yaml"
  open_anyway "ub$size"
  wait_for "ub$size" "Daily ETL" 5 >/dev/null
  rename "ub$size" "Daily ETL" "Zqbravo"
  rename "ua$size" Monitoring "Zqalpha"
  keys "ua$size" C-s
  wait_for "ua$size" "Saved" 5 >/dev/null
  check "$size: B is asked about A's save" wait_for "ub$size" "changed on disk" 5
  answer "ub$size" r
  check "$size: r reloads A's save" wait_for "ub$size" "Reloaded" 5
  keys "ub$size" u
  check "$size: u brings B's version back" wait_for "ub$size" "Undone" 5
  keys "ub$size" C-s
  check "$size: Ctrl-S after the undo asks" wait_for "ub$size" "Undo took the board back" 5
  check "$size: and A's rename is still in the file" grep -q "Zqalpha" "$d/undo.yaml"
  keys "ub$size" m
  check "$size: m merges and saves" wait_for "ub$size" "Merged with the changes on disk" 5
  check "$size: the file holds both renames" bash -c "grep -q Zqalpha $d/undo.yaml && grep -q Zqbravo $d/undo.yaml"
  keys "ua$size" C-q
  keys "ub$size" C-q

  # 3. Saves at the same moment: the second saver is always asked; merged, both renames stay.
  for trial in 1 2 3; do
    board "$d/race$trial.yaml"
    start "xa$size$trial" "$w" "$h" open "$d/race$trial.yaml"
    wait_for "xa$size$trial" "Monitoring" >/dev/null
    start "xb$size$trial" "$w" "$h" open "$d/race$trial.yaml"
    open_anyway "xb$size$trial"
    wait_for "xb$size$trial" "Daily ETL" 5 >/dev/null
    rename "xa$size$trial" Monitoring "Zqalpha$trial"
    rename "xb$size$trial" "Daily ETL" "Zqbravo$trial"
    keys "xa$size$trial" C-s
    keys "xb$size$trial" C-s
    sleep 1.5
    asked=""
    for s in "xa$size$trial" "xb$size$trial"; do
      if screen "$s" | grep -q "m    merge"; then asked="$asked $s"; fi
    done
    check "$size trial $trial: exactly one saver is asked (asked:$asked)" test "$(echo $asked | wc -w)" = 1
    for s in $asked; do keys "$s" m; wait_for "$s" "Merged" 5 >/dev/null; done
    sleep 0.5
    check "$size trial $trial: the file holds both renames" \
      bash -c "grep -q Zqalpha$trial $d/race$trial.yaml && grep -q Zqbravo$trial $d/race$trial.yaml"
    keys "xa$size$trial" C-q
    keys "xb$size$trial" C-q
  done
done
finish
