"""Exporting the duty calendar from the Duties menu: an .ics for Outlook, or a CSV.

The same file as ``kontokoll ics`` writes (see :mod:`assistant.exports.calendar`):
the next twelve months of culling, documentation and revision dates, each
with a reminder when it becomes due soon; an overdue duty stands on today,
or the next working day. :class:`CalendarExportDialog` asks first whose
duties go in: by default only the duties the user holds (as in My day),
every duty in the municipality if they choose so. A person who cannot
import .ics files (some workplaces block them) picks the CSV type instead.

Reading the dates and writing the file both run on a worker thread: the
worker reads the log on a database connection of its own
(:meth:`~assistant.workspace.data_folder.Workspace.elsewhere`, as the review
does), since SQLite's connections stay in the thread that opened them. At
1000 accounts and ten years the dates take about 1 s, the .ics of their
5,700 events about 3.5 s in all; the window stays responsive meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.exports.calendar import write_csv, write_ics
from assistant.messages import Counted, Message, UserError
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.off_thread import run_off_thread
from ui.common.widgets import hint_label, named

EXPORT_MONTHS = 12
DutyCalendar = Counted("DutyCalendar")
"""The export's texts with a count (see :class:`~assistant.messages.Counted`)."""


class CalendarExportDialog(QDialog):
    """Whose duties go into the calendar: the user's own, or every duty in the municipality.

    ``chosen`` carries True for every duty once the person presses Save.
    """

    chosen = Signal(bool)

    def __init__(self, knows_me: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarExportDialog")
        self.setWindowTitle(self.tr("Export duty calendar"))
        intro = named(
            QLabel(
                self.tr(
                    "The culling, documentation and revision dates of the next {months} "
                    "months, each with a reminder when it becomes due soon. A duty already "
                    "overdue stands on today, or the next working day, so that your calendar "
                    "reminds you of it."
                ).format(months=EXPORT_MONTHS)
            ),
            "calendarExportIntro",
        )
        intro.setWordWrap(True)
        self.mine = named(
            QRadioButton(self.tr("&Only my duties")), "calendarMine", self.tr("Only my duties")
        )
        mine_hint = named(
            hint_label(
                self.tr(
                    "The cullings of the accounts you are officer or deputy for and, if you "
                    "belong to the information unit, the documentation and the revision of "
                    "the rules."
                )
            ),
            "calendarMineHint",
        )
        self.everyone = named(
            QRadioButton(self.tr("&All duties in the municipality, not only mine")),
            "calendarAll",
            self.tr("All duties in the municipality"),
        )
        if knows_me:
            self.mine.setChecked(True)
        else:
            self.mine.setEnabled(False)
            self.everyone.setChecked(True)
            mine_hint.setText(
                self.tr(
                    "Kontokoll does not yet know who uses this workstation, so every duty "
                    "goes into the calendar."
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save…"))
        save.setObjectName("calendarSave")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setObjectName("calendarCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The hint belongs to the first choice: right under it, indented like its text.
        indent = self.mine.sizeHint().height() + 4
        mine_hint.setContentsMargins(indent, 0, 0, 0)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.mine)
        choices.addWidget(mine_hint)
        choices.addSpacing(8)
        choices.addWidget(self.everyone)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(choices)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        everyone = self.everyone.isChecked()
        super().accept()
        self.chosen.emit(everyone)


def export_calendar(
    parent: QWidget,
    workspace: Workspace,
    clock: Clock,
    language: str,
    done: Callable[[str], None],
    path: Path | None = None,
) -> CalendarExportDialog:
    """Ask whose duties, then write the calendar (asking where, if ``path`` is None).

    ``done`` gets what was done; a file that cannot be written is explained
    in a message box instead.
    """
    dialog = CalendarExportDialog(bool(reading.my_id(workspace)), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(
        lambda everyone: _save(parent, workspace, clock, language, done, path, everyone)
    )
    dialog.open()
    return dialog


def _save(
    parent: QWidget,
    workspace: Workspace,
    clock: Clock,
    language: str,
    done: Callable[[str], None],
    path: Path | None,
    everyone: bool,
) -> None:
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
    on, now, target = today(clock), clock.now(), path

    def write() -> str:
        # The log is read on a connection of the worker's own (SQLite's stay in their thread).
        with workspace.elsewhere() as here:
            entries = reading.calendar_entries(here, on, EXPORT_MONTHS, language, everyone)
        if target.suffix.lower() == ".csv":
            write_csv(entries, target, translate=translate)
        else:
            write_ics(entries, target, now=now, translate=translate)
        return _told(len(entries), everyone, target).render(translate)

    run_off_thread(parent, write, done, lambda error: _refuse(parent, error))


def _told(count: int, everyone: bool, path: Path) -> Message:
    if everyone:
        return DutyCalendar.tr(
            "Saved %n dates of every duty in the municipality for the next {months} months "
            "in {path}.",
            "",
            count,
            months=EXPORT_MONTHS,
            path=path,
        )
    return DutyCalendar.tr(
        "Saved %n dates of your duties for the next {months} months in {path}.",
        "",
        count,
        months=EXPORT_MONTHS,
        path=path,
    )


def _refuse(parent: QWidget, error: UserError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "The calendar was not saved"),
        error.render(translate),
        parent=parent,
    )
    box.setObjectName("calendarErrorBox")
    box.open()
