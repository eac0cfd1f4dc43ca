#!/usr/bin/env bash
# End-to-end checks of the headless CLI, run as a user would: exit statuses, messages on stderr,
# byte-stable files, built-in data found by a copied binary, user folders honoured.
set -uo pipefail
M=${MLSD_BIN:?set MLSD_BIN to the mlsd binary}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
cd "$work"
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
expect_status() { # expected-status description command...
  local want=$1 what=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass "$what (exit $got)"; else fail "$what: exit $got, wanted $want; stderr: $(head -c 300 "$work/err")"; fi
}

expect_status 0 "mlsd --help" "$M" --help
grep -q "USAGE: mlsd" "$work/out" && pass "--help prints usage" || fail "--help prints usage"
expect_status 0 "mlsd --version" "$M" --version
for sub in open new templates info check diff render export import practice stats; do
  expect_status 0 "mlsd $sub --help" "$M" "$sub" --help
done
expect_status 0 "bash completion script" "$M" --generate-completion-script bash
grep -q "_mlsd" "$work/out" && pass "completion script defines _mlsd" || fail "completion script"

expect_status 0 "new b.yaml" "$M" new b.yaml
expect_status 0 "info b.yaml" "$M" info b.yaml
grep -q "Boxes:    0" "$work/out" && pass "info summarises the board" || fail "info output: $(cat "$work/out")"
expect_status 2 "new refuses to overwrite" "$M" new b.yaml
grep -q "already exists" "$work/err" && pass "overwrite message" || fail "overwrite message"

expect_status 0 "new from the generic template's reference" "$M" new ref.yaml -t generic-ml-pipeline --reference
cp ref.yaml ref1.yaml
expect_status 0 "same board written again" "$M" new ref.yaml -t generic-ml-pipeline --reference --force
cmp -s ref.yaml ref1.yaml && pass "writing an unchanged board twice gives identical bytes" || fail "bytes differ"
expect_status 0 "the reference design checks clean" "$M" check ref.yaml
grep -q "Score 100%" "$work/out" && pass "score 100%" || fail "reference score: $(head -3 "$work/out")"
expect_status 0 "check --format json" "$M" check ref.yaml --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema"]=="mlsd-check" and d["score"]==100' "$work/out" \
  && pass "JSON report parses with schema mlsd-check" || fail "JSON report"
[ -z "$(grep -P '\x1b' "$work/out")" ] && pass "no colour when stdout is not a terminal" || fail "escape codes in piped output"

# A file that does not load: the JSON report is an error object on stdout, the message on stderr.
printf 'mlsd: 1\ntitle: Bad\nboxes:\n  - id: a\n    label: A\n    colour: red\n' >bad.yaml
expect_status 2 "check --format json on a file that does not load" "$M" check bad.yaml --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); p=d["problems"][0]; assert d["schema"]=="mlsd-check" and d["passed"] is False and d["error"].startswith("bad.yaml:6:5: ") and (p["line"], p["column"])==(6, 5), d' "$work/out" \
  && grep -q "^bad.yaml:6:5: " "$work/err" && pass "the JSON error object names FILE:LINE:COLUMN, stderr says it too" \
  || fail "JSON error: $(cat "$work/out") / $(cat "$work/err")"
expect_status 2 "check --format json with an unknown --template" "$M" check ref.yaml --format json -t nope
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["problems"][0]["line"]==0 and "nope" in d["error"], d' "$work/out" \
  && pass "an unknown --template is an error object without a place" || fail "JSON --template error: $(cat "$work/out")"
# An unknown template id in the file is located as every load error is.
sed 's/^template: .*/template: news-fed/' ref.yaml >typo.yaml
expect_status 2 "check with an unknown template in the file" "$M" check typo.yaml
grep -q "^typo.yaml:[0-9]*:11: template: unknown template 'news-fed' (did you mean 'news-feed'?)" "$work/err" \
  && pass "the unknown template is named at FILE:LINE:COLUMN with a guess" || fail "unknown template: $(cat "$work/err")"
expect_status 2 "diff with an unknown template in the file" "$M" diff typo.yaml
grep -q "^typo.yaml:[0-9]*:11: template: unknown template" "$work/err" && pass "diff locates it too" || fail "diff: $(cat "$work/err")"
printf 'flowchart LR\n  a -> b\n' >arrow.mmd
expect_status 2 "import of 'a -> b'" "$M" import arrow.mmd -o arrow.yaml
grep -q "arrow.mmd:2:5: .*'-->'" "$work/err" && pass "Mermaid 'a -> b' says '-->' is meant" || fail "a -> b: $(cat "$work/err")"

