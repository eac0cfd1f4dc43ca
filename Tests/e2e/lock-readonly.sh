#!/usr/bin/env bash
# The lock beside the recovery file: a second `open` warns at once and offers read-only; a
# read-only follower shows the writer's saves within a second and refuses to edit; headless
# commands refuse to write a board that is open; after kill -9 the stale lock is taken over.
source "$(dirname "$0")/lib.sh"

cat >lock.yaml <<'YAML'
mlsd: 1
title: Locked board
boxes:
  - {id: api, label: API gateway, at: [2, 2]}
YAML

start files-writer 120 36 open lock.yaml
check "the writer opens" wait_for files-writer "API gateway"
check "the lock file exists" bash -c "ls '$XDG_DATA_HOME'/mlsd/recovery/*.lock >/dev/null"

start files-second 120 36 open lock.yaml
check "a second open warns at once" wait_for files-second "lock.yaml is already open in mlsd" 5
check "and offers read-only, open anyway or quit" wait_for files-second "o    open anyway"
text files-second "r"
check "read-only says so in the status line" wait_for files-second "READ-ONLY"

"$M" new lock.yaml --force >out 2>err
status=$?
check "mlsd new over an open board exits 2 (got $status)" [ "$status" = 2 ]
check "and says who has it open" grep -q "open in the mlsd whiteboard (process" err

keys files-second a
check "an editing key in read-only says so" wait_for files-second "Read-only: this window follows the file"
check "and nothing was written" grep -q "API gateway" lock.yaml

keys files-writer a
text files-writer "Zqxw"
keys files-writer Enter
check "the writer adds a box" wait_for files-writer "Added"
keys files-writer C-s
check "the writer saves" wait_for files-writer "Saved lock.yaml"
saved_at=$(date +%s.%N)
check "the follower shows the new box" wait_for files-second "Zqxw" 3
elapsed=$(echo "$(date +%s.%N) - $saved_at" | bc)
echo "     (the follower showed it $elapsed s after the writer's save was on screen)"
check "within a second or so of the save" bash -c "echo '$elapsed < 1.5' | bc | grep -q 1"

pid=$(app_pid files-writer)
kill -9 "$pid"
writer_gone() { ! kill -0 "$pid" 2>/dev/null; }
check "the writer is gone" wait_until 20 writer_gone
start files-third 120 36 open lock.yaml
check "the stale lock is taken over with a message" wait_for files-third "Took over the lock of process $pid" 5
finish
