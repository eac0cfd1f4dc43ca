#!/usr/bin/env bash
# The whiteboard on many terminals: sizes from 20×8 to 400×120, a storm of 500 resizes, six TERM
# values, LANG=C and NO_COLOR; a board full of escape sequences that must not reach the terminal
# (no window title, no clipboard write); SIGHUP and SIGTERM after an edit leave a recovery file
# that the next open offers. Each run must show the whiteboard or the "too small" message, never
# raw escape sequences, and quit with status 0 leaving the pane restored (main screen, cursor
# shown, mouse reporting off), read from tmux's pane flags.
source "$(dirname "$0")/lib.sh"

cat >two.yaml <<'YAML'
mlsd: 1
title: Two boxes
boxes:
- {id: left, label: Alpha, at: [2, 1]}
- {id: right, label: Omega, at: [30, 1]}
arrows:
- {from: left, to: right, label: flow}
YAML

# open_with NAME WIDTH HEIGHT "VAR=VALUE ..." FILE: runs `mlsd open FILE` with these variables.
open_with() {
  local s=$1 w=$2 h=$3 vars=$4 file=$5
  sessions+=("$(session "$s")")
  tmux new-session -d -s "$(session "$s")" -x "$w" -y "$h" -c "$work" \
    "env HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' $vars '$M' open '$file'; echo \$? > '$work/$s.status'; sleep 600"
}

# no_garbage SESSION: the screen holds no escape sequence shown as text. The app's own visible
# pictures of escapes (␛[2J) are taken out first: they are the safe form.
no_garbage() {
  ! screen "$1" | sed 's/␛[^ │]*//g' | grep -qE $'\e|\\^\\[|\\[\\?[0-9]+[hl]|\\[[0-9;]*m[A-Za-z]|\\]0;|\\]52;'
}

# restored SESSION: the pane is back to normal: main screen, cursor shown, no mouse reporting,
# no insert mode (GNU tmux keeps these flags per pane).
restored() {
  local flags
  flags=$(tmux display-message -p -t "$(session "$1")" \
    '#{alternate_on}#{cursor_flag}#{mouse_any_flag}#{mouse_button_flag}#{mouse_sgr_flag}#{insert_flag}')
  [ "$flags" = "010000" ] || { echo "pane flags after exit: $flags (want 010000)" >&2; return 1; }
}

# no_colour SESSION: the screen, read with its attributes, sets no foreground or background colour.
no_colour() {
  ! tmux capture-pane -e -p -t "$(session "$1")" | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|38|4[0-7]|48)(;[0-9;]*)?m'
}

# board_or_small SESSION: the whiteboard (its status line) or the "too small" message.
board_or_small() {
  local s=$1 deadline=$((SECONDS + 10))
  while [ $SECONDS -lt $deadline ]; do
    if screen "$s" | grep -qE "NORMAL|Terminal too"; then return 0; fi
    sleep 0.05
  done
  screen "$s" >&2
  return 1
}

# quit_clean SESSION: q quits with status 0 and the terminal is restored.
quit_clean() {
  keys "$1" q
  [ "$(wait_exit "$1")" = 0 ] && restored "$1"
}

# --- Sizes.
# All sessions start at once, then each is checked: the runs overlap and the script stays short.
# Each opens its own copy of the board: a second open of one file would stop at the lock warning.
sizes="20x8 30x10 59x15 60x16 80x24 132x43 200x60 400x120"
for size in $sizes; do
  cp two.yaml "z$size.yaml"
  open_with "z$size" "${size%x*}" "${size#*x}" "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" "z$size.yaml"
