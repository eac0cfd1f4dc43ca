#!/usr/bin/env bash
# Group-frame corners touched by an arrow or a box (corners.py, as corners.sh counts them) in the
# app's canvas: every template's reference design (blank excepted) opened in tmux at WINDOW, its
# canvas captured as the board opens (full boxes, the part the window shows), after z (compact
# boxes) and after z again (fit to window). The canvas is the screen without the top line, the
# status line and the side panel. Prints a Markdown table (corners touched / frame corners found)
# and totals.
#
# usage: MLSD_BIN=.build/debug/mlsd Benchmarks/app-corners.sh [TEMPLATE...]
# env:   WINDOW (default 160x45), OUT folder for the boards and captures (default a temporary one,
#        removed at the end), SETTLE seconds to wait after the board opens (default 3: the app's
#        drawing is settled off the main loop)
set -u
here=$(cd "$(dirname "$0")" && pwd)
M=${MLSD_BIN:?set MLSD_BIN to an mlsd binary}
case "$M" in /*) ;; *) M="$PWD/$M" ;; esac
window=${WINDOW:-160x45}
settle=${SETTLE:-3}
w=${window%x*} h=${window#*x}
panel=$((w * 3 / 10))
[ $panel -lt 30 ] && panel=30
[ $panel -gt 44 ] && panel=44
cw=$((w - panel))
work=$(mktemp -d)
out=${OUT:-$work/out}
mkdir -p "$out"
export TMUX_TMPDIR="$work/tmux" HOME="$work/home" XDG_DATA_HOME="$work/data"
unset TMUX
mkdir -p "$TMUX_TMPDIR" "$HOME"
trap 'tmux kill-server 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
tmux new-session -d -s app-corners-keep -x 80 -y 24 "sleep 3600"
env="HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"

# waitfor SESSION REGEX LIMIT: 0 when the screen shows REGEX within LIMIT seconds.
waitfor() {
  local s=$1 want=$2 limit=$3 deadline=$((SECONDS + $3))
  while [ $SECONDS -lt $deadline ]; do
    tmux capture-pane -p -t "$s" | grep -qE -- "$want" && return 0
    sleep 0.1
  done
  return 1
}
# canvas SESSION FILE: the canvas part of the screen (rows 2..h-1, columns 1..cw).
canvas() {
  tmux capture-pane -p -t "$1" | sed -n "2,$((h - 1))p" | python3 -c '
import sys
cw = int(sys.argv[1])
for line in sys.stdin.read().split("\n"):
    print(line[:cw].rstrip())' "$cw" > "$2"
}
touched() { python3 "$here/corners.py" "$1" | awk -F'\t' '$1 == "total" {print $2 "/" $3}'; }

templates=("$@")
if [ ${#templates[@]} -eq 0 ]; then
  for id in $("$M" templates | awk '{print $1}'); do [ "$id" = blank ] || templates+=("$id"); done
fi
echo "| reference | full (as opened) | compact | fit to window |"
echo "|---|--:|--:|--:|"
declare -A sum
for id in "${templates[@]}"; do
  "$M" new --force "$out/$id.yaml" -t "$id" --reference > /dev/null
  s="app-corners-$id"
  tmux new-session -d -s "$s" -x "$w" -y "$h" "env $env $M open $out/$id.yaml; sleep 600"
  row="| $id"
  if waitfor "$s" NORMAL 60; then
    sleep "$settle"
    canvas "$s" "$out/$id.full.txt"
    tmux send-keys -t "$s" z
    waitfor "$s" "zoom: compact" 60 && sleep "$settle"
    canvas "$s" "$out/$id.compact.txt"
    tmux send-keys -t "$s" z
    if waitfor "$s" "The whole board fitted|The board does not fit" 600; then
      sleep 0.3
      canvas "$s" "$out/$id.fit.txt"
      fit=$(tmux capture-pane -p -t "$s" | grep -qF "does not fit" && echo " (no fit)" || echo "")
    else
      : > "$out/$id.fit.txt"
      fit=" (timeout)"
    fi
    for view in full compact fit; do
      t=$(touched "$out/$id.$view.txt")
      sum[$view]=$(( ${sum[$view]:-0} + ${t%/*} ))
      row+=" | $t"
      [ $view = fit ] && row+="$fit"
    done
  else
    row+=" | no start | | "
  fi
  tmux kill-session -t "$s"
  echo "$row |"
done
echo "| **in all** | ${sum[full]:-0} | ${sum[compact]:-0} | ${sum[fit]:-0} |"
