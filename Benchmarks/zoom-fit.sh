#!/usr/bin/env bash
# The app's fit to window (z twice: compact boxes, then fit) beside `mlsd render --fit` of the
# same board to the same page, on the same binary. The app's canvas at a window of W×H is
# (W − panel) × (H − 2) (the panel is 30–44 columns); render's page includes its title line and
# the blank line under it, so the same drawing area is `--fit CANVAS_W x (CANVAS_H + 2)`.
# App: wall clock in tmux from the second z to the status line saying how the fit went (polled
# every 50 ms). Render: wall clock of the command (/usr/bin/time's elapsed).
#
# usage: MLSD_BIN=.build/debug/mlsd Benchmarks/zoom-fit.sh [TEMPLATE...]
#        (default templates: news-feed harmful-content-detection; env WINDOWS="80x24 120x40 160x45")
set -u
M=${MLSD_BIN:?set MLSD_BIN to an mlsd binary}
case "$M" in /*) ;; *) M="$PWD/$M" ;; esac
templates=("$@")
[ ${#templates[@]} -gt 0 ] || templates=(news-feed harmful-content-detection)
windows=${WINDOWS:-80x24 120x40 160x45}
work=$(mktemp -d)
export TMUX_TMPDIR="$work/tmux" HOME="$work/home" XDG_DATA_HOME="$work/data"
unset TMUX
mkdir -p "$TMUX_TMPDIR" "$HOME"
trap 'tmux kill-server 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
# A session kept open between the timed ones, so that the tmux server stays up.
tmux new-session -d -s keep -x 80 -y 24 "sleep 3600"
env="HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"

# waitfor SESSION TEXT LIMIT: seconds until the screen shows TEXT ("timeout" after LIMIT s).
waitfor() {
  local s=$1 want=$2 limit=$3 t0
  t0=$(date +%s.%N)
  while ! tmux capture-pane -p -t "$s" | grep -qE -- "$want"; do
    sleep 0.05
    if [ "$(echo "$(date +%s.%N) - $t0 > $limit" | bc)" = 1 ]; then
      echo timeout
      return
    fi
  done
  echo "$(date +%s.%N) - $t0" | bc | sed 's/^\./0./'
}

echo "| board | window | canvas | render --fit | render s | app result | app s |"
echo "|---|---|---|---|--:|---|--:|"
for template in "${templates[@]}"; do
  "$M" new --template "$template" --reference "$template.yaml" >/dev/null
  for window in $windows; do
    w=${window%x*} h=${window#*x}
    panel=$((w * 3 / 10))
    [ $panel -lt 30 ] && panel=30
    [ $panel -gt 44 ] && panel=44
    cw=$((w - panel)) ch=$((h - 2))
    page="${cw}x$((ch + 2))"
    t0=$(date +%s.%N)
    if "$M" render "$template.yaml" --fit "$page" >out.txt 2>err.txt; then
      result="fits"
    else
      result="no: $(sed -n 's/.*smallest layout is \([0-9x]*\).*/smallest \1/p' err.txt)"
    fi
    rs=$(echo "$(date +%s.%N) - $t0" | bc | sed 's/^\./0./')
    s="z$w"
    # A file of its own for each window: the session killed last may leave its lock behind.
    cp "$template.yaml" "$template-$window.yaml"
    tmux new-session -d -s "$s" -x "$w" -y "$h" "env $env $M open $template-$window.yaml; sleep 600"
    waitfor "$s" NORMAL 60 >/dev/null
    sleep 0.5
    tmux send-keys -t "$s" z
    waitfor "$s" "zoom: compact" 60 >/dev/null
    tmux send-keys -t "$s" z
    as=$(waitfor "$s" "The whole board fitted|The board does not fit" 900)
    app=$(tmux capture-pane -p -t "$s" | grep -oE "The whole board fitted|does not fit [0-9x]+ \([^,]*" | head -1)
    tmux kill-session -t "$s"
    echo "| $template | $window | ${cw}x$ch | $page: $result | ${rs:0:6} | $app | ${as:0:6} |"
  done
done
