#!/usr/bin/env bash
# Connect mode chooses its target as the eye does, at 80×24 and 160×45: on a row of three boxes,
# c offers the box to the right of the source; the first → picks the nearest box right of the
# SOURCE (the same one, not the one after it), a second → steps on, ← steps back; Enter draws the
# arrow to the box the status line named.
source "$(dirname "$0")/lib.sh"

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="connect$w"
  file="connect-$w.yaml"
  tag="${w}x${h}"
  "$M" new "$file" -t blank >/dev/null || { fail "$tag: mlsd new"; continue; }
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  for label in "data source" "kafka" "feature store"; do
    keys "$s" a
    text "$s" "$label"
    keys "$s" Enter
    check "$tag: '$label' is added" wait_for "$s" "Added"
  done
  keys "$s" g c
  check "$tag: c offers the box to the right" wait_for "$s" "Connect Data source → Stream ingestion"
  keys "$s" Right
  sleep 0.2
  check "$tag: the first → keeps the nearest box right of the source" wait_for "$s" "Connect Data source → Stream ingestion"
  check "$tag: and does not jump to the second box" wait_gone "$s" "→ feature store" 1
  keys "$s" Right
  check "$tag: a second → steps on" wait_for "$s" "Connect Data source → feature store"
  keys "$s" Left
  check "$tag: ← steps back" wait_for "$s" "Connect Data source → Stream ingestion"
  keys "$s" Enter
  check "$tag: Enter connects the named box" wait_for "$s" "Connected Data source → Stream ingestion"
  keys "$s" Escape C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  arrows=$("$M" export "$file" --format json | python3 -c 'import json, sys; print(" ".join(a["from"] + ">" + a["to"] for a in json.load(sys.stdin)["arrows"]))')
  check "$tag: the file holds that one arrow ($arrows)" test "$arrows" = "data-source>stream-ingestion"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
done
finish
