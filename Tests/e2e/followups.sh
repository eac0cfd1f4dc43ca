#!/usr/bin/env bash
# Follow-up questions end to end. In tmux at 120×40 on an accelerated clock (MLSD_CLOCK_SCALE=20:
# a 10-second pause takes half a real second): a few boxes drawn, then no key, and the
# interviewer asks; A opens the notes of its step, an answer there marks it answered, and the
# review (screen and :export review) says so. :ask on the plain whiteboard. Headless:
# `mlsd practice --report` on an empty board and on the reference design lists different
# follow-ups, and the reference's notes answer some.
source "$(dirname "$0")/lib.sh"

start_env=MLSD_CLOCK_SCALE=20
s=followups-practice
start "$s" 120 40 practice --template ad-click-prediction --pause 10 --follow-ups 2 practice.yaml
check "the briefing" wait_for "$s" "Press any key to start the clock"
keys "$s" Enter
check "the clock runs" wait_for "$s" "Practice 0:"
for box in kafk "feature store" ranker; do
  keys "$s" a
  text "$s" "$box"
  keys "$s" Enter
done
check "three boxes drawn" wait_for "$s" "Ranking"
# No key from here on: the pause alone brings the question.
# The ranker drawn, the model step weakest: the case study's question on calibration comes first.
check "the interviewer asks after a pause" wait_for "$s" "Interviewer · 4. Model" 10
check "the question is shown" wait_for "$s" "How do you get calibrated probabilities"
check "the panel says how to answer" wait_for "$s" "A answer in step 4's notes · S skip"
keys "$s" A
check "A opens the notes of its step" wait_for "$s" "4. Model development — notes"
check "the question shows while answering" wait_for "$s" "Follow-up: Clicks are about one impression"
text "$s" "We downsample negatives and keep the sampling rate, then recalibrate so the auction can use bid times probability."
keys "$s" Escape
check "the answer is recognised" wait_for "$s" "Follow-up answered in the notes of step 4" 10
check "the panel is gone once answered" wait_gone "$s" "Interviewer · 4." 10
keys "$s" :
text "$s" "done"
keys "$s" Enter
check "the review opens" wait_for "$s" "Practice review — Ad click prediction" 600
keys "$s" :
text "$s" "export review review.md"
keys "$s" Enter
check ":export review writes the file" wait_for "$s" "Exported the review to review.md"
check "the review lists the asked question as answered" \
  grep -q '^1\. \*\*answered\*\* · 4\. Model development — Clicks are about one impression' review.md
check "with the sentence that answers it" grep -q 'found \*recalibration\*: “We downsample negatives' review.md
check "the review has a rubric" grep -q '^| Communication of trade-offs | [0-3]/3 |' review.md
check "the session is in the history with its rubric" grep -q '"rubric":{' "$XDG_DATA_HOME/mlsd/history.jsonl"
check "and its follow-up counts" grep -q '"followups":{"answered":1,"asked":1}' "$XDG_DATA_HOME/mlsd/history.jsonl"
keys "$s" q
check "q asks to save" wait_for "$s" "Save before quitting"
keys "$s" n
status=$(wait_exit "$s")
check "quit with status 0 (got $status)" [ "$status" = "0" ]
check "mlsd stats shows the rubric" bash -c "'$M' stats | grep -q 'By rubric dimension (1 session with a rubric'"

# :ask on the whiteboard: no clock, one question on demand.
start_env=
"$M" new board.yaml --template visual-search >/dev/null
s=followups-ask
start "$s" 120 40 open board.yaml
check "the whiteboard opens" wait_for "$s" "template: visual-search"
keys "$s" :
text "$s" "ask"
keys "$s" Enter
check ":ask asks a follow-up" wait_for "$s" "Interviewer · "
keys "$s" S
check "S skips it" wait_for "$s" "Skipped the follow-up"
keys "$s" q
status=$(wait_exit "$s")
check "q quits the unchanged board (got $status)" [ "$status" = "0" ]

# Headless reviews of an empty board and of the reference design.
"$M" new empty.yaml --template news-feed >/dev/null
reference_board news-feed ref.yaml
"$M" practice --report empty.md empty.yaml >/dev/null
"$M" practice --report ref.md ref.yaml >/dev/null
questions() { grep -E '^[0-9]+\. \*\*' "$1" | sed -E 's/^[0-9]+\. \*\*[a-z, ]+\*\* · //'; }
check "the empty board triggers follow-ups" [ "$(questions empty.md | wc -l)" -gt 3 ]
check "none answered on the empty board" bash -c "! grep -q '^[0-9]*\. \*\*answered' empty.md"
check "the reference triggers other follow-ups" [ "$(questions empty.md)" != "$(questions ref.md)" ]
check "the reference's notes answer some" grep -q '^[0-9]*\. \*\*answered\*\*' ref.md
check "with evidence" grep -q '^    - found \*' ref.md
check "--follow-ups is checked" bash -c "'$M' practice --follow-ups 99 -t news-feed 2>&1 | grep -q 'follow-ups must be from 0 to 20'"

finish
