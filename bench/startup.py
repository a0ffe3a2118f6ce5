"""Start-up time: Kontokoll against a bare PySide6 window, measured in the same run.

    python -m bench.startup [--runs 7] [--data-dir DIR]

Builds a data folder with 50 accounts and two years of checks (or uses DIR,
such as a big ``kontokoll demo``), then starts,
alternately, a bare QApplication + QMainWindow and Kontokoll on that folder,
each as a fresh process (a cold start of the interpreter and Qt). Each child
prints when its window was first painted and, for Kontokoll, when Today was
filled; the parent times from launching the process to reading those lines.
The issue asks for first paint ≤ 1.5 × bare and Today filled ≤ 2 × bare. Also
printed: when My day's rows have been painted (``rowsShown``: what a user sees)
and when everything built after them is built (``settled``: the register,
Review, reminders and the team folder, a part per turn of the event loop).

Kontokoll's modules are compiled to bytecode first, as an installed copy's
are: with ``PYTHONDONTWRITEBYTECODE`` set, every changed module would
otherwise be compiled from source at each start, which no user sees.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.municipality import fill

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
            app.quit()
app = QApplication([])
window = Window()
window.resize(1000, 640)
window.show()
app.exec()
"""

KONTOKOLL = """
import sys
from PySide6.QtWidgets import QApplication
from assistant.cli.main import parse
from ui.window.app import run_gui
def watch(window):
    window.firstPainted.connect(lambda: print("painted", flush=True))
    window.todayFilled.connect(lambda: print("filled", flush=True))
    window.rowsShown.connect(lambda: print("rows", flush=True))
    def settled():
        print("settled", flush=True)
        QApplication.instance().quit()
    window.settled.connect(settled)
sys.exit(run_gui(parse(["--data-dir", sys.argv[1]]), window_created=watch))
"""


def timed(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - start
    if child.wait() != 0:
        raise SystemExit(f"the child process failed: {code[:40]}…")
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="start on this data folder instead")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        data = options.data_dir or Path(temp) / "data"
        if options.data_dir is None:
            fill(data, accounts=50, years=2)
        root = Path(__file__).resolve().parent.parent
        for package in ("assistant", "ui"):
            compileall.compile_dir(root / package, quiet=1)
        timed(BARE)  # warm the file cache for both
        timed(KONTOKOLL, str(data))
        bare, painted, filled, rows, settled = [], [], [], [], []
        for _ in range(options.runs):
            bare.append(timed(BARE)["painted"])
            marks = timed(KONTOKOLL, str(data))
            painted.append(marks["painted"])
            filled.append(marks["filled"])
            rows.append(marks["rows"])
            settled.append(marks["settled"])
    b, p, f, r, s = (statistics.median(v) for v in (bare, painted, filled, rows, settled))
    what = options.data_dir or "50 accounts, 2 years of checks"
    print(f"data: {what}; median of {options.runs} cold starts")
    print(f"bare PySide6 window painted:   {b * 1000:6.0f} ms")
    print(f"Kontokoll window painted:      {p * 1000:6.0f} ms   ratio {p / b:.2f} (limit 1.5)")
    print(f"Kontokoll Today filled:        {f * 1000:6.0f} ms   ratio {f / b:.2f} (limit 2.0)")
    print(f"My day's rows painted:         {r * 1000:6.0f} ms   ratio {r / b:.2f}")
    print(f"everything built (settled):    {s * 1000:6.0f} ms   ratio {s / b:.2f}")
    spread = [max(v) - min(v) for v in (bare, rows, settled)]
    print(
        "spread (max - min): bare {:.0f} ms, rows {:.0f} ms, settled {:.0f} ms".format(
            *(x * 1000 for x in spread)
        )
    )


if __name__ == "__main__":
    main()
