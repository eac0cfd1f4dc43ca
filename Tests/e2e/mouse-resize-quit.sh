#!/usr/bin/env bash
# The whiteboard's terminal behaviour end to end: SGR (and, under tmux's TERM, X10) mouse clicks and drags, resizing below the
# minimum and back, the unsaved-changes prompt, the recovery file after SIGTERM (and after SIGHUP
# with a note half typed), and the message
# when stdin or stdout is not a terminal.
source "$(dirname "$0")/lib.sh"

cat >two.yaml <<'YAML'
mlsd: 1
title: Two boxes
boxes:
- id: left
  label: Alpha
  at: [2, 1]
  size: [11, 3]
- id: right
  label: Omega
  at: [30, 1]
  size: [11, 3]
YAML

# --- Mouse: click selects, drag inside moves, drag from the border connects, double-click edits.
start m 100 30 open two.yaml
check "mouse: board shown" wait_for m "Omega"
read -r col row < <(locate m "Omega")
mouse m press "$col" "$row"
mouse m release "$col" "$row"
keys m y p
check "mouse: a click selects the box (y p pasted a copy of it)" wait_for m "Pasted a copy of Omega"
keys m u
check "mouse: undo the paste" wait_for m "Undone"
read -r col row < <(locate m "Alpha")
mouse m press "$col" "$row"
mouse m drag "$col" $((row + 2))
mouse m drag "$col" $((row + 4))
mouse m release "$col" $((row + 4))
check "mouse: dragging inside a box moves it" wait_for m "Moved (u undoes)"
read -r col2 row2 < <(locate m "Alpha")
check "mouse: the box is 4 rows lower ($row → $row2)" [ "$row2" = $((row + 4)) ]
# From Alpha's right border (two columns after the label end plus padding) to Omega.
read -r ocol orow < <(locate m "Omega")
border=$((col2 + 5 + 2))
mouse m press "$border" "$row2"
mouse m drag $((border + 5)) "$row2"
mouse m drag "$ocol" "$orow"
mouse m release "$ocol" "$orow"
check "mouse: dragging from a border to another box connects them" wait_for m "Connected Alpha → Omega"
check "mouse: the arrow is drawn" bash -c "tmux capture-pane -p -t '$(session m)' | grep -qE '▶|▼|◀|▲'"
mouse m press "$ocol" "$orow"
mouse m release "$ocol" "$orow"
mouse m press "$ocol" "$orow"
check "mouse: double-click edits the label" wait_for m "LABEL"
keys m Escape
keys m :
text m "q!"
keys m Enter
check "mouse: :q! quits (status $(wait_exit m))" [ "$(cat "$work/m.status")" = "0" ]

# --- Mouse under tmux's own TERM: its terminfo entry decodes X10 reports (kmous=\E[M), so the app
# asks for those, and a click and a drag arrive as mouse events, not as typed keys.
# What the app asks the terminal for, read from its output: SGR reports (1006) only where the
# TERM entry decodes them.
for term in tmux-256color xterm-256color; do
  name="$(session "modes-$term")"
  sessions+=("$name")
  tmux new-session -d -s "$name" -x 100 -y 30 -c "$work" \
    "sleep 0.5; env HOME='$HOME' LANG=C.UTF-8 TERM=$term '$M' open two.yaml; sleep 600"
  tmux pipe-pane -o -t "$name" "cat > '$work/modes-$term.out'"
  wait_for "modes-$term" "Omega" >/dev/null
  keys "modes-$term" :
  text "modes-$term" "q!"
  keys "modes-$term" Enter
  sleep 0.3
done
check "mouse (TERM=tmux-256color): the app asks for button reports, not SGR ones" \
  bash -c "grep -qF $'\e[?1002h' '$work/modes-tmux-256color.out' && ! grep -qF $'\e[?1006h' '$work/modes-tmux-256color.out'"
check "mouse (TERM=xterm-256color): the app asks for SGR reports" grep -qF $'\e[?1006h' "$work/modes-xterm-256color.out"
start_term=tmux-256color start x10 100 30 open two.yaml
check "mouse (TERM=tmux-256color): board shown" wait_for x10 "Omega"
read -r col row < <(locate x10 "Omega")
mouse_x10 x10 press "$col" "$row"
mouse_x10 x10 release "$col" "$row"
keys x10 y p
check "mouse (TERM=tmux-256color): a click selects the box" wait_for x10 "Pasted a copy of Omega"
keys x10 u
read -r col row < <(locate x10 "Alpha")
mouse_x10 x10 press "$col" "$row"
mouse_x10 x10 drag "$col" $((row + 2))
mouse_x10 x10 release "$col" $((row + 2))
check "mouse (TERM=tmux-256color): dragging inside a box moves it" wait_for x10 "Moved (u undoes)"
check "mouse (TERM=tmux-256color): no report was typed as keys" bash -c "! tmux capture-pane -p -t '$(session x10)' | grep -q 'NOTES\|LABEL'"
keys x10 :
text x10 "q!"
keys x10 Enter
check "mouse (TERM=tmux-256color): :q! quits (status $(wait_exit x10))" [ "$(cat "$work/x10.status")" = "0" ]

