#!/usr/bin/env python3
"""Crossings, size and edge length of Graphviz dot's layout, read from `dot -Tplain` output.

usage: dotquality.py PLAIN...   (prints a header line, then one tab-separated line a file)

Method: each edge's spline in the plain output is a B-spline given as 1 + 3k control points
(k cubic Bezier pieces). Every piece is sampled at 24 steps into a polyline. Two edges cross
where segments of their polylines properly intersect; crossing points of one pair closer than
0.05 inch are one crossing (a spline touching another twice in a row), and for edges that share
an end node, intersections within 0.15 inch of that node's border are where they meet, not a
crossing, and are not counted. Size is the graph's bounding box in inches; length the sum of the
polylines' lengths in inches.
"""
import itertools
import math
import shlex
import sys

STEPS = 24


def bezier(p0, p1, p2, p3, t):
    u = 1 - t
    return (
        u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
        u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    )


def polyline(points):
    out = [points[0]]
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i : i + 4]
        for s in range(1, STEPS + 1):
            out.append(bezier(p0, p1, p2, p3, s / STEPS))
    return out


def intersect(a, b, c, d):
    """The point where segments ab and cd properly cross, or None."""
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    den = r[0] * s[1] - r[1] * s[0]
    if abs(den) < 1e-12:
        return None
    t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den
    u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / den
    if 0 < t < 1 and 0 < u < 1:
        return (a[0] + t * r[0], a[1] + t * r[1])
    return None


def near_node(p, node, margin):
    x, y, w, h = node
    return abs(p[0] - x) <= w / 2 + margin and abs(p[1] - y) <= h / 2 + margin


def measure(path):
    nodes = {}
    edges = []
    width = height = 0.0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = shlex.split(line)
            if not parts:
                continue
            if parts[0] == "graph":
                width, height = float(parts[2]), float(parts[3])
            elif parts[0] == "node":
                nodes[parts[1]] = tuple(float(v) for v in parts[2:6])
            elif parts[0] == "edge":
                n = int(parts[3])
                coords = [float(v) for v in parts[4 : 4 + 2 * n]]
                pts = list(zip(coords[0::2], coords[1::2]))
                edges.append((parts[1], parts[2], polyline(pts)))
    length = 0.0
    for _, _, line in edges:
        length += sum(math.dist(p, q) for p, q in zip(line, line[1:]))
    crossings = 0
    for (t1, h1, l1), (t2, h2, l2) in itertools.combinations(edges, 2):
        shared = [nodes[n] for n in {t1, h1} & {t2, h2} if n in nodes]
        found = []
        for a, b in zip(l1, l1[1:]):
            for c, d in zip(l2, l2[1:]):
                p = intersect(a, b, c, d)
                if p is None or any(near_node(p, node, 0.15) for node in shared):
                    continue
                if all(math.dist(p, q) >= 0.05 for q in found):
                    found.append(p)
        crossings += len(found)
    return crossings, width, height, length, len(edges)


def main():
    print("\t".join(["file", "crossings", "width in", "height in", "edge length in", "edges"]))
    for path in sys.argv[1:]:
        c, w, h, length, n = measure(path)
        print(f"{path}\t{c}\t{w:.1f}\t{h:.1f}\t{length:.1f}\t{n}")


if __name__ == "__main__":
    main()
