#!/usr/bin/env python3
"""Start-up to the first frame: starts `mlsd open FILE` in a detached tmux session of 120x40 and
polls capture-pane until the board title is on the screen; prints every run and the median.

The same loop run on `printf TITLE; sleep` measures the harness itself (tmux starting a pane, the
polling), which is printed as the floor: mlsd's own start-up is the difference.

usage: startup.py MLSD BOARD_FILE [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def board_title(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("title:"):
                title = line[len("title:"):].strip()
                if len(title) >= 2 and title[0] == title[-1] and title[0] in "'\"":
                    title = title[1:-1]
                return title
    raise SystemExit(f"startup.py: no 'title:' line in {path}")


def time_to_text(tmux, name, command, text, limit=30.0):
    """Milliseconds from asking tmux for the session until `text` is on its screen, or None."""
    start = time.perf_counter()
    subprocess.run(tmux + ["new-session", "-d", "-s", name, "-x", "120", "-y", "40", command], check=True)
    try:
        while time.perf_counter() - start < limit:
            screen = subprocess.run(
                tmux + ["capture-pane", "-p", "-t", name], capture_output=True, text=True
            ).stdout
            if text in screen:
                return (time.perf_counter() - start) * 1000
        return None
    finally:
        subprocess.run(tmux + ["kill-session", "-t", name], capture_output=True)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    mlsd = os.path.abspath(sys.argv[1])
    board = os.path.abspath(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    # The top line shows the title truncated to the screen; 30 characters are always there.
    title = board_title(board)[:30]
    home = tempfile.mkdtemp(prefix="mlsd-startup-")
    env = f"env TERM=xterm-256color LANG=C.UTF-8 HOME={home} XDG_CONFIG_HOME={home}/config XDG_DATA_HOME={home}/data"
    tmux = ["tmux", "-L", f"mlsd-startup-{os.getpid()}", "-f", "/dev/null"]
    # A session that lives for the whole measurement, so that no run pays for starting the tmux server.
    subprocess.run(tmux + ["new-session", "-d", "-s", "keep", "-x", "120", "-y", "40", "sleep 3600"], check=True)
    try:
        results = {}
        for label, command in [
            ("floor (printf TITLE)", f"{env} sh -c 'printf \"%s\\n\" \"{title}\"; sleep 30'"),
            ("mlsd open", f"{env} {mlsd} open {board}"),
        ]:
            samples = []
            for i in range(runs):
                ms = time_to_text(tmux, f"run{i}", command, title)
                if ms is None:
                    print(f"{label}: run {i + 1}: the title did not appear within 30 s")
                    continue
                samples.append(ms)
            results[label] = samples
            shown = " ".join(f"{s:.1f}" for s in samples)
            median = f"{statistics.median(samples):.1f}" if samples else "-"
            print(f"{label}: median {median} ms of {len(samples)} runs: {shown}")
        if results["floor (printf TITLE)"] and results["mlsd open"]:
            floor = statistics.median(results["floor (printf TITLE)"])
            ours = statistics.median(results["mlsd open"])
            print(f"mlsd start-up to first frame, floor subtracted: {ours - floor:.1f} ms")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


if __name__ == "__main__":
    main()
