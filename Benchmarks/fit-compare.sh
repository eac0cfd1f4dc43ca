#!/usr/bin/env bash
# Two mlsd binaries side by side on `mlsd render --fit PAGE` of every template's reference design
# (blank excepted): whether their outputs are byte for byte the same (stdout, stderr and exit
# status), and the CPU time (user + system) and wall time of each, in seconds. A speed-up of the
# fit's search must not change what it prints; this is the check.
#
# usage: Benchmarks/fit-compare.sh OLD_BIN NEW_BIN [PAGE...]   (default pages: 160x45 120x40 80x24)
# env:   OUT folder for the boards and outputs (default Benchmarks/.build/fit-compare),
#        MLSD_LAYOUT_ENGINE as for mlsd itself
# Exit status 1 when any output differs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] || { sed -n '7,9p' "$0"; exit 2; }
old=$1 new=$2
shift 2
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(160x45 120x40 80x24)
out=${OUT:-$here/.build/fit-compare}
mkdir -p "$out"
command -v /usr/bin/time > /dev/null || { echo "fit-compare.sh: needs /usr/bin/time" >&2; exit 2; }

# run BIN TAG BOARD PAGE: the outputs in $out/TAG.*, the times in $out/TAG.time ("cpu wall").
run() {
  local status=0
  /usr/bin/time -f "%U %S %e" -o "$out/$2.time" "$1" render "$3" --fit "$4" > "$out/$2.out" 2> "$out/$2.err" || status=$?
  echo "$status" > "$out/$2.status"
}
seconds() { tail -n 1 "$1" | awk '{ printf "%.2f %.2f", $1 + $2, $3 }'; }

differ=0
echo "| reference | page | old cpu s | new cpu s | old wall s | new wall s | output |"
echo "|---|---|--:|--:|--:|--:|---|"
for id in $("$old" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  "$old" new --force "$out/$id.yaml" -t "$id" --reference > /dev/null
  for page in "${pages[@]}"; do
    run "$old" "$id.$page.old" "$out/$id.yaml" "$page"
    run "$new" "$id.$page.new" "$out/$id.yaml" "$page"
    same=identical
    for part in out err status; do
      cmp -s "$out/$id.$page.old.$part" "$out/$id.$page.new.$part" || same="DIFFERS ($part)"
    done
    [ "$same" = identical ] || differ=1
    read -r oc ow <<< "$(seconds "$out/$id.$page.old.time")"
    read -r nc nw <<< "$(seconds "$out/$id.$page.new.time")"
    echo "| $id | $page | $oc | $nc | $ow | $nw | $same |"
  done
done
exit $differ