# --- Resize below the minimum and back.
start r 80 24 open two.yaml
check "resize: full screen at 80x24" wait_for r "NORMAL"
tmux resize-window -t "$(session r)" -x 30 -y 10
check "resize: 30x10 says the terminal is too small" wait_for r "Terminal too small"
check "resize: and how large it must be" wait_for r "60×16"
tmux resize-window -t "$(session r)" -x 80 -y 24
check "resize: back to 80x24 draws the full screen" wait_for r "NORMAL"
check "resize: the board is back" wait_for r "Omega"
check "resize: the message is gone" wait_gone r "Terminal too small"
tmux resize-window -t "$(session r)" -x 200 -y 60
check "resize: grows to 200x60" wait_for r "Monitoring and infrastructure"
keys r q
check "resize: quits cleanly" [ "$(wait_exit r)" = "0" ]

# --- Quitting with unsaved changes asks; Esc stays; n quits without saving.
cp two.yaml keep.yaml
start q 100 30 open keep.yaml
check "unsaved: started" wait_for q "Alpha"
keys q x
check "unsaved: deleted a box" wait_for q "Deleted"
keys q q
check "unsaved: quitting asks" wait_for q "Unsaved changes! Save before quitting?"
keys q Escape
check "unsaved: Esc stays in the app" wait_for q "NORMAL"
keys q q
check "unsaved: asks again" wait_for q "Unsaved changes!"
keys q n
check "unsaved: n quits (status $(wait_exit q))" [ "$(cat "$work/q.status")" = "0" ]
check "unsaved: the file is unchanged" cmp -s two.yaml keep.yaml
# y saves and quits.
start q2 100 30 open keep.yaml
check "unsaved+y: started" wait_for q2 "Alpha"
keys q2 x q
check "unsaved+y: asks" wait_for q2 "Unsaved changes!"
keys q2 y
check "unsaved+y: saves and quits (status $(wait_exit q2))" [ "$(cat "$work/q2.status")" = "0" ]
check "unsaved+y: the file lost the deleted box" bash -c "! grep -q 'label: Omega' keep.yaml || ! grep -q 'label: Alpha' keep.yaml"

# --- SIGTERM leaves a recovery file that the next open offers.
cp two.yaml rec.yaml
start t 100 30 open rec.yaml
check "recovery: started" wait_for t "Alpha"
keys t a
text t "mlflow"
keys t Enter
check "recovery: added a box" wait_for t "Added Model registry"
pid=$(app_pid t)
kill -TERM "$pid"
status=$(wait_exit t)
check "recovery: SIGTERM ends the app with status 143 (got $status)" [ "$status" = "143" ]
check "recovery: the terminal is restored (shell prompt back, no alternate screen)" bash -c "! tmux capture-pane -p -t '$(session t)' | grep -q NORMAL"
check "recovery: the exit message says where the work went" wait_for t "unsaved work is in the recovery file"
check "recovery: a recovery file exists" bash -c "ls '$XDG_DATA_HOME'/mlsd/recovery/*.yaml >/dev/null 2>&1"
check "recovery: the board file is untouched" cmp -s two.yaml rec.yaml
start t2 100 30 open rec.yaml
check "recovery: the next open offers to restore" wait_for t2 "Restore it?"
keys t2 y
check "recovery: restored" wait_for t2 "Model registry"
keys t2 C-s
check "recovery: saved" wait_for t2 "Saved rec.yaml"
keys t2 q
wait_exit t2 >/dev/null
check "recovery: the recovery file is gone after saving" bash -c "! ls '$XDG_DATA_HOME'/mlsd/recovery/*.yaml >/dev/null 2>&1"
check "recovery: the file has the restored box" grep -q "label: Model registry" rec.yaml

# --- SIGHUP (the terminal closed) in the middle of a note: the typed text, not yet in the board,
# goes to the recovery file too.
cp two.yaml hup.yaml
start h 100 30 open hup.yaml
check "hup: started" wait_for h "Alpha"
keys h 3
check "hup: the notes editor is open" wait_for h "NOTES"
text h "Hold out the last week by time"
check "hup: typed" wait_for h "last week by time"
pid=$(app_pid h)
kill -HUP "$pid"
status=$(wait_exit h)
check "hup: SIGHUP ends the app with status 129 (got $status)" [ "$status" = "129" ]
check "hup: the exit message says where the work went" wait_for h "unsaved work is in the recovery file"
check "hup: the board file is untouched" cmp -s two.yaml hup.yaml
start h2 100 30 open hup.yaml
check "hup: the next open offers to restore" wait_for h2 "Restore it?"
keys h2 y
keys h2 C-s
check "hup: saved" wait_for h2 "Saved hup.yaml"
keys h2 q
wait_exit h2 >/dev/null
check "hup: the note typed before the signal is in the file" grep -q "Hold out the last week by time" hup.yaml

# --- Not a terminal.
"$M" open two.yaml </dev/null >out.txt 2>err.txt
status=$?
check "no tty: exit status 2 (got $status)" [ "$status" = "2" ]
check "no tty: the message points to the headless commands" grep -q "headless commands" err.txt

finish
