#!/usr/bin/env bash
# Compares mlsd's headless pipeline with Graph::Easy (`graph-easy --as=boxart`) on the same
# generated graphs, in the same run: wall time of each program, their ratio, the edge crossings of
# both drawings (every '┼' counted, in both outputs alike) and both drawings' widths.
#
# usage: Benchmarks/compare.sh [SIZES...]        (default: 10 30 100 300 1000)
# env:   SEED (default 42), GE_TIMEOUT seconds for one Graph::Easy run (default 120),
#        OUT folder for graphs and drawings (default Benchmarks/.build/compare)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 30 100 300 1000)
seed=${SEED:-42}
ge_timeout=${GE_TIMEOUT:-120}
out=${OUT:-$here/.build/compare}
mkdir -p "$out"

if ! command -v graph-easy > /dev/null; then
  echo "Installing Graph::Easy (libgraph-easy-perl)..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y libgraph-easy-perl > /dev/null || { $sudo apt-get update > /dev/null && $sudo apt-get install -y libgraph-easy-perl > /dev/null; }
fi

# SwiftPM does not notice source files added to the main package through the Benchmarks/mlsd
# link; dropping the cached build plan makes it list them again (it costs a few seconds).
rm -f .build/release.yaml .build/release/description.json
swift build -c release --product mlsd-bench >&2
bench=$(swift build -c release --show-bin-path)/mlsd-bench
list=$(IFS=,; echo "${sizes[*]}")
"$bench" generate "$out" --seed "$seed" --sizes "$list" >&2

now_ms() { date +%s%N | awk '{printf "%.1f", $1 / 1000000}'; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else print v[int((NR + 1) / 2)]}'; }

echo "| N | mlsd ms (process) | mlsd pipeline ms (in process) | Graph::Easy ms | ratio | mlsd ┼ | Graph::Easy ┼ | Graph::Easy edges drawn | mlsd width | Graph::Easy width |"
echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
for n in "${sizes[@]}"; do
  # Small graphs are timed 3 times each (median); large ones once, they take long enough.
  runs=1
  [ "$n" -le 100 ] && runs=3
  ours=()
  inproc=()
  for _ in $(seq "$runs"); do
    t0=$(now_ms)
    "$bench" once --print "$out/board-$n.yaml" > "$out/mlsd-$n.txt" 2> "$out/mlsd-$n.err"
    t1=$(now_ms)
    ours+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')")
    inproc+=("$(sed -n 's/.*pipeline \([0-9.]*\) ms.*/\1/p' "$out/mlsd-$n.err")")
  done
  our_ms=$(printf '%s\n' "${ours[@]}" | median)
  our_inproc=$(printf '%s\n' "${inproc[@]}" | median)
  ge=()
  ge_ms=timeout
  for _ in $(seq "$runs"); do
    t0=$(now_ms)
    if timeout "$ge_timeout" graph-easy --as=boxart "$out/graph-$n.txt" > "$out/graph-easy-$n.txt" 2> "$out/graph-easy-$n.err"; then
      t1=$(now_ms)
      ge+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')")
    else
      ge=()
      break
    fi
  done
  if [ ${#ge[@]} -gt 0 ]; then
    ge_ms=$(printf '%s\n' "${ge[@]}" | median)
    ratio=$(awk -v a="$ge_ms" -v b="$our_ms" 'BEGIN {printf "%.1f×", a / b}')
    read -r ge_cross ge_width _ < <("$bench" textstats "$out/graph-easy-$n.txt")
    # Graph::Easy gives up on edges it cannot place and says so on stderr ("could only place
    # 30 nodes/38 edges out of 30/42"): its drawing, and so its ┼ count, lacks those edges.
    ge_edges=$(sed -n 's|.*could only place [0-9]* nodes/\([0-9]*\) edges out of [0-9]*/\([0-9]*\).*|\1 of \2|p' "$out/graph-easy-$n.err" | head -1)
    [ -n "$ge_edges" ] || ge_edges=all
  else
    ratio="-"
    ge_cross="-"
    ge_width="-"
    ge_edges="-"
  fi
  read -r our_cross our_width _ < <("$bench" textstats "$out/mlsd-$n.txt")
  echo "| $n | $our_ms | $our_inproc | $ge_ms | $ratio | $our_cross | $ge_cross | $ge_edges | $our_width | $ge_width |"
done
echo
echo "Seed $seed. Times are wall-clock milliseconds of one process (median of 3 runs for N <= 100, else 1 run);"
echo "'in process' is load+check+layout+route+render without process start and library load."
echo "Drawings are in $out (mlsd-N.txt, graph-easy-N.txt)."
