#!/usr/bin/env bash
# Instruction profile of one benchmark case with valgrind's callgrind (counts instructions, so the
# result does not depend on what else the machine is doing). Prints the top functions by
# inclusive and by self cost, with Swift names demangled.
#
# usage: Benchmarks/profile.sh once N          the pipeline once on board-N.yaml (library load included)
#        Benchmarks/profile.sh editor N [R]    R rounds of editor actions on board-N.yaml (default 10)
#        Benchmarks/profile.sh heap N          heap profile (valgrind's massif) of the pipeline once
# env:   SEED (default 42), TOP lines per list (default 30), OUT (default Benchmarks/.build/profile)
#
# valgrind 3.19 gives up on the DWARF 5 debug info swiftc writes ("Possibly corrupted debuginfo
# file"), so the profile runs a copy of the binary with the debug info stripped; the symbol table
# stays, which is all callgrind_annotate needs for function names.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
what=${1:-}
n=${2:-}
rounds=${3:-10}
[ -n "$what" ] && [ -n "$n" ] || { sed -n '6,9p' "$0"; exit 2; }
seed=${SEED:-42}
top=${TOP:-30}
out=${OUT:-$here/.build/profile}
mkdir -p "$out"

# SwiftPM does not notice source files added to the main package through the Benchmarks/mlsd
# link; dropping the cached build plan makes it list them again (it costs a few seconds).
rm -f .build/release.yaml .build/release/description.json
swift build -c release --product mlsd-bench >&2
bin=$(swift build -c release --show-bin-path)
"$bin/mlsd-bench" generate "$out" --seed "$seed" --sizes "$n" > /dev/null
cp "$bin/mlsd-bench" "$out/mlsd-bench-nodebug"
strip --strip-debug "$out/mlsd-bench-nodebug"

case "$what" in
  heap)
    file="$out/massif-$n.out"
    valgrind --tool=massif --massif-out-file="$file" "$out/mlsd-bench-nodebug" once "$out/board-$n.yaml" \
      > "$out/heap-$n.log" 2>&1
    # The graph of heap size over time, then the allocation tree at the peak.
    ms_print "$file" | sed -n '/^    MB/,/^Number of snapshots/p'
    peak=$(ms_print "$file" | sed -n 's/.*Detailed snapshots: .*[ [,]\([0-9][0-9]*\) (peak).*/\1/p')
    ms_print "$file" | awk -v p="$peak" '$1 == p && $2 ~ /,/ {f = 1} f' | sed -n "1,$((top + 10))p" \
      | swift demangle --simplified | cut -c1-180
    echo "Heap profile: $file (ms_print $file)"
    exit 0
    ;;
  once) args=(once "$out/board-$n.yaml") ;;
  editor) args=(editor "$out/board-$n.yaml" --rounds "$rounds") ;;
  *) echo "profile.sh: unknown case '$what' (once, editor or heap)" >&2; exit 2 ;;
esac
file="$out/callgrind-$what-$n.out"
valgrind --tool=callgrind --callgrind-out-file="$file" "$out/mlsd-bench-nodebug" "${args[@]}" > "$out/$what-$n.log" 2>&1
grep -E "Collected|refs" "$out/$what-$n.log" || true

demangle() { swift demangle --simplified | cut -c1-180; }
echo "## inclusive (a function with everything it calls)"
callgrind_annotate --inclusive=yes "$file" 2> /dev/null | sed -n '/file:function/,$p' | sed -n "3,$((top + 2))p" | demangle
echo
echo "## self (instructions in the function itself)"
callgrind_annotate "$file" 2> /dev/null | sed -n '/file:function/,$p' | sed -n "3,$((top + 2))p" | demangle
echo
echo "Profile: $file (callgrind_annotate --tree=caller $file shows who calls what)"
