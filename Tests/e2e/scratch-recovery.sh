#!/usr/bin/env bash
# Scratch boards (no file) each keep their own recovery file: two open at once do not write over
# each other's unsaved work; a third started meanwhile is offered neither; after both are killed
# the next scratch board offers each in turn (n discards one, y restores the other); a clean quit
# leaves no recovery file and no lock behind.
source "$(dirname "$0")/lib.sh"

folder="$XDG_DATA_HOME/mlsd/recovery"
scratch_files() { ls "$folder"/scratch-*.yaml 2>/dev/null | grep -v '\.kept-'; }
count() { scratch_files | wc -l; }

start scratch-a 120 36
check "A opens a scratch board" wait_for scratch-a "NORMAL"
start scratch-b 120 36
check "B opens a scratch board" wait_for scratch-b "NORMAL"
check "B is not offered A's live work" bash -c "! tmux capture-pane -p -t '$(session scratch-b)' | grep -q 'Restore the unsaved'"
keys scratch-a a
text scratch-a "kafka"
keys scratch-a Enter
check "A adds a box" wait_for scratch-a "Added"
keys scratch-b a
text scratch-b "model registry"
keys scratch-b Enter
check "B adds a box" wait_for scratch-b "Added"
# The recovery file is written once edits pause (1.5 s).
deadline=$((SECONDS + 10))
while [ "$(count)" -lt 2 ] && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
check "two scratch recovery files, one per session (got $(count))" [ "$(count)" = 2 ]
check "one holds A's box" bash -c "grep -li kafka $folder/scratch-*.yaml | grep -q ."
check "the other holds B's box" bash -c "grep -li registry $folder/scratch-*.yaml | grep -q ."
check "no file holds both" bash -c "! grep -li kafka \$(grep -li registry $folder/scratch-*.yaml)"
check "each session holds a lock beside its file" [ "$(ls "$folder"/scratch-*.lock | wc -l)" = 2 ]

# A third scratch board while both run: offered nothing, and its clean quit removes only its own.
start scratch-c 120 36
check "C opens" wait_for scratch-c "NORMAL"
sleep 0.5
check "C is offered neither live session's work" bash -c "! tmux capture-pane -p -t '$(session scratch-c)' | grep -q 'Restore the unsaved'"
keys scratch-c q
check "C quits cleanly" [ "$(wait_exit scratch-c 10)" = 0 ]
check "A's and B's files are still there" [ "$(count)" = 2 ]
check "C's lock is gone" [ "$(ls "$folder"/scratch-*.lock | wc -l)" = 2 ]

# Both killed: the next scratch board offers their work one at a time.
pids=()
for s in scratch-a scratch-b; do
  pids+=("$(app_pid $s)")
  kill -9 "${pids[-1]}"
done
gone() { ! kill -0 "${pids[0]}" 2>/dev/null && ! kill -0 "${pids[1]}" 2>/dev/null; }
wait_until 20 gone
start scratch-d 120 36
check "D offers the first ended session's board" wait_for scratch-d "Restore the unsaved scratch board of an ended session" 5
check "and says another follows" wait_for scratch-d "1 more after it"
keys scratch-d n
check "n asks about the next" wait_gone scratch-d "1 more after it" 5
check "the discarded file is gone" [ "$(count)" = 1 ]
left=$(scratch_files)
if grep -qi kafka "$left"; then want="Kafka"; else want="registry"; fi
keys scratch-d y
check "y restores the other board" wait_for scratch-d "Restored the unsaved scratch board" 5
check "its box is on the screen" bash -c "tmux capture-pane -p -t '$(session scratch-d)' | grep -qi '$want'"
check "the ended session's file became D's own" bash -c "[ \"\$(ls $folder/scratch-*.yaml | wc -l)\" = 1 ] && [ ! -e '$left' ] && grep -qi '$want' $folder/scratch-*.yaml"
check "the killed sessions' locks are gone" [ "$(ls "$folder"/scratch-*.lock | wc -l)" = 1 ]
keys scratch-d q
check "quitting with unsaved work asks" wait_for scratch-d "Unsaved changes" 5
keys scratch-d n
check "D quits" [ "$(wait_exit scratch-d 10)" = 0 ]
check "a clean quit leaves no recovery file" [ "$(count)" = 0 ]
check "and no lock" [ "$(ls "$folder"/scratch-*.lock 2>/dev/null | wc -l)" = 0 ]
finish
