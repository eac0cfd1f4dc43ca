#!/usr/bin/env bash
# Options and the environment end to end: a scratch board saved under a typed name, notes edited
# in $EDITOR, --theme (and a wrong one), NO_COLOR, ASCII drawing in a non-UTF-8 locale, and the
# terminal restored after a crash signal.
source "$(dirname "$0")/lib.sh"

# --- A scratch board: Ctrl-S asks for a file name.
start s 100 30
check "scratch: opens a new board" wait_for s "(scratch board)"
keys s a
text s "feature store"
keys s Enter
check "scratch: added a box" wait_for s "Added"
keys s C-s
check "scratch: Ctrl-S asks for a file name" wait_for s "Save as:"
text s "scratch.yaml"
keys s Enter
check "scratch: saved under the typed name" wait_for s "Saved scratch.yaml"
keys s q
check "scratch: quits (status $(wait_exit s))" [ "$(cat "$work/s.status")" = "0" ]
check "scratch: the file exists" grep -q "Feature store\|feature store" scratch.yaml

# --- Unicode typed into a label (wide characters take two columns).
start uni 100 30 open uni.yaml
check "unicode: started" wait_for uni "NORMAL"
keys uni a
text uni "kafka"
keys uni Enter
keys uni Enter C-u
text uni "Événements 日本語"
keys uni Enter
check "unicode: the label is drawn" wait_for uni "│ Événements 日本語 │"
keys uni :
text uni "export markdown uni.md"
keys uni Enter
check "export: :export writes the file" wait_for uni "Exported markdown to uni.md"
check "export: the Markdown holds the label" grep -q "Événements 日本語" uni.md
keys uni C-s
check "unicode: saved" wait_for uni "Saved uni.yaml"
keys uni q
wait_exit uni >/dev/null
check "unicode: the file holds the label" grep -q "label: Événements 日本語" uni.yaml

# --- E edits the current step's notes in $EDITOR.
cat >editor.sh <<'SH'
#!/bin/sh
printf 'Written in the editor: p99 under 50 ms\n' >> "$1"
SH
chmod +x editor.sh
cat >notes.yaml <<'YAML'
mlsd: 1
title: Notes
notes:
  requirements: Existing line.
YAML
tmux new-session -d -s "$(session e)" -x 100 -y 30 -c "$work" \
  "env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' LANG=C.UTF-8 TERM=xterm-256color EDITOR='$work/editor.sh' '$M' open notes.yaml; echo \$? > '$work/e.status'; sleep 600"
sessions+=("$(session e)")
check "editor: started" wait_for e "Existing line."
keys e E
check "editor: the notes come back from \$EDITOR" wait_for e "Written in the editor"
check "editor: the screen is redrawn after the editor" wait_for e "NORMAL"
keys e C-s
check "editor: saved" wait_for e "Saved notes.yaml"
keys e q
wait_exit e >/dev/null
check "editor: the file has both lines" grep -q "Written in the editor: p99 under 50 ms" notes.yaml

# --- Themes.
start bad 100 30 open notes.yaml --theme nope
check "theme: an unknown theme is refused with a message" wait_for bad "unknown theme 'nope'"
check "theme: exit status 2" [ "$(wait_exit bad)" = "2" ]
start th 100 30 open notes.yaml --theme light
check "theme: --theme light starts" wait_for th "NORMAL"
keys th :
text th "theme high-contrast"
keys th Enter
check "theme: :theme switches" wait_for th "Theme high-contrast"
keys th :
text th "theme nope"
keys th Enter
check "theme: :theme with a wrong name explains" wait_for th "Unknown theme 'nope'"
check "theme: :theme with a wrong name lists the themes" wait_for th "Themes: "
check "theme: the list names high-contrast" wait_for th "high-contrast"
keys th q
wait_exit th >/dev/null

# --- NO_COLOR and a non-UTF-8 locale: no colour, ASCII only.
tmux new-session -d -s "$(session a)" -x 100 -y 30 -c "$work" \
  "env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' LANG=C LC_ALL=C NO_COLOR=1 TERM=xterm-256color '$M' open scratch.yaml; echo \$? > '$work/a.status'; sleep 600"
sessions+=("$(session a)")
check "ascii: started" wait_for a "NORMAL"
check "ascii: boxes drawn with + and -" wait_for a "+----"
check "ascii: no box-drawing characters" bash -c "! tmux capture-pane -p -t '$(session a)' | grep -q '[┌─│└]'"
keys a q
wait_exit a >/dev/null

# --- A crash signal restores the terminal and re-raises.
start c 100 30 open scratch.yaml
check "crash: started" wait_for c "NORMAL"
pid=$(app_pid c)
kill -SEGV "$pid"
status=$(wait_exit c)
check "crash: the process dies of SIGSEGV (status $status)" [ "$status" = "139" ]
check "crash: the app's screen is gone (terminal restored)" wait_gone c "NORMAL"

finish
