#!/usr/bin/env bash
# Arrows drawn with one arrowhead for two or more, in the drawing shown: each board exported as
# SVG (`mlsd export --format svg`, the routing `mlsd render` shows, corners cleared and heads kept
# apart), and the arrows whose polylines end in the same point counted. `pinning.sh` counts the
# same on the drawing as routed for the layout (`SharedArrowheads`); this is what a reader sees.
#
# usage: Benchmarks/heads.sh BOARD.yaml...   (pinning.sh leaves the references' boards in its OUT)
# env:   MLSD_BIN (default: built here, debug)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
[ $# -eq 0 ] && { sed -n 2,9p "$0" >&2; exit 2; }
if [ -z "${MLSD_BIN:-}" ]; then
  (cd "$root" && swift build --product mlsd >&2)
  MLSD_BIN=$(cd "$root" && swift build --show-bin-path)/mlsd
fi
echo "| board | arrows | sharing a head |"
echo "|---|--:|--:|"
total=(0 0)
for board in "$@"; do
  read -r arrows shared < <("$MLSD_BIN" export "$board" --format svg 2> /dev/null | python3 -c '
import re, sys
from collections import Counter
svg = sys.stdin.read()
arrows = svg.split("<g class=\"arrows\"", 1)[1].split("</g>", 1)[0]
ends = [re.findall(r"[-0-9.]+,[-0-9.]+", m)[-1] for m in re.findall(r"<polyline points=\"([^\"]+)\"", arrows)]
count = Counter(ends)
print(len(ends), sum(n for n in count.values() if n > 1))
')
  echo "| $(basename "$board" .yaml) | $arrows | $shared |"
  total=($((total[0] + arrows)) $((total[1] + shared)))
done
echo "| **total** | **${total[0]}** | **${total[1]}** |"
