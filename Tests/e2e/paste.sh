#!/usr/bin/env bash
# A paste is text, never keys (bracketed paste, `tmux paste-buffer -p`), at 120×40: two lines
# pasted into a box's label editor ("Search logs" then "xxdd u") become one label and delete
# nothing; a paste on the board adds one box (u takes it back); a paste into a step's notes keeps
# its line breaks. The terminal is asked for bracketed paste while mlsd runs and not after.
source "$(dirname "$0")/lib.sh"

# boxes FILE: the labels of the saved board's boxes, one a line, in file order.
boxes() { "$M" export "$1" --format json | python3 -c 'import json, sys; [print(b["label"]) for b in json.load(sys.stdin)["boxes"]]'; }
# paste SESSION TEXT: pastes TEXT as a terminal does, bracketed when the application asked.
paste() {
  tmux set-buffer -b mlsd-e2e -- "$2"
  tmux paste-buffer -p -d -b mlsd-e2e -t "$(session "$1")"
}

s=paste
file=paste.yaml
"$M" new "$file" -t blank >/dev/null || fail "mlsd new"
start "$s" 120 40 open "$file"
check "the app starts" wait_for "$s" "NORMAL"
for label in "data source" "kafka" "feature store"; do
  keys "$s" a
  text "$s" "$label"
  keys "$s" Enter
  check "'$label' is added" wait_for "$s" "Added"
done
keys "$s" C-s
check "saved" wait_for "$s" "Saved $file"
before=$(boxes "$file" | wc -l)

keys "$s" Enter C-u
check "the label editor opens" wait_for "$s" "LABEL"
paste "$s" $'Search logs\nxxdd u'
sleep 0.3
check "the paste leaves the label editor open" wait_for "$s" "LABEL"
keys "$s" Enter
check "the box is renamed to both lines" wait_for "$s" "Search logs xxdd u"
keys "$s" C-s
check "saved again" wait_for "$s" "Saved $file"
check "no box was deleted" test "$(boxes "$file" | wc -l)" = "$before"
check "the label is the whole paste" grep -qx "Search logs xxdd u" <(boxes "$file")

paste "$s" $'Ranking service\nLightGBM'
check "a paste on the board adds a box" wait_for "$s" "Pasted as a new box 'Ranking service' (u undoes)"
check "the second line is its detail" wait_for "$s" "LightGBM"
keys "$s" u
check "u takes the pasted box back" wait_gone "$s" "LightGBM"

keys "$s" 1
check "the notes of step 1 open" wait_for "$s" "NOTES"
paste "$s" $'Users: viewers\nq\nLatency: 200 ms'
keys "$s" Escape
check "the notes close" wait_for "$s" "Notes of step 1 saved"
keys "$s" C-s
check "saved with the notes" wait_for "$s" "Saved $file"
check "the notes keep the pasted lines" grep -q "Users: viewers" "$file"
check "a pasted q stayed in the notes" grep -qx "    q" "$file"
check "and its last line" grep -q "Latency: 200 ms" "$file"

keys "$s" q
check "quits cleanly" test "$(wait_exit "$s")" = 0

# After mlsd quits, what the shell's next program reads from a paste has no bracket marks
# (tmux 3.3 has no format for the pane's paste mode, so `cat -v` shows what arrives).
after="${MLSD_E2E_PREFIX:-mlsd-e2e}-$$-after"
sessions+=("$after")
tmux new-session -d -s "$after" -x 80 -y 24 -c "$work" \
  "env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' LANG=C.UTF-8 TERM=xterm-256color '$M' open '$file'; stty sane; cat -v > after.txt"
check "mlsd starts again" wait_for after NORMAL
keys after q
# The paste goes once mlsd has ended (it turns bracketed paste off on its way out).
after_gone() { [ -z "$(app_pid after)" ]; }
wait_until 20 after_gone
paste after $'pasted after\n'
keys after C-d
check "a paste after quitting arrives without bracket marks" wait_until 20 grep -qx "pasted after" after.txt
finish
