#!/usr/bin/env bash
# Two mlsd on one board file, and a file changed by another program while open: no save replaces
# someone else's change without a choice; a merge keeps both writers' boxes; a conflict shows both
# versions and asks, and several conflicts are settled one at a time (with one choice for the
# rest, and undo after); a clean board follows the change on disk and says so, also when the change
# came while the lock question waited.
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
check "B is told A has the board open" wait_for files-b "o    open anyway" 5
text files-b "o"
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
answer files-b m
check "B merges and saves" wait_for files-b "Merged with the changes on disk" 5
check "the file holds A's box" grep -qi "kafka" shared.yaml
check "the file holds B's box" grep -qi "registry" shared.yaml

# Conflict: both rename the same box; the second is shown both versions and chooses.
write_board conflict.yaml
start files-c 120 36 open conflict.yaml
check "C opens" wait_for files-c "API gateway"
start files-d 120 36 open conflict.yaml
check "D is told C has the board open" wait_for files-d "o    open anyway" 5
text files-d "o"
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
answer files-d m
check "D sees the conflict" wait_for files-d "Merge conflicts (1)"
check "D sees which one it is" wait_for files-d "Conflict 1 of 1: box api"
check "D sees its version" wait_for files-d 'mine:   "Edge proxy"'
check "D sees theirs" wait_for files-d 'theirs: "Gateway v2"'
keys files-d t
check "D takes theirs and saves" wait_for files-d "1 conflict(s) settled: 1 theirs" 5
check "the file holds C's name" grep -q "Gateway v2" conflict.yaml

# Several conflicts, settled one by one: both rename three boxes; F keeps its own name for the
# first, takes theirs for the second and, with T, for the rest; then undo brings its own back.
cat >many.yaml <<'YAML'
mlsd: 1
title: Many conflicts
boxes:
  - {id: api, label: API gateway, at: [2, 2]}
  - {id: db, label: Database, at: [30, 2]}
  - {id: ml, label: Ranker, at: [58, 2]}
YAML
start files-g 120 36 open many.yaml
check "G opens" wait_for files-g "Ranker"
start files-f 120 36 open many.yaml
check "F is told G has the board open" wait_for files-f "o    open anyway" 5
text files-f "o"
check "F opens" wait_for files-f "Ranker"
rename_all() { # SESSION PREFIX: renames api, db, ml (l selects the box to the right)
  local s=$1 prefix=$2
  for name in Api Db Ml; do
    keys "$s" Enter C-u
    text "$s" "$prefix $name"
    keys "$s" Enter
    wait_for "$s" "$prefix $name" 5 >/dev/null
    keys "$s" l
  done
}
rename_all files-f Fx
rename_all files-g Gx
keys files-g C-s
check "G saves its names" wait_for files-g "Saved many.yaml"
keys files-f C-s
check "F is asked" wait_for files-f "changed on disk" 5
# Asked by the save, or by a look at the file before Ctrl-S came (then Ctrl-S went to the window).
answer files-f m
check "F is shown the first of three conflicts" wait_for files-f "Conflict 1 of 3: box api"
check "with both versions" wait_for files-f 'theirs: "Gx Api"'
keys files-f m
check "F is shown the second" wait_for files-f "Conflict 2 of 3: box db"
check "with the first's choice listed" wait_for files-f "box api: mine"
keys files-f t
keys files-f T
check "F's merge is saved" wait_for files-f "3 conflict(s) settled: 1 yours, 2 theirs" 5
check "the file keeps F's first name" grep -q "Fx Api" many.yaml
check "and G's other names" bash -c "grep -q 'Gx Db' many.yaml && grep -q 'Gx Ml' many.yaml && ! grep -q 'Fx Db' many.yaml"
keys files-f u
check "undo brings F's own names back" wait_for files-f "Fx Ml" 5

# A saves while B still waits at the lock question: B, opened anyway, shows A's save (it was
# read before the question) and its save keeps A's box.
write_board waiting.yaml
start files-w 120 36 open waiting.yaml
check "W opens" wait_for files-w "API gateway"
start files-v 120 36 open waiting.yaml
check "V is asked about W's lock" wait_for files-v "o    open anyway" 5
keys files-w a
text files-w "Zqwaiting"
keys files-w Enter
check "W adds a box" wait_for files-w "Added"
keys files-w C-s
check "W saves while V is asked" wait_for files-w "Saved waiting.yaml"
text files-v "o"
check "V, opened anyway, shows W's saved box" wait_for files-v "Zqwaiting" 5
keys files-v C-s
check "V saves" wait_for files-v "Saved waiting.yaml" 5
check "and W's box is still in the file" grep -q "Zqwaiting" waiting.yaml

# Changed by another program while open: a clean board reloads and says so.
write_board edited.yaml
start files-e 120 36 open edited.yaml
check "E opens" wait_for files-e "API gateway"
sleep 0.3
sed -i 's/API gateway/Edge router/' edited.yaml
check "E reloads the edited file" wait_for files-e "Edge router" 5
check "E says so" wait_for files-e "Reloaded edited.yaml: it changed on disk"
finish
