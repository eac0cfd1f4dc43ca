#!/usr/bin/env bash
# Whether `mlsd render --fit` finds a layout whenever one it made fits: for every template's
# reference design (blank excepted) and each page, the drawing --fit PAGE prints (its size w×h,
# title line included) is asked for again with --fit w×h, which must succeed with a drawing no
# larger; when --fit PAGE fails, the smallest size its message names is asked for, which should
# succeed too. One row per reference and page; exit status 1 when a smaller page fails.
#
# usage: Benchmarks/fit-monotone.sh BIN [PAGE...]   (default pages: 160x45 125x32 124x32 120x40 100x30)
# env:   OUT folder for the boards and outputs (default Benchmarks/.build/fit-monotone),
#        MLSD_LAYOUT_ENGINE as for mlsd itself
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { sed -n '8,10p' "$0"; exit 2; }
bin=$1
shift
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(160x45 125x32 124x32 120x40 100x30)
out=${OUT:-$here/.build/fit-monotone}
mkdir -p "$out"

# fit BOARD PAGE: prints "STATUS SIZE" (SIZE: the printed drawing's columns x rows, or the
# smallest size the message names, or -).
fit() {
  local status=0
  "$bin" render "$1" --fit "$2" > "$out/fit.out" 2> "$out/fit.err" || status=$?
  if [ "$status" = 0 ]; then
    echo "0 $(wc -L < "$out/fit.out")x$(wc -l < "$out/fit.out")"
  else
    echo "$status $(sed -n 's/.*the smallest layout is \([0-9]*x[0-9]*\).*/\1/p' "$out/fit.err" | head -n 1)"
  fi
}

bad=0
echo "| reference | page | drawn or smallest | again at that size | ok |"
echo "|---|---|---|---|---|"
for id in $("$bin" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  "$bin" new --force "$out/$id.yaml" -t "$id" --reference > /dev/null
  for page in "${pages[@]}"; do
    read -r status size <<< "$(fit "$out/$id.yaml" "$page")"
    [ -n "${size:-}" ] || { echo "| $id | $page | exit $status, no size | - | - |"; continue; }
    read -r again_status again_size <<< "$(fit "$out/$id.yaml" "$size")"
    ok=yes
    if [ "$again_status" != 0 ]; then
      ok=no
      # A drawing printed for a larger page must be found for its own size.
      [ "$status" = 0 ] && bad=1
    else
      read -r w h <<< "${size/x/ }"
      read -r aw ah <<< "${again_size/x/ }"
      [ "$aw" -le "$w" ] && [ "$ah" -le "$h" ] || { ok=no; bad=1; }
    fi
    label=$([ "$status" = 0 ] && echo "drawn $size" || echo "smallest $size")
    echo "| $id | $page | $label | exit $again_status ${again_size:-} | $ok |"
  done
done
exit $bad
