"""The account register: every account with its platform, address and people.

A search field (Ctrl+F) keeps the accounts whose name, platform, department or
people hold every word typed; a list keeps those in one stage; a click on a
column's heading sorts by it.

Signals:
    openAccountRequested(str), editAccountRequested(str): for this account id.
    newAccountRequested(), importRequested().
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.records import Account, Person
from assistant.rules.lifecycle import Stage
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.checklists.text import stage_label
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, named
from ui.register.filtering import SEARCH_ROLE, STAGE_ROLE, RegisterFilter


def names_of(person_ids: tuple[str, ...], people: dict[str, Person]) -> str:
    return ", ".join(people[p].name if p in people else "?" for p in person_ids)


SIZED_ROWS = 200
"""How many rows the columns' widths are measured on."""


class AccountsModel(ListTableModel[Account]):
    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = language
        self._people: dict[str, Person] = {}
        self._stages: dict[str, Stage] = {}

    def reload(self) -> None:
        self._people = reading.people(self.workspace)
        lives = reading.lives(self.workspace)
        self._stages = {key: life.stage for key, life in lives.items()}
        accounts = (life.account for life in lives.values())
        self.set_rows(sorted(accounts, key=lambda a: a.name.casefold()))

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Platform"),
            self.tr("Web address"),
            self.tr("Department"),
            self.tr("Officers"),
            self.tr("Deputies"),
            self.tr("Stage"),
            self.tr("Active period"),
        )

    def cell(self, account: Account, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return account.account_id
        if role == STAGE_ROLE:
            stage = self._stages.get(account.account_id)
            return stage.value if stage else None
        if role == SEARCH_ROLE:
            return self._searched_text(account)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 2 and role == Qt.ItemDataRole.DisplayRole:
            return short_address(account.url)
        return (
            account.name,
            self.workspace.pack.platform_name(account.platform, self.language),
            account.url,
            account.department,
            names_of(account.officer_ids, self._people),
            names_of(account.deputy_ids, self._people),
            self._stage_text(account),
            _active_period(account),
        )[column]

    def _stage_text(self, account: Account) -> str:
        stage = self._stages.get(account.account_id)
        return stage_label(stage) if stage else ""

    def _searched_text(self, account: Account) -> str:
        return " ".join(
            (
                account.name,
                self.workspace.pack.platform_name(account.platform, self.language),
                account.platform,
                account.department,
                names_of(account.officer_ids, self._people),
                names_of(account.deputy_ids, self._people),
            )
        ).casefold()


def short_address(url: str) -> str:
    """The address as read aloud, without ``https://`` and ``www.`` (the tooltip has them)."""
    for prefix in ("https://", "http://", "www."):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url


def _active_period(account: Account) -> str:
    if account.planned:
        return ""
    since = account.active_since.isoformat()
    if account.closed_on is not None:
        return f"{since} – {account.closed_on.isoformat()}"
    return since


class RegisterView(QWidget):
    openAccountRequested = Signal(str)
    editAccountRequested = Signal(str)
    newAccountRequested = Signal()
    planAccountRequested = Signal()
    importRequested = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self._stale = True
        """Whether the register has changed since it was last read (while out of view)."""
        self.model = AccountsModel(workspace, language, self)
        self.shown = RegisterFilter(self)
        self.shown.setSourceModel(self.model)
        self.table = configure_table(QTableView(), "registerTable", self.tr("Account register"))
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Sized to their contents once each time the register is read, not on every layout
        # (with hundreds of accounts that cost a second); the address has room for most
        # addresses, on one line, shortened in the middle (its cell's tooltip has all of
        # it); the headings stay plain, not bold.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setHighlightSections(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.activated.connect(self._open_index)

        def button(text: str, name: str, accessible: str) -> QPushButton:
            widget = named(QPushButton(text), name)
            widget.setAccessibleName(accessible)
            return widget

        self.plan_button = button(
            self.tr("&Plan new account…"), "registerPlan", self.tr("Plan a new account")
        )
        self.plan_button.clicked.connect(self.planAccountRequested)
        self.new_button = button(
            self.tr("Register e&xisting…"),
            "registerNew",
            self.tr("Register an account that is already open"),
        )
        self.new_button.clicked.connect(self.newAccountRequested)
        self.edit_button = button(
            self.tr("&Edit…"), "registerEdit", self.tr("Edit the selected account")
        )
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.editAccountRequested))
        self.open_button = button(
            self.tr("&Open"), "registerOpen", self.tr("Open the selected account")
        )
        self.open_button.clicked.connect(lambda: self._emit_selected(self.openAccountRequested))
        self.import_button = button(
            self.tr("&Import from CSV or Excel…"),
            "registerImport",
            self.tr("Import accounts from a CSV file or an Excel workbook"),
        )
        self.import_button.clicked.connect(self.importRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.open_button)

        self.search = named(QLineEdit(), "registerSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, platform, department or person (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        find = QShortcut(QKeySequence("Ctrl+F"), self, self._find)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Down from the search goes to the accounts found, as in a browser's search.
        self.search.returnPressed.connect(self.table.setFocus)
        self.stage = named(QComboBox(), "registerStage")
        self.stage.setAccessibleName(self.tr("Show the accounts in this stage"))
        self.stage.addItem(self.tr("All stages"), None)
        for stage in (Stage.ACTIVE, Stage.CLOSING, Stage.CLOSED, Stage.PLANNED, Stage.APPROVED):
            self.stage.addItem(stage_label(stage), stage.value)
        self.stage.currentIndexChanged.connect(self._filter)
        only = QLabel(self.tr("Show on&ly:"))
        only.setBuddy(self.stage)
        self.none_found = named(QLabel(), "registerNoneFound")
        self.none_found.setWordWrap(True)
        self.none_found.hide()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(only)
        top.addWidget(self.stage)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.none_found)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Read the register again: now if it is in view, else when it next comes into view
        (My day refreshes after every save; a register out of sight need not)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        chosen = self.table.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.model.reload()
        self._choose(chosen)
        self._show_found()
        self.table.resizeColumnsToContents()
        widest = 40 * self.fontMetrics().averageCharWidth()
        if self.table.columnWidth(2) > widest:
            self.table.setColumnWidth(2, widest)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _choose(self, account_id: object) -> None:
        """Select the account chosen before the register was read again, if it is shown."""
        for row in range(self.shown.rowCount()):
            if self.shown.index(row, 0).data(Qt.ItemDataRole.UserRole) == account_id:
                self.table.selectRow(row)
                return

    def _find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _filter(self) -> None:
        self.shown.set_search(self.search.text())
        self.shown.set_stage(self.stage.currentData())
        self._show_found()

    def _show_found(self) -> None:
        found = self.shown.rowCount()
        self.edit_button.setEnabled(found > 0)
        self.open_button.setEnabled(found > 0)
        self.none_found.setVisible(found == 0 and self.shown.filtering)
        self.none_found.setText(
            self.tr(
                "No account in the register matches the search and the stage chosen. "
                "Clear the search or choose “All stages”."
            )
        )
        if found and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openAccountRequested.emit(
                str(index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole))
            )

    def _emit_selected(self, signal: Any) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            signal.emit(str(index.data(Qt.ItemDataRole.UserRole)))
