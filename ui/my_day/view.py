"""Today: the accounts the user answers for, whether today's check is done, what was missed.

Signals:
    logCheckRequested(str): the user asked to log a check for this account id.
    openAccountRequested(str): the user asked to open this account's page in Kontokoll.
    importRequested(), newAccountRequested(): the empty state's buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.rules.check_days import AccountToday
from ui.common.labels import (
    checked_by_text,
    clock_time,
    long_date,
    person_name,
    role_label,
)
from ui.common.status_look import Status, status_data
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, named, on_enter
from ui.my_day.selection import OneSelectionShown
from ui.my_day.web_page import UrlOpener, desktop_opener, open_web_page

if TYPE_CHECKING:
    from assistant.pack.model import GuidelinePack
    from assistant.workspace.data_folder import Workspace
    from assistant.workspace.reading import MyDay
    from ui.my_day.checklist_panel import ChecklistPanel


@dataclass(frozen=True)
class TodayRow:
    item: AccountToday
    my_role: str
    checked_by: str


class TodayModel(ListTableModel[TodayRow]):
    """One row per account: name, platform, the user's role, today's check, missed days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: GuidelinePack | None = None
        self._language = "sv"
        self._working_day = True

    def show(
        self, rows: list[TodayRow], pack: GuidelinePack, language: str, working_day: bool
    ) -> None:
        self._pack = pack
        self._language = language
        self._working_day = working_day
        self.set_rows(rows)

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Platform"),
            self.tr("Your role"),
            self.tr("Today's check"),
            self.tr("Missed (30 days)"),
        )

    def cell(self, row: TodayRow, column: int, role: int) -> Any:
        item = row.item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.account.name
            if column == 1:
                return (
                    self._pack.platform_name(item.account.platform, self._language)
                    if self._pack
                    else item.account.platform
                )
            if column == 2:
                return row.my_role
            if column == 3:
                return self._check_text(row)
            return str(len(item.missed_days))
        if column == 3 and (self._working_day or item.todays_check):
            look = status_data(self._status(row), role)
            if look is not None:
                return look
        if column == 4 and item.missed_days:
            look = status_data(Status.MISSED, role)
            if look is not None:
                return look
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.account.url:
            return self.tr("{address} (Ctrl+O opens it in the web browser)").format(
                address=item.account.url
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and item.missed_days:
            return self.tr("Missed working days: {days}").format(
                days=", ".join(d.isoformat() for d in item.missed_days)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.account.account_id
        return None

    def _status(self, row: TodayRow) -> Status:
        return Status.DUE if row.item.todays_check is None else Status.CHECKED

    def _check_text(self, row: TodayRow) -> str:
        check = row.item.todays_check
        if check is None:
            return self.tr("Not checked yet") if self._working_day else self.tr("Not a working day")
        at = clock_time(check.recorded_at)
        return self.tr("Checked by {name} at {time}").format(name=row.checked_by, time=at)


class TodayView(QWidget):
    logCheckRequested = Signal(str)
    openAccountRequested = Signal(str)
    importRequested = Signal()
    newAccountRequested = Signal()
    showAllChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, open_url: UrlOpener | None = None) -> None:
        """``open_url`` opens an account's address in the web browser (the desktop's, if None)."""
        super().__init__(parent)
        self.setObjectName("todayView")
        self.open_url: UrlOpener = open_url or desktop_opener
        self.heading = named(QLabel(), "todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = named(QLabel(), "todaySummary")
        self.summary.setWordWrap(True)
        self.show_all = named(QCheckBox(self.tr("Show all active accounts")), "showAll")
        self.show_all.setAccessibleName(self.tr("Show all active accounts"))
        self.show_all.toggled.connect(self.showAllChanged)

        self.model = TodayModel(self)
        self.table = configure_table(QTableView(), "todayTable", self.tr("Accounts to check today"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(
            lambda index: self._emit_for(index, self.openAccountRequested)
        )
        # Enter logs a check; a double click opens the page ("activated" would do both).
        on_enter(self.table, lambda: self._emit_selected(self.logCheckRequested))

        self.log_button = named(QPushButton(self.tr("&Log check…")), "logCheckButton")
        self.log_button.setAccessibleName(self.tr("Log a check for the selected account"))
        self.log_button.clicked.connect(lambda: self._emit_selected(self.logCheckRequested))
        self.open_button = named(QPushButton(self.tr("&Open account")), "openAccountButton")
        self.open_button.setAccessibleName(self.tr("Open the selected account's page"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.openAccountRequested))
        self.web_button = named(QPushButton(self.tr("Open on the &platform")), "openWebPage")
        self.web_button.setAccessibleName(
            self.tr("Open the selected account on its platform, in the web browser")
        )
        self.web_button.setToolTip(self.tr("Opens the account's web address (Ctrl+O)"))
        self.web_button.clicked.connect(self.open_web_page)
        web_key = QShortcut(QKeySequence("Ctrl+O"), self, self.open_web_page)
        web_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Only the table in use shows its selected row (the checklists and duties join).
        self.selection = OneSelectionShown(self)
        self.selection.add(self.table)
        self._unchecked: set[str] = set()
        self._focused = False

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.web_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.log_button)

        self.empty = named(QLabel(), "todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_import = QPushButton(self.tr("&Import accounts from CSV or Excel…"))
        self.empty_import.setObjectName("emptyImport")
        self.empty_import.clicked.connect(self.importRequested)
        self.empty_new = named(QPushButton(self.tr("&New account…")), "emptyNewAccount")
        self.empty_new.clicked.connect(self.newAccountRequested)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch()
        empty_buttons.addWidget(self.empty_import)
        empty_buttons.addWidget(self.empty_new)
        empty_buttons.addStretch()
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch()

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(table_page)
        self.pages.addWidget(empty_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_all)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._layout = layout
        self.checklists: ChecklistPanel | None = None
        self.heading.setText(self.tr("Today"))
        self.summary.setText(self.tr("Opening the log…"))

    def show_day(self, my_day: MyDay, pack: GuidelinePack, language: str) -> None:
        """Show My day as :func:`assistant.workspace.reading.my_day` read it."""
        day, working_day, any_accounts = my_day.day, my_day.working_day, my_day.any_accounts
        rows = today_rows(my_day)
        self.heading.setText(self.tr("Today, {date}").format(date=long_date(day)))
        selected = self.selected_account_id()
        self.model.show(rows, pack, language, working_day)
        done = sum(1 for r in rows if r.item.todays_check is not None)
        missed = sum(len(r.item.missed_days) for r in rows)
        if not working_day:
            self.summary.setText(self.tr("Not a working day: no check is due today."))
        elif rows:
            self.summary.setText(
                self.tr(
                    "{done} of %n accounts checked today. Missed working days in "
                    "the last 30 days: {missed}.",
                    "",
                    len(rows),
                ).format(done=done, missed=missed)
            )
        else:
            self.summary.setText("")
        unchecked_before = self._unchecked
        self._unchecked = {r.item.account.account_id for r in rows if r.item.todays_check is None}
        if rows:
            self.pages.setCurrentIndex(0)
            self.table.selectRow(row_to_select(rows, selected, unchecked_before))
            if not self._focused:  # at the start, Enter logs the check of the row shown
                self._focused = True
                self.table.setFocus()
            return
        self.pages.setCurrentIndex(1)
        if self.checklists is not None and self.checklists.model.rowCount():
            self.empty.setText(
                self.tr(
                    "No account of yours is open for daily checks yet. Continue their "
                    "checklists below: the daily checks begin once “Getting started” "
                    "is finished."
                )
            )
        elif any_accounts and not self.show_all.isChecked():
            self.empty.setText(
                self.tr(
                    "No account names you as its officer, and you cover nobody's today. "
                    "Accounts you are deputy for are under Covering. Tick “Show all "
                    "active accounts” to see every account, or open an account in the "
                    "register and add yourself."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "There are no accounts yet. Add your first account, or import the "
                    "register you already have from a CSV file or an Excel workbook (one "
                    "row per account: platform, name, address, department, officer)."
                )
            )
        self.empty_import.setVisible(not any_accounts)
        self.empty_new.setVisible(not any_accounts)

    def refresh(self, workspace: Workspace, day: date, language: str) -> None:
        """Show My day as the log has it on ``day``: the checklists under way, the accounts."""
        from assistant.workspace import reading

        show_all = self.show_all.isChecked()
        if self.checklists is not None:
            now = reading.checklists_now(workspace, show_all)
            self.checklists.refresh(now, workspace.pack, language)
        self.show_day(reading.my_day(workspace, day, show_all), workspace.pack, language)

    def add_checklists(self, panel: ChecklistPanel) -> None:
        """Add the list of checklists under way (built after Today is first shown)."""
        panel.hide()
        self.checklists = panel
        self._layout.addWidget(panel)
        self.selection.add(panel.table)

    def add_duties(self, panel: QWidget) -> None:
        """Add the list of the other duties (built after Today is first shown)."""
        self._layout.addWidget(panel)
        for table in panel.findChildren(QTableView):
            self.selection.add(table)

    def selected_account_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(self.model.data(index, Qt.ItemDataRole.UserRole))

    def open_web_page(self) -> None:
        """Open the selected account on its platform, in the web browser."""
        index = self.table.currentIndex()
        if index.isValid():
            open_web_page(self, self.model.row_at(index.row()).item.account, self.open_url)

    def _emit_selected(self, signal: SignalInstance) -> None:
        account_id = self.selected_account_id()
        if account_id:
            signal.emit(account_id)

    def _emit_for(self, index: QModelIndex, signal: SignalInstance) -> None:
        if index.isValid():
            signal.emit(str(self.model.data(index, Qt.ItemDataRole.UserRole)))


def row_to_select(rows: list[TodayRow], selected: str | None, unchecked_before: set[str]) -> int:
    """The row to select: the one selected, unless its check was just logged; then the next
    account not yet checked (after it, then from the top). At first, the first not checked."""
    ids = [row.item.account.account_id for row in rows]
    unchecked = [at for at, row in enumerate(rows) if row.item.todays_check is None]
    if selected in ids:
        at = ids.index(selected)
        if selected not in unchecked_before or at in unchecked:
            return at
        later = [row for row in unchecked if row > at] or unchecked
        return later[0] if later else at
    return unchecked[0] if unchecked else 0


def today_rows(day: MyDay) -> list[TodayRow]:
    """My day's rows in words: the user's role on each account, and who checked it."""
    rows = []
    people = day.people
    for entry in day.accounts:
        if entry.covering_for:
            my_role = QCoreApplication.translate("TodayView", "Covering for {name}").format(
                name=person_name(people, entry.covering_for)
            )
        elif entry.covered_by:
            my_role = QCoreApplication.translate("TodayView", "Covered by {name}").format(
                name=person_name(people, entry.covered_by)
            )
        elif entry.role is not None:
            my_role = role_label(entry.role)
        else:
            my_role = "–"
        check = entry.today.todays_check
        rows.append(TodayRow(entry.today, my_role, checked_by_text(check, people) if check else ""))
    return rows
