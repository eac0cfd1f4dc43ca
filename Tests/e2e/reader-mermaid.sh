#!/usr/bin/env bash
# The Mermaid export read by mermaid.js itself (PyPI artoo-mermaid) in headless Chromium: every
# template's reference design and every board of the hostile-text corpus must parse and render
# with one node per box, one cluster per group, one edge per arrow and one edge label per
# labelled arrow; a reference's nodes must show their boxes' texts exactly. Then the same harness holds the importer to what mermaid accepts: each file in
# Tests/readers/mermaid-inputs is drawn by mermaid.js, and `mlsd import` must either import it as
# mermaid drew it (as many boxes, arrows, groups, and the texts its nodes show) or refuse it with a FILE:LINE:COLUMN message.
# Run by scripts/test with MLSD_BIN set; scripts/ensure-deps readers installs what it needs.
set -uo pipefail
source "$(dirname "$0")/../readers/lib.sh"
need_debian chromium chromium
need_pypi artoo_mermaid/assets/mermaid.min.js artoo-mermaid

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
failures=0
mkdir -p "$work/out"
names=()
hostile=()

# export_board NAME BOARD [LIST]: the Mermaid and JSON exports as out/NAME.mmd and out/NAME.json;
# NAME is added to the array LIST (default: names).
export_board() {
  local -n list=${3:-names}
  if "$MLSD_BIN" export "$2" --format mermaid -o "$work/out/$1.mmd" >/dev/null 2>"$work/err" \
    && "$MLSD_BIN" export "$2" --format json -o "$work/out/$1.json" >/dev/null 2>"$work/err"; then
    list+=("$1")
  else
    echo "FAIL $1: mlsd export: $(head -n 3 "$work/err")"
    failures=$((failures + 1))
  fi
}

ids=$(reference_boards "$work/ref") || exit 1
[ -n "$ids" ] || { echo "FAIL no templates listed"; exit 1; }
for id in $ids; do export_board "$id" "$work/ref/$id.yaml"; done
while IFS=$'\t' read -r number name; do
  echo "     hostile-$number: $name"
  export_board "hostile-$number" "$work/hostile/$number.yaml" hostile
done < <(hostile_boards "$work/hostile")

# The references' texts must show exactly; the hostile corpus's differences are printed.
python3 "$readers_dir/mermaid_check.py" exports "$work/out" "${names[@]}" --loose-texts "${hostile[@]}" \
  || failures=$((failures + 1))
python3 "$readers_dir/mermaid_check.py" import "$MLSD_BIN" "$readers_dir"/mermaid-inputs/*.mmd || failures=$((failures + 1))

echo "reader-mermaid: $([ "$failures" -eq 0 ] && echo passed || echo FAILED) in $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
