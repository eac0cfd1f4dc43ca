#!/usr/bin/env bash
# `/` (find) and `c` (connect) choose a box by one rule, at 80×24 and 160×45: on the user tester's
# board ("Impression and click logs" added before "Click aggregates"), `/Click` selects "Click
# aggregates" (its label starts so) and says 1 of 2 with `n` for the next; `c` then typing "Click"
# offers the same box, says 1/2 with Tab next, and Tab steps to the other; Enter draws that arrow.
source "$(dirname "$0")/lib.sh"

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="find$w"
  file="find-$w.yaml"
  tag="${w}x${h}"
  cat >"$file" <<'BOARD'
mlsd: 1
title: search
boxes:
- id: logs
  label: Impression and click logs
  at: [2, 6]
  size: [28, 3]
- id: agg
  label: Click aggregates
  at: [10, 1]
  size: [20, 3]
- id: registry
  label: Model registry
  at: [34, 1]
  size: [18, 3]
arrows: []
BOARD
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  keys "$s" /
  text "$s" "Click"
  keys "$s" Enter
  check "$tag: / selects the box whose label starts so" wait_for "$s" "Found Click aggregates (1 of 2 matches, n for"
  keys "$s" n
  check "$tag: n steps to the other" wait_for "$s" "Found Impression and click logs (2 of 2 matches"
  keys "$s" Escape
  keys "$s" /
  text "$s" "Model"
  keys "$s" Enter
  check "$tag: one match says so" wait_for "$s" "Found Model registry, the only box matching"
  keys "$s" c
  text "$s" "Click"
  check "$tag: c offers the same box first" wait_for "$s" "Connect Model registry → Click aggregates"
  check "$tag: and says how many match" wait_for "$s" "[Click] 1/2, Tab next"
  keys "$s" Tab
  check "$tag: Tab steps to the other" wait_for "$s" "Connect Model registry → Impression and click logs"
  keys "$s" Enter
  check "$tag: Enter connects the named box" wait_for "$s" "Connected Model registry → Impression and click logs"
  keys "$s" Escape C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  arrows=$("$M" export "$file" --format json | python3 -c 'import json, sys; print(" ".join(a["from"] + ">" + a["to"] for a in json.load(sys.stdin)["arrows"]))')
  check "$tag: the file holds that one arrow ($arrows)" test "$arrows" = "registry>logs"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
done
finish