expect_status 0 "render --fit with room to spare" "$M" render ref.yaml --fit 400x200 --ascii
fit_size=$(awk '{ if (length($0) > w) w = length($0) } END { print w "x" NR }' "$work/out")
python3 -c 'import sys; c, r = map(int, sys.argv[1].split("x")); assert c <= 400 and r <= 200' "$fit_size" \
  && pass "the fitted drawing is within 400x200 ($fit_size)" || fail "fitted drawing is $fit_size"
expect_status 1 "render --fit exits 1 when nothing fits" "$M" render ref.yaml --fit 30x10
grep -q "does not fit 30x10; the smallest layout is" "$work/err" && [ ! -s "$work/out" ] \
  && pass "--fit says the smallest size and prints no drawing" || fail "--fit message: $(cat "$work/err")"
expect_status 2 "render --fit needs COLSxROWS" "$M" render ref.yaml --fit 160
expect_status 0 "render --compact" "$M" render ref.yaml --compact --ascii
! grep -q "Feast offline" "$work/out" && grep -q "Offline feature store" "$work/out" \
  && pass "compact boxes show the label and no detail" || fail "compact render"
LC_ALL=C grep -q -P '[^\x00-\x7F]' "$work/out" && fail "render --compact --ascii is not 7-bit" || pass "render --ascii is 7-bit"

# Ranks and order from Graphviz dot or from mlsd's own layout: the option, the environment, bad values.
# The youtube-video-search reference is drawn differently by the two (on the generic pipeline's,
# both roads' drawings fit the page and the layout for reading takes mlsd's own).
expect_status 0 "new from the youtube-video-search reference" "$M" new yt-ref.yaml -t youtube-video-search --reference
expect_status 0 "render --layout-engine own" "$M" render yt-ref.yaml --layout-engine own
cp "$work/out" own.txt
expect_status 0 "render --layout-engine graphviz" "$M" render yt-ref.yaml --layout-engine graphviz
cmp -s own.txt "$work/out" && fail "--layout-engine graphviz drew what own drew" || pass "the two engines lay the reference out differently"
expect_status 2 "render --layout-engine with an unknown engine" "$M" render ref.yaml --layout-engine neato
expect_status 0 "new --reference with MLSD_LAYOUT_ENGINE=graphviz" env MLSD_LAYOUT_ENGINE=graphviz "$M" new gv.yaml -t youtube-video-search --reference
expect_status 0 "new --reference with MLSD_LAYOUT_ENGINE=own" env MLSD_LAYOUT_ENGINE=own "$M" new own.yaml -t youtube-video-search --reference
cmp -s gv.yaml own.yaml && fail "MLSD_LAYOUT_ENGINE did not change the layout" || pass "MLSD_LAYOUT_ENGINE picks the engine"
expect_status 2 "an unknown MLSD_LAYOUT_ENGINE" env MLSD_LAYOUT_ENGINE=neato "$M" render ref.yaml
grep -q "MLSD_LAYOUT_ENGINE: unknown layout engine 'neato' (known: own, graphviz)" "$work/err" \
  && pass "the message names the variable and the engines" || fail "MLSD_LAYOUT_ENGINE message: $(cat "$work/err")"

expect_status 0 "new from youtube-video-search" "$M" new yt.yaml --template youtube-video-search
expect_status 1 "an empty case-study board fails the check" "$M" check yt.yaml
grep -q "missing component" "$work/out" && pass "check lists what to add" || fail "check output"
grep -q "^3. Data preparation" "$work/out" && pass "report grouped by step" || fail "report not grouped by step"
expect_status 1 "diff against the reference lists what is missing" "$M" diff yt.yaml
grep -q "Missing components" "$work/out" && pass "diff output" || fail "diff output"

printf 'mlsd: 1\ntitle: T\nboxes:\n  - id: a\n    lable: A\n' >broken.yaml
expect_status 2 "a broken board is bad input" "$M" info broken.yaml
grep -qx "broken.yaml:5:5: boxes\[0\]: unknown key 'lable' in a box (did you mean 'label'?)" "$work/err" \
  && pass "FILE:LINE:COLUMN message" || fail "message was: $(cat "$work/err")"
expect_status 2 "a missing file is bad input" "$M" info nope.yaml
expect_status 2 "an unknown template is bad input" "$M" new x.yaml -t youtube-search
grep -q "did you mean 'youtube-video-search'" "$work/err" && pass "template suggestion" || fail "template suggestion: $(cat "$work/err")"
expect_status 2 "an unknown option is bad input" "$M" info --frobnicate b.yaml

