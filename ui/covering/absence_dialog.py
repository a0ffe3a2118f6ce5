"""Recording an absence: who is away, when, which deputy covers which account, the handover.

The officer records their own absence; a deputy records that they take over
an officer's accounts (``taking_over``). A change of an absence is recorded
as a new version of it. The core (:func:`assistant.rules.cover.record_absence`)
checks what was entered; a refusal is shown under the form and nothing
typed is lost.

Signals:
    saved(str): the absence was stored; the text says so, for the status bar.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.records import Absence, Account
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.labels import qdate
from ui.common.widgets import date_field, named, note_field, problem_label, show_refusal

NOT_COVERED = ""


class AbsenceDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        *,
        person_id: str | None = None,
        account_id: str | None = None,
        earlier: Absence | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``person_id`` is who is away (the user by default); ``account_id`` set means the
        user takes over that account (and only it, unless they choose more), in the
        absence ``earlier`` when given."""
        super().__init__(parent)
        self.setObjectName("absenceDialog")
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.today = today(clock)
        self.me = reading.my_id(workspace)
        self.people = reading.people(workspace)
        self.accounts = reading.accounts(workspace)
        self.earlier = earlier
        self.taking_over = account_id is not None
        absent = earlier.person_id if earlier else (person_id or self.me)
        if self.taking_over:
            self.setWindowTitle(self.tr("Take over an account"))
        elif earlier:
            self.setWindowTitle(self.tr("Change the absence"))
        else:
            self.setWindowTitle(self.tr("Record an absence"))

        self.intro = named(QLabel(), "absenceIntro")
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Choose who checks each account while you are away, and write down what "
                "is pending. The deputy sees the accounts under Covering and gets the "
                "reminders; every check they log says they covered for you."
            )
            if not self.taking_over
            else self.tr(
                "You check the officer's account while they are away. Their My day and "
                "reminders pass to you for those days, and your checks say you covered "
                "for them."
            )
        )
        self.person = named(QComboBox(), "absencePerson", self.tr("Who is away"))
        officers = {p for a in self.accounts.values() for p in a.officer_ids}
        for person in sorted(self.people.values(), key=lambda p: p.name.casefold()):
            if person.person_id in officers or person.person_id == absent:
                self.person.addItem(person.name, person.person_id)
        self.person.setCurrentIndex(max(self.person.findData(absent), 0))
        self.person.currentIndexChanged.connect(self._person_changed)

        self.first = date_field("absenceFirst", self.tr("First day away"))
        self.last = date_field("absenceLast", self.tr("Last day away"))
        self.first.setDate(qdate(earlier.first_day if earlier else self.today))
        self.last.setDate(qdate(earlier.last_day if earlier else self.today + timedelta(days=4)))
        self.first.dateChanged.connect(self._first_changed)

        self.covers_box = named(QGroupBox(self.tr("Who covers which account")), "absenceCovers")
        self.covers_form = QFormLayout(self.covers_box)
        self.deputies: dict[str, QComboBox] = {}
        self._wanted_account = account_id

        self.handover = note_field(
            "absenceHandover", self.tr("Handover note: what is pending, open cases"), 90
        )
        self.handover.setPlaceholderText(
            self.tr("What is pending, which cases are open, who to ask about what.")
        )
        if earlier:
            self.handover.setPlainText(earlier.handover)
        self.problem = problem_label("absenceProblem")

        form = QFormLayout()
        form.addRow(self.tr("&Who is away:"), self.person)
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To (last day away):"), self.last)
        form.addRow(self.tr("&Handover note:"), self.handover)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("&Save absence"))
        self.save.setObjectName("absenceSave")
        self.save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.covers_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._person_changed()
        self.resize(560, self.sizeHint().height())

    def _first_changed(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())

    def absent_id(self) -> str:
        return str(self.person.currentData() or "")

    def _accounts_of(self, person_id: str) -> list[Account]:
        return sorted(
            (
                a
                for a in self.accounts.values()
                if person_id in a.officer_ids and a.closed_on is None
            ),
            key=lambda a: a.name.casefold(),
        )

    def _person_changed(self) -> None:
        """One row per account of the person away: who covers it, or nobody."""
        while self.covers_form.rowCount():
            self.covers_form.removeRow(0)
        self.deputies.clear()
        absent = self.absent_id()
        accounts = self._accounts_of(absent)
        if not accounts:
            name = self.people[absent].name if absent in self.people else ""
            nothing = named(
                QLabel(
                    self.tr(
                        "{name} is not officer of any open account, so there is no account "
                        "to hand over. If {name} covers someone else's account during these "
                        "days, change that person's absence under Covering and choose "
                        "another deputy there."
                    ).format(name=name)
                ),
                "absenceNoAccounts",
            )
            nothing.setWordWrap(True)
            self.covers_form.addRow(nothing)
        self.save.setEnabled(bool(accounts))
        people = sorted(self.people.values(), key=lambda p: p.name.casefold())
        for account in accounts:
            combo = named(
                QComboBox(),
                f"absenceDeputy_{account.account_id}",
                self.tr("Who covers {account}").format(account=account.name),
            )
            combo.addItem(self.tr("Nobody (not checked meanwhile)"), NOT_COVERED)
            # The account's own deputies first: they have its administrator rights.
            listed = [self.people[p] for p in account.deputy_ids if p in self.people]
            listed += [p for p in people if p not in listed]
            for person in listed:
                if person.person_id != absent:
                    combo.addItem(person.name, person.person_id)
            combo.setCurrentIndex(self._default_cover(account, combo))
            platform = self.workspace.pack.platform_name(account.platform, self.language)
            # A "&" in a name is shown, not taken for an Alt+letter of the row's field.
            label = self.tr("{account} ({platform}):").format(
                account=account.name.replace("&", "&&"), platform=platform
            )
            self.covers_form.addRow(label, combo)
            self.deputies[account.account_id] = combo

    def _default_cover(self, account: Account, combo: QComboBox) -> int:
        if self.taking_over and account.account_id == self._wanted_account:
            return max(combo.findData(self.me), 0)
        if self.earlier is not None:
            return max(combo.findData(self.earlier.covers.get(account.account_id, "")), 0)
        if self.taking_over:
            return 0
        return 1 if account.deputy_ids and combo.count() > 1 else 0

    def covers(self) -> dict[str, str]:
        return {
            account_id: str(combo.currentData())
            for account_id, combo in self.deputies.items()
            if combo.currentData()
        }

    def accept(self) -> None:
        first: date = self.first.date().toPython()  # type: ignore[assignment]
        last: date = self.last.date().toPython()  # type: ignore[assignment]
        try:
            absence = recording.save_absence(
                self.workspace,
                self.clock.now(),
                person_id=self.absent_id(),
                first_day=first,
                last_day=last,
                covers=self.covers(),
                handover=self.handover.toPlainText(),
                earlier=self.earlier,
            )
        except UserError as error:
            fields = {"person": self.person, "last_day": self.last, "covers": self.covers_box}
            show_refusal(self.problem, error.render(translate), fields, error.field)
            return
        name = self.people[absence.person_id].name
        self.saved.emit(
            self.tr(
                "Saved: {name} away {first} – {last}, %n accounts covered.", "", len(absence.covers)
            ).format(name=name, first=first.isoformat(), last=last.isoformat())
        )
        super().accept()
