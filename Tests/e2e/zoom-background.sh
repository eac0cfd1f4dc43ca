#!/usr/bin/env bash
# The fitted zoom is made off the main loop: while a board that does not fit an 80x24 window is
# being fitted (seconds in a debug build), the status line says so and keys are answered; zooming
# back in drops the fit on its way, and the app quits at once.
source "$(dirname "$0")/lib.sh"

reference_board youtube-video-search yt.yaml

start zb 80 24 open yt.yaml
check "the app starts" wait_for zb "NORMAL"
check "with the side panel" wait_for zb "Steps"
keys zb z
check "z: compact boxes" wait_for zb "zoom: compact"
keys zb z
check "z again: the status line says the fit is being made" wait_for zb "zoom: fitting…" 5
keys zb P
check "a key is answered meanwhile (P hides the panel)" wait_gone zb "Steps" 5
check "and the fit is still on its way" wait_for zb "zoom: fitting…" 1
keys zb z
check "z back to full boxes at once" wait_gone zb "zoom:" 5
check "the board is drawn as it is" wait_for zb "Zoom: full boxes" 2
sleep 1
check "a fit that arrives later is dropped" wait_gone zb "zoom:" 1
keys zb q
status=$(wait_exit zb 10)
check "q quits while the fit is still being made (status $status)" [ "$status" = "0" ]
finish
