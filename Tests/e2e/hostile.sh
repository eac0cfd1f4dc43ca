#!/usr/bin/env bash
# Hostile files and hostile text through the real binary: huge files, alias bombs, deep nesting,
# too many boxes, folders, FIFOs, binary and non-UTF-8 files are refused quickly with bounded
# memory and a located message; escape sequences in a board never reach stdout or stderr raw.
# Prints the time and peak memory of the big cases (GNU time).
fixtures="$(cd "$(dirname "$0")/../MLSDCoreTests/Fixtures/hostile" && pwd)"
source "$(dirname "$0")/lib.sh"

# measure NAME LIMIT_MB LIMIT_S CMD...: runs CMD under GNU time; sets $status, $rss_mb, $secs,
# leaves stdout in NAME.out and stderr (without time's report) in NAME.err, and checks the limits.
measure() {
  local name=$1 max_mb=$2 max_s=$3
  shift 3
  /usr/bin/time -v -o "$name.time" timeout 120 "$@" >"$name.out" 2>"$name.err"
  status=$?
  local kb
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$name.time")
  rss_mb=$(((kb + 1023) / 1024))
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$name.time" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  echo "     $name: exit $status, ${secs} s, peak ${rss_mb} MB"
  check "$name: peak memory ${rss_mb} MB under ${max_mb} MB" [ "$rss_mb" -lt "$max_mb" ]
  check "$name: ${secs} s under ${max_s} s" awk "BEGIN { exit !($secs < $max_s) }"
}

# no_raw_escape [--controls-only] FILE...: no ESC, BEL, C1 control, bidi control, zero-width space
# or BOM in the files; with --controls-only, only the controls are looked for.
no_raw_escape() {
  python3 - "$@" <<'PY'
import sys
args = sys.argv[1:]
bad = [0x1B, 0x07] + list(range(0x80, 0xA0))
if args and args[0] == "--controls-only":
    args = args[1:]
else:
    bad += list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0x200B, 0x200E, 0x200F, 0xFEFF]
for path in args:
    text = open(path, encoding="utf-8", errors="replace").read()
    for code in bad:
        if chr(code) in text:
            print(f"{path}: raw U+{code:04X}", file=sys.stderr)
            sys.exit(1)
PY
}

