#!/usr/bin/env bash
# Labels a reader cannot pin to their arrow: drawn between parallel lines of two different
# arrows (`LabelPinning`, issue 13), and arrows drawn with one arrowhead for two or more (their
# paths end in the same cell, `SharedArrowheads`; as routed for the layout, before the drawing
# shown is routed again, which keeps heads apart: `heads.sh` counts that one), on every
# template's reference design (blank excepted) as `mlsd new --reference` lays it out and as
# `mlsd render --fit PAGE` lays it out.
#
# usage: Benchmarks/pinning.sh [PAGE...]     (default: 160x45 120x40)
# env:   MLSD_BIN (default: built here, debug), OUT folder for the boards
#        (default Benchmarks/.build/pinning)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
pages=("$@")
[ ${#pages[@]} -eq 0 ] && pages=(160x45 120x40)
out=${OUT:-$here/.build/pinning}
mkdir -p "$out"
if [ -z "${MLSD_BIN:-}" ]; then
  (cd "$root" && swift build --product mlsd >&2)
  MLSD_BIN=$(cd "$root" && swift build --show-bin-path)/mlsd
fi
(cd "$here" && swift build --product mlsd-bench >&2)
bench=$(cd "$here" && swift build --show-bin-path)/mlsd-bench
boards=()
for id in $("$MLSD_BIN" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  "$MLSD_BIN" new --force "$out/$id.yaml" -t "$id" --reference > /dev/null
  boards+=("$out/$id.yaml")
done
"$bench" pinning "${boards[@]}" > "$out/full.tsv"
for page in "${pages[@]}"; do "$bench" pinning --fit "$page" "${boards[@]}" > "$out/$page.tsv"; done
python3 - "$out" "${pages[@]}" << 'PY'
import csv, os, sys
out, pages = sys.argv[1], sys.argv[2:]
views = ["full"] + pages
rows = {v: list(csv.DictReader(open(os.path.join(out, v + ".tsv")), delimiter="\t")) for v in views}
for title, part, whole in [("squeezed / labels", "squeezed", "labels"), ("shared heads / arrows", "sharedheads", "arrows")]:
    print("| reference | " + " | ".join(f"{v}: {title}" for v in views) + " |")
    print("|---|" + "--:|" * len(views))
    total = {v: [0, 0] for v in views}
    for i, r in enumerate(rows["full"]):
        cells = []
        for v in views:
            x = rows[v][i]
            cells.append(f"{x[part]} / {x[whole]}")
            if x[whole] != "-":
                total[v][0] += int(x[part]); total[v][1] += int(x[whole])
        print(f"| {os.path.basename(r['file'])[:-5]} | " + " | ".join(cells) + " |")
    print("| **total** | " + " | ".join(f"**{total[v][0]} / {total[v][1]}**" for v in views) + " |")
    print()
PY
