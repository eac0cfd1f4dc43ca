#!/usr/bin/env bash
# Valid boards at the edges of the format: two boxes 100,000 cells apart, a hub with 2,000 arrows,
# a complete digraph of 60 boxes. Every command finishes with exit 0 under a 2 GB address-space
# limit and a time limit, and `open` shows a first frame. The limits are the targets (render 5 s,
# first frame 1 s) for a release binary; a debug binary is an order of magnitude slower, so it
# gets MLSD_HUGE_SLOWDOWN times as long (default 30 for a path under .build/debug). The cheap far
# board goes through every drawn export; the dense ones through SVG (the others share its routing).
# Arrows that fell back to simple routes are named in a one-line note on stderr (never in the
# file), in the status line and in `:export`'s message; a dense board's first frame is routed
# within a smaller budget and routed again on the first idle tick.
source "$(dirname "$0")/lib.sh"

slowdown=${MLSD_HUGE_SLOWDOWN:-1}
case "$M" in */debug/*) slowdown=${MLSD_HUGE_SLOWDOWN:-30} ;; esac
render_limit=$((5 * slowdown))
frame_limit=$((1 * slowdown))
memory_kb=2000000

cat >far.yaml <<'YAML'
mlsd: 1
title: Far apart
boxes:
  - {id: a, label: A, at: [0, 0]}
  - {id: b, label: B, at: [100000, 100000]}
arrows:
  - {from: a, to: b, label: events}
YAML
{
  echo "flowchart LR"
  for i in $(seq 0 1999); do echo "  hub[Hub] --> n$i"; done
} >hub.mmd
{
  echo "flowchart LR"
  for i in $(seq 0 59); do for j in $(seq 0 59); do [ "$i" != "$j" ] && echo "  b$i --> b$j"; done; done
} >k60.mmd

# bounded LIMIT CMD...: runs a command under the memory limit and a time limit; prints its status.
bounded() {
  local limit=$1
  shift
  (
    ulimit -v "$memory_kb"
    timeout "$limit" "$@" >"$work/out" 2>"$work/err"
  )
  echo $?
}

for board in hub k60; do
  status=$(bounded $((20 * slowdown)) "$M" import "$board.mmd" -o "$board.yaml")
  check "import $board exits 0 (got $status)" [ "$status" = 0 ]
done

for board in far hub k60; do
  status=$(bounded "$render_limit" "$M" render "$board.yaml")
  check "render $board exits 0 within ${render_limit}s under 2 GB (got $status)" [ "$status" = 0 ]
  case $board in
  far)
    check "render far draws both boxes" grep -q "│  B  │" "$work/out"
    check "render far is short: its empty stretches are folded" [ "$(wc -l <"$work/out")" -lt 60 ]
    check "render far says what it folded" grep -q "drawn 12 long" "$work/err"
    ;;
  hub) check "render hub says some arrows are drawn simply" grep -q "arrows drawn on simple routes" "$work/err" ;;
  esac
  formats="svg"
  [ "$board" = far ] && formats="svg excalidraw ascii unicode markdown"
  for format in $formats; do
    status=$(bounded "$render_limit" "$M" export "$board.yaml" --format "$format")
    check "export $board as $format exits 0 (got $status)" [ "$status" = 0 ]
    case $board in
    far | hub)
      check "export $board as $format says on stderr that arrows fell back to simple routes" \
        grep -Eq "^mlsd export: note: [0-9]+ of [0-9]+ arrows drawn on simple routes" "$work/err"
      check "and the note is one line" [ "$(wc -l <"$work/err")" = 1 ]
      check "and not in the exported text" bash -c "! grep -q 'simple routes' '$work/out'"
      ;;
    esac
  done
  if [ "$board" = far ]; then
    status=$(bounded "$render_limit" "$M" export far.yaml --format mermaid)
    check "a format that draws no routes says nothing (got $status)" bash -c "[ $status = 0 ] && [ ! -s '$work/err' ]"
    status=$(bounded "$render_limit" "$M" export far.yaml --format svg -o far.svg)
    check "export -o: the note on stderr names the arrow" grep -q "1 of 1 arrows drawn on simple routes" "$work/err"
    check "export -o: the file has no note" bash -c "! grep -q 'simple routes' far.svg"
  fi
  status=$(bounded "$render_limit" "$M" info "$board.yaml")
  check "info $board exits 0 (got $status)" [ "$status" = 0 ]
done

# The whiteboard: a first frame within the limit, the board's title on it.
for board in far hub k60; do
  name="$(session "files-$board")"
  sessions+=("$name")
  tmux new-session -d -s "$name" -x 120 -y 36 -c "$work" \
    "ulimit -v $memory_kb; env HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color '$M' open $board.yaml; echo \$? > '$work/files-$board.status'; sleep 600"
  title=$(sed -n 's/^title: //p' "$board.yaml" | head -1)
  # The pane needs a moment to start the shell; the limit counts from then.
  check "open $board shows its first frame within ${frame_limit}s" wait_for "files-$board" "$title" $((frame_limit + 1))
done
check "the far board's status line says the arrow is drawn simply" wait_for files-far "drawn on simple routes" 2
keys files-far :
text files-far "export svg far-app.svg"
keys files-far Enter
check ":export says the arrow is on a simple route" wait_for files-far "Exported svg to far-app.svg (1 of 1 arrows on simple" 10
check ":export writes no note into the file" bash -c "[ -s far-app.svg ] && ! grep -q 'simple routes' far-app.svg"
check "a dense board's first frame is routed in full on the first idle tick" wait_for files-k60 "arrows drawn on simple routes" $((2 * render_limit))
keys files-far :
text files-far "q"
keys files-far Enter
check "quitting the far board exits 0" [ "$(wait_exit files-far 10)" = 0 ]
finish