# --- A 100 MB file: refused by its size before it is read.
python3 -c '
import sys
with open("big.yaml", "w") as f:
    f.write("mlsd: 1\ntitle: Big\nboxes:\n")
    line = "  - {id: b, label: " + "x" * 80 + "}\n"
    f.write(line * (100 * 1024 * 1024 // len(line)))
'
measure big 64 2 "$M" info big.yaml
check "big: exit status 2" [ "$status" = 2 ]
check "big: the message names the file and the limit" grep -q "big.yaml: is too large (.* bytes; the limit is 16777216)" big.err

# --- 100 000 boxes: refused naming the field.
python3 -c '
with open("crowd.yaml", "w") as f:
    f.write("mlsd: 1\ntitle: Crowd\nboxes:\n")
    for i in range(100000):
        f.write("  - {id: b%d, label: Box %d}\n" % (i, i))
'
measure crowd 1024 30 "$M" info crowd.yaml
check "crowd: exit status 2" [ "$status" = 2 ]
check "crowd: the message names file, line and field" grep -q "crowd.yaml:4:3: boxes: too many boxes (100000; the limit is 20000)" crowd.err

# --- 20 000 boxes, the limit, placed in a grid with a chain of arrows: loads and summarises.
python3 -c '
with open("limit.yaml", "w") as f:
    f.write("mlsd: 1\ntitle: At the limit\nboxes:\n")
    for i in range(20000):
        f.write("  - {id: b%d, label: Box %d, at: [%d, %d]}\n" % (i, i, (i % 100) * 20, (i // 100) * 6))
    f.write("arrows:\n")
    for i in range(1, 2000):
        f.write("  - {from: b%d, to: b%d}\n" % (i - 1, i))
'
measure limit 1024 30 "$M" info limit.yaml
check "limit: 20 000 placed boxes load (exit $status)" [ "$status" = 0 ]
check "limit: info counts them" grep -q "Boxes:    20000" limit.out

# --- 2 000 boxes with no positions in a cycle: the layered layout must finish.
python3 -c '
with open("unplaced.yaml", "w") as f:
    f.write("mlsd: 1\ntitle: Unplaced\nboxes:\n")
    for i in range(2000):
        f.write("  - {id: b%d, label: Box %d}\n" % (i, i))
    f.write("arrows:\n")
    for i in range(2000):
        f.write("  - {from: b%d, to: b%d}\n" % (i, (i + 1) % 2000))
'
measure unplaced 1024 30 "$M" info unplaced.yaml
check "unplaced: 2 000 boxes in a cycle are laid out (exit $status)" [ "$status" = 0 ]

# --- The alias bomb and deep nesting.
measure bomb 512 10 "$M" info "$fixtures/alias-bomb.yaml"
check "bomb: exit status 2" [ "$status" = 2 ]
check "bomb: refused, located" grep -q "alias-bomb.yaml:6:44: the document has more than 1000000 values" bomb.err
python3 -c 'open("deep.yaml", "w").write("mlsd: 1\ntitle: Deep\nboxes: " + "[" * 1000000 + "]" * 1000000 + "\n")'
measure deep 512 10 "$M" info deep.yaml
check "deep: exit status 2 (not a crash)" [ "$status" = 2 ]
check "deep: refused, located" grep -q "deep.yaml:3:.*nesting is deeper than 64 levels" deep.err
python3 -c 'open("unclosed.yaml", "w").write("mlsd: 1\ntitle: Deep\nboxes: " + "[{" * 1000000)'
measure unclosed 512 10 "$M" info unclosed.yaml
check "unclosed: exit status 2 (not a crash)" [ "$status" = 2 ]

# --- Not a board: a folder, a FIFO, a binary file, invalid UTF-8, /dev/zero, no permission.
mkdir folder.yaml
"$M" info folder.yaml >out 2>err
check "folder: exit status 2 ($?)" [ "$?" = 2 ]
check "folder: says it is a folder" grep -q "folder.yaml: is a folder, not a file" err
mkfifo pipe.yaml
timeout 10 "$M" info pipe.yaml >out 2>err
status=$?
check "fifo: refused without waiting for a writer (exit $status)" [ "$status" = 2 ]
check "fifo: says it is not a regular file" grep -q "pipe.yaml: is not a regular file" err
timeout 10 "$M" info /dev/zero >out 2>err
status=$?
check "/dev/zero: refused, not read forever (exit $status)" [ "$status" = 2 ]
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >picture.yaml
"$M" info picture.yaml >out 2>err
check "binary: exit status 2 ($?)" [ "$?" = 2 ]
check "binary: names the first bad byte" grep -q "picture.yaml: is not valid UTF-8 text (first bad byte at offset 0)" err
printf 'mlsd: 1\ntitle: Caf\xe9\n' >latin1.yaml
"$M" info latin1.yaml >out 2>err
check "latin-1: exit status 2 ($?)" [ "$?" = 2 ]
check "latin-1: names the byte offset" grep -q "latin1.yaml: is not valid UTF-8 text (first bad byte at offset 18)" err
printf 'mlsd: 1\ntitle: a\x1b[2Jb\x07\n' >rawesc.yaml
"$M" info rawesc.yaml >out 2>err
check "raw ESC in a file: exit status 2 ($?)" [ "$?" = 2 ]
check "raw ESC in a file: located at line 2" grep -q "rawesc.yaml:2:" err
check "raw ESC in a file: the message holds no raw escape" no_raw_escape err
if [ "$(id -u)" = 0 ]; then
  echo "skip unreadable file: running as root, permissions do not stop root"
else
  printf 'mlsd: 1\ntitle: T\n' >secret.yaml
  chmod 000 secret.yaml
  "$M" info secret.yaml >out 2>err
  check "unreadable: exit status 2 ($?)" [ "$?" = 2 ]
  check "unreadable: says permission denied" grep -q "secret.yaml: cannot open: Permission denied" err
fi

# --- Located mistakes.
for pair in "duplicate-id.yaml:8:9: boxes[2].id: duplicate box id 'store'" \
  "wrong-types.yaml:8:9: arrows[0].to: expected text, found a mapping" \
  "out-of-range.yaml:6:10: boxes[0].at[0]: expected a whole number"; do
  name=${pair%%:*}
  "$M" info "$fixtures/$name" >out 2>err
  check "$name: exit 2 and '${pair#*:}'" grep -qF "$name:${pair#*:}" err
done

# --- Cycles: load, render, check, export.
"$M" render "$fixtures/cycles.yaml" >out 2>err
check "cycles: render succeeds ($?)" [ "$?" = 0 ]
check "cycles: the diagram is drawn" grep -q "Feature store" out
"$M" check "$fixtures/cycles-unplaced.yaml" >out 2>err
status=$?
check "cycles: check runs (exit $status is 0 or 1)" [ "$status" -le 1 ]

# --- Hostile text never reaches stdout or stderr raw.
cat >hostile.yaml <<'YAML'
mlsd: 1
title: "\e]0;pwned\a\e]52;c;ZWNobyBoaQ==\a\e[2J\u202Eevil"
boxes:
  - id: a
    label: "\e[31mred\e[0m \x9B2J"
    detail: "\ePq#0;2;0;0;0\e\\"
    at: [0, 0]
  - id: b
    label: "\u2066bidi\u2069 \u200B zero"
    at: [30, 0]
arrows:
  - {from: a, to: b, label: "\e]8;;http://x\e\\link"}
groups:
  - {id: g, title: "\e[?1049h", boxes: [b]}
notes:
  requirements: "\e[2J\e[H notes"
YAML
"$M" info hostile.yaml >info.out 2>info.err
check "hostile text: info succeeds ($?)" [ "$?" = 0 ]
"$M" render hostile.yaml >render.out 2>render.err
check "hostile text: render succeeds ($?)" [ "$?" = 0 ]
"$M" check hostile.yaml >check.out 2>check.err
# Every format the binary offers, as its help lists them (ExportFormat is the one list).
formats=$("$M" export --help | tr '\n' ' ' | sed -n 's/.*(values: \([^)]*\)).*/\1/p' | tr -d ',' | tr -s ' ')
check "hostile text: export --help lists the formats ($(echo $formats))" [ "$(echo $formats | wc -w)" -ge 8 ]
for format in $formats; do
  "$M" export hostile.yaml --format "$format" >"export-$format.out" 2>"export-$format.err"
  check "hostile text: export $format succeeds" [ "$?" = 0 ]
done
check "hostile text: no raw escape, control, bidi or invisible character from info, render, check and the text exports" \
  no_raw_escape info.out info.err render.out render.err check.out check.err export-*.err \
  export-ascii.out export-unicode.out export-markdown.out export-dot.out export-excalidraw.out
# The JSON, Mermaid and SVG exports keep bidi controls and zero-width characters raw today
# (reported to the exporters' owner); they must at least carry no control character.
check "hostile text: no raw control character in the json, mermaid and svg exports" \
  no_raw_escape --controls-only export-json.out export-mermaid.out export-svg.out
check "hostile text: the title is shown visibly" grep -qF "␛]0;pwned␇" info.out
printf 'mlsd: 1\ntitle: T\n"\\e]0;pwned\\a": x\n' >badkey.yaml
"$M" info badkey.yaml >out 2>err
check "hostile key: refused ($?)" [ "$?" = 2 ]
check "hostile key: the message shows it visibly" grep -qF "␛]0;pwned␇" err
check "hostile key: no raw escape in the message" no_raw_escape err
"$M" export hostile.yaml --format dot >h.dot
if command -v dot >/dev/null; then
  check "hostile text: Graphviz accepts the DOT export" dot -Tsvg h.dot -o h.svg
else
  echo "skip Graphviz check: dot is not installed"
fi
"$M" export hostile.yaml --format json >h.json
check "hostile text: the JSON keeps the exact title" python3 -c '
import json, sys
d = json.load(open("h.json"))
assert d["title"] == "\x1b]0;pwned\x07\x1b]52;c;ZWNobyBoaQ==\x07\x1b[2J\u202eevil", repr(d["title"])
'
"$M" export hostile.yaml --format svg >h.svg
check "hostile text: the SVG is well-formed XML" python3 -c 'import xml.dom.minidom; xml.dom.minidom.parse("h.svg")'

# --- Hostile user templates, themes and Mermaid files: their text is shown visibly too.
mkdir -p "$XDG_CONFIG_HOME/mlsd/templates" "$XDG_CONFIG_HOME/mlsd/themes"
printf 'mlsd-template: 1\nid: evil\ntitle: "\\e]0;pwned\\a\\e[2J\\u202EEvil"\ndifficulty: easy\nprompt: "\\e[31mred"\n' \
  >"$XDG_CONFIG_HOME/mlsd/templates/evil.yaml"
printf 'mlsd-template: 1\nid: "\\e[2J"\ntitle: x\n' >"$XDG_CONFIG_HOME/mlsd/templates/badid.yaml"
printf '"\\e]52;c;eA==\\a": 1\n' >"$XDG_CONFIG_HOME/mlsd/themes/bad.yaml"
"$M" templates >tpl.out 2>tpl.err
check "user files: mlsd templates lists the hostile template ($?)" grep -q "^evil " tpl.out
"$M" new fromevil.yaml -t evil >new.out 2>new.err
check "user files: a board from the hostile template ($?)" [ -s fromevil.yaml ]
"$M" check fromevil.yaml >tcheck.out 2>tcheck.err
check "user files: the broken template and theme are reported" grep -q "badid.yaml:2:5: id: template id '␛\[2J'" tpl.err
check "user files: no raw escape from templates, new, check" \
  no_raw_escape tpl.out tpl.err new.out new.err tcheck.out tcheck.err
rm -rf "$XDG_CONFIG_HOME/mlsd"
printf 'flowchart LR\n  a["\x1b]0;pwned\x07 \xe2\x80\xae label"] --> b{{"\x1b[2J"}}\n  c[unclosed --> d\n' >evil.mmd
"$M" import evil.mmd -o evil-import.yaml >imp.out 2>imp.err
check "mermaid import: raw escapes in a flowchart give no raw escape in the messages" no_raw_escape imp.out imp.err

finish
