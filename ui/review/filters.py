"""What the review covers: the period (with quick choices), department, account and person.

Two rows of labelled fields, each reachable by its mnemonic. Choosing a
department narrows the list of accounts to its own; the person list holds
everyone who is or was officer or deputy of an account.

Signals (ReviewFilterBar):
    changed(): the person changed what the review should cover.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from assistant.pack.model import GuidelinePack
from assistant.records import Account, Person
from assistant.rules.review import ReviewFilter, departments
from ui.common.labels import qdate
from ui.common.widgets import date_field, named
from ui.review.periods import PERIOD_CHOICES, Period, period_label, period_of

EARLIEST_DAY = date(2000, 1, 1)
"""The first day a review may begin: before any municipality's social media account."""


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class ReviewFilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        today: Callable[[], date],
        pack: GuidelinePack,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFilters")
        self._today = today
        self.pack = pack
        self.language = language
        self.accounts: Mapping[str, Account] = {}
        self.people: Mapping[str, Person] = {}
        self._filling = False

        self.period = named(QComboBox(), "reviewPeriod", self.tr("Quick choice of period"))
        for choice in PERIOD_CHOICES:
            self.period.addItem(period_label(choice), choice.value)
        self.first_day = self._date_edit("reviewFirstDay", self.tr("First day of the period"))
        self.last_day = self._date_edit("reviewLastDay", self.tr("Last day of the period"))
        self.department = named(QComboBox(), "reviewDepartment", self.tr("Department"))
        self.account = named(QComboBox(), "reviewAccount", self.tr("Account"))
        self.person = named(QComboBox(), "reviewPerson", self.tr("Officer or deputy"))
        for combo in (self.department, self.account, self.person):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (
            (
                (self.tr("&Quick choice:"), self.period),
                (self.tr("Firs&t day:"), self.first_day),
                (self.tr("&Last day:"), self.last_day),
            ),
            (
                (self.tr("Departme&nt:"), self.department),
                (self.tr("Acc&ount:"), self.account),
                (self.tr("P&erson:"), self.person),
            ),
        )
        for line, pairs in enumerate(rows):
            for column, (text, field) in enumerate(pairs):
                label = QLabel(text)
                label.setBuddy(field)
                grid.addWidget(label, line, column * 2, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(field, line, column * 2 + 1)
        grid.setColumnStretch(6, 1)

        self.set_period(Period.THIS_YEAR)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.first_day.dateChanged.connect(self._dates_edited)
        self.last_day.dateChanged.connect(self._dates_edited)
        self.department.currentIndexChanged.connect(self._department_chosen)
        self.account.currentIndexChanged.connect(self._changed)
        self.person.currentIndexChanged.connect(self._changed)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        field = date_field(name, accessible)
        # A mistyped year (2926 for 2026) would review a thousand years on end.
        field.setDateRange(qdate(EARLIEST_DAY), self._latest_day())
        return field

    def _latest_day(self) -> QDate:
        """The last day a review may end: a year from today."""
        return qdate(self._today() + timedelta(days=366))

    # -- what is chosen ----------------------------------------------------------

    def current_filter(self) -> ReviewFilter:
        first, last = _day(self.first_day), _day(self.last_day)
        account = self.account.currentData() or ""
        person = self.person.currentData() or ""
        return ReviewFilter(
            first=min(first, last),
            last=max(first, last),
            department=self.department.currentData() or "",
            account_ids=frozenset({account}) if account else frozenset(),
            person_ids=frozenset({person}) if person else frozenset(),
        )

    def set_period(self, choice: Period) -> None:
        """Choose a period by name (this month, last year, …) as the quick choice does."""
        self._filling = True
        for field in (self.first_day, self.last_day):  # today may have moved on
            field.setMaximumDate(self._latest_day())
        self.period.setCurrentIndex(self.period.findData(choice.value))
        if choice != Period.CHOSEN:
            first, last = period_of(choice, self._today())
            self.first_day.setDate(qdate(first))
            self.last_day.setDate(qdate(last))
        self._filling = False

    def set_dates(self, first: date, last: date) -> None:
        """Review the days from ``first`` to ``last``, as typing them in would."""
        self._filling = True
        self.first_day.setDate(qdate(first))
        self.last_day.setDate(qdate(last))
        self.period.setCurrentIndex(self.period.findData(Period.CHOSEN.value))
        self._filling = False
        self.changed.emit()

    def _period_chosen(self, _index: int) -> None:
        if self._filling:
            return
        choice = Period(self.period.currentData())
        if choice != Period.CHOSEN:
            self.set_period(choice)
            self.changed.emit()

    def _dates_edited(self, _date: QDate) -> None:
        if self._filling:
            return
        self._filling = True
        self.period.setCurrentIndex(self.period.findData(Period.CHOSEN.value))
        self._filling = False
        self.changed.emit()

    def _department_chosen(self, _index: int) -> None:
        if not self._filling:
            self._fill_accounts()
            self.changed.emit()

    def _changed(self, _index: int) -> None:
        if not self._filling:
            self.changed.emit()

    # -- the register ------------------------------------------------------------

    def set_register(
        self,
        accounts: Mapping[str, Account],
        people: Mapping[str, Person],
        versions: Mapping[str, Sequence[Account]] | None = None,
    ) -> None:
        """Offer the register's departments, accounts and people, keeping what was chosen.

        With every account's ``versions``, a former officer or deputy is offered too.
        """
        self.accounts = accounts
        self.people = people
        self._filling = True
        chosen = self.department.currentData() or ""
        self.department.clear()
        self.department.addItem(self.tr("All departments"), "")
        for name in departments(accounts.values()):
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(chosen)))
        chosen_person = self.person.currentData() or ""
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        every_version = [v for vs in (versions or {}).values() for v in vs]
        keepers = {
            person_id
            for account in (*accounts.values(), *every_version)
            for person_id in (*account.officer_ids, *account.deputy_ids)
        }
        for person in sorted(
            (people[p] for p in keepers if p in people), key=lambda p: p.name.casefold()
        ):
            self.person.addItem(person.name, person.person_id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen_person)))
        self._filling = False
        self._fill_accounts()

    def _fill_accounts(self) -> None:
        self._filling = True
        chosen = self.account.currentData() or ""
        department = self.department.currentData() or ""
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), "")
        shown = sorted(
            (a for a in self.accounts.values() if not department or a.department == department),
            key=lambda a: (a.name.casefold(), a.platform),
        )
        for account in shown:
            platform = self.pack.platform_name(account.platform, self.language)
            self.account.addItem(f"{account.name} ({platform})", account.account_id)
        self.account.setCurrentIndex(max(0, self.account.findData(chosen)))
        self._filling = False
