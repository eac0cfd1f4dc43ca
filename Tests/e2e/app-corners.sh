#!/usr/bin/env bash
# The app draws what `mlsd render` draws, corner pass included: a reference opened at 160x45
# shows, once its drawing has settled, the window of `mlsd render`'s drawing the canvas covers
# (compared cell by cell at the offset where they agree), and its fit
# to window (z twice) is `mlsd render --fit 116x45` row for row. The reference is one whose
# render the corner pass changes, so that a drawing without the pass differs (news feed's is too,
# but its fit takes over a minute in a debug build: Benchmarks/app-corners.sh measures all eleven).
source "$(dirname "$0")/lib.sh"

# same CANVAS RENDER: 0 when the canvas (the screen's canvas rows and columns) is a window of the
# render's drawing (its text below the title line and the blank line), at some offset.
same() {
  python3 - "$1" "$2" <<'PY'
import sys
canvas = [l.rstrip() for l in open(sys.argv[1], encoding="utf-8").read().split("\n")]
drawing = [l.rstrip() for l in open(sys.argv[2], encoding="utf-8").read().split("\n")[2:]]
while canvas and not canvas[-1]:
    canvas.pop()
def cell(rows, x, y):
    if 0 <= y < len(rows) and 0 <= x < len(rows[y]):
        return rows[y][x]
    return " "
# The canvas shows the part of the drawing round the selected box, and may start left of or
# above it (the board's margin): try every offset, each row first on its own.
width = max(len(r) for r in canvas)
rows = sorted(range(len(canvas)), key=lambda y: -len(canvas[y].strip()))
for dy in range(-8, len(drawing) + 1):
    for dx in range(-8, max(len(r) for r in drawing) + 1):
        if all(cell(canvas, x, y) == cell(drawing, x + dx, y + dy) for y in rows for x in range(width)):
            sys.exit(0)
print("\n".join(canvas[:12]), file=sys.stderr)
sys.exit(1)
PY
}
# canvas SESSION FILE: the canvas of a 160x45 screen (rows 2 to 44, the first 116 columns).
canvas() {
  screen "$1" | sed -n "2,44p" | python3 -c '
import sys
for line in sys.stdin.read().split("\n"):
    print(line[:116].rstrip())' > "$2"
}

# settled SESSION FILE RENDER: the canvas now (into FILE) is a window of RENDER's drawing.
settled() { canvas "$1" "$2" && same "$2" "$3" 2>/dev/null; }

for ref in street-view-blurring; do
  reference_board "$ref" "$ref.yaml"
  "$M" render "$ref.yaml" > "$ref.render.txt"
  "$M" render "$ref.yaml" --fit 116x45 > "$ref.fit.txt" 2>/dev/null
  start "$ref" 160 45 open "$ref.yaml"
  check "$ref: the app starts" wait_for "$ref" "NORMAL" 600
  # The corner pass is made off the main loop after the first frame: the canvas is read until it
  # is render's drawing, then compared once more (printing the canvas when it differs).
  wait_until 120 settled "$ref" "$ref.full.txt" "$ref.render.txt"
  check "$ref: the board at full boxes is render's drawing" same "$ref.full.txt" "$ref.render.txt"
  keys "$ref" z
  check "$ref: z: compact boxes" wait_for "$ref" "zoom: compact" 30
  keys "$ref" z
  check "$ref: z again: fitted" wait_for "$ref" "The whole board fitted" 600
  wait_until 60 settled "$ref" "$ref.app-fit.txt" "$ref.fit.txt"
  check "$ref: the fit to window is render --fit 116x45's drawing" same "$ref.app-fit.txt" "$ref.fit.txt"
done
finish
