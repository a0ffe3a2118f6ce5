"""The dialog that withdraws (makulerar) an entry logged by mistake, asking why.

It says what is withdrawn and what withdrawing means (the entry stays in the
log, marked, and stops counting), takes the reason, and records the
withdrawal through :func:`assistant.workspace.recording.withdraw`. A refusal
(no reason, not allowed, already withdrawn) is shown under the form; the
reason typed is kept.

Signals:
    withdrawn(str): the entry was withdrawn; the text says so, for the status bar.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from assistant.clock import Clock
from assistant.corrections import Withdrawable
from assistant.messages import UserError
from assistant.records import Culling, DailyCheck, Documentation, Person, Removal, Revision
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw an entry"))
        self.workspace = workspace
        self.clock = clock
        self.kind = kind
        self.entry_id = entry.id
        self.what = what = describe(entry, people)
        intro = named(QLabel(), "withdrawIntro")
        intro.setWordWrap(True)
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
        ok.setText(self.tr("&Withdraw"))
        ok.setObjectName("withdrawConfirm")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
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
