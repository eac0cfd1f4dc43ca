#!/usr/bin/env bash
# A window shrunk below 60x16 while text is typed changes no key's meaning (a tester's "quantile"
# quit through its q and discarded the board through its n): in the notes editor and in a label
# prompt the letters stay text, and the "too small" screen shows the line being typed. In normal
# mode q asks as always, and its n quits keeping a recovery file. At 80x24 and 120x40.
source "$(dirname "$0")/lib.sh"

for size in 80x24 120x40; do
  w=${size%x*} h=${size#*x}
  b="q$size.yaml"
  printf 'mlsd: 1\ntitle: Small window\nboxes: []\n' >"$b"

  # The notes editor.
  start "n$size" "$w" "$h" open "$b"
  check "$size: opened" wait_for "n$size" "NORMAL"
  keys "n$size" a
  text "n$size" "client"
  keys "n$size" Enter
  check "$size: a box is added" wait_for "n$size" "Added"
  keys "n$size" 1
  text "n$size" "We predict the "
  check "$size: the notes editor is open" wait_for "n$size" "We predict the"
  tmux resize-window -t "$(session "n$size")" -x 50 -y 15
  check "$size: at 50x15 the screen says it is too small" wait_for "n$size" "Terminal too small"
  text "n$size" "quantile"
  check "$size: the typed letters are text, shown there" wait_for "n$size" "quantile_"
  check "$size: nothing asked about quitting" bash -c "! tmux capture-pane -p -t '$(session "n$size")' | grep -q 'Save before quitting'"
  tmux resize-window -t "$(session "n$size")" -x "$w" -y "$h"
  check "$size: back at full size, still in the notes editor" wait_for "n$size" "NOTES"
  keys "n$size" Escape
  keys "n$size" C-s
  check "$size: saved" wait_for "n$size" "Saved"
  check "$size: the whole sentence is in the file" grep -q "We predict the quantile" "$b"

  # A label prompt.
  keys "n$size" Enter
  keys "n$size" C-u
  text "n$size" "Web "
  check "$size: the label prompt is open" wait_for "n$size" "LABEL"
  tmux resize-window -t "$(session "n$size")" -x 50 -y 15
  check "$size: too small again" wait_for "n$size" "Terminal too small"
  text "n$size" "quantile"
  check "$size: the label is typed there" wait_for "n$size" "LABEL: Web quantile_"
  keys "n$size" Enter

  # Normal mode: q asks, n quits keeping a recovery file.
  check "$size: normal mode holds keys" wait_for "n$size" "keys are held"
  keys "n$size" q
  check "$size: q asks" wait_for "n$size" "keeping a recovery file"
  keys "n$size" n
  check "$size: n quits (status 0)" test "$(wait_exit "n$size")" = 0
  check "$size: the renamed box is in a recovery file" bash -c "grep -rqs 'Web quantile' '$XDG_DATA_HOME'"
  check "$size: not in the board file" bash -c "! grep -q 'Web quantile' '$b'"
  start "o$size" "$w" "$h" open "$b"
  check "$size: the next start offers it" wait_for "o$size" "Unsaved work from an earlier session"
  keys "o$size" y
  check "$size: and restores it" wait_for "o$size" "Web quantile"
  keys "o$size" C-q
  keys "o$size" n
done
finish
