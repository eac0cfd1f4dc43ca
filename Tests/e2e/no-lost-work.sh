#!/usr/bin/env bash
# No lost work: the board's folder deleted under unsaved edits asks once, says so, and leaves the
# user free (Esc keeps editing, Save as works, quitting asks as usual); `:w FILE` and `:export`
# ask before replacing another file, refuse a board open in another mlsd and never export over
# the board's own file; headless `export -o` refuses a board open in the whiteboard.
source "$(dirname "$0")/lib.sh"

write_board() { # FILE TITLE LABEL
  printf 'mlsd: 1\ntitle: %s\nboxes:\n  - {id: api, label: %s, at: [2, 2]}\n' "$2" "$3" >"$1"
}

# The folder is deleted while there are unsaved edits.
mkdir gone
write_board gone/x.yaml "Doomed board" "API gateway"
start gone 120 30 open gone/x.yaml
check "gone: the board opens" wait_for gone "API gateway"
keys gone a
text gone "memcached"
keys gone Enter
check "gone: an unsaved edit" wait_for gone "Added"
rm -rf gone
check "gone: asked, saying the file was deleted" wait_for gone "x.yaml was deleted" 5
check "gone: not called someone else's save" bash -c "! tmux capture-pane -p -t '$(session gone)' | grep -q 'Someone saved'"
keys gone o
check "gone: o into the gone folder says so" wait_for gone "the folder gone no longer exists" 5
sleep 1.5
check "gone: not asked again after o failed" bash -c "! tmux capture-pane -p -t '$(session gone)' | grep -q 'deleted or moved away'"
keys gone q
check "gone: q asks about the unsaved edit" wait_for gone "Unsaved changes! Save before quitting?"
keys gone n
check "gone: and quits (status 0)" [ "$(wait_exit gone)" = 0 ]

# The file alone is deleted: Esc keeps editing quietly; Save as from the question works.
write_board del.yaml "Deleted board" "API gateway"
start del 120 30 open del.yaml
check "del: the board opens" wait_for del "API gateway"
keys del a
text del "memcached"
keys del Enter
check "del: an unsaved edit" wait_for del "Added"
rm del.yaml
check "del: asked" wait_for del "del.yaml was deleted" 5
keys del Escape
check "del: Esc keeps editing" wait_for del "your edits are kept"
sleep 1.5
check "del: Esc sticks while the file stays deleted" bash -c "! tmux capture-pane -p -t '$(session del)' | grep -q 'deleted or moved away'"
write_board del.yaml "Someone else's" "Feature store"
check "del: the file written again is a new change, asked about" wait_for del "changed on disk" 5
keys del s
check "del: the Save as prompt opens" wait_for del "Save as:"
text del "kept"
sleep 1.5
text del ".yaml"
check "del: the prompt is not taken over by the question" wait_for del "Save as: kept.yaml"
keys del Enter
check "del: saved elsewhere" wait_for del "Saved kept.yaml"
check "del: kept.yaml holds the edit" grep -qi "memcached" kept.yaml
check "del: the other writer's file is untouched" grep -q "Feature store" del.yaml

# :w and :export over other files.
write_board feed.yaml "Feed board" "Feed ranker"
write_board self.yaml "Self board" "Self service"
write_board other.yaml "Other board" "Other thing"
cp feed.yaml feed.before
cp other.yaml other.before
start holder 120 30 open feed.yaml
check "holder: another mlsd has feed.yaml open" wait_for holder "Feed ranker"
start self 120 30 open self.yaml
check "self: the board opens" wait_for self "Self service"
keys self :
text self "w feed.yaml"
keys self Enter
check "self: :w onto a board open in another mlsd is refused, naming the holder" wait_for self "is a board open in another mlsd (process"
check "self: feed.yaml is untouched" cmp -s feed.yaml feed.before
keys self :
text self "w other.yaml"
keys self Enter
check "self: :w onto an existing file asks" wait_for self "other.yaml exists: replace it?"
keys self n
check "self: n keeps it" wait_for self "other.yaml is kept as it was"
check "self: other.yaml is untouched" cmp -s other.yaml other.before
keys self :
text self "export mermaid self.yaml"
keys self Enter
check "self: no export over the board's own file" wait_for self "is this board's own file"
check "self: self.yaml is still a board" grep -q "^mlsd: 1" self.yaml
keys self :
text self "export svg other.yaml"
keys self Enter
check "self: :export over an existing file asks" wait_for self "other.yaml exists: replace it?"
keys self Escape
check "self: other.yaml is untouched after Esc" cmp -s other.yaml other.before
keys self :
text self "export mermaid feed.yaml"
keys self Enter
check "self: no export over a board open in another mlsd" wait_for self "Not exported: feed.yaml is a board open in another mlsd"
check "self: feed.yaml is still untouched" cmp -s feed.yaml feed.before

# Headless: export -o still replaces files, but not a board a whiteboard has open.
"$M" export self.yaml -f svg -o feed.yaml >out 2>err
status=$?
check "headless: export over an open board exits 2 (got $status)" [ "$status" = 2 ]
check "headless: says the board is open in the whiteboard" grep -q "open in the mlsd whiteboard" err
check "headless: feed.yaml is untouched" cmp -s feed.yaml feed.before
"$M" export self.yaml -f svg -o other.yaml >out 2>err
check "headless: export over a file no mlsd has open still replaces it" grep -q "<svg" other.yaml
finish
