#!/usr/bin/env bash
# Declaring a box's kind in the whiteboard at 80×24: a box with a made-up name is not read as any
# component, so the checklist misses a data source; K, a few letters and Enter declare it, the
# checklist and the status line follow, undo takes it back, and the saved file keeps the kind.
source "$(dirname "$0")/lib.sh"

s=kindkey
"$M" new kinds.yaml --template generic-ml-pipeline >/dev/null
start "$s" 80 24 open kinds.yaml
check "the app starts" wait_for "$s" "NORMAL"
keys "$s" a
text "$s" "Quillon"
keys "$s" Enter
check "a free box with a made-up name is added" wait_for "$s" "Added Quillon"
keys "$s" t
check "the checklist misses a data source" wait_for "$s" "✗ Data source"
keys "$s" j
check "the status line says the box is not recognised" wait_for "$s" "kind: not recognised — K sets one"
check "the status line suggests K beside it" wait_for "$s" "K kind  Enter label"

keys "$s" K
check "K opens the palette on the box" wait_for "$s" "Kind of Quillon"
check "the status line names the mode" wait_for "$s" "KIND"
text "$s" "data so"
check "typing filters the kinds" wait_for "$s" "Data source  ·  sources"
keys "$s" Enter
check "Enter declares the kind" wait_for "$s" "kind: Data source (declared) · u undoes"
check "the checklist finds the data source at once" wait_for "$s" "✓ Data source"
keys "$s" j
check "the status line keeps naming the kind" wait_for "$s" "kind: Data source (declared)   K kind"

keys "$s" u
check "undo takes the kind back" wait_for "$s" "✗ Data source"
keys "$s" C-r
check "redo declares it again" wait_for "$s" "✓ Data source"

keys "$s" K
text "$s" "zzqx"
keys "$s" Enter
check "a query that matches nothing keeps the palette open" wait_for "$s" "No kind matches 'zzqx'"
keys "$s" Escape
check "Esc cancels" wait_for "$s" "NORMAL"
check "and changes nothing" wait_for "$s" "✓ Data source"

keys "$s" C-s
check "Ctrl-S saves" wait_for "$s" "Saved kinds.yaml"
check "the file declares the kind" grep -q "kind: data-source" kinds.yaml
keys "$s" q
check "quits cleanly" test "$(wait_exit "$s")" = 0
# A kind the catalogue does not know is named on the status line when the board opens.
printf 'mlsd: 1\ntitle: T\nboxes:\n- id: a\n  label: Retraining trigger\n  kind: retrainin\n' >cut.yaml
start cut 120 30 open cut.yaml
check "an unknown kind is named when the board opens" wait_for cut "line 6: unknown kind 'retrainin' (did you mean 'retraining-trigger'?)"
finish
