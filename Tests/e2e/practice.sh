#!/usr/bin/env bash
# `mlsd practice` end to end at 120×40 on an accelerated clock (MLSD_CLOCK_SCALE=20: one real
# second counts as twenty): the briefing, the clock starting on a key, a box and step notes,
# the overrun warning, the checklist hidden, time up on a 5-minute session ending on the review,
# :export review compared by its headings, the history record, and quitting.
source "$(dirname "$0")/lib.sh"

# The accelerated clock, for every session this script starts.
start_env=MLSD_CLOCK_SCALE=20

s=prac
start "$s" 120 40 practice --template ad-click-prediction --minutes 5 practice.yaml
check "the briefing shows the prompt" wait_for "$s" "Practice: Ad click prediction on social platforms"
check "the briefing shows the step budgets" wait_for "$s" "Time per step"
check "the briefing waits for a key" wait_for "$s" "Press any key to start the clock"
sleep 1
check "the clock does not run on the briefing" wait_for "$s" "Press any key to start the clock"

keys "$s" Enter
check "the clock starts on a key" wait_for "$s" "Practice 0:"
check "the checklist tab is hidden" wait_gone "$s" "Checklist"
check "no score on the top line" bash -c "! tmux capture-pane -p -t $(session "$s") | head -1 | grep -q score"
keys "$s" a
text "$s" "kafk"
keys "$s" Enter
check "a box is added while practising" wait_for "$s" "Added Stream ingestion"
keys "$s" 3
check "step 3's notes open" wait_for "$s" "Data preparation — notes"
text "$s" "clicks joined to impressions"
keys "$s" Escape
check "the step clock moves to step 3" wait_for "$s" "3/7 Data"
check "an overrun is warned about" wait_for "$s" "over budget" 10

# Five minutes at twenty times: fifteen seconds of real time, then the review (tens of seconds in
# a debug build under load); the cap stays well under the five real minutes of an unscaled clock.
check "time up ends the session on the review" wait_for "$s" "Practice review — Ad click prediction" 150
check "the review names the missing components" wait_for "$s" "Missing components"
check "the review names the missing flows" wait_for "$s" "Missing flows"
check "the review says time is up" wait_for "$s" "Time is up"

keys "$s" :
text "$s" "export review review.md"
keys "$s" Enter
check ":export review writes the file" wait_for "$s" "Exported the review to review.md"
expected="# Practice review: Ad click prediction on social platforms
## Prompt
## Your board
## Reference design
## Against the reference
## Time and score by step
## Findings by step
### 1. Clarify requirements
### 2. Frame as an ML task
### 3. Data preparation
### 4. Model development
### 5. Evaluation
### 6. Deployment and serving
### 7. Monitoring and infrastructure
## Rubric
## Follow-up questions"
got=$(grep '^#' review.md 2>/dev/null)
check "the review's headings" [ "$got" = "$expected" ]
check "the review is of a timed session" grep -q "5 minutes · checklist hidden" review.md
check "the review lists the board's box" grep -q "Stream ingestion" review.md

history="$XDG_DATA_HOME/mlsd/history.jsonl"
check "the session is in the history" grep -q '"template":"ad-click-prediction"' "$history"
check "one history line" [ "$(wc -l < "$history")" = "1" ]

keys "$s" q
check "q on unsaved work asks first" wait_for "$s" "Save before quitting"
keys "$s" y
status=$(wait_exit "$s")
check "saved and quit with status 0 (got $status)" [ "$status" = "0" ]
check "the board file holds the box" grep -q "label: Stream ingestion" practice.yaml
check "the board file holds the notes" grep -q "clicks joined to impressions" practice.yaml

# :done before time is up, on a fresh scratch board, with hints on; q quits at once (clean board).
s=done
start "$s" 120 40 practice --template ad-click-prediction --hints
check "hints: briefing" wait_for "$s" "Press any key to start the clock"
keys "$s" Space
check "hints: the checklist tab is shown" wait_for "$s" "Checklist"
keys "$s" :
text "$s" "done"
keys "$s" Enter
check ":done opens the review" wait_for "$s" "Practice review — Ad click prediction" 600
check ":done says the session is over" wait_for "$s" "Session over"
keys "$s" q
status=$(wait_exit "$s")
check "q quits the review with status 0 (got $status)" [ "$status" = "0" ]
check "two sessions in the history" [ "$(wc -l < "$history")" = "2" ]

finish
