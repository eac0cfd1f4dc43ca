#!/usr/bin/env python3
"""How much of each PNG is drawn: the pixels that differ from the picture's most common colour
(its background). Reads with Pillow from .build/readers/py.

usage: png_drawn.py [--may-be-empty] FILE [[--may-be-empty] FILE]...
    prints "ok|FAIL FILE WIDTH HEIGHT DRAWN_PIXELS COLOURS" per file; a picture fails when it
    cannot be read, has no pixel, or only one colour (unless the file is given after
    --may-be-empty: a board with nothing on it). Exits 1 when one failed.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "readers", "py"))
from PIL import Image  # noqa: E402


def main():
    bad = 0
    may_be_empty = False
    for path in sys.argv[1:]:
        if path == "--may-be-empty":
            may_be_empty = True
            continue
        try:
            with Image.open(path) as image:
                image.load()
                rgba = image.convert("RGBA")
        except Exception as error:  # a broken or truncated file
            print("FAIL %s cannot be read: %s" % (path, error))
            bad += 1
            may_be_empty = False
            continue
        width, height = rgba.size
        colours = rgba.getcolors(maxcolors=1 << 24) or []
        background = max(colours)[0] if colours else 0
        drawn = width * height - background
        failed = width == 0 or height == 0 or (drawn == 0 and not may_be_empty)
        print("%s %s %d %d %d %d" % ("FAIL" if failed else "ok", path, width, height, drawn, len(colours)))
        bad += failed
        may_be_empty = False
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
