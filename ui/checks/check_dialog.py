"""Logging a daily check: which account, which day, who, what was done and removed.

The dialog gathers the entry; the core checks and stores it
(:func:`assistant.workspace.recording.log_check`), and a refusal is shown
here with the field it names. No step is ticked in advance (the person ticks
what they did, or *Mark all*); a check for a day gone by says it is logged
late, and a second check of a day already checked is asked about first
(:mod:`ui.checks.check_steps`).

Signals:
    saved(str): the check was saved; the text says so in the user's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.records import Absence, Account, CheckRole, DailyCheck
from assistant.rules.cover import CoverNow, cover_of_check, covered_by, covers_on, people_away_on
from assistant.rules.daily_check import (
    CheckEntry,
    RemovalEntry,
    answering_on,
    check_role,
    check_steps_ticked,
    possible_checkers,
)
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import Workspace
from ui.checks.check_steps import (
    CheckWording,
    ReviewedSteps,
    ask_discard,
    ask_log_again,
    logged_already,
    note_label,
)
from ui.checks.removal_dialog import RemovalDialog
from ui.common.i18n import translate
from ui.common.labels import action_label, check_role_label, person_name, qdate
from ui.common.widgets import date_field, named, problem_label, show_refusal


class CheckDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        account_id: str | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Log a check"))
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.today = today(clock)
        self.me = reading.my_id(workspace)
        self.people = reading.people(workspace)
        self.accounts = reading.accounts(workspace)
        self.versions: dict[str, list[Account]] = {}  # read account by account, as chosen
        self.removals: list[RemovalEntry] = []
        self.earlier: list[DailyCheck] = []  # the chosen account's checks of the chosen day
        self.capture_delay_ms: int | None = None

        self.account = named(QComboBox(), "checkAccount")
        self.account.setAccessibleName(self.tr("Account"))
        # Accounts active today, the user's own and those they cover first.
        covering = covered_by(covers_on(self.absences_on(self.today), self.today), self.me)
        mine = sorted(
            (a for a in self.accounts.values() if a.is_active_on(self.today)),
            key=lambda a: (
                not (a.has_person(self.me) or a.account_id in covering),
                a.name.casefold(),
            ),
        )
        for account in mine:
            platform = workspace.pack.platform_name(account.platform, language)
            self.account.addItem(f"{account.name} ({platform})", account.account_id)
        if account_id:
            self.account.setCurrentIndex(max(self.account.findData(account_id), 0))

        self.day = date_field("checkDay", self.tr("Day checked"))
        self.day.setMaximumDate(qdate(self.today))
        self.day.setDate(qdate(day or self.today))
        self.wording = CheckWording(self)
        self.late_note = note_label("checkLateNote")
        self.already_note = note_label("checkAlreadyNote")
        self.cover_note = named(QLabel(), "checkCoverNote")
        self.cover_note.setWordWrap(True)
        self.day.dateChanged.connect(self._day_changed)

        self.checker = named(QComboBox(), "checkPerson")
        self.checker.setAccessibleName(self.tr("Checked by"))
        self._offer_checkers()
        self.role = named(QComboBox(), "checkRole")
        self.role.setAccessibleName(self.tr("In which role"))
        for role in CheckRole:
            self.role.addItem(check_role_label(role), role.value)
        who = QHBoxLayout()
        who.addWidget(self.checker, 1)
        who.addWidget(self.role)
        self.account.currentIndexChanged.connect(self._account_changed)
        self.checker.currentIndexChanged.connect(self._account_changed)

        self.steps = ReviewedSteps(workspace.pack, language)

        def counter(name: str, accessible: str) -> QSpinBox:
            box = named(QSpinBox(), name)
            box.setRange(0, 9999)
            box.setAccessibleName(accessible)
            return box

        self.questions = counter("checkQuestions", self.tr("Questions answered"))
        self.cases = counter("checkCases", self.tr("Cases forwarded"))
        self.messages = counter(
            "checkMessages", self.tr("Direct messages forwarded to the registrar")
        )
        self.notes = named(QPlainTextEdit(), "checkNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        self.removal_list = named(QListWidget(), "checkRemovals")
        self.removal_list.setAccessibleName(self.tr("Removals"))
        self.removal_list.setMaximumHeight(90)
        add_removal = named(QPushButton(self.tr("Add &removal…")), "addRemoval")
        add_removal.setAutoDefault(False)
        add_removal.clicked.connect(self.add_removal)
        drop_removal = named(QPushButton(self.tr("Take &out")), "dropRemoval")
        drop_removal.setAccessibleName(self.tr("Take the chosen removal out of this check"))
        drop_removal.setAutoDefault(False)
        drop_removal.clicked.connect(self.drop_removal)
        removal_buttons = QHBoxLayout()
        removal_buttons.addWidget(add_removal)
        removal_buttons.addWidget(drop_removal)
        removal_buttons.addStretch()
        removal_box = QVBoxLayout()
        removal_box.addWidget(self.removal_list)
        removal_box.addLayout(removal_buttons)

        self.problem = problem_label("checkProblem")
        self._nobody_said = False  # the problem line says nobody may have checked

        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow("", self.late_note)
        form.addRow("", self.already_note)
        form.addRow("", self.cover_note)
        who_label = QLabel(self.tr("Checked &by:"))
        who_label.setBuddy(self.checker)  # a row holding a layout gets no buddy by itself
        form.addRow(who_label, who)
        form.addRow(self.tr("Reviewed:"), self.steps)
        form.addRow(self.tr("&Questions answered:"), self.questions)
        form.addRow(self.tr("&Cases forwarded:"), self.cases)
        form.addRow(self.tr("Direct &messages to the registrar:"), self.messages)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Removed posts:"), removal_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save check"))
        save.setObjectName("checkSave")
        self.save = save
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._day_changed()
        self._account_changed()
        self.resize(620, self.sizeHint().height())

    def chosen_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[return-value]

    def _day_changed(self) -> None:
        day = self.chosen_day()
        late = day < self.today
        self.late_note.setVisible(late)
        if late:
            self.late_note.setText(self.wording.late(day, self.today))
        self.save.setText(self.tr("&Save late check") if late else self.tr("&Save check"))
        self._account_changed()

    def logged_already(self) -> list[DailyCheck]:
        """The checks of the chosen account and day already in the log, not withdrawn."""
        return logged_already(self.workspace, str(self.account.currentData()), self.chosen_day())

    def absences_on(self, day: date) -> list[Absence]:
        """The absences that touch ``day``: not every absence ever recorded."""
        return reading.absences(self.workspace, ending_from=day, starting_by=day)

    def covering_for(self) -> CoverNow | None:
        """The cover the chosen person checks under, for the chosen account and day, if any."""
        account = self._answering()
        if account is None:
            return None
        day = self.chosen_day()
        cover = covers_on(self.absences_on(day), day).get(account.account_id)
        return cover_of_check(account, cover, str(self.checker.currentData()))

    def _answering(self) -> Account | None:
        """The chosen account as it stood on the chosen day: who answered for it then."""
        account = self.accounts.get(str(self.account.currentData()))
        if account is None:
            return None
        versions = self.versions.get(account.account_id)
        if versions is None:
            read = reading.account_versions(self.workspace, account.account_id)
            versions = self.versions[account.account_id] = read.get(account.account_id, [account])
        return answering_on(versions, self.chosen_day())

    def _offer_checkers(self) -> None:
        """Offer as checker only who may have checked the chosen account on the chosen day:
        its officers and deputies, and its covering deputy, less anyone away. The person
        chosen stays chosen while they may; else the user, if they may."""
        account = self.accounts.get(str(self.account.currentData()))
        chosen = str(self.checker.currentData() or self.me)
        offered = list(self.people.values())
        then = self._answering()
        if account is not None and then is not None:
            day = self.chosen_day()
            absences = self.absences_on(day)
            cover = covers_on(absences, day).get(account.account_id)
            allowed = possible_checkers(then, cover, people_away_on(absences, day))
            offered = [p for p in offered if p.person_id in allowed or p.id in allowed]
        self.checker.blockSignals(True)
        self.checker.clear()
        for person in sorted(offered, key=lambda p: p.name.casefold()):
            self.checker.addItem(person.name, person.person_id)
        found = self.checker.findData(chosen)
        self.checker.setCurrentIndex(
            found if found >= 0 else max(self.checker.findData(self.me), 0)
        )
        self.checker.blockSignals(False)

    def _account_changed(self) -> None:
        account = self.accounts.get(str(self.account.currentData()))
        if self.sender() is not self.checker:
            self._offer_checkers()
        person = str(self.checker.currentData())
        if account is None:
            return
        self.earlier = earlier = self.logged_already()
        self.already_note.setVisible(bool(earlier))
        if earlier:
            self.already_note.setText(self.wording.already(account.name, earlier, self.people))
        # No check before the account existed: it would count for nothing.
        self.day.setMinimumDate(qdate(account.duties_since))
        if self.checker.count() == 0:
            self.problem.setText(
                self.tr(
                    "Nobody can be logged as having checked “{account}” on {day}: its "
                    "officers and deputies are recorded as away, and no deputy covers it. "
                    "Record who covers it under Covering, or choose another day."
                ).format(account=account.name, day=self.chosen_day().isoformat())
            )
            self.problem.show()
            self._nobody_said = True
        elif self._nobody_said:
            self.problem.hide()
            self._nobody_said = False
        cover = self.covering_for()
        role = check_role(self._answering() or account, person, cover)
        self.role.setCurrentIndex(self.role.findData(role.value))
        self.cover_note.setVisible(cover is not None)
        if cover is not None:
            text = self.tr("Covering for {name}, who is away until {last}.").format(
                name=person_name(self.people, cover.absent_id),
                last=cover.absence.last_day.isoformat(),
            )
            if cover.absence.handover:
                text += " " + self.tr("Handover note: {note}").format(note=cover.absence.handover)
            self.cover_note.setText(text)

    def drop_removal(self) -> None:
        row = self.removal_list.currentRow()
        if 0 <= row < len(self.removals):
            del self.removals[row]
            self.removal_list.takeItem(row)

    def reject(self) -> None:
        """Ask before throwing away removals or notes already written down."""
        if not (self.removals or self.notes.toPlainText().strip()):
            super().reject()
            return
        box = ask_discard(self)
        box.buttonClicked.connect(lambda button: self._discard_answered(box.buttonRole(button)))
        box.open()

    def _discard_answered(self, role: QMessageBox.ButtonRole) -> None:
        if role == QMessageBox.ButtonRole.DestructiveRole:
            super().reject()

    def add_removal(self) -> RemovalDialog:
        account = self.accounts.get(str(self.account.currentData()))
        platform = None
        if account is not None:
            try:
                platform = self.workspace.pack.platform(account.platform)
            except KeyError:
                platform = None
        dialog = RemovalDialog(
            self.workspace,
            platform,
            self.clock,
            self.language,
            self,
            self.capture_delay_ms,
            checked_by=str(self.checker.currentData()),
        )
        dialog.accepted.connect(lambda: self._removal_added(dialog))
        dialog.open()
        return dialog

    def _removal_added(self, dialog: RemovalDialog) -> None:
        result = dialog.entry()
        self.removals.append(result)
        ground = self.workspace.pack.removal_ground(result.ground).title.in_language(self.language)
        self.removal_list.addItem(f"{ground} – {action_label(result.action)} – {result.post}")

    def entry(self) -> CheckEntry:
        """The check as entered."""
        return CheckEntry(
            account_id=str(self.account.currentData() or ""),
            day=self.chosen_day(),
            checked_by=str(self.checker.currentData() or ""),
            role=CheckRole(self.role.currentData()),
            reviewed=self.steps.ticked(),
            questions_answered=self.questions.value(),
            cases_forwarded=self.cases.value(),
            messages_to_registrar=self.messages.value(),
            notes=self.notes.toPlainText(),
            removals=tuple(self.removals),
        )

    def accept(self) -> None:
        """Save the check; a day checked already is asked about first."""
        entry = self.entry()
        try:
            check_steps_ticked(entry)
        except UserError as error:
            self._refused(error)
            return
        earlier = self.earlier  # read when the account or day was chosen
        if not earlier:
            self._save(entry)
            return
        account = self.accounts[entry.account_id]
        text = self.wording.already(account.name, earlier, self.people)
        ask_log_again(self, text, lambda: self._save(entry)).open()

    def _refused(self, error: UserError) -> None:
        fields = {
            "account": self.account,
            "day": self.day,
            "checked_by": self.checker,
            "reviewed": self.steps.first(),
            "counts": self.questions,
            "screenshot": self.removal_list,
            "post": self.removal_list,
            "diary_number": self.removal_list,
        }
        show_refusal(self.problem, error.render(translate), fields, error.field)

    def _save(self, entry: CheckEntry) -> None:
        try:
            check = recording.log_check(self.workspace, entry, self.clock.now())
        except UserError as error:
            self._refused(error)
            return
        name = self.accounts[check.account_id].name
        if check.is_late:
            text = self.tr("Saved the late check of {account} for {day}.")
        else:
            text = self.tr("Saved the check of {account} for {day}.")
        self.saved.emit(text.format(account=name, day=check.day.isoformat()))
        super().accept()
