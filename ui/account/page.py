"""An account's page: its details, every day since it became active, and each check.

Signals:
    backRequested(): return to the overview.
    logCheckRequested(str, object): log a check for this account id and day (a date).
    editRequested(str): change this account's entry in the register.
    checklistRequested(str, str): open this checklist id for this account id.
    planExported(str): the plan was saved as a PDF at this path.
    dutyRequested(str, str): log this duty ("culling", "documentation", "change") for
        this account id.
    withdrawn(str): an entry of the account was withdrawn; the text says so.
    storyShown(): the account's days, life and duties read on the worker are shown
        (or the reason they could not be read).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import STOCKHOLM, Clock
from assistant.records import Account, Person
from assistant.rules.check_days import AccountDay, DayState
from assistant.rules.lifecycle import Life
from assistant.rules.withdrawals import may_withdraw
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from assistant.workspace.reading import AccountStory
from ui.account.days import DaysModel, day_html
from ui.account.duty_history import DutyHistory
from ui.account.life import AccountLifeBar, life_html
from ui.account.plan_export import save_plan
from ui.common.evidence_links import open_link
from ui.common.log_reader import LogReader
from ui.common.widgets import configure_table, named
from ui.common.withdraw_dialog import WithdrawDialog
from ui.common.withdrawal_marks import WithdrawalMarks, withdrawal_asked
from ui.register.view import names_of

SIZED_ROWS = 50
"""How many of the days' rows the table's columns are sized to."""


class AccountPage(QWidget):
    backRequested = Signal()
    logCheckRequested = Signal(str, object)
    editRequested = Signal(str)
    checklistRequested = Signal(str, str)
    planExported = Signal(str)
    dutyRequested = Signal(str, str)
    withdrawn = Signal(str)
    storyShown = Signal()

    def __init__(
        self, workspace: Workspace, clock: Clock, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountPage")
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.account: Account | None = None
        self.today = date.today()
        self.people: dict[str, Person] = {}
        self.life: Life | None = None
        self.marks = WithdrawalMarks()
        self.withdraw_dialog: WithdrawDialog | None = None
        self.story: AccountStory | None = None
        self._select_first = False
        # Ten years of an account's checks take a tenth of a second and more to read:
        # on a worker, so the page opens at once and the window keeps answering.
        self.reader = LogReader(workspace, self)
        self.reader.ready.connect(self._show_story)
        self.reader.failed.connect(self._show_failure)

        back = named(QPushButton(self.tr("← &Back")), "accountBack")
        back.setAccessibleName(self.tr("Back to the overview"))
        back.clicked.connect(self.backRequested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.backRequested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        self.title = named(QLabel(), "accountTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.details = named(QLabel(), "accountDetails")
        self.details.setWordWrap(True)
        self.details.setOpenExternalLinks(True)
        self.summary = named(QLabel(), "accountSummary")
        self.summary.setWordWrap(True)
        edit = named(QPushButton(self.tr("&Edit account…")), "accountEdit")
        edit.clicked.connect(self._edit)
        self.log_button = QPushButton(self.tr("&Log check for the chosen day…"))
        self.log_button.setObjectName("accountLogDay")
        self.log_button.clicked.connect(self._log_selected_day)
        self.working_only = named(QCheckBox(self.tr("Working days only")), "workingDaysOnly")
        self.working_only.setChecked(True)
        self.working_only.toggled.connect(lambda _on: self._show_days())

        self.model = DaysModel(self)
        self.table = configure_table(
            QTableView(), "accountDays", self.tr("Days since the account became active")
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Sized once per account shown, from the headings and the first rows, not from
        # each of ten years' days (2,500 rows much alike: sizing them all held the window
        # a quarter of a second), nor again each time the page comes into view.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_day)
        self.table.activated.connect(lambda _index: self._log_selected_day())

        self.check_details = named(QTextBrowser(), "checkDetails")
        self.check_details.setAccessibleName(self.tr("The chosen day's checks"))
        self.check_details.setOpenLinks(False)
        self.check_details.anchorClicked.connect(self._open_evidence)
        self.life_bar = named(AccountLifeBar(), "accountLifeBar")
        self.life_bar.checklistRequested.connect(self.checklistRequested)
        self.life_bar.exportPlanRequested.connect(lambda: self.export_plan())
        self.life_view = named(QTextBrowser(), "accountChecklists")
        self.life_view.setAccessibleName(self.tr("The account's plan and checklists"))
        self.life_view.setOpenLinks(False)
        self.life_view.anchorClicked.connect(self._open_evidence)
        self.side = named(QTabWidget(), "accountSide")
        self.side.addTab(self.check_details, self.tr("The chosen &day"))
        self.side.addTab(self.life_view, self.tr("Plan and &checklists"))
        self.duties = DutyHistory()
        self.duties.dutyRequested.connect(self.dutyRequested)
        self.duties.evidenceRequested.connect(self._open_evidence)
        self.side.addTab(self.duties, self.tr("C&ulling and documentation"))

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        top.addWidget(edit)
        controls = QHBoxLayout()
        controls.addWidget(self.working_only)
        controls.addStretch()
        controls.addWidget(self.log_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addLayout(controls)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.life_bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def show_account(self, account_id: str, today: date) -> None:
        """Show ``account_id``: its heading at once, its days once read (``storyShown``)."""
        self.account = reading.accounts(self.workspace).get(account_id)
        if self.story is None or self.story.account.account_id != account_id:
            self.story = None
            self.model.set_days([], {})
            self.check_details.clear()
            self.life_view.clear()
            self.summary.setText(self.tr("Reading the account's days…"))
            if self.account is not None:
                self._show_heading(self.account, reading.people(self.workspace))
        self._select_first = True
        self.refresh(today)
        self.table.setFocus()

    def refresh(self, today: date) -> None:
        """Read the account's story again on a worker; what is shown stays until it comes."""
        self.today = today
        if self.account is not None:
            self.reader.read(partial(_read_story, self.account.account_id, today))

    @property
    def busy(self) -> bool:
        """Whether the account's story is being read."""
        return self.reader.busy

    def _show_failure(self, error: object) -> None:
        self.summary.setText(str(error))
        self.storyShown.emit()

    def _show_story(self, story: object) -> None:
        if not isinstance(story, AccountStory) or self.account is None:
            return
        if story.account.account_id != self.account.account_id:
            return  # read for an account no longer in view
        self.story = story
        self._show_days()
        if self._select_first:
            self._select_first = False
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)
        self.storyShown.emit()

    def _show_days(self) -> None:
        story = self.story
        if story is None:
            return
        self.account = account = story.account
        self.people = story.people
        me = reading.me(self.workspace)
        self.marks = WithdrawalMarks(
            story.withdrawals,
            story.people,
            # Nothing is withdrawn from a log open read-only: no link offers it.
            lambda entry: (
                me is not None
                and self.workspace.read_only is None
                and may_withdraw(me, entry, account)
            ),
        )
        days = list(story.days)
        counts = {state: sum(1 for d in days if d.state == state) for state in DayState}
        if self.working_only.isChecked():
            days = [d for d in days if d.state != DayState.NOT_WORKING_DAY]
        chosen = self._selected_day()
        self.model.set_days(days, self.people)
        # Keep the chosen day chosen (and its details shown) across a refresh.
        shown = [d.day for d in days]
        if chosen is not None and chosen.day in shown:
            self.table.selectRow(shown.index(chosen.day))
        self.life = story.life
        self.life_bar.show_life(self.life, self.workspace.pack, self.language)
        self.life_view.setHtml(
            life_html(
                self.life,
                self.people,
                partial(reading.evidence, self.workspace),
                self.language,
                self.tr(
                    "No checklist has been filled in for this account. An account registered "
                    "as already open can have “Before you start” and “Getting started” filled "
                    "in afterwards, for the record."
                ),
                story.called_off,
                story.withdrawals,
            )
        )
        self.duties.show_history(
            self.life.account,
            story.duty_log,
            self.marks,
            self.workspace.pack,
            self.workspace.settings,
            self.today,
        )
        self._show_heading(account, self.people)
        if account.planned:
            self.summary.setText(
                self.tr("Not open yet: the daily checks begin once “Getting started” is finished.")
            )
            return
        self.summary.setText(
            self.tr(
                "Working days since {since}: checked on the day {checked}, checked late "
                "{late}, missed {missed}."
            ).format(
                since=account.duties_since.isoformat(),
                checked=counts[DayState.CHECKED],
                late=counts[DayState.LATE],
                missed=counts[DayState.MISSED],
            )
        )

    def _show_heading(self, account: Account, people: dict[str, Person]) -> None:
        platform = self.workspace.pack.platform_name(account.platform, self.language)
        self.title.setText(f"{account.name} – {platform}")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        url = _escape(account.url)
        address = f'<a href="{url}">{url}</a>' if url else _escape(self.tr("No web address yet"))
        self.details.setText(
            self.tr(
                "{address} · Department: {department} · Officers: {officers} "
                "· Deputies: {deputies} · {since}"
            ).format(
                address=address,
                department=_escape(account.department or "–"),
                officers=_escape(names_of(account.officer_ids, people) or "–"),
                deputies=_escape(names_of(account.deputy_ids, people) or "–"),
                since=_escape(self._since_text(account)),
            )
        )

    def _since_text(self, account: Account) -> str:
        if account.closed_on is not None:
            return self.tr("Active {since} – closed {closed}").format(
                since=account.active_since.isoformat(), closed=account.closed_on.isoformat()
            )
        if account.planned:
            return self.tr("Planned {day}").format(day=account.active_since.isoformat())
        if account.duties_since > account.active_since:
            # Registered after it opened: its log, and its duties, begin on that day.
            return self.tr("Active since {since}, in Kontokoll since {kept}").format(
                since=account.active_since.isoformat(), kept=account.duties_since.isoformat()
            )
        return self.tr("Active since {since}").format(since=account.active_since.isoformat())

    def export_plan(self, path: Path | None = None) -> None:
        """Save the plan (the answers of *before you start*) as a one-page PDF."""
        if self.account is None or self.life is None or self.life.plan is None:
            return
        saved = save_plan(
            self,
            self.workspace,
            self.account,
            self.life,
            self.people,
            language=self.language,
            now=self.clock.now().astimezone(STOCKHOLM),
            path=path,
        )
        if saved is not None:
            self.planExported.emit(str(saved))

    def _edit(self) -> None:
        if self.account is not None:
            self.editRequested.emit(self.account.account_id)

    def _selected_day(self) -> AccountDay | None:
        index = self.table.currentIndex()
        return self.model.day_at(index.row()) if index.isValid() else None

    def _log_selected_day(self) -> None:
        item = self._selected_day()
        if self.account is not None:
            self.logCheckRequested.emit(self.account.account_id, item.day if item else None)

    def _show_day(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.check_details.clear()
            return
        item = self.model.day_at(current.row())
        self.check_details.setHtml(
            day_html(item, self.workspace.pack, self.people, self.language, self.marks)
        )
        open_today = self.account is not None and self.account.is_active_on(self.today)
        self.log_button.setEnabled(
            open_today and (item.state in (DayState.MISSED, DayState.DUE) or bool(item.checks))
        )

    def _open_evidence(self, url: QUrl) -> None:
        asked = withdrawal_asked(url)
        if asked is None:
            open_link(self, self.workspace, url)
            return
        kind, entry_id = asked
        entry = reading.entry(self.workspace, kind, entry_id)
        if entry is None:
            return
        self.withdraw_dialog = dialog = WithdrawDialog(
            self.workspace, self.clock, kind, entry, self.people, self
        )
        dialog.withdrawn.connect(self._withdrawn)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _withdrawn(self, message: str) -> None:
        self.refresh(self.today)
        self._show_day(self.table.currentIndex(), QModelIndex())
        self.withdrawn.emit(message)


def _read_story(account_id: str, today: date, workspace: Workspace) -> AccountStory | None:
    """The account's story, read on the worker's own connection."""
    return reading.account_story(workspace, account_id, today)
