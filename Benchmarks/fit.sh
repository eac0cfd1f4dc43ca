#!/usr/bin/env bash
# Size of every template's reference design (blank excepted) as `mlsd new --reference` lays it
# out: the full render (title line included, display columns × lines), and whether
# `mlsd render --fit PAGE` succeeds (the size printed) or not (the smallest size it reached).
#
# usage: Benchmarks/fit.sh [PAGE]     (default PAGE: 160x45)
# env:   MLSD_BIN (default: built here, debug), OUT folder for the boards and renders
#        (default Benchmarks/.build/fit), MLSD_LAYOUT_ENGINE as for mlsd itself
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
page=${1:-160x45}
out=${OUT:-$here/.build/fit}
mkdir -p "$out"
if [ -z "${MLSD_BIN:-}" ]; then
  (cd "$root" && swift build --product mlsd >&2)
  MLSD_BIN=$(cd "$root" && swift build --show-bin-path)/mlsd
fi
size() {
  python3 -c '
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print("%dx%d" % (max(map(width, lines)) if lines else 0, len(lines)))' "$1"
}
echo "| reference | full render | --fit $page |"
echo "|---|--:|---|"
for id in $("$MLSD_BIN" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  "$MLSD_BIN" new --force "$out/$id.yaml" -t "$id" --reference > /dev/null
  "$MLSD_BIN" render "$out/$id.yaml" > "$out/$id.txt"
  if "$MLSD_BIN" render "$out/$id.yaml" --fit "$page" > "$out/$id.fit.txt" 2> "$out/$id.fit.err"; then
    fit="fits: $(size "$out/$id.fit.txt")"
  else
    fit="no: smallest $(sed 's/.*smallest layout is //' "$out/$id.fit.err")"
  fi
  echo "| $id | $(size "$out/$id.txt") | $fit |"
done
