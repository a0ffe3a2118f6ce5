"""The parts of the check dialog that keep a check honest: its steps, when it was logged,
whether the day was checked already, and nothing written down lost by mistake.

The steps of the daily check start unticked; the person ticks the ones they
went through, or *Mark all* when they did them all. A check for a day gone by
says plainly that it is logged late. A day already checked says so as soon as
it is chosen, and logging another check of it is asked about first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.pack.model import GuidelinePack
from assistant.records import DailyCheck, Person
from assistant.rules.daily_check import logged_before
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.common.labels import clock_time, person_name
from ui.common.widgets import named


class ReviewedSteps(QWidget):
    """One box per step of the daily check, none ticked, and *Mark all*."""

    def __init__(self, pack: GuidelinePack, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for step in pack.daily_check.steps:
            box = named(QCheckBox(step.title.in_language(language)), f"reviewed_{step.id}")
            box.setToolTip(step.guidance.in_language(language))
            self.boxes[step.id] = box
            layout.addWidget(box)
        self.mark_all = named(QPushButton(self.tr("Mar&k all")), "checkAllSteps")
        self.mark_all.setToolTip(self.tr("Tick every step: you went through them all"))
        self.mark_all.setAutoDefault(False)
        self.mark_all.clicked.connect(self.tick_all)
        row = QHBoxLayout()
        row.addWidget(self.mark_all)
        row.addStretch()
        layout.addLayout(row)

    def tick_all(self) -> None:
        for box in self.boxes.values():
            box.setChecked(True)
        # On to the counts: the quick keyboard path is the accelerator, then on through the form.
        self.focusNextChild()

    def ticked(self) -> tuple[str, ...]:
        return tuple(step for step, box in self.boxes.items() if box.isChecked())

    def first(self) -> QWidget:
        """The field to go to when no step is ticked."""
        return next(iter(self.boxes.values()), self.mark_all)


def note_label(name: str) -> QLabel:
    """A line under the day that must not be missed (late, or checked already)."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    label.hide()
    return label


def logged_already(workspace: Workspace, account_id: str, day: date) -> list[DailyCheck]:
    """The checks of the account and day already in the log, not withdrawn."""
    found = reading.checks(workspace, account_id, day, day)
    return logged_before(found.checks, found.withdrawals, account_id, day)


class CheckWording(QObject):
    """What the dialog says of a check for a day gone by, or of a day checked already."""

    def late(self, day: date, today: date) -> str:
        days = (today - day).days
        return self.tr(
            "Logged late: this check is for {day}, %n days ago. It is saved as a late check, "
            "logged today.",
            "",
            days,
        ).format(day=day.isoformat())

    def already(
        self, account: str, earlier: Sequence[DailyCheck], people: Mapping[str, Person]
    ) -> str:
        """``earlier`` are the checks of the day in the log (not empty)."""
        first = earlier[0]
        text = self.tr("“{account}” was already checked for {day}: logged by {name} at {time}.")
        text = text.format(
            account=account,
            day=first.day.isoformat(),
            name=person_name(people, first.checked_by),
            time=clock_time(first.recorded_at),
        )
        if len(earlier) > 1:
            text += " " + self.tr("%n checks of that day are in the log.", "", len(earlier))
        return text


def ask_log_again(parent: QWidget, already: str, log: Callable[[], None]) -> QMessageBox:
    """Ask before a second check of the same account and day, and ``log`` it if so.

    Cancel is the default, so Enter does not log the day twice by mistake."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CheckDialog", "Log another check of this day?"),
        already
        + "\n\n"
        + QCoreApplication.translate(
            "CheckDialog",
            "Log one more check of the same day (for example a second round in the "
            "afternoon)? Both are kept. If the day was logged by mistake, cancel.",
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("checkAgainBox")
    again = box.addButton(
        QCoreApplication.translate("CheckDialog", "&Log another check"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    again.setObjectName("checkAgainYes")
    box.buttonClicked.connect(lambda button: log() if button is again else None)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_discard(parent: QWidget) -> QMessageBox:
    """Ask before throwing away a check with notes or removals written down."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CheckDialog", "Discard this check?"),
        QCoreApplication.translate(
            "CheckDialog",
            "The check has not been saved. Discard it with its notes and removals?",
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("discardCheckBox")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
