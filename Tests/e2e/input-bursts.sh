#!/usr/bin/env bash
# Input that arrives at once: a burst of more than one batch of keys (an unbracketed paste, a fast
# tmux send, a laggy ssh link) is typed whole into the notes (bytes 501, 1002, 1503 were lost), and
# SGR mouse reports are read as the mouse under any TERM, never typed as keys into the notes.
source "$(dirname "$0")/lib.sh"

python3 -c "print(''.join('abcdefghijklmnopqrstuvwxyz'[i % 26] if i % 10 else ' ' for i in range(1, 1701)), end='')" >burst.txt

for size in 80x24 120x40; do
  w=${size%x*}
  h=${size#*x}
  "$M" new "b-$size.yaml" >/dev/null
  start "b$w" "$w" "$h" open "b-$size.yaml"
  check "burst $size: board shown" wait_for "b$w" "NORMAL"
  keys "b$w" 1
  check "burst $size: the notes of step 1 are open" wait_for "b$w" "NOTES"
  text "b$w" "$(cat burst.txt)"
  sleep 1
  keys "b$w" Escape
  keys "b$w" C-s
  check "burst $size: saved" wait_for "b$w" "Saved"
  check "burst $size: all 1700 characters of one burst are in the file" python3 - "b-$size.yaml" <<'PY'
import sys, yaml
want = open("burst.txt").read()
got = (yaml.safe_load(open(sys.argv[1]))["notes"]["requirements"] or "").rstrip("\n")
if got != want:
    print(f"typed {len(want)}, saved {len(got)}", file=sys.stderr)
    sys.exit(1)
PY
  keys "b$w" q
  wait_exit "b$w" >/dev/null
done

# --- SGR mouse reports under a TERM whose kmous is X10 (tmux's own, screen): read whole as the
# mouse, so a click selects and none of the report's digits opens a step's notes.
cat >two.yaml <<'YAML'
mlsd: 1
title: Two boxes
boxes:
- {id: left, label: Alpha, at: [2, 1], size: [11, 3]}
- {id: right, label: Omega, at: [30, 1], size: [11, 3]}
YAML
for term in tmux-256color screen; do
  for size in 80x24 120x40; do
    w=${size%x*}
    h=${size#*x}
    s="sgr-$term-$w"
    cp two.yaml "$s.yaml"
    start_term=$term start "$s" "$w" "$h" open "$s.yaml"
    check "sgr $term $size: board shown" wait_for "$s" "Omega"
    read -r col row < <(locate "$s" "Omega")
    mouse "$s" press "$col" "$row"
    mouse "$s" release "$col" "$row"
    keys "$s" y p
    check "sgr $term $size: a click selects the box" wait_for "$s" "Pasted a copy of Omega"
    keys "$s" u
    # Past the double-click time, so that the next press starts a drag and not a rename.
    sleep 0.8
    read -r col row < <(locate "$s" "Omega")
    mouse "$s" press "$col" "$row"
    mouse "$s" drag "$col" $((row + 3))
    mouse "$s" release "$col" $((row + 3))
    check "sgr $term $size: a drag moves the box, named" wait_for "$s" "Moved Omega (u undoes)"
    # A click on an empty cell far right (column 12 of the report is the "1" that opened notes).
    mouse "$s" press 12 $((h - 3))
    mouse "$s" release 12 $((h - 3))
    sleep 0.3
    check "sgr $term $size: no report was typed as keys" bash -c "! tmux capture-pane -p -t '$(session "$s")' | grep -q 'NOTES\|LABEL'"
    keys "$s" C-s
    check "sgr $term $size: saved" wait_for "$s" "Saved"
    check "sgr $term $size: the file has no notes typed by a report" bash -c "! grep -q '^notes:' '$s.yaml'"
    keys "$s" q
    wait_exit "$s" >/dev/null
  done
done
finish
