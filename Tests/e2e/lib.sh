#!/usr/bin/env bash
# Shared helpers for the end-to-end tests that drive the real mlsd binary inside tmux: a private
# HOME, data folders and tmux server, unique session names (prefix MLSD_E2E_PREFIX, default
# mlsd-e2e, then the script's pid), polling the screen for text, one line per check.
set -uo pipefail
M=${MLSD_BIN:?set MLSD_BIN to the mlsd binary}
case "$M" in /*) ;; *) M="$PWD/$M" ;; esac
work=$(mktemp -d)
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR VISUAL EDITOR
mkdir -p "$HOME"
# A tmux server of the script's own, so that parallel runs (or a user's tmux) never share one.
export TMUX_TMPDIR="$work/tmux"
unset TMUX
mkdir -p "$TMUX_TMPDIR"
cd "$work"
failures=0
sessions=()
cleanup() {
  for s in "${sessions[@]}"; do tmux kill-session -t "$s" 2>/dev/null; done
  tmux kill-server 2>/dev/null
  # The apps the server's end hung up on may still be writing their recovery files in $work.
  local try
  for try in 1 2 3 4 5 6 7 8 9 10; do
    rm -rf "$work" 2>/dev/null && return
    sleep 0.2
  done
  rm -rf "$work"
}
trap cleanup EXIT

pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
check() { # description command... : passes when the command succeeds
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# start SESSION WIDTH HEIGHT ARGS...: runs mlsd in a new tmux session; the exit status lands in
# $work/SESSION.status when it ends. Variables in $start_env (e.g. MLSD_CLOCK_SCALE=20) are
# added to its environment; $start_term is its TERM (xterm-256color unless set).
start() {
  local s=$1 w=$2 h=$3
  shift 3
  local name="${MLSD_E2E_PREFIX:-mlsd-e2e}-$$-$s"
  sessions+=("$name")
  local env="HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=${start_term:-xterm-256color} ${start_env:-}"
  local args=""
  for a in "$@"; do args+=" '$a'"; done
  tmux new-session -d -s "$name" -x "$w" -y "$h" -c "$work" \
    "env $env '$M' $args; echo \$? > '$work/$s.status'; sleep 600"
}

session() { echo "${MLSD_E2E_PREFIX:-mlsd-e2e}-$$-$1"; }
screen() { tmux capture-pane -p -t "$(session "$1")"; }
# keys and text note when they last sent to each session (microseconds), for answer.
declare -A key_sent_at=()
keys() {
  local s=$1
  shift
  tmux send-keys -t "$(session "$s")" "$@"
  key_sent_at[$s]=${EPOCHREALTIME/./}
}
text() {
  tmux send-keys -t "$(session "$1")" -l "$2"
  key_sent_at[$1]=${EPOCHREALTIME/./}
}

# answer SESSION KEY...: keys for a window the app opened by itself (a change on disk found while
# idle, an earlier session's work). Such a window drops a key that comes within half a second of
# the key before it (AppState.typedAheadPause: typing carried on), and it looks the same before
# and after that pause, so there is no screen to wait for: the keys go once a second has passed
# since the last key sent to SESSION (twice the pause, for a key the app read late under load).
answer() {
  local s=$1
  shift
  local ready=$((${key_sent_at[$s]:-0} + 1000000)) now=${EPOCHREALTIME/./}
  if [ "$now" -lt "$ready" ]; then
    sleep "$(printf '%d.%06d' $(((ready - now) / 1000000)) $(((ready - now) % 1000000)))"
  fi
  keys "$s" "$@"
}

# wait_for SESSION TEXT [SECONDS]: polls the screen until it shows TEXT (fixed string).
wait_for() {
  local s=$1 want=$2 limit=${3:-20}
  local deadline=$((SECONDS + limit))
  while [ $SECONDS -lt $deadline ]; do
    if screen "$s" | grep -qF -- "$want"; then return 0; fi
    sleep 0.05
  done
  echo "---- screen of $s (waited for: $want)" >&2
  screen "$s" >&2
  return 1
}

# wait_gone SESSION TEXT [SECONDS]: polls until the screen no longer shows TEXT.
wait_gone() {
  local s=$1 want=$2 limit=${3:-20}
  local deadline=$((SECONDS + limit))
  while [ $SECONDS -lt $deadline ]; do
    if ! screen "$s" | grep -qF -- "$want"; then return 0; fi
    sleep 0.05
  done
  return 1
}

# wait_changed SESSION BEFORE [SECONDS]: polls until the screen differs from BEFORE (a pan).
wait_changed() {
  local s=$1 before=$2 limit=${3:-20}
  local deadline=$((SECONDS + limit))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(screen "$s")" != "$before" ] && return 0
    sleep 0.05
  done
  return 1
}

# wait_until SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds, for a state no one
# text on the screen shows (a drawing compared with render's, a file's content); fails after
# SECONDS.
wait_until() {
  local limit=$1
  shift
  local deadline=$((SECONDS + limit))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

# recovered_since FILE TEXT: a recovery file (written once edits pause) newer than FILE holds TEXT.
recovered_since() {
  find "$XDG_DATA_HOME/mlsd/recovery" -type f -name "*.yaml" -newer "$1" -exec grep -qF -- "$2" {} \; -print 2>/dev/null |
    grep -q .
}

# wait_exit SESSION [SECONDS]: waits for mlsd to end; prints its exit status.
wait_exit() {
  local s=$1 limit=${2:-20}
  local deadline=$((SECONDS + limit))
  while [ $SECONDS -lt $deadline ]; do
    if [ -s "$work/$s.status" ]; then cat "$work/$s.status"; return 0; fi
    sleep 0.05
  done
  echo "timeout"
  return 1
}

# app_pid SESSION: the pid of the mlsd started in that session (a child of the pane's shell), so
# that signals never reach another test's process.
app_pid() {
  local pane
  pane=$(tmux display-message -p -t "$(session "$1")" '#{pane_pid}')
  pgrep -P "$pane" -f "$M" | head -1
}

# mouse SESSION KIND X Y: an SGR mouse report at 1-based column X, row Y (press, release, drag).
mouse() {
  local s=$1 kind=$2 x=$3 y=$4
  case "$kind" in
  press) text "$s" $'\e[<0;'"$x;$y"'M' ;;
  release) text "$s" $'\e[<0;'"$x;$y"'m' ;;
  drag) text "$s" $'\e[<32;'"$x;$y"'M' ;;
  esac
  # A hand never reports two mouse events within microseconds; neither do we.
  sleep 0.03
}

# mouse_x10 SESSION KIND X Y: the same in the X10 encoding (ESC [ M and three bytes, 32 plus the
# button code, the column and the row), what a terminal sends when SGR reports are not asked for.
mouse_x10() {
  local s=$1 kind=$2 x=$3 y=$4 button=0
  [ "$kind" = release ] && button=3
  [ "$kind" = drag ] && button=32
  text "$s" "$(printf '\e[M%b%b%b' "\\x$(printf %x $((32 + button)))" "\\x$(printf %x $((32 + x)))" "\\x$(printf %x $((32 + y)))")"
  sleep 0.03
}

# locate SESSION TEXT: prints "COLUMN ROW" (1-based) of the first place TEXT appears on screen.
locate() {
  screen "$1" | python3 -c '
import sys
want = sys.argv[1]
for row, line in enumerate(sys.stdin.read().split("\n"), 1):
    i = line.find(want)
    if i >= 0:
        print(i + 1, row)
        break
' "$2"
}

# reference_board ID FILE: the template's reference design into FILE, as `mlsd new --reference`
# writes it. With MLSD_E2E_REFERENCES (scripts/test), it is made there once for every script
# (under the lock Tests/readers/lib.sh's reference_boards takes) and copied.
reference_board() {
  local id=$1 file=$2
  if [ -z "${MLSD_E2E_REFERENCES:-}" ]; then
    "$M" new "$file" -t "$id" --reference -f >/dev/null
    return
  fi
  local made="$MLSD_E2E_REFERENCES/$id.yaml"
  (
    flock 9
    [ -s "$made" ] || "$M" new "$made" -t "$id" --reference -f >/dev/null
  ) 9>"$MLSD_E2E_REFERENCES/$id.lock" && cp "$made" "$file"
}

# practice_to_review SESSION W H TEMPLATE TITLE TAG: a practice session on TEMPLATE, the clock
# started and ended at once with `:done`, checked step by step until the review titled TITLE shows.
practice_to_review() {
  local s=$1 w=$2 h=$3 template=$4 title=$5 tag=$6
  start "$s" "$w" "$h" practice --template "$template"
  check "$tag: the briefing" wait_for "$s" "Press any key to start the clock"
  keys "$s" Enter
  check "$tag: the clock starts" wait_for "$s" "Practice 0:"
  keys "$s" :
  text "$s" "done"
  keys "$s" Enter
  check "$tag: :done opens the review" wait_for "$s" "$title" 600
}

finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
  fi
}
