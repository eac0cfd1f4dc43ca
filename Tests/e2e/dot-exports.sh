#!/usr/bin/env bash
# Every template's reference design exported as DOT must be accepted by Graphviz (`dot -Tsvg`).
# Run by scripts/test with MLSD_BIN set to the built binary; prints one line per template.
set -uo pipefail

# shellcheck source=../readers/lib.sh
. "$(dirname "$0")/../readers/lib.sh"
if ! command -v dot >/dev/null 2>&1; then
  echo "dot-exports: Graphviz 'dot' is not installed (scripts/ensure-deps installs it)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ids=$(reference_boards "$work") || exit 1
if [ -z "$ids" ]; then
  echo "dot-exports: no templates listed" >&2
  exit 1
fi

failures=0
count=0
for id in $ids; do
  count=$((count + 1))
  board="$work/$id.yaml"
  if ! "$MLSD_BIN" export "$board" --format dot >"$work/$id.dot" 2>"$work/err"; then
    echo "FAIL $id: mlsd export: $(head -n 3 "$work/err")"
    failures=$((failures + 1))
    continue
  fi
  if ! dot -Tsvg "$work/$id.dot" >/dev/null 2>"$work/err"; then
    echo "FAIL $id: dot -Tsvg: $(head -n 3 "$work/err")"
    failures=$((failures + 1))
    continue
  fi
  # dot prints warnings for some inputs but still succeeds; any output there is worth a look.
  if [ -s "$work/err" ]; then
    echo "ok   $id (dot warned: $(head -n 1 "$work/err"))"
  else
    echo "ok   $id"
  fi
done

echo "dot-exports: $((count - failures))/$count templates render with Graphviz"
[ "$failures" -eq 0 ]
