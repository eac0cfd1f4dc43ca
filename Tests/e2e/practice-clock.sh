#!/usr/bin/env bash
# A short practice session reads its clock honestly, at 80×24 and 160×45 (`mlsd practice -t
# news-feed --minutes 5`, real time): the briefing says the clock starts with a key, as the
# status line does, and shows its last line; a few seconds into step 6 the status line reads
# "Serving 0:0N/0:53" (seconds against the scaled budget), not over budget; the panel shows the
# scaled budget, not the template's minutes.
source "$(dirname "$0")/lib.sh"

for size in "80 24" "160 45"; do
  set -- $size
  w=$1 h=$2
  s="clock$w"
  tag="${w}x${h}"
  start "$s" "$w" "$h" practice -t news-feed --minutes 5 "clock-$w.yaml"
  check "$tag: the briefing shows" wait_for "$s" "Practice: Personalised news feed"
  check "$tag: the status line waits for a key" wait_for "$s" "Press any key to start the clock"
  check "$tag: the briefing says the same" wait_for "$s" "The clock starts when you press a key."
  check "$tag: the briefing's last line is on screen" wait_for "$s" "opens the review."
  budget=$(screen "$s" | sed -n 's/.*6\. Deployment and serving *\([0-9]*:[0-9][0-9]\).*/\1/p')
  check "$tag: the briefing gives serving's budget ($budget)" test -n "$budget"
  keys "$s" Enter
  check "$tag: the clock starts on a key" wait_for "$s" "Practice 0:"
  keys "$s" 6
  check "$tag: step 6's notes open" wait_for "$s" "notes"
  keys "$s" Escape
  check "$tag: the step clock moves to serving, in seconds against its budget" wait_for "$s" "Serving 0:0" 5
  check "$tag: against the scaled budget" wait_for "$s" "/$budget" 5
  sleep 3
  check "$tag: a few seconds in, serving is not over budget" wait_gone "$s" "over budget" 1
  check "$tag: the panel shows the scaled budget" wait_for "$s" "6. Serving (~$budget)"
  check "$tag: not the template's minutes" wait_gone "$s" "Serving (~8 min)" 1
  keys "$s" :
  text "$s" "q!"
  keys "$s" Enter
  check "$tag: quits" test "$(wait_exit "$s")" != timeout
done
finish
