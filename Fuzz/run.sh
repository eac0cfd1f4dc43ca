#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs each for a bounded number of
# inputs: Fuzz/run.sh [RUNS]  (default 20000 per target); `Fuzz/run.sh build` only builds them.
# Crashes are written to Fuzz/crashes/; each one found becomes a regression test in
# Tests/MLSDCoreTests.
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-20000}
scratch=../.build-fuzz
# lld, because gold fails on sanitizer-instrumented debug information here.
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
swift build --scratch-path "$scratch" "${flags[@]}" >&2
echo "== fuzz build took $SECONDS s"
[ "$runs" = build ] && exit 0
bin=$(swift build --scratch-path "$scratch" "${flags[@]}" --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p crashes "$work/board" "$work/template" "$work/theme" "$work/mermaid" "$work/draw"
cp seeds/board/*.yaml "$work/board/"
cp ../Templates/*.yaml "$work/template/"
cp ../Themes/*.yaml "$work/theme/"
cp seeds/mermaid/*.mmd "$work/mermaid/"
# The drawing target reads its bytes as numbers and characters: any bytes are a start.
cp seeds/board/*.yaml "$work/draw/"
status=0
for target in board template theme mermaid draw; do
  name="Fuzz$(tr '[:lower:]' '[:upper:]' <<<"${target:0:1}")${target:1}"
  n=$runs
  # One drawing input lays out, routes and draws a board ten times over (two text drawings and
  # every export) on canvases up to the loader's coordinate limit: about one input a second under
  # AddressSanitizer, so it gets a thirtieth as many inputs (3000 → 100: about three minutes).
  [ "$target" = draw ] && n=$((runs / 30))
  echo "== $name: $n runs"
  start=$SECONDS
  # The timeout catches hangs, not slowness (speed is for the benchmarks): one drawing input of
  # boxes up to 500 × 100 cells anywhere up to the loader's coordinate limit took 10 s under
  # AddressSanitizer in CI (it finishes: the routings have a work budget).
  if ! "$bin/$name" "$work/$target" -runs="$n" -seed=1 -max_len=8192 -timeout=60 -rss_limit_mb=2048 \
    -artifact_prefix=crashes/ -print_final_stats=1 2>"$work/$name.log"; then
    status=1
    tail -40 "$work/$name.log"
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" "$work/$name.log" || true
  echo "== $name took $((SECONDS - start)) s"
done
echo "== Fuzz/run.sh took $SECONDS s"
exit $status
