"""Exporting the duty calendar from the Duties menu: an .ics for Outlook, or a CSV.

The same file as ``kontokoll ics`` writes (see :mod:`assistant.exports.calendar`):
the next twelve months of culling, documentation and revision dates, each
with a reminder when it becomes due soon. A person who cannot import .ics
files (some workplaces block them) picks the CSV type instead.

The dates are read on the GUI thread (the database connection belongs to
it; about 10 ms for 50 accounts); writing the file, about 0.1 s for an .ics
of 400 events, runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assistant.clock import Clock, today
from assistant.exports.calendar import write_csv, write_ics
from assistant.messages import UserError
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.off_thread import run_off_thread

EXPORT_MONTHS = 12


def export_calendar(
    parent: QWidget,
    workspace: Workspace,
    clock: Clock,
    language: str,
    done: Callable[[str], None],
    path: Path | None = None,
) -> None:
    """Write the calendar (asking where, if ``path`` is None); ``done`` gets what was done.

    A file that cannot be written is explained in a message box instead.
    """
    ics_filter = QCoreApplication.translate("MainWindow", "Calendar for Outlook (*.ics)")
    csv_filter = QCoreApplication.translate("MainWindow", "Spreadsheet, for Excel (*.csv)")
    if path is None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Export duty calendar"),
            str(Path.home() / "kontokoll.ics"),
            f"{ics_filter};;{csv_filter}",
        )
        if not chosen:
            return
        path = Path(chosen)
        # The type chosen decides, whatever the name suggests (the default ends in .ics).
        if chosen_filter or not path.suffix:
            path = path.with_suffix(".csv" if chosen_filter == csv_filter else ".ics")
    entries = reading.calendar_entries(workspace, today(clock), EXPORT_MONTHS, language)
    now = clock.now()
    target = path
    written = QCoreApplication.translate(
        "MainWindow", "Saved {count} duty date(s) for the next {months} months in {path}."
    ).format(count=len(entries), months=EXPORT_MONTHS, path=path)

    def write() -> str:
        if target.suffix.lower() == ".csv":
            write_csv(entries, target, translate=translate)
        else:
            write_ics(entries, target, now=now, translate=translate)
        return written

    run_off_thread(parent, write, done, lambda error: _refuse(parent, error))


def _refuse(parent: QWidget, error: UserError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "The calendar was not saved"),
        error.render(translate),
        parent=parent,
    )
    box.setObjectName("calendarErrorBox")
    box.open()
