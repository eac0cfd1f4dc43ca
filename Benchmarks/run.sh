#!/usr/bin/env bash
# The whole benchmark suite in release mode: (a) the headless pipeline per N, (b) the editor's
# cost per action on a 300-box board, (c) start-up to the first frame in tmux, (d) peak memory per
# N, (e) boards at the edges of the format (far apart, a 2,000-arrow hub, a complete digraph of 60).
# Benchmarks/README.md says what every number means; compare.sh is the Graph::Easy comparison.
#
# usage: Benchmarks/run.sh [all|pipeline|editor|startup|memory|huge]...   (default: all)
# env:   SEED (default 42), SIZES (default "10 30 100 300 1000"), ROUNDS editor rounds (default 100),
#        OUT folder for the generated boards (default Benchmarks/.build/graphs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(all)
want() { for p in "${parts[@]}"; do [ "$p" = all ] || [ "$p" = "$1" ] && return 0; done; return 1; }
seed=${SEED:-42}
read -r -a sizes <<< "${SIZES:-10 30 100 300 1000}"
rounds=${ROUNDS:-100}
out=${OUT:-$here/.build/graphs}
mkdir -p "$out"

# SwiftPM does not notice source files added to the main package through the Benchmarks/mlsd
# link; dropping the cached build plan makes it list them again (it costs a few seconds).
rm -f .build/release.yaml .build/release/description.json
swift build -c release --product mlsd-bench >&2
bin=$(swift build -c release --show-bin-path)
bench=$bin/mlsd-bench
list=$(IFS=,; echo "${sizes[*]}")
"$bench" generate "$out" --seed "$seed" --sizes "$list"
echo

if want pipeline; then
  echo "## (a) load + check + layout + route + render, per N (in-process milliseconds)"
  files=()
  for n in "${sizes[@]}"; do
    if [ "$n" -ge 1000 ]; then
      # One run takes long at this size: measure it once, without a warm-up run.
      timeout 900 "$bench" pipeline "$out/board-$n.yaml" --min 1 --budget 0 --no-warmup \
        || echo "N=$n: the pipeline did not finish within 900 s (exit $?)"
    else
      files+=("$out/board-$n.yaml")
    fi
  done
  [ ${#files[@]} -gt 0 ] && { timeout 900 "$bench" pipeline "${files[@]}" || echo "pipeline failed or timed out (exit $?)"; }
  echo
fi

if want editor; then
  echo "## (b) editor actions on board-300.yaml: reduce + tick + view (120×40) + cell diff"
  [ -f "$out/board-300.yaml" ] || "$bench" generate "$out" --seed "$seed" --sizes 300 > /dev/null
  timeout 1200 "$bench" editor "$out/board-300.yaml" --rounds "$rounds" || echo "editor benchmark failed or timed out (exit $?)"
  echo
fi

if want startup; then
  echo "## (c) start-up to the first frame: mlsd open FILE in tmux 120×40, median of 10"
  swift build -c release --product mlsd >&2
  for n in 30 100; do
    [ -f "$out/board-$n.yaml" ] || "$bench" generate "$out" --seed "$seed" --sizes "$n" > /dev/null
    echo "board-$n.yaml:"
    python3 "$here/startup.py" "$bin/mlsd" "$out/board-$n.yaml" 10
  done
  echo
fi

if want memory; then
  echo "## (d) peak memory of one pipeline run (Maximum resident set size, /usr/bin/time -v)"
  echo "| N | max RSS KiB | max RSS MiB | wall s |"
  echo "|--:|--:|--:|--:|"
  for n in "${sizes[@]}"; do
    /usr/bin/time -v -o "$out/time-$n.txt" timeout 900 "$bench" once "$out/board-$n.yaml" > /dev/null \
      || echo "N=$n: exit $?"
    kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time-$n.txt")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time-$n.txt")
    echo "| $n | $kib | $(awk -v k="$kib" 'BEGIN {printf "%.1f", k / 1024}') | $wall |"
  done
  echo
fi

if want huge; then
  echo "## (e) boards at the edges of the format: each command under ulimit -v 2 GB (/usr/bin/time -v)"
  swift build -c release --product mlsd >&2
  mlsd=$bin/mlsd
  printf 'mlsd: 1\ntitle: Far apart\nboxes:\n  - {id: a, label: A, at: [0, 0]}\n  - {id: b, label: B, at: [100000, 100000]}\narrows:\n  - {from: a, to: b}\n' >"$out/far.yaml"
  { echo "flowchart LR"; for i in $(seq 0 1999); do echo "  hub --> n$i"; done; } >"$out/hub.mmd"
  { echo "flowchart LR"; for i in $(seq 0 59); do for j in $(seq 0 59); do [ "$i" != "$j" ] && echo "  b$i --> b$j"; done; done; } >"$out/k60.mmd"
  echo "| command | exit | wall s | max RSS MiB |"
  echo "|--|--:|--:|--:|"
  measure() { # LABEL CMD...
    local label=$1 status
    shift
    status=$( (ulimit -v 2000000; /usr/bin/time -v -o "$out/time-huge.txt" timeout 120 "$@" >/dev/null 2>&1); echo $?)
    kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time-huge.txt")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time-huge.txt")
    echo "| $label | $status | $wall | $(awk -v k="${kib:-0}" 'BEGIN {printf "%.1f", k / 1024}') |"
  }
  measure "import hub.mmd" "$mlsd" import "$out/hub.mmd" -o "$out/hub.yaml" --force
  measure "import k60.mmd" "$mlsd" import "$out/k60.mmd" -o "$out/k60.yaml" --force
  for board in far hub k60; do
    measure "render $board" "$mlsd" render "$out/$board.yaml"
    for format in svg excalidraw ascii; do
      measure "export $board $format" "$mlsd" export "$out/$board.yaml" --format "$format"
    done
  done
  echo
  echo "first frame in process (mlsd-bench firstframe: load, app state, 120×40 view; then the first idle tick), median of 5:"
  "$bench" firstframe "$out/far.yaml" "$out/hub.yaml" "$out/k60.yaml" --runs 5
  echo
  echo "first frame of mlsd open (tmux 120×40, median of 5):"
  for board in far hub k60; do
    echo "$board.yaml:"
    python3 "$here/startup.py" "$mlsd" "$out/$board.yaml" 5
  done
  echo
fi
