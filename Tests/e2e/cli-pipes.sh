#!/usr/bin/env bash
# End-to-end checks of mlsd in a pipeline, as a script or a CI job uses it: `-` for standard input
# and `-o -` for stdout, Mermaid files drawn without an import step, one JSON shape, and warnings
# about the user's theme files only from the commands that draw in colour.
set -uo pipefail
M=${MLSD_BIN:?set MLSD_BIN to the mlsd binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
cd "$work"
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
check() { # description command...
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

"$M" new ref.yaml -t generic-ml-pipeline --reference >/dev/null 2>&1 || fail "new ref.yaml"

# A board on standard input: the same report as from the file.
"$M" check ref.yaml --format json >file.json 2>/dev/null
"$M" check - --format json <ref.yaml >stdin.json 2>stdin.err
check "check - reads the board from stdin (exit $?)" [ -s stdin.json ]
check "check -: the same findings as from the file" \
  python3 -c 'import json,sys; a=json.load(open("file.json")); b=json.load(open("stdin.json")); sys.exit(a["findings"]!=b["findings"] or a["score"]!=b["score"])'
printf 'mlsd: 1\ntitle: t\nboxes:\n  - id: a\n    label: A\n    at: [0, 0]\n    sizze: [10, 3]\n' >typo.yaml
"$M" check - <typo.yaml >/dev/null 2>typo.err
status=$?
check "a broken board on stdin: exit 2 ($status)" [ "$status" = 2 ]
check "a broken board on stdin is named (stdin) with its line" grep -q "^(stdin):7:" typo.err
"$M" info - <ref.yaml >info.out 2>&1
check "info - (exit $?)" grep -q "^Boxes:" info.out
"$M" render - <ref.yaml >render.out 2>&1
check "render - draws the board" grep -q "Model registry" render.out

# -o - is stdout, never a file named '-'.
"$M" export ref.yaml -f dot -o - >dot.out 2>dot.err
check "export -o - prints the DOT (exit $?)" grep -q "^digraph" dot.out
check "export -o - writes no file named '-'" [ ! -e ./- ]
printf 'flowchart LR\n  pay[Payment events] --> bus[Kafka]\n%%%% mlsd template: generic-ml-pipeline\n' >flow.mmd
"$M" import flow.mmd -o - >imp.out 2>imp.err
check "import -o - prints the board (exit $?)" grep -q "^template: generic-ml-pipeline" imp.out
check "import -o -: the summary goes to stderr" grep -q "^Imported 2 boxes, 1 arrow and 0 groups into stdout" imp.err
check "import -o - writes no file" [ ! -e ./- ] && [ ! -e flow.yaml ]
"$M" import - <flow.mmd >imp2.out 2>/dev/null
# The title follows the file's name: "stdin" for standard input.
check "import - reads stdin and prints the board" \
  diff <(grep -v "^title:" imp.out) <(grep -v "^title:" imp2.out)
check "import -: the board is titled stdin" grep -q "^title: stdin" imp2.out

# A Mermaid file is drawn and exported as the import lays it out.
"$M" render flow.mmd >mmd.out 2>mmd.err
check "render of a Mermaid file draws it (exit $?)" grep -q "Payment events" mmd.out
"$M" import flow.mmd -o flow.yaml >/dev/null 2>&1
"$M" render flow.yaml >yaml.out 2>/dev/null
check "render FILE.mmd draws what render of its import draws" cmp -s mmd.out yaml.out
"$M" export flow.mmd -f mermaid >mmd-export.out 2>/dev/null
check "export of a Mermaid file (exit $?)" grep -q "Payment events" mmd-export.out
"$M" practice --report - flow.mmd >review.md 2>/dev/null
check "practice --report of a Mermaid file (exit $?)" grep -q "Payment events\|generic" review.md

# JSON: `template` is always there (null without one).
"$M" new none.yaml >/dev/null 2>&1
"$M" check none.yaml --format json >none.json 2>/dev/null
check "check JSON without a template has \"template\": null" \
  python3 -c 'import json,sys; d=json.load(open("none.json")); sys.exit(not ("template" in d and d["template"] is None))'

# A broken theme file: said by the whiteboard's commands, not by the headless ones.
mkdir -p "$XDG_CONFIG_HOME/mlsd/themes"
printf 'name: mine\nroles: {box: {fg: 999}}\n' >"$XDG_CONFIG_HOME/mlsd/themes/mine.yaml"
for cmd in "templates" "check ref.yaml" "render ref.yaml" "export ref.yaml -f dot"; do
  # shellcheck disable=SC2086
  "$M" $cmd >cmd.out 2>cmd.err
  check "mlsd $cmd says nothing of the theme file" bash -c '! grep -q "themes/mine.yaml" cmd.err'
done
mkdir -p "$XDG_CONFIG_HOME/mlsd/templates"
printf 'not: [valid\n' >"$XDG_CONFIG_HOME/mlsd/templates/broken.yaml"
"$M" check ref.yaml >cmd.out 2>cmd.err
check "a broken template file is said once by check ($(grep -c broken.yaml cmd.err))" [ "$(grep -c "templates/broken.yaml" cmd.err)" = 1 ]
# The whiteboard needs a terminal: started in tmux (a server of its own), an unknown theme stops it
# after the warnings are said.
tmux -L "cli-pipes-$$" new-session -d -x 80 -y 24 "'$M' open --theme nosuch ref.yaml 2>open.err; sleep 30"
for _ in $(seq 50); do [ -s open.err ] && grep -q "unknown theme" open.err && break; sleep 0.2; done
tmux -L "cli-pipes-$$" kill-server 2>/dev/null
check "the whiteboard says what is wrong with the theme file" grep -q "themes/mine.yaml" open.err

[ "$failures" -eq 0 ] && echo "all ok" || { echo "$failures failed"; exit 1; }
