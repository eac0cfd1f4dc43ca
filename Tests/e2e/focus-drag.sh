#!/usr/bin/env bash
# The window losing the focus ends a pending mouse drag, at 80x24 and 120x40: mlsd asks the
# terminal for focus reports (mode 1004); tmux, with its focus-events option on and a client
# attached, sends ESC [ O to a pane that stops being the one shown, as a terminal does when
# another window takes the focus. A box dragged, then the focus gone before the release, goes
# back, the status line says so, and the board is clean. The presses are raw SGR reports.
source "$(dirname "$0")/lib.sh"

reference_board generic-ml-pipeline ref.yaml

for size in "80 24" "120 40"; do
  read -r w h <<<"$size"
  tag="${w}x${h}"
  cp ref.yaml "f$w.yaml"
  start "f$w" "$w" "$h" open "f$w.yaml"
  s=$(session "f$w")
  # Focus reports go only to a pane of a window an attached, focused client shows; the window
  # keeps its size whatever the client's (window-size is set after new-window: tmux 3.3a's server
  # exits on a new window with no client when it is manual).
  tmux new-window -d -t "$s:" "sleep 600"
  tmux set -g focus-events on
  tmux set -g window-size manual
  # The client reads a pipe no one writes to; closing it (fd 3) ends the client.
  mkfifo "client$w"
  TERM=xterm-256color script -qfc "tmux attach -t '$s'" /dev/null <"client$w" >/dev/null 2>&1 &
  exec 3>"client$w"
  check "$tag focus: board shown" wait_for "f$w" "Event stream"
  check "$tag focus: a client is attached" wait_until 10 bash -c "tmux list-clients -t '$s' | grep -q ."
  read -r col row < <(locate "f$w" "Event stream")
  mouse "f$w" press "$col" "$row"
  mouse "f$w" drag $((col + 4)) $((row + 1))
  mouse "f$w" drag $((col + 8)) $((row + 2))
  check "$tag focus: the box follows the drag" wait_for "f$w" "[+]"
  # Another window takes the focus; the button is let go there (no release reaches mlsd).
  tmux select-window -t "$s:1"
  tmux select-window -t "$s:0"
  check "$tag focus: the drag ended and says so" wait_for "f$w" "The mouse drag had no release"
  check "$tag focus: the box is back" wait_until 10 bash -c "tmux capture-pane -p -t '$s' | sed -n '${row}p' | grep -q 'Event stream'"
  check "$tag focus: the board is clean again" wait_gone "f$w" "[+]"
  exec 3>&-
  tmux set -g window-size latest
  keys "f$w" q
  check "$tag focus: q quits without asking (status $(wait_exit "f$w"))" [ "$(cat "$work/f$w.status")" = "0" ]
  check "$tag focus: the file is unchanged" cmp -s ref.yaml "f$w.yaml"
done

finish
