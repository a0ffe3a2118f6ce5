"""Exporting the duty calendar from the Duties menu: an .ics for Outlook, or a CSV.

The same file as ``kontokoll ics`` writes (see :mod:`assistant.calendar_export`):
the next twelve months of culling, documentation and revision dates, each
with a reminder when it becomes due soon. A person who cannot import .ics
files (some workplaces block them) picks the CSV type instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assistant.calendar_export import read_calendar_entries, write_csv, write_ics
from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.workspace import Workspace
from ui.i18n import translate

EXPORT_MONTHS = 12


def export_calendar(
    parent: QWidget,
    workspace: Workspace,
    clock: Clock,
    language: str,
    path: Path | None = None,
) -> str | None:
    """Write the calendar (asking where, if ``path`` is None); a sentence saying what was done."""
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
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv" if chosen_filter == csv_filter else ".ics")
    entries = read_calendar_entries(workspace, today(clock), EXPORT_MONTHS, language)
    try:
        if path.suffix.lower() == ".csv":
            write_csv(entries, path, translate=translate)
        else:
            write_ics(entries, path, now=clock.now(), translate=translate)
    except UserError as error:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "The calendar was not saved"),
            error.render(translate),
            parent=parent,
        )
        box.setObjectName("calendarErrorBox")
        box.open()
        return None
    return QCoreApplication.translate(
        "MainWindow", "Saved {count} duty date(s) for the next {months} months in {path}."
    ).format(count=len(entries), months=EXPORT_MONTHS, path=path)
