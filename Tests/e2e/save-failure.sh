#!/usr/bin/env bash
# A save that fails (here: past a file-size limit, as on a full disk) keeps the board in memory,
# says why, leaves the file on disk as it was, and lets the user go on; the headless commands
# fail with a message and leave no partial file.
source "$(dirname "$0")/lib.sh"

"$M" new big.yaml -t generic-ml-pipeline --reference >/dev/null
cp big.yaml before.yaml

# Headless: a 4 KiB limit is far below the reference board's size.
(ulimit -f 4; "$M" new small-limit.yaml -t generic-ml-pipeline --reference) >out 2>err
status=$?
check "new past the size limit exits 2 (got $status)" [ "$status" = 2 ]
check "the message says why" grep -q "File too large" err
check "no file is left behind" bash -c "! ls small-limit.yaml .small-limit.yaml.tmp-* >/dev/null 2>&1"

# Interactive: edit, save under the limit, see the reason, keep working.
name="$(session limit)"
sessions+=("$name")
tmux new-session -d -s "$name" -x 120 -y 36 -c "$work" \
  "ulimit -f 4; env HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color '$M' open big.yaml; echo \$? > '$work/limit.status'; sleep 600"
check "the board opens" wait_for limit "Generic production ML pipeline"
keys limit a
text limit "memcached"
keys limit Enter
check "an edit is made" wait_for limit "Added Cache"
keys limit C-s
check "the failed save says why" wait_for limit "File too large"
check "the file on disk is unchanged" cmp -s big.yaml before.yaml
check "no temporary file is left" bash -c "! ls .big.yaml.tmp-* >/dev/null 2>&1"
check "the edit is still on the board" wait_for limit "Memcached"
keys limit :
text limit "q"
keys limit Enter
check "quitting still asks about the unsaved edit" wait_for limit "nsaved"
# A path into a folder that does not exist is refused, not made: a typo never creates folders.
start nodir 120 36 open before.yaml
check "nodir: the board opens" wait_for nodir "Generic production ML pipeline"
keys nodir :
text nodir "export svg missing/deeper/x.svg"
keys nodir Enter
check "nodir: the export fails and says why" wait_for nodir "Export failed"
check "nodir: no folder was created by the export" bash -c "[ ! -e missing ]"
keys nodir :
text nodir "w missing/deeper/b.yaml"
keys nodir Enter
check "nodir: the save fails and says why" wait_for nodir "Not saved"
check "nodir: no folder was created by the save" bash -c "[ ! -e missing ]"
finish
