#!/usr/bin/env bash
# Layout quality: for every template's reference design (blank excepted) and the generated graphs
# at N = 10, 30, 100, mlsd's drawing measured by `mlsd-bench quality` (LayoutQuality: crossings,
# bends, size, arrow length, dropped labels, label overlaps in text and SVG, arrows through
# boxes) beside Graphviz dot's layout of the same `mlsd export --format dot` (crossings, size and
# edge length measured on `dot -Tplain` by dotquality.py). Prints one Markdown table.
#
# usage: Benchmarks/quality.sh [SIZES...]     (default: 10 30 100)
# env:   SEED (default 42), OUT folder for the boards, DOT files and plain layouts
#        (default Benchmarks/.build/quality), MLSD_BIN (default: built here, debug)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 30 100)
seed=${SEED:-42}
out=${OUT:-$here/.build/quality}
rm -rf "$out"
mkdir -p "$out"
command -v dot > /dev/null || "$root/scripts/ensure-deps" test

# The counts do not depend on optimisation: debug builds are enough and quicker to make.
if [ -z "${MLSD_BIN:-}" ]; then
  (cd "$root" && swift build --product mlsd >&2)
  MLSD_BIN=$(cd "$root" && swift build --show-bin-path)/mlsd
fi
(cd "$here" && rm -f .build/debug.yaml .build/debug/description.json && swift build --product mlsd-bench >&2)
bench=$(cd "$here" && swift build --show-bin-path)/mlsd-bench

boards=()
for id in $("$MLSD_BIN" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  "$MLSD_BIN" new "$out/$id.yaml" -t "$id" --reference > /dev/null
  boards+=("$out/$id.yaml")
done
list=$(IFS=,; echo "${sizes[*]}")
"$bench" generate "$out" --seed "$seed" --sizes "$list" > /dev/null
for n in "${sizes[@]}"; do boards+=("$out/board-$n.yaml"); done

plains=()
for board in "${boards[@]}"; do
  base=${board%.yaml}
  "$MLSD_BIN" export "$board" --format dot -o "$base.dot" > /dev/null
  dot -Tplain "$base.dot" > "$base.plain"
  plains+=("$base.plain")
done
"$bench" quality "${boards[@]}" > "$out/ours.tsv"
python3 "$here/dotquality.py" "${plains[@]}" > "$out/dot.tsv"

python3 - "$out/ours.tsv" "$out/dot.tsv" << 'EOF'
import os
import sys

def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f]
    head = lines[0]
    return [dict(zip(head, line)) for line in lines[1:]]

ours = rows(sys.argv[1])
dots = rows(sys.argv[2])
print("| design | crossings | dot crossings | bends | columns × rows | dot in | arrow length | dot length in"
      " | labels | dropped | overlaps (text) | on frames | overlaps (SVG) | labels away | through boxes |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
total = {}
for o, d in zip(ours, dots):
    name = os.path.basename(o["file"])[:-5]
    keys = ["crossings", "bends", "arrow length", "labels", "dropped", "overlaps", "on frames", "svg overlaps", "away",
            "through boxes"]
    for k in keys:
        total[k] = total.get(k, 0) + int(o[k])
    total["dot"] = total.get("dot", 0) + int(d["crossings"])
    print(f"| {name} | {o['crossings']} | {d['crossings']} | {o['bends']} | {o['columns']} × {o['rows']}"
          f" | {d['width in']} × {d['height in']} | {o['arrow length']} | {d['edge length in']} | {o['labels']}"
          f" | {o['dropped']} | {o['overlaps']} | {o.get('on frames', '-')} | {o['svg overlaps']} | {o['away']} | {o['through boxes']} |")
print(f"| **total** | {total['crossings']} | {total['dot']} | {total['bends']} | | | {total['arrow length']} | "
      f"| {total['labels']} | {total['dropped']} | {total['overlaps']} | {total['on frames']} | {total['svg overlaps']} | {total['away']}"
      f" | {total['through boxes']} |")
EOF
