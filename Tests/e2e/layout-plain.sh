#!/usr/bin/env bash
# A user's pipeline without groups laid out with L: the generic pipeline's boxes and arrows (its
# reference without the groups), placed as drawn from the palette (two rows, left to right), opened
# at 80×24, 120×40 and 160×45; after L and a save, the board's full render (title line included)
# is within 160 × 60, keeps every box and arrow label, and the screen says what happened.
source "$(dirname "$0")/lib.sh"

"$M" new ref.yaml -t generic-ml-pipeline --reference -f >/dev/null || { fail "mlsd new --reference"; finish; }
# plain.yaml: the reference's boxes in two rows of seven, 30 columns apart, no groups.
"$M" export ref.yaml --format json | python3 -c '
import json, sys
board = json.load(sys.stdin)
q = lambda s: json.dumps(s)
print("mlsd: 1")
print("title: My pipeline")
print("boxes:")
for i, b in enumerate(board["boxes"]):
    detail = (", detail: " + q(b["detail"])) if b.get("detail") else ""
    print("  - {id: %s, label: %s%s, at: [%d, %d]}" % (b["id"], q(b["label"]), detail, 2 + 30 * (i % 7), 2 + 8 * (i // 7)))
print("arrows:")
for a in board["arrows"]:
    label = (", label: " + q(a["label"])) if a.get("label") else ""
    print("  - {from: %s, to: %s%s}" % (a["from"], a["to"], label))
' >plain.yaml
labels=$("$M" export ref.yaml --format json | python3 -c '
import json, sys
board = json.load(sys.stdin)
print("\n".join([b["label"] for b in board["boxes"]] + [a["label"] for a in board["arrows"] if a.get("label")]))')
count=$(printf '%s\n' "$labels" | wc -l)

for size in "80 24" "120 40" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="plain$w"
  file="plain-$w.yaml"
  tag="${w}x${h}"
  cp plain.yaml "$file"
  start "$s" "$w" "$h" open "$file"
  check "$tag: the board opens" wait_for "$s" "My pipeline"
  keys "$s" L
  check "$tag: L lays the board out" wait_for "$s" "Laid out the board" 600
  keys "$s" C-s
  check "$tag: saved after L" wait_for "$s" "Saved $file"
  keys "$s" q
  check "$tag: quits cleanly" test "$(wait_exit "$s")" = 0
  "$M" render "$file" >"$file.txt"
  cols=$(python3 -c 'import sys, unicodedata; print(max(len(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()))' "$file.txt")
  rows=$(wc -l <"$file.txt")
  check "$tag: after L the full render is within 160x60 (${cols}x${rows})" test "$cols" -le 160 -a "$rows" -le 60
  missing=0
  while IFS= read -r label; do grep -qF -- "$label" "$file.txt" || { echo "  missing: $label"; missing=$((missing + 1)); }; done <<<"$labels"
  check "$tag: all $count box and arrow labels are drawn whole" test "$missing" = 0
done
finish
