#!/usr/bin/env bash
# Group titles in the practice review's fitted reference are never crossed by an arrow, in tmux
# at 160×45: the review of an empty board for references whose fitted panel drew an arrow in the
# frame line next to a title ("┌│ Prediction pipeline │┐"). When the review says the reference
# is fitted, every group title of the reference must be on the screen as a frame draws it, after
# the corner and the line's dash: "┌┄ Title " (or cut to its frame, "┌┄ Tit… "); past the title's
# trailing space an arrow may cross the line. A crossed title is a failure (MLSD_REQUIRE_TITLES=0
# reports it as a GAP line instead, to look at a board where one is known).
source "$(dirname "$0")/lib.sh"

# titles BOARD: the group titles of a board, one a line.
titles() { "$M" export "$1" --format json | python3 -c '
import json, sys
for group in json.load(sys.stdin).get("groups", []):
    print(group["title"])'; }

# crossed SCREEN_FILE TITLE...: prints each title not drawn whole (or cut) between frame dashes.
crossed() {
  python3 -c '
import sys
text = open(sys.argv[1], encoding="utf-8").read()
for title in sys.argv[2:]:
    drawn = ["┌┄ " + title + " "] + ["┌┄ " + title[:k] + "… " for k in range(1, len(title))]
    if not any(d in text for d in drawn):
        print(title)' "$@"
}

w=160 h=45
for template in ad-click-prediction visual-search; do
  reference_board "$template" "$template.yaml"
  mapfile -t names < <(titles "$template.yaml")
  tag="$template ${w}x${h}"
  check "$tag: the reference has group titles (${#names[@]})" [ "${#names[@]}" -gt 1 ]
  s="titles-$template"
  practice_to_review "$s" "$w" "$h" "$template" "Practice review — " "$tag"
  check "$tag: the fit is made" wait_gone "$s" "Fitting the diagrams to the screen" 600
  check "$tag: the status line no longer says fitting" wait_gone "$s" "fitting…" 5
  check "$tag: the reference is fitted" wait_for "$s" "Fitted: " 30
  screen "$s" > "$s.txt"
  mapfile -t bad < <(crossed "$s.txt" "${names[@]}")
  if [ "${#bad[@]}" = 0 ]; then
    pass "$tag: no group title crossed by an arrow"
  else
    echo "GAP  $tag: group titles crossed by an arrow: ${bad[*]}"
    if [ "${MLSD_REQUIRE_TITLES:-1}" = 1 ]; then fail "$tag: no group title crossed by an arrow"; fi
  fi
  keys "$s" q
  status=$(wait_exit "$s" 30)
  check "$tag: q quits the review (status $status)" [ "$status" = "0" ]
done

finish
