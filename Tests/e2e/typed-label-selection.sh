#!/usr/bin/env bash
# ux20 findings 16-18, at 80×24 and 120×40: `a Query encoder ⏎` adds a box labelled "Query encoder"
# of the kind Embedding service (the palette's "Enter adds" line says so first); "click log", which
# no kind matches, is the palette's plain-box row and becomes a box with no kind. Esc on a box lets
# it go and h goes on from it (not from the top-left box); c then draws from the box h chose; R
# keeps the arrow selected and Esc goes back to the box it was reached from. The saved file holds
# ids made from the labels, and the Mermaid export writes "click-log" as mlsd_click-log, which
# `mlsd import` reads back as click-log.
source "$(dirname "$0")/lib.sh"

for size in "80 24" "120 40"; do
  set -- $size
  w=$1 h=$2
  s="typed$w"
  file="typed-$w.yaml"
  tag="${w}x${h}"
  "$M" new "$file" -t blank >/dev/null || { fail "$tag: mlsd new"; continue; }
  start "$s" "$w" "$h" open "$file"
  check "$tag: the app starts" wait_for "$s" "NORMAL"
  keys "$s" a
  text "$s" "Query encoder"
  check "$tag: the palette says what Enter adds" wait_for "$s" "Enter adds 'Query encoder'"
  keys "$s" Enter
  check "$tag: the typed words are the label, the kind declared" wait_for "$s" "Added Query encoder, kind Embedding"
  keys "$s" a
  text "$s" "click log"
  check "$tag: the palette offers a plain box" wait_for "$s" "plain box 'click log'"
  keys "$s" Enter
  check "$tag: a plain box, its kind read from the label" wait_for "$s" "Added click log with no kind"
  keys "$s" Escape
  check "$tag: Esc lets the box go and says where hjkl go on from" wait_for "$s" "arrow keys go on from click log"
  keys "$s" h c
  text "$s" "click"
  keys "$s" Enter
  check "$tag: h went on from click log: c draws from Query encoder" wait_for "$s" "Connected Query encoder → click log"
  keys "$s" R
  check "$tag: R keeps the arrow and names where Esc goes" wait_for "$s" "Esc back to Query encoder"
  keys "$s" Escape
  check "$tag: Esc goes back to the box the arrow was reached from" wait_for "$s" "Back to Query encoder"
  keys "$s" C-s
  check "$tag: saved" wait_for "$s" "Saved $file"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
  check "$tag: ids come from the labels" grep -q "id: query-encoder" "$file"
  check "$tag: ... for the plain box too" grep -q "id: click-log" "$file"
  arrows=$("$M" export "$file" --format json | python3 -c 'import json, sys; print(" ".join(a["from"] + ">" + a["to"] for a in json.load(sys.stdin)["arrows"]))')
  check "$tag: the one arrow, reversed, between the ids made from the labels ($arrows)" test "$arrows" = "click-log>query-encoder"
  "$M" export "$file" --format mermaid >"typed-$w.mmd" || fail "$tag: mermaid export"
  check "$tag: Mermaid writes the keyword id readably" grep -q "mlsd_click-log" "typed-$w.mmd"
  check "$tag: ... and no hex id" bash -c "! grep -q mlsdx_ typed-$w.mmd"
  "$M" import "typed-$w.mmd" -o "back-$w.yaml" >/dev/null 2>&1 || fail "$tag: mlsd import"
  check "$tag: the import gives the board's ids back" grep -q "id: click-log" "back-$w.yaml"
done
finish
