#!/usr/bin/env python3
"""Count group-frame corners that an arrow or a box touches in mlsd's Unicode text renders.

A frame corner is a corner glyph (┌ ┐ └ ┘) whose lines are a group frame's: a dashed line (┄ or ┆)
or, for a top corner, the title's letters within four cells along one of its two lines, with only
blanks or a crossing arrow before them. Box corners have solid lines only. A corner is touched
when a cell next to it, on the frame's two lines or outside the frame (four cells in all, not the
diagonals), holds an arrow or a box line's glyph: "┌│ Title" (an arrow crossing the frame's
line beside the corner) or "│┌" (an arrow running past it outside). Prints one line per file (corners touched, frame corners) and a total.

usage: corners.py FILE...
"""
import sys
import unicodedata

CORNERS = {
    # glyph: (direction along its horizontal line, along its vertical line)
    "┌": (1, 1),
    "┐": (-1, 1),
    "└": (1, -1),
    "┘": (-1, -1),
}
# Arrow and box-line glyphs (frame lines are dashed: ┄ ┆).
LINES = set("─│┌┐└┘├┤┬┴┼▶◀▲▼╭╮╰╯")


def grid(path):
    """The render as rows of display cells (a wide character takes two cells)."""
    rows = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        row = []
        for c in line:
            row.append(c)
            if unicodedata.east_asian_width(c) in "WF":
                row.append("")
        rows.append(row)
    return rows


def at(rows, x, y):
    if 0 <= y < len(rows) and 0 <= x < len(rows[y]):
        return rows[y][x]
    return " "


def is_frame_corner(rows, x, y, hx, vy):
    # Along a frame's line only its dashes, the title, blanks (the gap round a crossing) and the
    # crossing arrow itself; a box's solid line or an arrow running along stops the look.
    for i in range(1, 5):
        c = at(rows, x + hx * i, y)
        if c == "┄" or (c.isalnum() and vy == 1):
            return True
        if c not in " │":
            break
    for i in range(1, 5):
        c = at(rows, x, y + vy * i)
        if c == "┆":
            return True
        if c not in " ─":
            break
    return False


def count(path):
    rows = grid(path)
    touched = frames = 0
    for y, row in enumerate(rows):
        for x, c in enumerate(row):
            if c not in CORNERS:
                continue
            hx, vy = CORNERS[c]
            if not is_frame_corner(rows, x, y, hx, vy):
                continue
            frames += 1
            near = [(x + hx, y), (x, y + vy), (x - hx, y), (x, y - vy)]
            if any(at(rows, nx, ny) in LINES for nx, ny in near):
                touched += 1
    return touched, frames


def main():
    total_touched = total_frames = 0
    for path in sys.argv[1:]:
        touched, frames = count(path)
        total_touched += touched
        total_frames += frames
        print("%s\t%d\t%d" % (path, touched, frames))
    print("total\t%d\t%d" % (total_touched, total_frames))


if __name__ == "__main__":
    main()
