#!/usr/bin/env python3
"""Mermaid read by mermaid.js itself (11.x from PyPI artoo-mermaid) in headless Chromium.

usage:
  mermaid_check.py exports DIR NAME... [--loose-texts NAME...]
      DIR/NAME.mmd is mlsd's Mermaid export of a board and DIR/NAME.json its JSON export. Each
      diagram must parse (mermaid.parse) and render (mermaid.render) with one node per box, one
      cluster per group, one edge per arrow and one edge label per labelled arrow, and each
      node must show its box's label and detail exactly (after --loose-texts: differences are
      printed only).
  mermaid_check.py import MLSD FILE.mmd...
      Each file must be accepted by mermaid.js (else the fixture is wrong); then `MLSD import`
      either imports it with as many boxes, arrows and groups as mermaid drew nodes, edges and
      clusters and with the boxes' texts the nodes show (spacing aside), or refuses it with a
      message located as FILE:LINE:COLUMN (a diagram other than a flowchart must be refused).
Prints one line per diagram ("ok ..." or "FAIL ..."); exits 1 when any failed.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chromium_page  # noqa: E402

MERMAID = os.path.join(chromium_page.PY, "artoo_mermaid", "assets", "mermaid.min.js")

SCRIPT = r"""
<div id="stage"></div>
<script src="%(mermaid)s"></script>
<script>
const diagrams = %(diagrams)s;
async function main() {
  const out = {results: []};
  const stage = document.getElementById("stage");
  for (let i = 0; i < diagrams.length; i++) {
    const r = {name: diagrams[i].name};
    // mermaid.js's own default size limit, unless the diagram is over it (see render below).
    const config = {startOnLoad: false, securityLevel: "strict"};
    if (diagrams[i].maxTextSize) config.maxTextSize = diagrams[i].maxTextSize;
    mermaid.initialize(config);
    try {
      const parsed = await mermaid.parse(diagrams[i].text);
      r.type = parsed.diagramType;
      const {svg} = await mermaid.render("m" + i, diagrams[i].text);
      stage.innerHTML = svg;
      const root = stage.querySelector("svg");
      const box = root.getBBox();
      r.width = Math.round(box.width);
      r.height = Math.round(box.height);
      r.nodes = root.querySelectorAll("g.node").length;
      r.clusters = root.querySelectorAll("g.cluster").length;
      r.edges = root.querySelectorAll("path.flowchart-link").length;
      r.edgeLabels = Array.from(root.querySelectorAll("g.edgeLabel"))
        .map(e => e.textContent.trim()).filter(t => t.length > 0).length;
      r.error = root.querySelector(".error-icon, .error-text") ? root.textContent.slice(0, 200) : null;
      // Each node's text as mermaid shows it, lines joined by a newline (<br> in an HTML label).
      r.nodeTexts = Array.from(root.querySelectorAll("g.node")).map(n => {
        const html = n.querySelector("foreignObject div, foreignObject span");
        if (html) {
          const copy = html.cloneNode(true);
          copy.querySelectorAll("br").forEach(b => b.replaceWith("\n"));
          return copy.textContent;
        }
        return Array.from(n.querySelectorAll("tspan.text-outer-tspan, text")).map(t => t.textContent).join("\n");
      });
    } catch (e) {
      r.error = String(e && e.message ? e.message : e).slice(0, 400);
    }
    stage.innerHTML = "";
    out.results.push(r);
  }
  document.getElementById("result").textContent = JSON.stringify(out);
}
main().catch(e => { document.getElementById("result").textContent = JSON.stringify({fatal: String(e)}); });
</script>
"""


# mermaid.js draws an error box instead of a diagram longer than this (its maxTextSize default).
DEFAULT_MAX_TEXT_SIZE = 50000


def render(diagrams):
    """[(name, text)] → (mermaid version, {name: result}). A diagram longer than mermaid's default
    size limit is drawn with the limit raised to its length, and its result says "oversize": the
    text is still parsed and drawn by mermaid.js, and the line reports the limit."""
    items = []
    for name, text in diagrams:
        item = {"name": name, "text": text}
        length = len(text.encode("utf-16-le")) // 2  # JavaScript's length: UTF-16 code units
        if length > DEFAULT_MAX_TEXT_SIZE:
            item["maxTextSize"] = length + 1
        items.append(item)
    body = SCRIPT % {"mermaid": "file://" + MERMAID, "diagrams": chromium_page.inline_json(items)}
    out = chromium_page.run(body)
    if "fatal" in out:
        raise SystemExit("mermaid harness: " + out["fatal"])
    results = {r["name"]: r for r in out["results"]}
    for item in items:
        if "maxTextSize" in item:
            results[item["name"]]["oversize"] = item["maxTextSize"] - 1
    return version(), results


def version():
    """The bundled mermaid's version, from the package's metadata."""
    for entry in os.listdir(chromium_page.PY):
        match = re.match(r"artoo_mermaid-([0-9.]+)\.dist-info$", entry)
        if match:
            return match.group(1)
    return "(unknown version)"


def is_flowchart(r):
    return r.get("type") in ("flowchart-v2", "flowchart", "flowchart-elk")


def drawn(r):
    """None when mermaid drew the diagram, else what went wrong."""
    if r.get("error"):
        return "mermaid: " + r["error"].replace("\n", " ")
    if (is_flowchart(r) and not r.get("nodes")) or not r.get("width") or not r.get("height"):
        return "mermaid drew nothing (%s nodes, %sx%s)" % (r.get("nodes"), r.get("width"), r.get("height"))
    return None


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def shown(box):
    """A box's text as mermaid should show it: the label, and the detail on a second line."""
    return box["label"] + ("\n" + box["detail"] if box.get("detail") is not None else "")


