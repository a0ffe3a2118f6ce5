"""The dialog that withdraws (makulerar) an entry logged by mistake, asking why.

It says what is withdrawn and what withdrawing means (the entry stays in the
log, marked, and stops counting), takes the reason, and records the
withdrawal through :func:`assistant.workspace.recording.withdraw`. A refusal
(no reason, not allowed, already withdrawn) is shown under the form; the
reason typed is kept. A checklist run is withdrawn as *called off*: the
dialog says so, and what calling off gives back.

Signals:
    withdrawn(str): the entry was withdrawn; the text says so, for the status bar.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from assistant.clock import Clock, local_date
from assistant.corrections import Withdrawable
from assistant.messages import UserError
from assistant.records import (
    ChecklistRun,
    Culling,
    DailyCheck,
    Documentation,
    Person,
    Removal,
    Revision,
)
from assistant.rules.withdrawals import Entry
from assistant.workspace import recording
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.labels import person_name
from ui.common.widgets import named, note_field, problem_label, show_refusal


def describe(entry: Entry, people: Mapping[str, Person]) -> str:
    """What is withdrawn, in a few words: "the check of 2026-11-19 by Åsa Öberg"."""
    if isinstance(entry, DailyCheck):
        return QCoreApplication.translate("WithdrawDialog", "the check of {day} by {name}").format(
            day=entry.day.isoformat(), name=person_name(people, entry.checked_by)
        )
    if isinstance(entry, Removal):
        return QCoreApplication.translate("WithdrawDialog", "the removed post “{post}”").format(
            post=entry.post[:80]
        )
    if isinstance(entry, Culling):
        return QCoreApplication.translate("WithdrawDialog", "the culling of {day}").format(
            day=entry.done_on.isoformat()
        )
    if isinstance(entry, Documentation):
        return QCoreApplication.translate("WithdrawDialog", "the documentation of {day}").format(
            day=entry.done_on.isoformat()
        )
    if isinstance(entry, Revision):
        return QCoreApplication.translate(
            "WithdrawDialog", "the revision of the rules of {day}"
        ).format(day=entry.done_on.isoformat())
    if isinstance(entry, ChecklistRun):
        return QCoreApplication.translate(
            "WithdrawDialog", "the checklist begun on {day} by {name}"
        ).format(
            day=local_date(entry.recorded_at).isoformat(),
            name=person_name(people, entry.recorded_by),
        )
    return QCoreApplication.translate("WithdrawDialog", "the larger change of {day}").format(
        day=entry.changed_on.isoformat()
    )


class WithdrawDialog(QDialog):
    withdrawn = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        kind: Withdrawable,
        entry: Entry,
        people: Mapping[str, Person],
        parent: QWidget | None = None,
        *,
        what: str | None = None,
    ) -> None:
        """``what`` names the entry, in a few words, instead of :func:`describe`."""
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.workspace = workspace
        self.clock = clock
        self.kind = kind
        self.entry_id = entry.id
        self.what = what = what or describe(entry, people)
        intro = named(QLabel(), "withdrawIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        calling_off = kind is Withdrawable.CHECKLIST_RUN
        if calling_off:
            self.setWindowTitle(self.tr("Call off a checklist"))
            intro.setText(
                self.tr(
                    "Call off {what}?\n\nThe account is then as it was before the checklist "
                    "began (an account being closed is active again), the checklist leaves My "
                    "day, and starting it later begins afresh. Nothing is erased: the steps "
                    "saved stay in the account's history, marked as called off with your name "
                    "and the reason. Calling off cannot be undone."
                ).format(what=what)
            )
            reason_label = QLabel(self.tr("&Why is it called off?"))
            self.reason = note_field("withdrawReason", self.tr("Why it is called off"), 80)
            self.reason.setPlaceholderText(self.tr("For example: begun for the wrong account."))
        else:
            self.setWindowTitle(self.tr("Withdraw an entry"))
            intro.setText(
                self.tr(
                    "Withdraw {what}?\n\nA withdrawn entry is not erased: it stays in the log, "
                    "marked as withdrawn with your name and the reason, and no longer counts in "
                    "the days or the figures. Withdrawing cannot be undone; log the entry again "
                    "if it was right after all."
                ).format(what=what)
            )
            reason_label = QLabel(self.tr("&Why is it withdrawn?"))
            self.reason = note_field("withdrawReason", self.tr("Why the entry is withdrawn"), 80)
            self.reason.setPlaceholderText(self.tr("For example: logged for the wrong account."))
        reason_label.setBuddy(self.reason)
        self.problem = problem_label("withdrawProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Call off") if calling_off else self.tr("&Withdraw"))
        ok.setObjectName("withdrawConfirm")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Calling off, "Cancel" would read as the very thing (Swedish: "Avbryt").
        cancel.setText(self.tr("&Keep the checklist") if calling_off else self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            recording.withdraw(
                self.workspace,
                self.kind,
                self.entry_id,
                self.reason.toPlainText(),
                self.clock.now(),
            )
        except UserError as error:
            fields: dict[str, QWidget] = {"reason": self.reason}
            show_refusal(self.problem, error.render(translate), fields, error.field)
            return
        self.withdrawn.emit(self.tr("Withdrawn: {what}.").format(what=self.what))
        super().accept()