mkdir -p elsewhere && cp "$M" elsewhere/mlsd
(cd / && "$work/elsewhere/mlsd" templates) >"$work/out" 2>"$work/err"
[ "$(grep -c . "$work/out")" -ge 12 ] && pass "a copied binary finds its 12 built-in templates" || fail "copied binary: $(cat "$work/out" "$work/err")"

mkdir -p "$XDG_CONFIG_HOME/mlsd/templates"
sed 's/^id: blank/id: my-own/; s/^title: Untitled design/title: My own case/' \
  <(printf 'mlsd-template: 1\nid: blank\ntitle: Untitled design\ndifficulty: easy\nprompt: Mine.\n') \
  >"$XDG_CONFIG_HOME/mlsd/templates/mine.yaml"
"$M" templates >"$work/out" 2>&1
grep -q "my-own" "$work/out" && pass "templates in \$XDG_CONFIG_HOME/mlsd/templates are listed" || fail "user template"

# A design from the corpus, written in its author's words, imported and checked: accepted, and
# --explain says how each box was read.
corpus="$root/Tests/MLSDCoreTests/Fixtures/corpus/designs/01-fraud-score-online.mmd"
expect_status 0 "import a corpus design" "$M" import "$corpus" -o fraud.yaml
"$M" check fraud.yaml -t generic-ml-pipeline --explain >"$work/out" 2>"$work/err"
grep -q "^How each box was read" "$work/out" && pass "check --explain says how each box was read" \
  || fail "--explain heading: $(tail -5 "$work/out")"
grep -A1 "^  Risk model endpoint \[scorer\]" "$work/out" | grep -q "is Online inference service (named 'model endpoint'" \
  && pass "--explain names the words a box was read from" || fail "--explain reading: $(grep -A2 scorer "$work/out")"
if grep -q "^Score" "$work/out" && ! grep -q "error.*missing component\|error.*no flow" "$work/out"; then
  pass "the corpus design has no missing component or flow"
else
  fail "the corpus design has diagram errors: $(grep error "$work/out" | head -5)"
fi

# A mistyped command is refused with a suggestion, not opened as a new board of that name.
expect_status 2 "a mistyped command" "$M" tempaltes
grep -q "unknown command 'tempaltes' (did you mean 'templates'?)" "$work/err" && [ ! -e tempaltes ] \
  && pass "mistyped command: did you mean, no file written" || fail "mistyped command: $(cat "$work/err")"
expect_status 2 "a mistyped command with a file" "$M" chekc ref.yaml
grep -q "did you mean 'check'" "$work/err" && pass "mistyped command before a file" || fail "chekc: $(cat "$work/err")"
# The kind ids, from the catalogue.
expect_status 0 "mlsd kinds" "$M" kinds
grep -q "^data-source  *Data source$" "$work/out" && pass "kinds lists ids and names" || fail "kinds: $(head -3 "$work/out")"
# No match is a search that found nothing (1, as grep), not bad input (2).
expect_status 1 "mlsd kinds with no match" "$M" kinds zzzzqqq
grep -q "no kind matches 'zzzzqqq' (mlsd kinds without a word lists them all)" "$work/err" \
  && pass "kinds: no match is said" || fail "kinds zzzzqqq: $(cat "$work/err")"
# A negative number is a value to refuse, not a missing one.
expect_status 2 "render --width -5" "$M" render ref.yaml --width -5
grep -q "width must be a positive number" "$work/err" && pass "render --width -5: a positive number" \
  || fail "render --width -5: $(cat "$work/err")"
expect_status 2 "practice --minutes -5" "$M" practice -t generic-ml-pipeline --minutes -5
grep -q "minutes must be from 5 to 180" "$work/err" && pass "practice --minutes -5: the range" \
  || fail "practice --minutes -5: $(cat "$work/err")"
# A Mermaid file is read as import reads it, with its `%% mlsd` template and notes: drawn (render,
# export) as the import lays it out, checked (check, diff, info) as it stands. Only the whiteboard
# says to import it first (its save would write a board over the flowchart).
printf 'flowchart LR\n  pay[Payment events] --> bus[Kafka]\n' >flow.mmd
expect_status 0 "render of a Mermaid file" "$M" render flow.mmd
grep -q "Payment events" "$work/out" && pass "a Mermaid file is drawn" || fail "Mermaid render: $(cat "$work/out" "$work/err")"
printf '%%%% mlsd template: generic-ml-pipeline\n%%%% mlsd notes data: split by time\n' >>flow.mmd
expect_status 0 "info on a Mermaid file" "$M" info flow.mmd
grep -q "^Template: generic-ml-pipeline" "$work/out" && grep -q "^Boxes: *2" "$work/out" \
  && pass "info reads a Mermaid file and its template comment" || fail "info flow.mmd: $(cat "$work/out" "$work/err")"
