"""Runs a page in headless Chromium and gives back what its script wrote.

The page is written to a temporary folder with the data it needs inlined; its script puts a JSON
text into <pre id="result"> when done, and Chromium's --dump-dom prints the page after the
scripts' virtual time budget has run out (the page needs no network: every script is a local file).
"""
import html
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.path.normpath(os.path.join(HERE, "..", "..", ".build", "readers", "py"))


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium is not installed (scripts/ensure-deps readers)")


def inline_json(value):
    """JSON for inside a <script> element: nothing in it can end the element."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def run(body, budget_ms=120000, screenshot=None, size=(1600, 1200)):
    """Loads an HTML page made of `body` and returns the parsed JSON of its #result element."""
    work = tempfile.mkdtemp(prefix="mlsd-page-")
    try:
        page = os.path.join(work, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            # The result element comes first: a script that fails at once still finds it.
            f.write("<!doctype html><html><head><meta charset='utf-8'></head><body>\n")
            f.write("<pre id='result'></pre>\n")
            f.write(body)
            f.write("\n</body></html>\n")
        args = [
            chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--allow-file-access-from-files", "--user-data-dir=" + os.path.join(work, "profile"),
            "--window-size=%d,%d" % size, "--virtual-time-budget=%d" % budget_ms,
        ]
        if screenshot:
            args.append("--screenshot=" + os.path.abspath(screenshot))
        else:
            args.append("--dump-dom")
        args.append("file://" + page)
        done = subprocess.run(args, capture_output=True, text=True, timeout=600)
        if screenshot:
            return None
        match = re.search(r"<pre id=\"result\">(.*?)</pre>", done.stdout, re.S)
        if not match or not match.group(1).strip():
            raise RuntimeError(
                "the page wrote no result (chromium exit %d): %s" % (done.returncode, done.stderr.strip()[-600:]))
        return json.loads(html.unescape(match.group(1)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
