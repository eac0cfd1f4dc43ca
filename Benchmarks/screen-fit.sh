#!/usr/bin/env bash
# How long the screen fits take in the real app, by hand, in tmux at 160×45 (wall clock from the
# key to the screen showing the result, polled every 20 ms, so ±20 ms): the practice review after
# :done on news-feed (both diagrams fitted to their panels), resizing the review to a new size and
# back to sizes seen, and the canvas zoom (z: compact boxes, z again: fit to window) on the
# news-feed reference and on a 300-box chain.
#
# usage: MLSD_BIN=.build/release/mlsd Benchmarks/screen-fit.sh
set -u
M=${MLSD_BIN:?set MLSD_BIN to a release mlsd binary}
case "$M" in /*) ;; *) M="$PWD/$M" ;; esac
work=$(mktemp -d)
export TMUX_TMPDIR="$work/tmux" HOME="$work/home" XDG_DATA_HOME="$work/data"
unset TMUX
mkdir -p "$TMUX_TMPDIR" "$HOME"
trap 'tmux kill-server 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
"$M" new --template news-feed --reference ref.yaml >/dev/null
python3 - <<'PY'
lines = ["mlsd: 1", "title: Chain", "boxes:"]
n = 300
for i in range(n):
    lines += [f"- id: b{i}", f"  label: Service {i}", f"  at: [{(i % 20) * 30}, {(i // 20) * 8}]"]
lines.append("arrows:")
for i in range(1, n):
    lines += [f"- from: b{i-1}", f"  to: b{i}"]
open("chain.yaml", "w").write("\n".join(lines) + "\n")
PY

# waitfor SESSION TEXT: seconds until the screen shows TEXT ("timeout" after 30 s).
waitfor() {
  local s=$1 want=$2 t0 n=0
  t0=$(date +%s.%N)
  while ! tmux capture-pane -p -t "$s" | grep -qF -- "$want"; do
    sleep 0.02
    n=$((n + 1))
    [ $n -gt 1500 ] && { echo timeout; return; }
  done
  echo "$(date +%s.%N) - $t0" | bc
}
env="HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"

tmux new-session -d -s review -x 160 -y 45 "env $env $M practice --template news-feed; sleep 60"
waitfor review "Press any key" >/dev/null
tmux send-keys -t review Enter
waitfor review "Practice 0:" >/dev/null
tmux send-keys -t review : done
sleep 0.3
tmux send-keys -t review Enter
echo "review, news-feed, :done to the review: $(waitfor review 'Reference design') s"
# Resizing the review: to a size not seen yet (both diagrams fitted again), then back to sizes
# seen (the fits kept per size). news-feed's reference fits neither size, so its note names the
# room it was fitted to ("room 120x29"), which shows that the screen was drawn for the new size.
seen="new size"
for size in 120x40 160x45 120x40; do
  [ "$size" = 160x45 ] && seen="seen before"
  tmux resize-window -t review -x "${size%x*}" -y "${size#*x}"
  echo "review, resize to $size ($seen): $(waitfor review "room ${size%x*}x") s"
done

for name in ref chain; do
  s="zoom-$name"
  tmux new-session -d -s "$s" -x 160 -y 45 "env $env $M open $name.yaml; sleep 60"
  waitfor "$s" NORMAL >/dev/null
  sleep 1
  tmux send-keys -t "$s" z
  echo "$name.yaml, z to compact boxes: $(waitfor "$s" 'zoom: compact') s"
  tmux send-keys -t "$s" z
  echo "$name.yaml, z to fit to window: $(waitfor "$s" 'zoom: fit') s"
done
