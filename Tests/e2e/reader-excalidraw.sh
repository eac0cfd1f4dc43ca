#!/usr/bin/env bash
# The Excalidraw export opened by the real Excalidraw component (0.15, in PyPI dash-excalidraw,
# with React 18 from PyPI dash) in headless Chromium: the generic pipeline's reference design and
# the board with every entry of the hostile-text corpus must load without an error, keep every
# element and text, and draw on the canvas. The generic reference's arrow labels must lie over no
# box and no other label as Excalidraw has them; for the hostile board (boxes close together,
# labels thousands of characters long) those counts are printed only.
# Run by scripts/test with MLSD_BIN set; scripts/ensure-deps readers installs what it needs.
set -uo pipefail
source "$(dirname "$0")/../readers/lib.sh"
need_debian chromium chromium
need_pypi dash_excalidraw/dash_excalidraw.min.js dash-excalidraw
need_pypi dash/deps/react@18.3.1.min.js dash

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
failures=0
"$MLSD_BIN" new "$work/generic.yaml" -t generic-ml-pipeline --reference -f >/dev/null || exit 1
hostile_boards "$work/hostile" >/dev/null || exit 1
everything=$(ls "$work/hostile" | sort | tail -n 1)
for pair in "generic-ml-pipeline:--no-overlaps:$work/generic.yaml" "hostile everything::$work/hostile/$everything"; do
  name=${pair%%:*}
  rest=${pair#*:}
  strict=${rest%%:*}
  board=${rest#*:}
  if ! "$MLSD_BIN" export "$board" --format excalidraw -o "$work/scene.excalidraw" >/dev/null 2>"$work/err"; then
    echo "FAIL $name: mlsd export: $(head -n 3 "$work/err")"
    failures=$((failures + 1))
    continue
  fi
  echo "== $name"
  python3 "$readers_dir/excalidraw_check.py" $strict "$work/scene.excalidraw" || failures=$((failures + 1))
done

echo "reader-excalidraw: $([ "$failures" -eq 0 ] && echo passed || echo FAILED) in $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