done
for size in $sizes; do
  w=${size%x*} h=${size#*x}
  check "size $size: the whiteboard or the too-small message" board_or_small "z$size"
  if [ "$w" -ge 60 ] && [ "$h" -ge 16 ]; then
    check "size $size: the board is drawn" wait_for "z$size" "Alpha" 5
  else
    check "size $size: says it is too small" wait_for "z$size" "Terminal too" 5
  fi
  check "size $size: no escape sequence shown as text" no_garbage "z$size"
  check "size $size: quits with status 0, terminal restored" quit_clean "z$size"
done

# --- A storm of 500 resizes, then the app still answers a key and quits cleanly.
open_with storm 80 24 "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" two.yaml
check "storm: started" wait_for storm "NORMAL"
for i in $(seq 1 500); do
  tmux resize-window -t "$(session storm)" -x $((20 + (i * 37) % 380)) -y $((8 + (i * 13) % 112))
done
tmux resize-window -t "$(session storm)" -x 100 -y 30
check "storm: the whiteboard is back at 100x30" wait_for storm "Omega" 15
keys storm "?"
check "storm: still answers a key (help opens)" wait_for storm "Keys" 10
keys storm Escape
check "storm: no escape sequence shown as text" no_garbage storm
check "storm: quits with status 0" quit_clean storm

# --- TERM values, LANG=C and NO_COLOR.
terms="xterm-256color screen tmux-256color linux vt100 dumb"
for term in $terms; do
  cp two.yaml "t$term.yaml"
  open_with "t$term" 100 30 "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term" "t$term.yaml"
done
for term in $terms; do
  if [ "$term" = dumb ]; then
    # A dumb terminal has no cursor addressing: mlsd refuses with a message and status 2.
    check "TERM=dumb: refused with a message" wait_for "t$term" "cannot draw the whiteboard"
    check "TERM=dumb: exit status 2" grep -qx 2 "$work/t$term.status"
    continue
  fi
  check "TERM=$term: the board is drawn" wait_for "t$term" "Omega"
  check "TERM=$term: no escape sequence shown as text" no_garbage "t$term"
  check "TERM=$term: quits with status 0" quit_clean "t$term"
done
open_with langc 100 30 "LANG=C LC_ALL=C TERM=xterm-256color" two.yaml
check "LANG=C: the board is drawn" wait_for langc "Omega"
check "LANG=C: ASCII frames" wait_for langc "+-------+"
check "LANG=C: no escape sequence shown as text" no_garbage langc
check "LANG=C: quits with status 0" quit_clean langc
# A cut shows as "..." there, also inside a line (a step's title before its score), never as "?".
sed 's/^title: Two boxes$/title: Two boxes\ntemplate: news-feed/' two.yaml >langc-feed.yaml
open_with langcfeed 100 30 "LANG=C LC_ALL=C TERM=xterm-256color" langc-feed.yaml
check "LANG=C: the steps panel is drawn" wait_for langcfeed "2 - Frame as an ML task"
check "LANG=C: a step title cut before its score ends in '...'" \
  bash -c "tmux capture-pane -p -t '$(session langcfeed)' | grep -qE '[0-9] - [A-Za-z ]+[a-z][.][.][.] +[0-9]+%'"
check "LANG=C: no cut ends in '?'" \
  bash -c "! tmux capture-pane -p -t '$(session langcfeed)' | grep -qE '[a-z][?] +[0-9]+%|[a-z][?] [(]'"
check "LANG=C: quits with status 0 (template)" quit_clean langcfeed
open_with nocolor 100 30 "LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 TERM=xterm-256color" two.yaml
check "NO_COLOR: the board is drawn" wait_for nocolor "Omega"
check "NO_COLOR: no colour attribute on screen" no_colour nocolor
check "NO_COLOR: quits with status 0" quit_clean nocolor

# --- Escape sequences in a board never reach the terminal: no title, no clipboard, no clear.
cat >hostile.yaml <<'YAML'
mlsd: 1
title: "\e]0;pwned\a\e]2;pwned2\e\\ title"
boxes:
  - {id: a, label: "\e]52;c;ZWNobyBoaQ==\a copy", at: [2, 1]}
  - {id: b, label: "\e[2J\e[?1049l\u202Eevil", detail: "\x9B31m8bit", at: [30, 1]}
arrows:
  - {from: a, to: b, label: "\e]8;;http://x\e\\link"}
notes:
  requirements: "\e[H\e[2J notes"
YAML
open_with hostile 120 40 "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" hostile.yaml
check "hostile: the board is drawn" wait_for hostile "NORMAL"
check "hostile: escapes shown as visible pictures" wait_for hostile "␛]52;c;"
title=$(tmux display-message -p -t "$(session hostile)" '#{pane_title}')
check "hostile: the pane title was not changed (it is '$title')" bash -c "[[ '$title' != *pwned* ]]"
check "hostile: no escape sequence shown as text" no_garbage hostile
keys hostile 1
check "hostile: the notes panel shows the escapes visibly" wait_for hostile "␛[H␛[2J notes"
keys hostile Escape
check "hostile: quits with status 0" quit_clean hostile

# grid_aligned SESSION: on the rows under the box tops at screen rows 2 and 6, a "│" sits in
# every column that holds a "┐" above it.
grid_aligned() {
  screen "$1" | python3 -c '
import sys, unicodedata
def columns(line, marks):
    col, found = 0, []
    for ch in line:
        if ch in marks:
            found.append(col)
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return found
rows = sys.stdin.read().split("\n")
for top in (1, 5):
    corners = columns(rows[top], "┐")
    borders = columns(rows[top + 1], "│")
    if not corners or not set(corners) <= set(borders):
        sys.exit("row %d: corners at %s, borders at %s" % (top + 2, corners, borders))
'
}

# --- Wide and zero-width text keeps the grid: on every row of a box, its right border sits in the
# column of its top-right corner (columns counted the way tmux counts them for these scripts).
cat >wide.yaml <<'YAML'
mlsd: 1
title: Widths
boxes:
  - {id: a, label: "特征存储", at: [0, 0], size: [16, 3]}
  - {id: b, label: "A特B征C", at: [20, 0], size: [16, 3]}
  - {id: c, label: "한국어 ｶﾀｶﾅ", at: [40, 0], size: [16, 3]}
  - {id: d, label: "e\u0301\u0301\u0301\u0301\u0301 z\u0336\u0337", at: [0, 4], size: [16, 3]}
  - {id: e, label: "\u0301 lone", at: [20, 4], size: [16, 3]}
  - {id: f, label: "ＡＢＣ wide", at: [40, 4], size: [16, 3]}
YAML
open_with wide 120 30 "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" wide.yaml
check "wide: the board is drawn" wait_for wide "特征存储"
check "wide: every box border stays in its column" grid_aligned wide
check "wide: quits with status 0" quit_clean wide

# --- SIGHUP, SIGTERM and SIGINT after an edit: a recovery file, and the next open offers it.
for sig in HUP TERM INT; do
  cp two.yaml "sig$sig.yaml"
  rm -rf "$XDG_DATA_HOME/mlsd/recovery"
  open_with "s$sig" 100 30 "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" "sig$sig.yaml"
  check "SIG$sig: started" wait_for "s$sig" "Alpha"
  keys "s$sig" a
  text "s$sig" "mlflow"
  keys "s$sig" Enter
  check "SIG$sig: added a box" wait_for "s$sig" "Added Model registry"
  pane=$(tmux display-message -p -t "$(session "s$sig")" '#{pane_pid}')
  pid=$(pgrep -P "$pane" -f mlsd | head -1)
  kill -"$sig" "$pid"
  status=$(wait_exit "s$sig")
  check "SIG$sig: the app ends (status $status)" [ "$status" != timeout ]
  check "SIG$sig: the terminal is restored" restored "s$sig"
  check "SIG$sig: a recovery file exists" bash -c "ls '$XDG_DATA_HOME'/mlsd/recovery/*.yaml >/dev/null 2>&1"
  check "SIG$sig: the recovery file holds the edit" bash -c "grep -q 'Model registry' '$XDG_DATA_HOME'/mlsd/recovery/*.yaml"
  check "SIG$sig: the board file is untouched" cmp -s two.yaml "sig$sig.yaml"
  open_with "r$sig" 100 30 "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" "sig$sig.yaml"
  check "SIG$sig: the next open offers to restore" wait_for "r$sig" "Restore it?"
  keys "r$sig" y
  check "SIG$sig: restored" wait_for "r$sig" "Model registry"
  keys "r$sig" :
  text "r$sig" "q!"
  keys "r$sig" Enter
  check "SIG$sig: the restored session quits with status 0" [ "$(wait_exit "r$sig")" = 0 ]
done

finish
