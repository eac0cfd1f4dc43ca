#!/usr/bin/env bash
# Keys and questions a user tester found dead or hidden, at 80×24 and at 160×45: Ctrl-C in the
# notes editor, the add palette and a prompt closes it as Esc does (the notes kept) and says a
# second one quits; the quit question shows and is answered on the "too small" screen; the
# unsaved work of a killed session is offered in a window, and "later" offers it again next
# time; the merge window cuts no line; a deleted file is called deleted; `r` stops where the
# label's first word shows.
source "$(dirname "$0")/lib.sh"

board() { # FILE: a board with one box "Feature store"
  cat >"$1" <<'YAML'
mlsd: 1
title: Questions
boxes:
  - {id: fs, label: Feature store, at: [2, 2]}
YAML
}

for size in 80x24 160x45; do
  w=${size%x*} h=${size#*x}
  b="q$size.yaml"
  board "$b"

  # Ctrl-C in the notes editor, the palette and the command line.
  start "c$size" "$w" "$h" open "$b"
  check "$size: the board opens" wait_for "c$size" "Feature store"
  keys "c$size" 1
  check "$size: the notes editor opens" wait_for "c$size" "notes (Esc done)"
  text "c$size" "p99 under 80 ms"
  keys "c$size" C-c
  check "$size: Ctrl-C closes the notes and says a second one quits" wait_for "c$size" "again quits"
  check "$size: the notes are kept" wait_for "c$size" "p99 under 80 ms"
  keys "c$size" a
  check "$size: the add palette opens" wait_for "c$size" "Add a box"
  keys "c$size" C-c
  check "$size: Ctrl-C closes the palette" wait_gone "c$size" "Add a box"
  check "$size: and says so" wait_for "c$size" "Closed, as Esc does; Ctrl-C again quits"
  keys "c$size" :
  check "$size: the command line opens" wait_for "c$size" "COMMAND"
  keys "c$size" C-c
  check "$size: Ctrl-C closes it" wait_for "c$size" "NORMAL"
  # Quit with the notes unsaved, then shrink the window: the question stays answerable.
  keys "c$size" C-c
  check "$size: the next Ctrl-C asks about the unsaved notes" wait_for "c$size" "Save before quitting?"
  tmux resize-window -t "$(session "c$size")" -x 40 -y 12
  check "$size: at 40x12 the screen says it is too small" wait_for "c$size" "Terminal too"
  check "$size: and shows the question" wait_for "c$size" "Save before quitting?"
  keys "c$size" y
  check "$size: y saves and quits there" test "$(wait_exit "c$size")" = 0
  check "$size: the notes are in the file" grep -q "p99 under 80 ms" "$b"

  # The unsaved work of a killed session: a window, and "later".
  start "k$size" "$w" "$h" open "$b"
  check "$size: reopened" wait_for "k$size" "Feature store"
  touch "$work/mark"
  keys "k$size" a
  text "k$size" "Zqxw"
  keys "k$size" Enter
  check "$size: a box is added" wait_for "k$size" "Added Zqxw"
  wait_until 20 recovered_since "$work/mark" Zqxw
  kill -TERM "$(app_pid "k$size")"
  check "$size: killed with the work in the recovery file" test "$(wait_exit "k$size")" = 143
  start "r$size" "$w" "$h" open "$b"
  check "$size: the recovery offer is a window" wait_for "r$size" "Unsaved work from an earlier session"
  check "$size: saying what it holds" wait_for "r$size" "add 'Zqxw'"
  check "$size: with restore" wait_for "r$size" "y    restore it"
  check "$size: discard" wait_for "r$size" "n    discard it"
  check "$size: and later" wait_for "r$size" "Esc  decide later"
  keys "r$size" Escape
  check "$size: Esc keeps it for later" wait_for "r$size" "kept for later"
  keys "r$size" q
  check "$size: quits clean" test "$(wait_exit "r$size")" = 0
  start "l$size" "$w" "$h" open "$b"
  check "$size: the next open offers it again" wait_for "l$size" "Unsaved work from an earlier session"
  keys "l$size" y
  check "$size: y restores it" wait_for "l$size" "Restored the unsaved work"
  check "$size: the box is back" wait_for "l$size" "Zqxw"

  # r stops where the first word shows.
  keys "l$size" /
  text "l$size" "Feature"
  keys "l$size" Enter
  keys "l$size" r
  for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do keys "l$size" Left; done
  check "$size: r stops at the narrowest that shows a word" wait_for "l$size" 'narrowest: "Feature" shows'
  keys "l$size" Enter
  check "$size: the box shows the word" wait_for "l$size" "Feature …"
  keys "l$size" C-s
  check "$size: saved" wait_for "l$size" "Saved $b"

  # A merge conflict at this size: the window's lines are whole.
  keys "l$size" /
  text "l$size" "Zqxw"
  keys "l$size" Enter
  keys "l$size" Enter C-u
  text "l$size" "Mine"
  keys "l$size" Enter
  sed -i 's/label: Zqxw/label: Theirs/' "$b"
  check "$size: their change is asked about" wait_for "l$size" "changed on disk" 5
  answer "l$size" m
  check "$size: the merge window shows the conflict" wait_for "l$size" "Merge conflicts (1)"
  check "$size: its keys are whole" wait_for "l$size" "Esc  back to the choices"
  panel=$((w * 3 / 10 > 44 ? 44 : (w * 3 / 10 < 30 ? 30 : w * 3 / 10)))
  uncut() { # SESSION COLUMNS: no line ends cut in "…" left of the panel (the shrunk box aside)
    screen "$1" | python3 -c '
import sys
width = int(sys.argv[1])
cut = [l[:width] for l in sys.stdin.read().split("\n") if "…" in l[:width] and "Feature …" not in l]
if cut: print("\n".join(cut), file=sys.stderr)
sys.exit(1 if cut else 0)' "$2"
  }
  check "$size: no line of the window or the status line is cut" uncut "l$size" $((w - panel))
  keys "l$size" Escape Escape
  rm "$b"
  check "$size: a deleted file is called deleted" wait_for "l$size" "$b was deleted" 5
  check "$size: not saved by someone" bash -c "! tmux capture-pane -p -t '$(session "l$size")' | grep -q 'Someone saved'"
  # The window opened by itself right after keys: it drops keys that follow them at once.
  answer "l$size" q
  check "$size: q asks about the unsaved work" wait_for "l$size" "Save before quitting?"
  keys "l$size" n
  check "$size: n quits" test "$(wait_exit "l$size")" = 0
done
finish
