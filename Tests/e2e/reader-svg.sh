#!/usr/bin/env bash
# The SVG export read by a real renderer: librsvg's rsvg-convert rasterises every template's
# reference design and every board of the hostile-text corpus (Golden/hostile/boards.yaml). A
# board fails when rsvg-convert exits non-zero or says anything on stderr, or when the picture is
# empty (no pixel, or nothing but the background colour). Prints one line per board.
# Run by scripts/test with MLSD_BIN set; scripts/ensure-deps readers installs librsvg2-bin.
set -uo pipefail
source "$(dirname "$0")/../readers/lib.sh"
need_debian rsvg-convert librsvg2-bin
need_pypi PIL/Image.py pillow

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
mkdir -p "$work/out"
failures=0
count=0
pictures=()
declare -A names

# rasterise NAME FILE BOARD: export BOARD to out/FILE.svg and rasterise it to out/FILE.png.
rasterise() {
  local name=$1 board=$3 base="$work/out/$2"
  count=$((count + 1))
  if ! "$MLSD_BIN" export "$board" --format svg -o "$base.svg" >/dev/null 2>"$base.err"; then
    echo "FAIL $name: mlsd export: $(head -n 3 "$base.err")"
    failures=$((failures + 1))
  elif ! rsvg-convert "$base.svg" -o "$base.png" 2>"$base.err" || [ -s "$base.err" ]; then
    echo "FAIL $name: rsvg-convert: $(head -n 3 "$base.err")"
    failures=$((failures + 1))
  else
    # A board with no box (the blank template's reference) draws nothing, rightly.
    grep -q '^boxes: \[\]$' "$board" && pictures+=(--may-be-empty)
    pictures+=("$base.png")
    names[$base.png]=$name
  fi
}

ids=$(reference_boards "$work/ref") || exit 1
[ -n "$ids" ] || { echo "FAIL no templates listed"; exit 1; }
for id in $ids; do rasterise "$id" "$id" "$work/ref/$id.yaml"; done
while IFS=$'\t' read -r number name; do
  rasterise "hostile $number ($name)" "hostile-$number" "$work/hostile/$number.yaml"
done < <(hostile_boards "$work/hostile")

# Then every picture looked at in one go: the pixels that are not the background.
looked=0
while read -r verdict png width height drawn _; do
  looked=$((looked + 1))
  if [ "$verdict" = ok ]; then
    echo "ok   ${names[$png]}: ${width}x${height} px, $drawn drawn"
  else
    echo "FAIL ${names[$png]:-$png}: empty or unreadable picture ($width $height $drawn)"
    failures=$((failures + 1))
  fi
done < <(python3 "$readers_dir/png_drawn.py" "${pictures[@]}")
if [ "$looked" -ne "${#names[@]}" ]; then
  echo "FAIL only $looked of ${#names[@]} pictures were looked at"
  failures=$((failures + 1))
fi

echo "reader-svg: $((count - failures))/$count SVG exports rasterised by rsvg-convert $(rsvg-convert --version | awk '{print $NF}') ($looked pictures looked at) in $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