def exports(folder, names, loose):
    names = names + loose
    diagrams = [(n, read(os.path.join(folder, n + ".mmd"))) for n in names]
    version, results = render(diagrams)
    failures = 0
    for name in names:
        r = results[name]
        board = json.loads(read(os.path.join(folder, name + ".json")))
        want = {
            "nodes": len(board["boxes"]),
            "clusters": len(board["groups"]),
            "edges": len(board["arrows"]),
            "edgeLabels": sum(1 for a in board["arrows"] if a.get("label") and a["label"].strip()),
        }
        problem = drawn(r) if board["boxes"] else (("mermaid: " + r["error"]) if r.get("error") else None)
        if not problem:
            wrong = ["%s %s, board %s" % (k, r.get(k), v) for k, v in want.items() if r.get(k) != v]
            problem = "; ".join(wrong) if wrong else None
        # Every box's text as mermaid shows it. For the hostile corpus the browser's HTML rules
        # change some texts (spaces at the ends trimmed, CR made a line end, NUL and C1 codes
        # replaced); those are printed, not failed on.
        texts = sorted(r.get("nodeTexts") or [])
        expected = sorted(shown(b) for b in board["boxes"])
        if not problem and texts != expected:
            first = next(((w, g) for w, g in zip(expected, texts) if w != g), (None, None))
            differs = "texts differ, first: board %r, mermaid shows %r" % (first[0], first[1])
            if name in loose:
                print("     %s: %s" % (name, differs[:200]))
            else:
                problem = differs
        if problem:
            failures += 1
            print("FAIL %s: %s" % (name, problem))
        else:
            note = ""
            if "oversize" in r:
                note = " (%d characters: over mermaid's default limit of %d, drawn with it raised)" % (
                    r["oversize"], DEFAULT_MAX_TEXT_SIZE)
            print("ok   %s: %d nodes, %d edges, %d edge labels, %d clusters, %dx%d%s" % (
                name, r["nodes"], r["edges"], r["edgeLabels"], r["clusters"], r["width"], r["height"], note))
    oversize = sum(1 for r in results.values() if "oversize" in r)
    print("mermaid %s: %d/%d exports parsed and drawn (%d over its default size limit)" % (
        version, len(names) - failures, len(names), oversize))
    return failures


def imports(mlsd, files):
    diagrams = [(os.path.basename(p), read(p)) for p in files]
    version, results = render(diagrams)
    failures = 0
    work = tempfile.mkdtemp(prefix="mlsd-import-")
    for path in files:
        name = os.path.basename(path)
        r = results[name]
        problem = drawn(r)
        if problem:
            failures += 1
            print("FAIL %s: the fixture is not a diagram mermaid.js draws: %s" % (name, problem))
            continue
        board = os.path.join(work, name + ".yaml")
        done = subprocess.run([mlsd, "import", path, "-o", board, "-f"], capture_output=True, text=True)
        if done.returncode == 0 and not is_flowchart(r):
            failures += 1
            print("FAIL %s: mlsd imported a %s diagram" % (name, r.get("type")))
        elif done.returncode == 0:
            exported = subprocess.run([mlsd, "export", board, "--format", "json"], capture_output=True, text=True)
            got = json.loads(exported.stdout)
            counts = {"nodes": len(got["boxes"]), "edges": len(got["arrows"]), "clusters": len(got["groups"])}
            wrong = ["mermaid %d %s, mlsd %d" % (r[k], k, v) for k, v in counts.items() if r[k] != v]
            # The boxes' texts as mermaid shows the nodes' (HTML and Markdown read, entities
            # decoded); blocks such as <p> have no separator in textContent, so spacing is ignored.
            flat = lambda texts: sorted(re.sub(r"\s+", "", t) for t in texts)
            if not wrong and flat(r["nodeTexts"]) != flat(shown(b) for b in got["boxes"]):
                wrong.append("mermaid shows %s, mlsd %s" % (
                    json.dumps(sorted(r["nodeTexts"]), ensure_ascii=False),
                    json.dumps(sorted(shown(b) for b in got["boxes"]), ensure_ascii=False)))
            if wrong:
                failures += 1
                print("FAIL %s: imported, but %s" % (name, "; ".join(wrong)))
            else:
                print("ok   %s: imported as mermaid drew it (%d boxes, %d arrows, %d groups)" % (
                    name, counts["nodes"], counts["edges"], counts["clusters"]))
        elif done.returncode == 2 and re.search(re.escape(path) + r":\d+:\d+: ", done.stderr):
            first = done.stderr.strip().splitlines()[0]
            print("ok   %s: refused with a located message: %s" % (name, first.replace(path, name)))
        else:
            failures += 1
            print("FAIL %s: mlsd import exited %d without a FILE:LINE:COLUMN message: %s" % (
                name, done.returncode, done.stderr.strip()[:300]))
    print("mermaid %s: %d/%d inputs mermaid accepts are imported or refused with a location" % (
        version, len(files) - failures, len(files)))
    return failures


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    if sys.argv[1] == "exports":
        args = sys.argv[3:]
        cut = args.index("--loose-texts") if "--loose-texts" in args else len(args)
        failures = exports(sys.argv[2], args[:cut], args[cut + 1:])
    elif sys.argv[1] == "import":
        failures = imports(sys.argv[2], sys.argv[3:])
    else:
        raise SystemExit(__doc__)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
