#!/usr/bin/env bash
# A click never moves anything, at 80x24 and 120x40: a click on the title of a group taller than
# the window selects it (the view does not scroll, the board stays clean) and a double-click
# renames it; a click on a box cut off by the status line selects it without nudging it; a drag
# whose release was lost (let go outside the window) ends with Esc, its box goes back, and a
# later click on empty canvas moves nothing. The presses are raw SGR reports, as a terminal sends.
source "$(dirname "$0")/lib.sh"

reference_board generic-ml-pipeline ref.yaml

# empty_cell SESSION: "COLUMN ROW" (1-based) of a blank canvas cell with blank cells around it
# (five columns either side, a row above and below), left of the side panel.
empty_cell() {
  screen "$1" | python3 -c '
import sys
lines = sys.stdin.read().split("\n")
width = max(len(l) for l in lines)
lines = [l.ljust(width) for l in lines]
for row in range(3, len(lines) - 3):
    for col in range(6, width // 2):
        if all(lines[r][col - 5:col + 6].strip() == "" for r in (row - 1, row, row + 1)):
            print(col + 1, row + 1)
            sys.exit(0)
'
}

top_line() { screen "$1" | head -1; }

for size in "80 24" "120 40"; do
  read -r w h <<<"$size"
  tag="${w}x$h"
  cp ref.yaml "g$w.yaml"
  start "g$w" "$w" "$h" open "g$w.yaml"
  check "$tag: board shown" wait_for "g$w" "┄ Offline"
  # A box whose bottom rows are under the status line: a click on its top line of text.
  read -r bcol brow < <(screen "g$w" | python3 -c '
import sys
lines = sys.stdin.read().split("\n")
h = int(sys.argv[1])
# The canvas last row is h-1 (1-based): a box text line on one of its last three rows whose
# bottom border is on that last row or hidden under the status line.
for row in (h - 1, h - 2, h - 3):
    line = lines[row - 1]
    for col, ch in enumerate(line[: len(line) // 2]):
        if ch == "│" and col + 3 < len(line) and line[col + 2].isalpha():
            below = lines[row:h - 2]
            if all(not l[col:col + 1] == "└" for l in below):
                print(col + 3, row)
                sys.exit(0)
' "$h")
  if [ -n "${brow:-}" ]; then
    label_row=$(screen "g$w" | sed -n "${brow}p")
    mouse "g$w" press "$bcol" "$brow"
    mouse "g$w" release "$bcol" "$brow"
    sleep 0.3
    check "$tag: a click on a box cut off at the bottom (row $brow) moves nothing" \
      bash -c "! grep -q 'Moved' <<<\"\$1\"" _ "$(screen "g$w" | tail -1)"
    check "$tag: and does not scroll (row $brow shows the same text)" \
      [ "$(screen "g$w" | sed -n "${brow}p" | tr -d '│┃')" = "$(tr -d '│┃' <<<"$label_row")" ]
    check "$tag: the board is still clean" bash -c "! grep -qF '[+]' <<<\"\$1\"" _ "$(top_line "g$w")"
  else
    fail "$tag: found no box cut off at the bottom of the canvas"
  fi
  read -r col row < <(locate "g$w" "┄ Offline")
  col=$((col + 3))
  read -r _ lake_row < <(locate "g$w" "Data lake")
  mouse "g$w" press "$col" "$row"
  mouse "g$w" release "$col" "$row"
  check "$tag: a click on the tall group's title selects it" wait_for "g$w" "Group Offline:"
  check "$tag: the title is still on row $row (the view did not scroll)" \
    bash -c "sed -n '${row}p' <<<\"\$1\" | grep -qF '┄ Offline'" _ "$(screen "g$w")"
  check "$tag: nothing moved (no status of a move)" bash -c "! grep -q 'Moved' <<<\"\$1\"" _ "$(screen "g$w" | tail -1)"
  check "$tag: the board is clean (no [+])" bash -c "! grep -qF '[+]' <<<\"\$1\"" _ "$(top_line "g$w")"
  check "$tag: Data lake is still on row $lake_row" [ "$(locate "g$w" "Data lake" | cut -d' ' -f2)" = "$lake_row" ]
  sleep 0.5
  mouse "g$w" press "$col" "$row"
  mouse "g$w" release "$col" "$row"
  mouse "g$w" press "$col" "$row"
  mouse "g$w" release "$col" "$row"
  check "$tag: a double-click on the title renames the group" wait_for "g$w" "Group title: Offline"
  keys "g$w" Escape
  check "$tag: Esc leaves the rename" wait_gone "g$w" "Group title"
  check "$tag: still clean" bash -c "! grep -qF '[+]' <<<\"\$1\"" _ "$(top_line "g$w")"

  keys "g$w" q
  check "$tag: q quits without asking to save (status $(wait_exit "g$w"))" [ "$(cat "$work/g$w.status")" = "0" ]
  check "$tag: the file is unchanged" cmp -s ref.yaml "g$w.yaml"

  # --- A drag whose release never comes: Esc ends it and puts the box back.
  cp ref.yaml "d$w.yaml"
  start "d$w" "$w" "$h" open "d$w.yaml"
  check "$tag lost release: board shown" wait_for "d$w" "Event stream"
  read -r col row < <(locate "d$w" "Event stream")
  mouse "d$w" press "$col" "$row"
  mouse "d$w" drag $((col + 4)) $((row + 1))
  mouse "d$w" drag $((col + 8)) $((row + 2))
  check "$tag lost release: the box follows the drag" wait_for "d$w" "[+]"
  keys "d$w" Escape
  check "$tag lost release: Esc puts the box back" wait_until 10 bash -c "tmux capture-pane -p -t '$(session "d$w")' | sed -n '${row}p' | grep -q 'Event stream'"
  check "$tag lost release: the board is clean again" wait_gone "d$w" "[+]"
  keys "d$w" j
  read -r ecol erow < <(empty_cell "d$w")
  mouse "d$w" press "$ecol" "$erow"
  mouse "d$w" release "$ecol" "$erow"
  sleep 0.4
  check "$tag lost release: a later click on empty canvas ($ecol,$erow) moves nothing" \
    bash -c "! grep -q 'Moved' <<<\"\$1\"" _ "$(screen "d$w" | tail -1)"
  check "$tag lost release: still clean" bash -c "! grep -qF '[+]' <<<\"\$1\"" _ "$(top_line "d$w")"
  # A press with no release, then another press: the first drag ends, nothing moves.
  read -r col row < <(locate "d$w" "Event stream")
  mouse "d$w" press "$col" "$row"
  mouse "d$w" drag $((col + 3)) $((row + 1))
  mouse "d$w" press "$ecol" "$erow"
  mouse "d$w" release "$ecol" "$erow"
  sleep 0.4
  check "$tag lost release: a new press ends the old drag and moves nothing" \
    bash -c "! grep -qF '[+]' <<<\"\$1\"" _ "$(top_line "d$w")"
  keys "d$w" q
  check "$tag lost release: q quits without asking (status $(wait_exit "d$w"))" [ "$(cat "$work/d$w.status")" = "0" ]
  check "$tag lost release: the file is unchanged" cmp -s ref.yaml "d$w.yaml"
done

finish
