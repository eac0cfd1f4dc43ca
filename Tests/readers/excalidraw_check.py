#!/usr/bin/env python3
"""An Excalidraw scene opened by the real Excalidraw component (0.15, bundled in PyPI
dash-excalidraw, with React 18 from PyPI dash) in headless Chromium.

usage: excalidraw_check.py [--no-overlaps] FILE.excalidraw [SCREENSHOT.png]
  The scene must load without an error, keep every element (as many, of the same types, every
  text the same), and draw on the canvas (pixels other than the background). Prints what it found,
  with the arrow labels that Excalidraw's own placement puts over a box; exits 1 on a failure.
  With --no-overlaps, an arrow label over a box or over another label fails too. With
  SCREENSHOT, also saves what the page shows.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chromium_page  # noqa: E402

PY = chromium_page.PY
DEPS = os.path.join(PY, "dash", "deps")

PAGE = r"""
<div id="root" style="width:1600px;height:1200px"></div>
<script>
window.EXCALIDRAW_ASSET_PATH = "file:///nonexistent/";  // no network: fonts fall back
const errors = [];
window.addEventListener("error", e => errors.push("error: " + e.message));
window.addEventListener("unhandledrejection", e => errors.push("rejection: " + e.reason));
const consoleError = console.error;
console.error = (...args) => { errors.push("console.error: " + args.map(String).join(" ").slice(0, 300)); consoleError(...args); };
</script>
<script src="%(react)s"></script>
<script src="%(reactdom)s"></script>
<script src="%(proptypes)s"></script>
<script src="%(excalidraw)s"></script>
<script>
const scene = %(scene)s;
let api = null;
let changes = 0;
function setProps(props) {
  if (props.excalidrawAPI) api = props.excalidrawAPI();
  if (props.elements) changes++;
}
function finish() {
  const out = {errors, changes};
  try {
    out.loaded = !!(window.dash_excalidraw && window.dash_excalidraw.DashExcalidraw);
    if (api) {
      const elements = api.getSceneElements();
      out.elements = elements.map(e => ({id: e.id, type: e.type, text: e.text === undefined ? null : e.text,
        containerId: e.containerId || null, x: e.x, y: e.y, width: e.width, height: e.height}));
    }
    const canvases = Array.from(document.querySelectorAll("canvas"));
    out.canvases = canvases.length;
    let drawn = 0, area = 0;
    for (const c of canvases) {
      if (!c.width || !c.height) continue;
      const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      area += c.width * c.height;
      for (let i = 0; i < data.length; i += 4) {
        const white = data[i] > 245 && data[i + 1] > 245 && data[i + 2] > 245;
        if (data[i + 3] > 0 && !white) drawn++;
      }
    }
    out.drawn = drawn;
    out.area = area;
  } catch (e) {
    errors.push("harness: " + e);
  }
  document.getElementById("result").textContent = JSON.stringify(out);
}
let root = null;
const initialData = {elements: scene.elements, appState: scene.appState, scrollToContent: true};
// The wrapper hands out Excalidraw's API through setProps from an effect that runs again when
// setProps changes: the second render, once Excalidraw is up, gives it.
function mount() {
  try {
    root = root || ReactDOM.createRoot(document.getElementById("root"));
    root.render(React.createElement(window.dash_excalidraw.DashExcalidraw, {
      id: "board", width: "1600px", height: "1200px", initialData, setProps: p => setProps(p),
    }));
  } catch (e) {
    errors.push("mount: " + e);
  }
}
mount();
setTimeout(() => {
  mount();
  setTimeout(() => {
    if (api) api.scrollToContent(undefined, {fitToContent: true});
    setTimeout(finish, 1500);
  }, 1000);
}, 2500);
</script>
"""


def overlaps(a, b):
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


def main():
    args = sys.argv[1:]
    strict = bool(args) and args[0] == "--no-overlaps"
    if strict:
        args = args[1:]
    if not args:
        raise SystemExit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        scene = json.load(f)
    files = {
        "react": "file://" + os.path.join(DEPS, "react@18.3.1.min.js"),
        "reactdom": "file://" + os.path.join(DEPS, "react-dom@18.3.1.min.js"),
        "proptypes": "file://" + os.path.join(DEPS, "prop-types@15.8.1.min.js"),
        "excalidraw": "file://" + os.path.join(PY, "dash_excalidraw", "dash_excalidraw.min.js"),
        "scene": chromium_page.inline_json(scene),
    }
    page = PAGE % files
    out = chromium_page.run(page, budget_ms=30000)
    if len(args) > 1:
        chromium_page.run(page, budget_ms=30000, screenshot=args[1], size=(1600, 1200))
    # Excalidraw fetches some chunks and its fonts from its asset path at run time; dash-excalidraw
    # does not ship them and there is no network here. Those failures are reported, not failed on.
    missing = [e for e in out.get("errors", []) if "nonexistent/" in e or "ChunkLoadError" in e or "NetworkError" in e]
    problems = [e for e in out.get("errors", []) if e not in missing]
    if not out.get("loaded"):
        problems.append("the Excalidraw component did not load")
    got = out.get("elements")
    want = [e for e in scene["elements"] if not e.get("isDeleted")]
    if got is None:
        problems.append("Excalidraw gave no scene (no API)")
        got = []
    else:
        if sorted(e["type"] for e in got) != sorted(e["type"] for e in want):
            problems.append("the scene has %d elements, the file %d" % (len(got), len(want)))
        texts = lambda elements: sorted(e["text"] for e in elements if e["type"] == "text")  # noqa: E731
        if texts(got) != texts(want):
            lost = set(texts(want)) - set(texts(got))
            problems.append("texts changed on load: %s" % sorted(lost)[:5])
    if not out.get("drawn"):
        problems.append("nothing drawn on the canvas")
    boxes = [e for e in got if e["type"] == "rectangle"]
    # mlsd's arrow labels: "arrow-N-label" (bound to the arrow or not: Excalidraw moves a bound
    # one to the arrow's middle, and leaves a free one where the file put it).
    labels = [e for e in got if e["type"] == "text" and e["id"].startswith("arrow-") and e["id"].endswith("-label")]
    # A group's frame is a rectangle too (or lines, open where arrows cross it); only the boxes
    # (their ids start with "box") count here.
    over = [(t["text"], b["id"]) for t in labels for b in boxes if b["id"].startswith("box") and overlaps(t, b)]
    crossed = [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1:] if overlaps(a, b)]
    print("excalidraw 0.15: %d elements loaded (%d in the file), %d canvas pixels drawn" % (
        len(got), len(want), out.get("drawn", 0)))
    print("  as Excalidraw places them: %d arrow labels, %d over a box%s, %d over another label%s" % (
        len(labels), len(over), (" (" + "; ".join("%r over %s" % o for o in over[:3]) + ")") if over else "",
        len(crossed), (" (" + "; ".join("%r and %r" % c for c in crossed[:3]) + ")") if crossed else ""))
    if strict and (over or crossed):
        problems.append("%d arrow labels over a box and %d over another label" % (len(over), len(crossed)))
    if missing:
        print("note: %d asset loads failed (Excalidraw's run-time chunks and fonts, not shipped in dash-excalidraw)" % len(missing))
    for p in problems:
        print("FAIL " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
