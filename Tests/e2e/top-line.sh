#!/usr/bin/env bash
# The unsaved mark "[+]" always shows: a board in a deep folder with a long title, one box added,
# at 80, 60 and 40 columns (the last too small to draw the board: its notice says so), and the
# top line keeps the file's own name where the app is drawn.
source "$(dirname "$0")/lib.sh"

top_has() { screen "$1" | head -1 | grep -qF -- "$2"; }
dir="interviews/2026/december/practice-rounds/boards"
mkdir -p "$dir"
file="$dir/youtube-video-search.yaml"
"$M" new "$file" -t youtube-video-search >/dev/null || fail "mlsd new"
s=top
start "$s" 80 24 open "$file"
check "the app starts" wait_for "$s" "NORMAL"
keys "$s" a
text "$s" "kafka"
keys "$s" Enter
check "a box is added" wait_for "$s" "Added"
for w in 80 60; do
  tmux resize-window -t "$(session "$s")" -x "$w" -y 24
  check "$w columns: the top line shows [+]" wait_until 20 top_has "$s" "[+]"
  check "$w columns: and the file's name" wait_until 20 top_has "$s" "/youtube-video-search.yaml"
done
tmux resize-window -t "$(session "$s")" -x 40 -y 24
check "40 columns: the too-small notice says there are unsaved changes" wait_for "$s" "[+] Unsaved changes."
tmux resize-window -t "$(session "$s")" -x 80 -y 24
check "back at 80 columns" wait_for "$s" "NORMAL"
keys "$s" C-s
check "saved" wait_for "$s" "Saved"
check "the mark goes once saved" bash -c "! tmux capture-pane -p -t $(session "$s") | head -1 | grep -qF '[+]'"
keys "$s" q
check "quits cleanly" test "$(wait_exit "$s")" = 0
finish
