"""How long the GUI thread stalls on each action in the real main window, beside a reference.

    QT_QPA_PLATFORM=offscreen python -m bench.stalls --data-dir /tmp/stalls-200 [--runs 5]

The data folder is a demo log (``kontokoll demo --data-dir DIR --accounts 200
--people 60 --years 10``). A 5 ms QTimer on the GUI thread notes the longest
gap between its ticks while each action runs, its work on workers comes back
and the event loop settles:

- start-up: from making the window to everything built after My day (``settled``);
- refreshing every screen, as after each save (My day, the register, Covering,
  Review, the duty list);
- opening the oldest account's page (its days read on a worker) and going back;
- opening the check dialog;
- the Review of each quick period and of every year, read on its worker and painted;
- the duty calendar of everyone's duties, twelve months, written on a worker.

The reference, in the same run: a bare QDialog holding a QTableView of as
many rows as the account page shows, default sizing. Prints median and spread
of each and the ratio to the reference. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import collections
import gc
import statistics
import sys
import tempfile
import threading
import time
import traceback
import types
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

from assistant.clock import SystemClock
from assistant.settings import Settings
from ui.review.periods import Period
from ui.window.main_window import MainWindow
from ui.window.role_views import View

WAIT_LIMIT_S = 120.0


class Watch(threading.Thread):
    """With ``--why``: where the GUI thread is whenever its timer has not ticked for 40 ms."""

    def __init__(self, gaps: Gaps) -> None:
        super().__init__(daemon=True)
        self.gaps = gaps
        self.gui = threading.get_ident()
        self.seen: collections.Counter[str] = collections.Counter()

    def run(self) -> None:
        while True:
            time.sleep(0.01)
            gaps = self.gaps
            if gaps.timer_running and gaps.clock.elapsed() - gaps.last > 40:
                frame = sys._current_frames().get(self.gui)
                if frame is not None:
                    self.seen[f"{gaps.action}:\n{_ours(frame)}"] += 1

    def report(self) -> None:
        for where, count in self.seen.most_common(12):
            print(f"--- {count * 10} ms of stalls here:\n{where}")


def _ours(frame: types.FrameType) -> str:
    """The innermost lines of Kontokoll's own code on the stack, or that Qt is working."""
    lines = [
        f"    {entry.filename.split('/main/')[-1]}:{entry.lineno} {entry.name}"
        for entry in traceback.extract_stack(frame)
        if ("/ui/" in entry.filename or "/assistant/" in entry.filename)
    ]
    return "\n".join(lines[-4:]) or "    (in Qt: layout, painting or events, no Python)"


