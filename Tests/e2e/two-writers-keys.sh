#!/usr/bin/env bash
# What the second writer types is never taken for something else (a user tester's findings): the
# lock question is a window of single keys (typing "oacache" opens anyway and adds a cache box);
# a notes conflict shows where the two notes differ and b keeps both; a read-only window lists
# only keys that work; d on a filled-in detail replaces it. At 80×24 and 160×45.
source "$(dirname "$0")/lib.sh"

board() {
  cat >"$1" <<'YAML'
mlsd: 1
title: Shared board
boxes:
  - {id: mon, label: Monitoring, at: [2, 2]}
notes:
  requirements: "ML objective: rank candidate videos by expected watch time."
YAML
}
# note SESSION TEXT: adds a line to the notes of step 1.
note() {
  keys "$1" 1
  wait_for "$1" "notes (Esc done)" 5 >/dev/null
  keys "$1" C-End Enter
  text "$1" "$2"
  keys "$1" Escape
}

for size in 80x24 160x45; do
  w=${size%x*} h=${size#*x}
  d="d$size"
  mkdir -p "$d"
  board "$d/n.yaml"
  start "a$size" "$w" "$h" open "$d/n.yaml"
  wait_for "a$size" "Monitoring" >/dev/null
  start "b$size" "$w" "$h" open "$d/n.yaml"
  check "$size: B is asked in a window" wait_for "b$size" "o    open anyway" 5
  text "b$size" "oacache"
  keys "b$size" Enter
  check "$size: o opens at once and the typing goes on to add a box" wait_for "b$size" "Added" 5

  note "b$size" "B: dislikes are negatives too."
  wait_for "b$size" "B: dislikes" 5 >/dev/null
  note "a$size" "A: a bounce of 2 s is a negative."
  keys "a$size" C-s
  wait_for "a$size" "Saved" 5 >/dev/null
  check "$size: A's save is asked about in B" wait_for "b$size" "m    merge" 5
  answer "b$size" m
  check "$size: the notes conflict shows where they differ" wait_for "b$size" 'line 2: "B: dislikes' 5
  check "$size: and offers to keep both" wait_for "b$size" "b    keep both" 3
  keys "b$size" b
  check "$size: b keeps both and saves" wait_for "b$size" "both kept" 5
  check "$size: the file has both sentences" \
    bash -c "grep -q 'A: a bounce' $d/n.yaml && grep -q 'B: dislikes' $d/n.yaml"
  keys "a$size" C-q
  keys "b$size" C-q

  start "r$size" "$w" "$h" open --read-only "$d/n.yaml"
  check "$size: read-only says so" wait_for "r$size" "READ-ONLY" 5
  check "$size: and lists keys that work" wait_for "r$size" "hjkl select" 3
  check "$size: no edit key is listed" bash -c "! tmux capture-pane -p -t '$(session "r$size")' | tail -1 | grep -qE 'a add|Ctrl-S save|: command'"
  keys "r$size" q

  "$M" new "$d/k.yaml" >/dev/null
  start "k$size" "$w" "$h" open "$d/k.yaml"
  wait_for "k$size" "NORMAL" 5 >/dev/null
  keys "k$size" a
  text "k$size" kafka
  keys "k$size" Enter
  wait_for "k$size" "Added" 5 >/dev/null
  keys "k$size" d
  text "k$size" "Kafka 3.6"
  keys "k$size" Enter C-s
  wait_for "k$size" "Saved" 5 >/dev/null
  check "$size: d then typing replaces the filled-in detail" grep -q "detail: Kafka 3.6$" "$d/k.yaml"
  keys "k$size" C-q
done
finish
