"""Covering: the deputy's view of absences, handover notes and the accounts they stand in for.

At the top, the absences now and to come that concern the user (theirs, or
ones they cover), with the handover note of the chosen one. Below, every
account the user is deputy for or covers, with whether its officer is away
and whether today's check is done. From here an officer records an absence,
a deputy takes over an account, and either logs a check.

Signals:
    logCheckRequested(str): log a check for this account id.
    openAccountRequested(str): open this account's page.
    saved(str): an absence was recorded or called off; the text says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.records import Absence, Account, DailyCheck, Person
from assistant.rules.cover import CoverNow, away_on
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.labels import person_name
from ui.common.read_only import refuse_writing
from ui.common.widgets import configure_table, fit_to_rows, named, on_enter
from ui.covering.absence_dialog import AbsenceDialog
from ui.covering.tables import AbsenceModel, DeputyModel, absence_rows, deputy_rows


def _fit_columns(table: QTableView) -> None:
    """Each column as wide as its contents, the last one taking the room left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class CoveringView(QWidget):
    logCheckRequested = Signal(str)
    openAccountRequested = Signal(str)
    saved = Signal(str)

    def __init__(
        self, workspace: Workspace, clock: Clock, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coveringView")
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.today = today(clock)

        self.heading = named(QLabel(), "coveringHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = named(QLabel(), "coveringSummary")
        self.summary.setWordWrap(True)

        self.absence_model = AbsenceModel(self)
        self.absences = configure_table(
            QTableView(), "coveringAbsences", self.tr("Absences now and to come")
        )
        self.absences.setModel(self.absence_model)
        _fit_columns(self.absences)
        self.absences.selectionModel().currentRowChanged.connect(self._show_handover)
        self.show_all = named(QCheckBox(self.tr("Show every&one's absences")), "coveringShowAll")
        self.show_all.toggled.connect(lambda _checked: self.refresh())
        self.handover = named(
            QPlainTextEdit(), "coveringHandover", self.tr("Handover note of the chosen absence")
        )
        self.handover.setReadOnly(True)
        self.handover.setFixedHeight(70)
        self.record = self._button(self.tr("Record my a&bsence…"), "recordAbsence")
        self.record.clicked.connect(lambda: self.record_absence())
        self.change = self._button(self.tr("Chang&e…"), "changeAbsence")
        self.change.clicked.connect(self.change_absence)
        self.call_off = self._button(self.tr("Ca&ll off"), "callOffAbsence")
        self.call_off.clicked.connect(self.call_off_absence)

        self.deputy_model = DeputyModel(self)
        self.accounts = configure_table(
            QTableView(), "coveringAccounts", self.tr("Accounts you are deputy for")
        )
        self.accounts.setModel(self.deputy_model)
        _fit_columns(self.accounts)
        self.accounts.doubleClicked.connect(lambda _index: self._request(self.logCheckRequested))
        on_enter(self.accounts, lambda: self._request(self.logCheckRequested))
        self.log = self._button(self.tr("Log chec&k…"), "coveringLogCheck")
        self.log.clicked.connect(lambda: self._request(self.logCheckRequested))
        self.take_over = self._button(self.tr("&Take over…"), "takeOver")
        self.take_over.clicked.connect(self.take_over_account)
        self.open = self._button(self.tr("O&pen account"), "coveringOpenAccount")
        self.open.clicked.connect(lambda: self._request(self.openAccountRequested))
        self.accounts_empty = named(QLabel(), "coveringAccountsEmpty")
        self.accounts_empty.setWordWrap(True)

        absences_title = QHBoxLayout()
        absences_title.addWidget(QLabel("<b>" + self.tr("Absences now and to come") + "</b>"), 1)
        absences_title.addWidget(self.show_all)
        absence_buttons = QHBoxLayout()
        for button in (self.record, self.change, self.call_off):
            absence_buttons.addWidget(button)
        absence_buttons.addStretch()
        account_buttons = QHBoxLayout()
        for button in (self.log, self.take_over, self.open):
            account_buttons.addWidget(button)
        account_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(absences_title)
        layout.addWidget(self.absences)
        handover_label = QLabel(self.tr("Handover &note:"))
        handover_label.setBuddy(self.handover)
        layout.addWidget(handover_label)
        layout.addWidget(self.handover)
        layout.addLayout(absence_buttons)
        layout.addWidget(QLabel("<b>" + self.tr("Accounts you are deputy for") + "</b>"))
        layout.addWidget(self.accounts, 1)
        layout.addWidget(self.accounts_empty)
        layout.addLayout(account_buttons)
        self.heading.setText(self.tr("Covering"))

    def _button(self, text: str, name: str) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setAutoDefault(False)
        return button

    # -- showing -----------------------------------------------------------------

    def refresh(self, day: date | None = None) -> None:
        self.today = day or today(self.clock)
        now = reading.covering_now(self.workspace, self.today)
        me, people, accounts, covers = now.me, now.people, now.accounts, now.covers
        absences = list(now.absences)
        self._show_absences(absences, accounts, people, me)
        self._show_accounts(absences, covers, accounts, people, me, now.checks_today)
        mine = [c for c in covers.values() if c.deputy_id == me]
        away = away_on(absences, me, self.today)
        parts = []
        if mine:
            parts.append(
                self.tr("Today you cover %n accounts for {names}.", "", len(mine)).format(
                    names=", ".join(sorted({person_name(people, c.absent_id) for c in mine})),
                )
            )
        if away is not None:
            parts.append(
                self.tr("You are recorded as away until {last}.").format(
                    last=away.last_day.isoformat()
                )
            )
        if not parts:
            parts.append(self.tr("You cover nobody's accounts today."))
        self.summary.setText(" ".join(parts))

    def _show_absences(
        self,
        absences: list[Absence],
        accounts: dict[str, Account],
        people: dict[str, Person],
        me: str,
    ) -> None:
        rows = absence_rows(
            absences,
            accounts,
            people,
            me,
            self.today,
            everyone=self.show_all.isChecked(),
            label=self._label,
        )
        selected = self._chosen_absence()
        self.absence_model.set_rows(rows)
        fit_to_rows(self.absences, len(rows), 5)
        ids = [r.absence.absence_id for r in rows]
        if rows:
            wanted = selected.absence_id if selected else None
            self.absences.selectRow(ids.index(wanted) if wanted in ids else 0)
        self._show_handover()

    def _show_accounts(
        self,
        absences: list[Absence],
        covers: dict[str, CoverNow],
        accounts: dict[str, Account],
        people: dict[str, Person],
        me: str,
        todays: dict[str, DailyCheck],
    ) -> None:
        rows = deputy_rows(absences, covers, accounts, people, me, todays, self.today, self._label)
        self.deputy_model.working_day = self.workspace.calendar.is_working_day(self.today)
        self.deputy_model.set_rows(rows)
        self.accounts.setVisible(bool(rows))
        self.accounts_empty.setVisible(not rows)
        self.accounts_empty.setText(
            self.tr(
                "You are deputy for no account. An account's deputies are set on its page "
                "(Edit account); an officer can also choose you when recording an absence."
            )
        )
        for button in (self.log, self.take_over, self.open):
            button.setEnabled(bool(rows))
        if rows:
            self.accounts.selectRow(0)

    def _label(self, account: Account | None) -> str:
        if account is None:
            return "?"
        platform = self.workspace.pack.platform_name(account.platform, self.language)
        return f"{account.name} ({platform})"

    def _chosen_absence(self) -> Absence | None:
        index = self.absences.currentIndex()
        if not index.isValid() or index.row() >= self.absence_model.rowCount():
            return None
        return self.absence_model.row_at(index.row()).absence

    def _show_handover(self) -> None:
        absence = self._chosen_absence()
        self.change.setEnabled(absence is not None)
        self.call_off.setEnabled(absence is not None)
        if absence is None:
            self.handover.setPlainText("")
            self.handover.setPlaceholderText(
                self.tr("No absence is recorded. Record yours before you go away.")
            )
            return
        self.handover.setPlainText(absence.handover or self.tr("(No handover note written.)"))

    def _chosen_account(self) -> str | None:
        index = self.accounts.currentIndex()
        if not index.isValid():
            return None
        return str(self.deputy_model.data(index, Qt.ItemDataRole.UserRole))

    def _request(self, signal: Any) -> None:
        account_id = self._chosen_account()
        if account_id:
            signal.emit(account_id)

    # -- recording -----------------------------------------------------------------

    def _open(self, dialog: AbsenceDialog) -> AbsenceDialog:
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, message: str) -> None:
        self.refresh()
        self.saved.emit(message)

    def record_absence(self) -> AbsenceDialog | None:
        if refuse_writing(self, self.workspace):
            return None
        return self._open(AbsenceDialog(self.workspace, self.clock, self.language, parent=self))

    def change_absence(self) -> AbsenceDialog | None:
        if refuse_writing(self, self.workspace):
            return None
        absence = self._chosen_absence()
        if absence is None:
            return None
        return self._open(
            AbsenceDialog(self.workspace, self.clock, self.language, earlier=absence, parent=self)
        )

    def take_over_account(self) -> AbsenceDialog | QMessageBox | None:
        """Take over the chosen account: a new absence of its officer, covered by the user.

        An account someone already covers today is taken over in that absence,
        after asking: a second absence for the same days would leave two
        arrangements for one account and split the handover note.
        """
        if refuse_writing(self, self.workspace):
            return None
        account_id = self._chosen_account()
        now = reading.covering_now(self.workspace, self.today)
        account = now.accounts.get(account_id or "")
        if account is None or not account.officer_ids:
            return None
        covered = now.covers.get(account.account_id)
        if covered is not None:
            return self._ask_to_take_over(covered, account, now.people, now.me)
        absences = reading.absences(self.workspace, ending_from=self.today)
        away = [p for p in account.officer_ids if away_on(absences, p, self.today)]
        return self._open(
            AbsenceDialog(
                self.workspace,
                self.clock,
                self.language,
                person_id=(away or list(account.officer_ids))[0],
                account_id=account.account_id,
                parent=self,
            )
        )

    def _ask_to_take_over(
        self, covered: CoverNow, account: Account, people: dict[str, Person], me: str
    ) -> QMessageBox:
        absence = covered.absence
        values = {
            "account": account.name,
            "deputy": person_name(people, covered.deputy_id),
            "name": person_name(people, absence.person_id),
            "first": absence.first_day.isoformat(),
            "last": absence.last_day.isoformat(),
        }
        if covered.deputy_id == me:
            text = self.tr(
                "You already cover {account} today, under {name}'s absence {first} – {last}. "
                "Change that absence to cover other days?"
            )
            yes = self.tr("&Change the absence")
        else:
            text = self.tr(
                "{deputy} already covers {account} today, under {name}'s absence {first} – "
                "{last}. Take it over in that absence? {deputy} then no longer covers it, "
                "and the handover note stays as it is."
            )
            yes = self.tr("&Take over in that absence")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Already covered"),
            text.format(**values),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("alreadyCoveredBox")
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: self._take_over_answered(result, absence, account.account_id)
        )
        box.open()
        return box

    def _take_over_answered(self, result: int, absence: Absence, account_id: str) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        self._open(
            AbsenceDialog(
                self.workspace,
                self.clock,
                self.language,
                account_id=account_id,
                earlier=absence,
                parent=self,
            )
        )

    def call_off_absence(self) -> QMessageBox | None:
        if refuse_writing(self, self.workspace):
            return None
        absence = self._chosen_absence()
        if absence is None:
            return None
        people = reading.people(self.workspace)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Call off the absence?"),
            self.tr(
                "Call off {name}'s absence {first} – {last}? The accounts go back to "
                "{name} for those days. The absence stays in the log as called off."
            ).format(
                name=person_name(people, absence.person_id),
                first=absence.first_day.isoformat(),
                last=absence.last_day.isoformat(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("callOffBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._call_off_answered(box, button, absence))
        box.open()
        return box

    def _call_off_answered(
        self, box: QMessageBox, button: QAbstractButton, absence: Absence
    ) -> None:
        if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole:
            self._call_off(absence)

    def _call_off(self, absence: Absence) -> None:
        try:
            recording.call_off_absence(self.workspace, absence, self.clock.now())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error.render(translate))
            return
        self._saved(self.tr("The absence was called off."))
