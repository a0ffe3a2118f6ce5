"""The account register: every account with its platform, address and people.

Signals:
    openAccountRequested(str), editAccountRequested(str): for this account id.
    newAccountRequested(), importRequested().
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.records import Account, Person
from assistant.workspace import Workspace
from ui.widgets import named

Index = QModelIndex | QPersistentModelIndex


def names_of(person_ids: tuple[str, ...], people: dict[str, Person]) -> str:
    return ", ".join(people[p].name if p in people else "?" for p in person_ids)


class AccountsModel(QAbstractTableModel):
    HEADINGS = 7

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = language
        self._accounts: list[Account] = []
        self._people: dict[str, Person] = {}

    def reload(self) -> None:
        self.beginResetModel()
        store = self.workspace.store
        self._people = store.people()
        self._accounts = sorted(store.accounts().values(), key=lambda a: a.name.casefold())
        self.endResetModel()

    def account_at(self, row: int) -> Account:
        return self._accounts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.HEADINGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Account"),
            self.tr("Platform"),
            self.tr("Web address"),
            self.tr("Department"),
            self.tr("Officers"),
            self.tr("Deputies"),
            self.tr("Active since"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return account.account_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return account.name
        if column == 1:
            try:
                return self.workspace.pack.platform(account.platform).name.in_language(
                    self.language
                )
            except KeyError:
                return account.platform
        if column == 2:
            return account.url
        if column == 3:
            return account.department
        if column == 4:
            return names_of(account.officer_ids, self._people)
        if column == 5:
            return names_of(account.deputy_ids, self._people)
        return account.active_since.isoformat()


class RegisterView(QWidget):
    openAccountRequested = Signal(str)
    editAccountRequested = Signal(str)
    newAccountRequested = Signal()
    importRequested = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self.model = AccountsModel(workspace, language, self)
        self.table = named(QTableView(), "registerTable")
        self.table.setAccessibleName(self.tr("Account register"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)

        def button(text: str, name: str, accessible: str) -> QPushButton:
            widget = named(QPushButton(text), name)
            widget.setAccessibleName(accessible)
            return widget

        self.new_button = button(self.tr("&New account…"), "registerNew", self.tr("New account"))
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
            self.tr("&Import from CSV…"),
            "registerImport",
            self.tr("Import accounts from a CSV file"),
        )
        self.import_button.clicked.connect(self.importRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.model.reload()
        has_rows = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_rows)
        self.open_button.setEnabled(has_rows)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openAccountRequested.emit(self.model.account_at(index.row()).account_id)

    def _emit_selected(self, signal: Any) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            signal.emit(self.model.account_at(index.row()).account_id)
