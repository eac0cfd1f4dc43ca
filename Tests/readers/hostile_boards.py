#!/usr/bin/env python3
"""Cuts Tests/MLSDCoreTests/Golden/hostile/boards.yaml (the hostile-text corpus as boards, kept
equal to HostileCorpus.swift by HostileBoardFileTests) into one board file per entry.

usage: hostile_boards.py OUT_DIR    writes OUT_DIR/NN.yaml and prints "NN<TAB>NAME" per board
"""
import os
import sys

MARKER = "# hostile "


def main():
    out = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.join(here, "..", "MLSDCoreTests", "Golden", "hostile", "boards.yaml")
    with open(source, encoding="utf-8", newline="") as f:
        text = f.read()
    os.makedirs(out, exist_ok=True)
    boards = []
    # Split on "\n" only: str.splitlines would also cut at U+2028, U+0085 and the like.
    for line in text.split("\n"):
        if line.startswith(MARKER):
            number, name = line[len(MARKER):].split(": ", 1)
            boards.append((int(number), name, []))
        elif boards:
            boards[-1][2].append(line)
    for number, name, lines in boards:
        with open(os.path.join(out, "%02d.yaml" % number), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines))
        print("%02d\t%s" % (number, name))


if __name__ == "__main__":
    main()
