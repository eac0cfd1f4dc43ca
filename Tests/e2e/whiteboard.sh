#!/usr/bin/env bash
# The whiteboard end to end at 80×24 and 200×60: open a template, add boxes by typing part of an
# alias, connect them, label the arrow, write step notes, undo and redo, save, quit, reopen, and
# compare the saved file and the screen.
source "$(dirname "$0")/lib.sh"

for size in "80 24" "200 60"; do
  set -- $size
  w=$1 h=$2
  s="wb$w"
  file="board-$w.yaml"
  tag="${w}x${h}"
  start "$s" "$w" "$h" open "$file" --template generic-ml-pipeline
  check "$tag: the app starts in normal mode" wait_for "$s" "NORMAL"
  # At 80 columns the top line keeps the file's name and the unsaved mark and leaves the template out.
  if [ "$w" -ge 120 ]; then
    check "$tag: top line names the template" wait_for "$s" "template: generic-ml-pipeline"
  else
    check "$tag: top line names the file" wait_for "$s" "│ $file"
  fi
  check "$tag: side panel shows the steps" wait_for "$s" "Clarify requirements"

  keys "$s" a
  text "$s" "kafk"
  check "$tag: palette finds stream ingestion by the alias 'kafk'" wait_for "$s" "Stream ingestion ← Kafka"
  keys "$s" Enter
  check "$tag: the box is added" wait_for "$s" "Added Stream ingestion"
  keys "$s" a
  text "$s" "mlflow"
  keys "$s" Enter
  check "$tag: a second box (model registry)" wait_for "$s" "Added Model registry"

  keys "$s" h c
  check "$tag: connect mode" wait_for "$s" "CONNECT"
  text "$s" "model"
  keys "$s" Enter
  check "$tag: connected by typing the target's label" wait_for "$s" "Connected Stream ingestion → Model registry"
  keys "$s" Enter
  check "$tag: label editor on the arrow" wait_for "$s" "LABEL"
  text "$s" "events"
  keys "$s" Enter
  check "$tag: the arrow label is drawn" wait_for "$s" "events"

  keys "$s" 3
  check "$tag: notes editor of step 3" wait_for "$s" "Data preparation — notes"
  text "$s" "Sources: clicks and payments"
  keys "$s" Enter
  text "$s" "Labels: chargebacks"
  keys "$s" Escape
  check "$tag: notes kept" wait_for "$s" "Notes of step 3 saved"
  check "$tag: notes shown in the panel" wait_for "$s" "Labels: chargebacks"

  keys "$s" u
  check "$tag: undo removes the notes" wait_for "$s" "No notes: press 3"
  keys "$s" u
  check "$tag: undo again removes the arrow label" wait_gone "$s" "events"
  keys "$s" C-r
  check "$tag: redo brings the arrow label back" wait_for "$s" "events"
  keys "$s" C-y
  check "$tag: redo brings the notes back" wait_for "$s" "Labels: chargebacks"

  keys "$s" C-s
  check "$tag: Ctrl-S saves" wait_for "$s" "Saved $file"
  before=$(screen "$s" | sed -n "3,$((h - 1))p" | cut -c1-40)
  keys "$s" q
  status=$(wait_exit "$s")
  check "$tag: q quits with status 0 (got $status)" [ "$status" = "0" ]

  check "$tag: the file holds the boxes" grep -q "label: Stream ingestion" "$file"
  check "$tag: the file holds the kind from the alias" grep -q "kind: stream-ingestion" "$file"
  check "$tag: the file holds the arrow label" grep -q "label: events" "$file"
  check "$tag: the file holds the notes" grep -q "Labels: chargebacks" "$file"
  check "$tag: the file keeps the template" grep -q "template: generic-ml-pipeline" "$file"

  start "$s-again" "$w" "$h" open "$file"
  check "$tag: reopened" wait_for "$s-again" "Model registry"
  after=$(screen "$s-again" | sed -n "3,$((h - 1))p" | cut -c1-40)
  check "$tag: the reopened board looks the same" [ "$before" = "$after" ]
  keys "$s-again" q
  status=$(wait_exit "$s-again")
  check "$tag: quit without changes does not ask (status $status)" [ "$status" = "0" ]
done

finish
