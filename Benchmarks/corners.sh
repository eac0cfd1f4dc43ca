#!/usr/bin/env bash
# Group-frame corners touched by an arrow or a box (corners.py) in every template's reference
# design (blank excepted) as `mlsd new --reference` lays it out: the full render and
# `mlsd render --fit PAGE` for each page given. Prints a Markdown table (corners touched / frame
# corners, and the render's size, title line included; "no fit" when the fit failed) and totals.
#
# usage: Benchmarks/corners.sh [PAGE...]     (default: 160x45 120x40)
# env:   MLSD_BIN (default: built here, debug), OUT folder for the boards and renders
#        (default Benchmarks/.build/corners), MLSD_LAYOUT_ENGINE as for mlsd itself
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
pages=("$@")
[ ${#pages[@]} -eq 0 ] && pages=(160x45 120x40)
out=${OUT:-$here/.build/corners}
mkdir -p "$out"
if [ -z "${MLSD_BIN:-}" ]; then
  (cd "$root" && swift build --product mlsd >&2)
  MLSD_BIN=$(cd "$root" && swift build --show-bin-path)/mlsd
fi
touched() { python3 "$here/corners.py" "$1" | awk -F'\t' '$1 == "total" {print $2 "/" $3}'; }
size() {
  python3 -c '
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print("%dx%d" % (max(map(width, lines)) if lines else 0, len(lines)))' "$1"
}
header="| reference | full"
rule="|---|--:"
for page in "${pages[@]}"; do header+=" | --fit $page"; rule+="|--:"; done
echo "$header |"
echo "$rule|"
declare -A sum
for id in $("$MLSD_BIN" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  "$MLSD_BIN" new --force "$out/$id.yaml" -t "$id" --reference > /dev/null
  "$MLSD_BIN" render "$out/$id.yaml" > "$out/$id.txt"
  row="| $id | $(touched "$out/$id.txt") ($(size "$out/$id.txt"))"
  sum[full]=$(( ${sum[full]:-0} + $(touched "$out/$id.txt" | cut -d/ -f1) ))
  for page in "${pages[@]}"; do
    if "$MLSD_BIN" render "$out/$id.yaml" --fit "$page" > "$out/$id.$page.txt" 2> /dev/null; then
      row+=" | $(touched "$out/$id.$page.txt") ($(size "$out/$id.$page.txt"))"
      sum[$page]=$(( ${sum[$page]:-0} + $(touched "$out/$id.$page.txt" | cut -d/ -f1) ))
    else
      row+=" | no fit"
    fi
  done
  echo "$row |"
done
total="| corners touched, in all | ${sum[full]}"
all=${sum[full]}
for page in "${pages[@]}"; do total+=" | ${sum[$page]:-0}"; all=$(( all + ${sum[$page]:-0} )); done
echo "$total |"
echo
echo "touched in all renders: $all (cells: touched/frame corners)"
