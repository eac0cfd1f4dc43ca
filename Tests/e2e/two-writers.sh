#!/usr/bin/env bash
# Two mlsd on one board file, and a file changed by another program while open: no save replaces
# someone else's change without a choice; a merge keeps both writers' boxes; a conflict shows both
# versions and asks; a clean board follows the change on disk and says so.
source "$(dirname "$0")/lib.sh"

write_board() {
  cat >"$1" <<'YAML'
mlsd: 1
title: Shared board
boxes:
  - {id: api, label: API gateway, at: [2, 2]}
YAML
}

# Merge: A adds Kafka and saves; B, with its own unsaved box, is asked and merges.
write_board shared.yaml
start files-a 120 36 open shared.yaml
check "A opens" wait_for files-a "API gateway"
start files-b 120 36 open shared.yaml
check "B is told A has the board open" wait_for files-b "[r]ead-only" 5
text files-b "o"
keys files-b Enter
check "B opens" wait_for files-b "API gateway"
keys files-b a
text files-b "model registry"
keys files-b Enter
check "B adds a box (unsaved)" wait_for files-b "Added"
keys files-a a
text files-a "kafka"
keys files-a Enter
check "A adds a box" wait_for files-a "Added"
keys files-a C-s
check "A saves" wait_for files-a "Saved shared.yaml"
check "B is asked instead of overwriting" wait_for files-b "changed on disk" 5
check "B offers a merge" wait_for files-b "m    merge"
check "the file still holds A's box" grep -qi "kafka" shared.yaml
check "B's box is not written without a choice" bash -c "! grep -qi 'registry' shared.yaml"
keys files-b m
check "B merges and saves" wait_for files-b "Merged with the changes on disk" 5
check "the file holds A's box" grep -qi "kafka" shared.yaml
check "the file holds B's box" grep -qi "registry" shared.yaml

# Conflict: both rename the same box; the second is shown both versions and chooses.
write_board conflict.yaml
start files-c 120 36 open conflict.yaml
check "C opens" wait_for files-c "API gateway"
start files-d 120 36 open conflict.yaml
check "D is told C has the board open" wait_for files-d "[r]ead-only" 5
text files-d "o"
keys files-d Enter
check "D opens" wait_for files-d "API gateway"
keys files-d Enter C-u
text files-d "Edge proxy"
keys files-d Enter
check "D renames (unsaved)" wait_for files-d "Edge proxy"
keys files-c Enter C-u
text files-c "Gateway v2"
keys files-c Enter C-s
check "C saves its rename" wait_for files-c "Saved conflict.yaml"
check "D is asked" wait_for files-d "changed on disk" 5
keys files-d m
check "D sees the conflict" wait_for files-d "Merge conflicts (1)"
check "D sees its version" wait_for files-d 'mine:   "Edge proxy"'
check "D sees theirs" wait_for files-d 'theirs: "Gateway v2"'
keys files-d t
check "D takes theirs and saves" wait_for files-d "settled with their version" 5
check "the file holds C's name" grep -q "Gateway v2" conflict.yaml

# Changed by another program while open: a clean board reloads and says so.
write_board edited.yaml
start files-e 120 36 open edited.yaml
check "E opens" wait_for files-e "API gateway"
sleep 0.3
sed -i 's/API gateway/Edge router/' edited.yaml
check "E reloads the edited file" wait_for files-e "Edge router" 5
check "E says so" wait_for files-e "Reloaded edited.yaml: it changed on disk"
finish