expect_status 1 "check of a Mermaid file" "$M" check flow.mmd
grep -q "no notes for step 1" "$work/out" && ! grep -q "no notes for step 3" "$work/out" \
  && pass "check reads the notes comments" || fail "check flow.mmd: $(head -20 "$work/out")"
printf 'flowchart LR\n  a --> b\n%%%% mlsd template: genric-ml-pipeline\n' >typo.mmd
expect_status 2 "check of a Mermaid file naming an unknown template" "$M" check typo.mmd
grep -q "^typo.mmd:3:19: unknown template 'genric-ml-pipeline' (did you mean 'generic-ml-pipeline'?)" "$work/err" \
  && pass "an unknown template comment is located" || fail "typo.mmd: $(cat "$work/err")"
expect_status 0 "import --template" "$M" import flow.mmd -o flow.yaml --template generic-ml-pipeline
grep -q "^Imported 2 boxes, 1 arrow and 0 groups into flow.yaml (template generic-ml-pipeline).$" "$work/out" \
  && grep -q "^template: generic-ml-pipeline" flow.yaml && pass "import sets the template" || fail "import --template: $(cat "$work/out")"
expect_status 2 "import --template with an unknown id" "$M" import flow.mmd -o flow2.yaml --template generic-ml-pipelin
grep -q "did you mean 'generic-ml-pipeline'" "$work/err" && [ ! -e flow2.yaml ] && pass "unknown template refused" \
  || fail "import unknown template: $(cat "$work/err")"
# A link without an arrowhead is imported with a located note; links mlsd cannot draw are all
# named in one run, and nothing is written; HTML in a label is read as mermaid draws it.
printf 'flowchart LR\n  a[<b>Feature</b> store] --- b[Model]\n' >open.mmd
expect_status 0 "import a link without an arrowhead" "$M" import open.mmd -o open.yaml
grep -q "^note: open.mmd:2:27: '---' has no arrowhead; imported as an arrow from a to b" "$work/err" \
  && grep -q "label: Feature store$" open.yaml && pass "an open link is noted where it is" \
  || fail "open link: $(cat "$work/err")"
printf 'flowchart LR\n  a <--> b\n  b --o c\n  c x--x d\n' >links.mmd
expect_status 2 "import links mlsd cannot draw" "$M" import links.mmd -o links.yaml
[ "$(grep -c '^links.mmd:[234]:5: ' "$work/err")" = 3 ] && [ ! -e links.yaml ] && pass "every such link named in one run" \
  || fail "links: $(cat "$work/err")"
# export with neither --format nor -o prints the text diagram; an unknown extension is named.
expect_status 0 "export to stdout without --format" "$M" export ref.yaml
grep -q "Generic production ML pipeline" "$work/out" && grep -q "┌" "$work/out" && pass "export prints the diagram" \
  || fail "export default: $(head -3 "$work/out")"
expect_status 2 "export to .png" "$M" export ref.yaml -o x.png
grep -q "'.png' is not an export format's extension" "$work/err" && pass "export names the unknown extension" \
  || fail "export .png: $(cat "$work/err")"

# A kind the catalogue does not know (a typo, or a file cut off mid-word) is warned about, located.
printf 'mlsd: 1\ntitle: T\nboxes:\n- id: a\n  label: Retraining trigger\n  kind: retrainin\n' >cut.yaml
expect_status 0 "info on a board with an unknown kind" "$M" info cut.yaml
grep -q "^warning: cut.yaml:6:9: boxes\[0\].kind: kind 'retrainin' is not a component kind (did you mean 'retraining-trigger'?)" "$work/err" \
  && pass "an unknown kind is warned about with its line" || fail "unknown kind: $(cat "$work/err")"

# The report for a person follows the locale: 7-bit look-alikes when it is not UTF-8.
LC_ALL=C "$M" check ref.yaml --explain >c-locale.out 2>&1
LC_ALL=C grep -q -P '[^\x00-\x7F]' c-locale.out && fail "check under LC_ALL=C prints non-ASCII" \
  || pass "check under LC_ALL=C is 7-bit ($(grep -c . c-locale.out) lines)"
LC_ALL=C.UTF-8 "$M" check ref.yaml >utf8.out 2>&1
grep -q "Score 100%  ·  0 errors" utf8.out && pass "check under a UTF-8 locale keeps its typography" || fail "UTF-8 check: $(head -2 utf8.out)"

if [ "$failures" -gt 0 ]; then
  echo "cli.sh: $failures failed"
  exit 1
fi
echo "cli.sh: all passed"