class Gaps:
    """The longest gap between the ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer_running = False
        self.action = ""
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

    def measure(
        self,
        action: Callable[[], object],
        done: Callable[[], bool] = lambda: True,
        settle_ms: int = 150,
    ) -> float:
        """The longest stall (ms) while ``action`` runs, until ``done``, and the loop settles."""
        self.clock.start()
        self.timer.start()
        self.timer_running = True
        settle(20)
        self.longest = 0
        self.last = self.clock.elapsed()
        action()
        self._tick()
        wait_until(done)
        settle(settle_ms)
        self.timer.stop()
        self.timer_running = False
        return float(self.longest)


def settle(ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)


def wait_until(done: Callable[[], bool]) -> None:
    end = time.perf_counter() + WAIT_LIMIT_S
    while not done():
        if time.perf_counter() > end:
            raise SystemExit("an action did not finish in two minutes")
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


def _close_all(name: str | None, made: list[QDialog] | None = None) -> None:
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == name]
    for dialog in made or shown:
        dialog.close()
        dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _start(data_dir: Path, gaps: Gaps) -> tuple[MainWindow, float]:
    """The window, made and shown, and the longest stall until it settled."""
    made: list[MainWindow] = []
    settled: list[bool] = []

    def make() -> None:
        window = MainWindow(data_dir, Settings(language="en"), SystemClock())
        window.settled.connect(gc.freeze)  # as ui.window.app.run_gui does
        window.settled.connect(lambda: settled.append(True))
        window.resize(1400, 900)
        window.show()
        made.append(window)

    stall = gaps.measure(make, lambda: bool(settled), settle_ms=300)
    return made[0], stall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--why", action="store_true", help="print where the GUI thread stalled over 40 ms"
    )
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    gaps = Gaps()
    watch = Watch(gaps)
    if args.why:
        watch.start()
    window, started = _start(args.data_dir, gaps)
    workspace = window.workspace
    assert workspace is not None
    accounts = [a for a in workspace.log.accounts().values() if a.is_active_on(window.today())]
    oldest = min(accounts, key=lambda a: a.duties_since)
    timings: dict[str, list[float]] = {"start": [started]}

    def page_shown() -> bool:
        page = window.account_page
        return page is not None and not page.busy

    def note(name: str, measure: Callable[[], float]) -> None:
        gaps.action = name
        timings.setdefault(name, []).append(measure())

    window.role_views.sync_roles()
    with tempfile.TemporaryDirectory() as folder:
        calendar_path = Path(folder) / "uppgifter.ics"
        for _run in range(args.runs):
            note("refresh", lambda: gaps.measure(window.refresh))
            note(
                "open",
                lambda: gaps.measure(lambda: window.open_account(oldest.account_id), page_shown),
            )
            page = window.account_page
            assert page is not None
            rows = page.model.rowCount()
            note("back", partial(gaps.measure, page.backRequested.emit))
            note("check", lambda: gaps.measure(lambda: window.log_check(oldest.account_id)))
            _close_all("checkDialog")
            for choice in (Period.THIS_MONTH, Period.THIS_QUARTER, Period.LAST_YEAR):
                note(f"review {choice}", partial(_review, gaps, window, partial(_period, choice)))
            first = min(a.duties_since for a in accounts)
            note("review all", partial(_review, gaps, window, partial(_dates, first)))
            note("calendar", partial(_calendar, gaps, window, calendar_path))
            window.show_view(View.MY_DAY)
            made: list[QDialog] = []
            note("reference", partial(gaps.measure, partial(_open_reference, made, rows)))
            _close_all(None, made)
    print(f"{len(accounts)} active accounts; account page of {oldest.name}: {rows} rows")
    reference = statistics.median(timings["reference"]) or 1.0
    for name, label in (
        ("start", "start-up, until everything is built"),
        ("refresh", "refresh every screen (after a save)"),
        ("open", "open an account page"),
        ("back", "back to My day"),
        ("check", "open the check dialog"),
        (f"review {Period.THIS_MONTH}", "Review: this month"),
        (f"review {Period.THIS_QUARTER}", "Review: this quarter"),
        (f"review {Period.LAST_YEAR}", "Review: last year"),
        ("review all", "Review: every year"),
        ("calendar", "duty calendar, everyone, 12 months"),
        ("reference", f"reference: QDialog + {rows}-row table"),
    ):
        ratio = statistics.median(timings[name]) / reference
        print(f"  {label:38} {_spread(timings[name])}  {ratio:5.2f} x")
    window.close_workspace()
    watch.report()


def _period(choice: Period, window: MainWindow) -> None:
    view = window.role_views.review
    assert view is not None
    view.set_period(choice)


def _dates(first: date, window: MainWindow) -> None:
    view = window.role_views.review
    assert view is not None
    view.set_dates(first, window.today())


def _review(gaps: Gaps, window: MainWindow, choose: Callable[[MainWindow], None]) -> float:
    """The longest stall while the Review reads the chosen period and paints it."""
    window.show_view(View.REVIEW)
    view = window.role_views.review
    assert view is not None
    settle(50)
    return gaps.measure(lambda: choose(window), lambda: not view.busy, settle_ms=300)


def _calendar(gaps: Gaps, window: MainWindow, path: Path) -> float:
    """The longest stall while everyone's duty calendar is planned and written on a worker."""
    from ui.duties.calendar import export_calendar

    workspace = window.workspace
    assert workspace is not None
    written: list[str] = []

    def export() -> None:
        dialog = export_calendar(window, workspace, window.clock, "en", written.append, path=path)
        dialog.everyone.setChecked(True)
        dialog.accept()

    return gaps.measure(export, lambda: bool(written))


if __name__ == "__main__":
    main()
