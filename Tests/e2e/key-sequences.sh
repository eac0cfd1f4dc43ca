#!/usr/bin/env bash
# Home, End and Delete in their xterm and tmux forms (ESC [ 1 ~, ESC [ 4 ~, ESC [ 7 ~, ESC [ 8 ~,
# ESC [ H, ESC [ F, ESC O H, ESC O F, ESC [ 3 ~) work in the label prompt (Home and End in the
# notes editor too) under TERM=xterm-256color and tmux-256color, whichever of them the TERM entry
# names; a sequence the app has no key for (ESC [ 99 ~) is dropped whole: no Esc, no typed
# characters.
source "$(dirname "$0")/lib.sh"

cat >one.yaml <<'YAML'
mlsd: 1
title: One box
boxes:
- id: api
  label: Middle
  at: [2, 1]
  size: [16, 3]
YAML

for term in xterm-256color tmux-256color; do
  s="k-$term"
  start_term=$term start "$s" 100 30 open one.yaml
  check "$term: board shown" wait_for "$s" "Middle"
  n=0
  # home end: the sequences sent for Home and End; the label becomes <home-text>Middle<end-text>.
  for pair in $'\e[1~ \e[4~' $'\e[7~ \e[8~' $'\e[H \e[F' $'\eOH \eOF'; do
    read -r home end <<<"$pair"
    n=$((n + 1))
    keys "$s" Enter
    check "$term #$n: the label prompt opens" wait_for "$s" "LABEL"
    text "$s" "$home"
    text "$s" "A$n"
    text "$s" "$end"
    text "$s" "Z$n"
    text "$s" $'\e[99~'
    keys "$s" Enter
    check "$term #$n: Home and End move the cursor ($(printf %q "$home") $(printf %q "$end"))" wait_for "$s" "A${n}Middle"
    check "$term #$n: the text typed after End is at the end" wait_for "$s" "MiddleZ$n"
    check "$term #$n: no notes editor opened" bash -c "! grep -q 'NOTES' <<<\"\$1\"" _ "$(screen "$s")"
    # Back to Middle: Home, Delete twice, End, Backspace twice.
    keys "$s" Enter
    text "$s" "$home"
    text "$s" $'\e[3~\e[3~'
    text "$s" "$end"
    keys "$s" BSpace BSpace Enter
    check "$term #$n: Delete (ESC [ 3 ~) removes the characters at the cursor" wait_gone "$s" "A$n"
    check "$term #$n: and Backspace after End the last ones" wait_gone "$s" "Z$n"
    check "$term #$n: the label is Middle again" wait_for "$s" " Middle "
  done
  # The notes editor takes them too.
  keys "$s" 1
  check "$term notes: the editor opens" wait_for "$s" "NOTES"
  text "$s" "mid"
  text "$s" $'\e[1~'
  text "$s" "A"
  text "$s" $'\e[4~'
  text "$s" "Z"
  check "$term notes: Home and End (ESC [ 1 ~, ESC [ 4 ~) move the cursor" wait_for "$s" "AmidZ"
  keys "$s" Escape
  check "$term notes: Esc closes the editor" wait_gone "$s" "NOTES"
  keys "$s" :
  text "$s" "q!"
  keys "$s" Enter
  check "$term: :q! quits (status $(wait_exit "$s"))" [ "$(cat "$work/$s.status")" = "0" ]
done

finish
