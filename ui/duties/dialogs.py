"""Logging the recurring duties: culling, documentation, the rules' revision, a larger change.

One small dialog per duty, sharing the account, day and person fields. The
core checks what was entered and records it (:mod:`assistant.workspace.recording`,
by the rules of :mod:`assistant.rules.duty_entries`); a refusal is shown under
the form and nothing typed is lost.

Signals (every dialog):
    saved(str): the record was stored; the text says so, for the status bar.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.records import Account
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import Workspace
from ui.common.evidence_picker import EvidencePicker
from ui.common.i18n import translate
from ui.common.labels import qdate
from ui.common.widgets import date_field, named, note_field, problem_label, show_refusal


class DutyDialog(QDialog):
    """What the duty dialogs share: account, day, who, the problem line and saving."""

    saved = Signal(str)
    needs_account = True

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        name: str,
        account_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.today = today(clock)
        self.me = reading.my_id(workspace)
        self.people = reading.people(workspace)
        self.accounts: dict[str, Account] = {
            account_id: account
            for account_id, account in reading.accounts(workspace).items()
            if account.is_active_on(self.today)
        }
        self.form = QFormLayout()
        self.intro = named(QLabel(), f"{name}Intro")
        self.intro.setWordWrap(True)
        self.account = named(QComboBox(self), f"{name}Account", self.tr("Account"))
        for account in sorted(self.accounts.values(), key=lambda a: a.name.casefold()):
            platform = workspace.pack.platform_name(account.platform, language)
            self.account.addItem(f"{account.name} ({platform})", account.account_id)
        self.problem = problem_label(f"{name}Problem")
        if account_id and self.account.findData(account_id) < 0:
            # Never a silent switch to another account: that would log its duty there.
            self.account.setCurrentIndex(-1)
            self.show_problem(
                self.tr(
                    "The account you were looking at is not active today, so nothing can be "
                    "logged for it. Choose an active account."
                )
            )
        elif account_id:
            self.account.setCurrentIndex(self.account.findData(account_id))
        self.day = self._date_edit(f"{name}Day", self.tr("Day done"), self.today)
        self.person = named(QComboBox(self), f"{name}Person", self.tr("Done by"))
        for person in sorted(self.people.values(), key=lambda p: p.name.casefold()):
            self.person.addItem(person.name, person.person_id)
        self.person.setCurrentIndex(max(self.person.findData(self.me), 0))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setObjectName(f"{name}Save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _date_edit(self, name: str, accessible: str, value: date) -> QDateEdit:
        edit = date_field(name, accessible)
        edit.setMaximumDate(qdate(self.today))
        edit.setDate(qdate(value))
        return edit

    def _evidence_picker(self, name: str, capture_delay_ms: int | None) -> EvidencePicker:
        """A file or screen capture, stored as evidence the moment it is chosen."""
        picker = EvidencePicker(
            self.workspace,
            self.clock,
            (f"{name}Preview", f"{name}Attach", f"{name}Capture"),
            self,
            capture_delay_ms,
        )
        picker.chosen.connect(lambda _evidence: self.problem.hide())
        picker.problem.connect(self.show_problem)
        return picker

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def chosen_account(self) -> Account | None:
        return self.accounts.get(str(self.account.currentData() or ""))

    def chosen_day(self, edit: QDateEdit | None = None) -> date:
        value: date = (edit or self.day).date().toPython()  # type: ignore[assignment]
        return value

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def fields(self) -> dict[str, QWidget]:
        """The form's widgets by the names the core's refusals give them."""
        return {"account": self.account, "day": self.day, "done_by": self.person}

    def save(self, now: datetime) -> None:
        """Record what was entered; raises UserError naming what to mend."""
        raise NotImplementedError

    def chosen_account_id(self) -> str:
        return str(self.account.currentData() or "")

    def chosen_person(self) -> str:
        return str(self.person.currentData() or "")

    def done_text(self) -> str:
        """What the status bar says once saved: :attr:`done_template` with the account."""
        account = self.chosen_account()
        return self.done_template().format(account=account.name if account else "")

    def done_template(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        if self.needs_account and self.chosen_account() is None:
            if self.accounts:
                self.show_problem(self.tr("Choose the account this was done for."))
            else:
                self.show_problem(
                    self.tr("There is no active account to log this for. Open an account first.")
                )
            return
        try:
            self.save(self.clock.now())
        except UserError as error:
            show_refusal(self.problem, error.render(translate), self.fields(), error.field)
            return
        self.saved.emit(self.done_text())
        super().accept()


class CullingDialog(DutyDialog):
    """A culling (gallring): the period culled, what went, what the platform kept."""

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        account_id: str | None = None,
        parent: QWidget | None = None,
        capture_delay_ms: int | None = None,
    ) -> None:
        super().__init__(workspace, clock, language, "culling", account_id, parent)
        self.setWindowTitle(self.tr("Log a culling"))
        months = workspace.pack.culling_interval_months
        self.intro.setText(
            self.tr(
                "Every {months} months the account's content is culled as far as the "
                "platform allows, following the municipality's culling decision. The next "
                "culling falls due {months} months after the day you give here."
            ).format(months=months)
        )
        self.first = self._date_edit("cullingFrom", self.tr("Culled from"), self.today)
        self.last = self._date_edit("cullingTo", self.tr("Culled up to"), self.today)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last)
        period.addStretch(1)
        self.removed = note_field("cullingRemoved", self.tr("What was culled"), 64)
        self.removed.setPlaceholderText(self.tr("For example: posts and comments before 1 August"))
        self.not_removable = note_field(
            "cullingKept", self.tr("What the platform did not allow removing"), 64
        )
        self.picker = self._evidence_picker("culling", capture_delay_ms)
        self.form.addRow(self.tr("&Account:"), self.account)
        self.form.addRow(self.tr("&Day culled:"), self.day)
        self.form.addRow(self.tr("Done &by:"), self.person)
        period_label = QLabel(self.tr("&Period culled:"))
        period_label.setBuddy(self.first)
        self.form.addRow(period_label, period)
        self.form.addRow(self.tr("&What was culled:"), self.removed)
        self.form.addRow(self.tr("&Not possible to remove:"), self.not_removable)
        self.form.addRow(self.tr("Evidence (optional):"), self.picker)
        self.account.currentIndexChanged.connect(self._period_from_last)
        self._period_from_last()
        self._finish_layout()

    def _period_from_last(self) -> None:
        """The period starts where the last culling ended, or when the account opened."""
        account = self.chosen_account()
        if account is None:
            return
        self.first.setDate(qdate(reading.culling_period_start(self.workspace, account, self.today)))

    def save(self, now: datetime) -> None:
        recording.log_culling(
            self.workspace,
            now,
            account_id=self.chosen_account_id(),
            done_on=self.chosen_day(),
            done_by=self.chosen_person(),
            period=(self.chosen_day(self.first), self.chosen_day(self.last)),
            removed=self.removed.toPlainText(),
            not_removable=self.not_removable.toPlainText(),
            evidence=self.picker.evidence,
        )

    def fields(self) -> dict[str, QWidget]:
        return {**super().fields(), "period": self.first, "removed": self.removed}

    def done_template(self) -> str:
        return self.tr("Saved the culling of {account}.")


class DocumentationDialog(DutyDialog):
    """The information unit's screenshot of a whole account."""

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        account_id: str | None = None,
        parent: QWidget | None = None,
        capture_delay_ms: int | None = None,
    ) -> None:
        super().__init__(workspace, clock, language, "documentation", account_id, parent)
        self.setWindowTitle(self.tr("Log documentation"))
        self.intro.setText(
            self.tr(
                "The information unit documents every account twice a year and after any "
                "larger change, by saving a screenshot of the whole account."
            )
        )
        self.picker = self._evidence_picker("documentation", capture_delay_ms)
        self.note = named(QLineEdit(), "documentationNote", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional, for example what had changed"))
        self.form.addRow(self.tr("&Account:"), self.account)
        self.form.addRow(self.tr("&Day documented:"), self.day)
        self.form.addRow(self.tr("Done &by:"), self.person)
        self.form.addRow(self.tr("Screenshot:"), self.picker)
        self.form.addRow(self.tr("&Note:"), self.note)
        self._finish_layout()

    def save(self, now: datetime) -> None:
        recording.log_documentation(
            self.workspace,
            now,
            account_id=self.chosen_account_id(),
            done_on=self.chosen_day(),
            done_by=self.chosen_person(),
            screenshot=self.picker.evidence,
            note=self.note.text(),
        )

    def fields(self) -> dict[str, QWidget]:
        return {**super().fields(), "screenshot": self.picker, "note": self.note}

    def done_template(self) -> str:
        return self.tr("Saved the documentation of {account}.")


class RevisionDialog(DutyDialog):
    """The yearly revision of the rules."""

    needs_account = False

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, clock, language, "revision", None, parent)
        self.setWindowTitle(self.tr("Log a revision of the rules"))
        self.intro.setText(
            self.tr(
                "The information unit revises the rules for social media once a year, or "
                "more often when needed. The next revision falls due a year after the day "
                "you give here."
            )
        )
        self.account.hide()
        self.note = note_field("revisionNote", self.tr("What changed"), 80)
        self.note.setPlaceholderText(self.tr("What changed, or “no changes”"))
        self.form.addRow(self.tr("&Day revised:"), self.day)
        self.form.addRow(self.tr("Done &by:"), self.person)
        self.form.addRow(self.tr("&What changed:"), self.note)
        self._finish_layout()

    def save(self, now: datetime) -> None:
        recording.log_revision(
            self.workspace,
            now,
            done_on=self.chosen_day(),
            done_by=self.chosen_person(),
            note=self.note.toPlainText(),
        )

    def fields(self) -> dict[str, QWidget]:
        return {**super().fields(), "note": self.note}

    def done_template(self) -> str:
        return self.tr("Saved the revision of the rules.")


class LargerChangeDialog(DutyDialog):
    """A larger change to an account, which the information unit then documents."""

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        account_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, clock, language, "change", account_id, parent)
        self.setWindowTitle(self.tr("Record a larger change"))
        self.intro.setText(
            self.tr(
                "A larger change, such as a new name, look or purpose, calls for the "
                "information unit to document the account again within two weeks."
            )
        )
        self.person.hide()
        self.description = named(QLineEdit(), "changeDescription", self.tr("What changed"))
        self.description.setPlaceholderText(self.tr("For example: new name and profile picture"))
        self.form.addRow(self.tr("&Account:"), self.account)
        self.form.addRow(self.tr("&Day changed:"), self.day)
        self.form.addRow(self.tr("&What changed:"), self.description)
        self._finish_layout()

    def save(self, now: datetime) -> None:
        recording.record_larger_change(
            self.workspace,
            now,
            account_id=self.chosen_account_id(),
            changed_on=self.chosen_day(),
            description=self.description.text(),
        )

    def fields(self) -> dict[str, QWidget]:
        return {**super().fields(), "description": self.description}

    def done_template(self) -> str:
        return self.tr("Recorded the change to {account}.")
