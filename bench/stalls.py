"""How long the GUI thread stalls on three actions in the real main window, beside a reference.

    QT_QPA_PLATFORM=offscreen python -m bench.stalls --data-dir /tmp/stalls-200 [--runs 7]

The data folder is a demo log (``kontokoll demo --data-dir DIR --accounts 200
--people 60 --years 10``). A 5 ms QTimer on the GUI thread notes the longest
gap between its ticks while each action runs and the event loop settles: opening
an account page, going back to My day (Esc), and opening the check dialog. The
reference, in the same run: a bare QDialog holding a QTableView of as many rows
as the account page shows, default sizing. Prints median and spread of each and
the ratio to the reference. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

from assistant.clock import SystemClock
from assistant.settings import Settings
from ui.window.main_window import MainWindow


class Gaps:
    """The longest gap between the ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def measure(self, action: Callable[[], object], settle_ms: int = 150) -> float:
        """The longest stall (ms) while ``action`` runs and the loop settles after it."""
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer.start()
        settle(20)
        self.longest = 0
        self.last = self.clock.elapsed()
        action()
        self._tick()
        settle(settle_ms)
        self.timer.stop()
        return float(self.longest)


def settle(ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)


def _spread(times: list[float]) -> str:
    ms = sorted(times)
    return f"median {statistics.median(ms):6.1f} ms  (min {ms[0]:.1f}, max {ms[-1]:.1f})"


def _reference(rows: int) -> QDialog:
    dialog = QDialog()
    model = QStandardItemModel(rows, 4, dialog)
    for row in range(rows):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"2026-01-{row % 28 + 1:02d} text {column}"))
    table = QTableView()
    table.setModel(model)
    QVBoxLayout(dialog).addWidget(table)
    dialog.show()
    return dialog


def _open_reference(made: list[QDialog], rows: int) -> None:
    made.append(_reference(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    window = MainWindow(args.data_dir, Settings(language="en"), SystemClock())
    window.resize(1400, 900)
    window.show()
    while window.workspace is None:
        settle(50)
    settle(3000)  # the parts built after My day shows
    workspace = window.workspace
    assert workspace is not None
    accounts = [a for a in workspace.log.accounts().values() if a.is_active_on(window.today())]
    oldest = min(accounts, key=lambda a: a.duties_since)
    gaps = Gaps()
    timings: dict[str, list[float]] = {"open": [], "back": [], "check": [], "reference": []}
    for _run in range(args.runs):
        timings["open"].append(gaps.measure(lambda: window.open_account(oldest.account_id)))
        page = window.account_page
        assert page is not None
        rows = page.model.rowCount()
        timings["back"].append(gaps.measure(page.backRequested.emit))
        timings["check"].append(gaps.measure(lambda: window.log_check(oldest.account_id)))
        shown = QApplication.topLevelWidgets()
        for dialog in [w for w in shown if w.objectName() == "checkDialog"]:
            dialog.close()
            dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        made: list[QDialog] = []
        timings["reference"].append(gaps.measure(partial(_open_reference, made, rows)))
        for dialog in made:
            dialog.close()
            dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(f"{len(accounts)} active accounts; account page of {oldest.name}: {rows} rows")
    reference = statistics.median(timings["reference"]) or 1.0
    for name, label in (
        ("open", "open an account page"),
        ("back", "back to My day"),
        ("check", "open the check dialog"),
        ("reference", f"reference: QDialog + {rows}-row table"),
    ):
        ratio = statistics.median(timings[name]) / reference
        print(f"  {label:38} {_spread(timings[name])}  {ratio:5.2f} x")
    window.close_workspace()


if __name__ == "__main__":
    main()
