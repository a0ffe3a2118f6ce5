"""The account register: every account with its platform, address and people.

Signals:
    openAccountRequested(str), editAccountRequested(str): for this account id.
    newAccountRequested(), importRequested().
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.records import Account, Person
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.checklists.text import stage_label
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, named


def names_of(person_ids: tuple[str, ...], people: dict[str, Person]) -> str:
    return ", ".join(people[p].name if p in people else "?" for p in person_ids)


class AccountsModel(ListTableModel[Account]):
    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = language
        self._people: dict[str, Person] = {}
        self._stages: dict[str, str] = {}

    def reload(self) -> None:
        self._people = reading.people(self.workspace)
        lives = reading.lives(self.workspace)
        self._stages = {key: stage_label(life.stage) for key, life in lives.items()}
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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (
            account.name,
            self.workspace.pack.platform_name(account.platform, self.language),
            account.url,
            account.department,
            names_of(account.officer_ids, self._people),
            names_of(account.deputy_ids, self._people),
            self._stages.get(account.account_id, ""),
            _active_period(account),
        )[column]


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
        self.model = AccountsModel(workspace, language, self)
        self.table = configure_table(QTableView(), "registerTable", self.tr("Account register"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
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
            self.tr("&Import from CSV…"),
            "registerImport",
            self.tr("Import accounts from a CSV file"),
        )
        self.import_button.clicked.connect(self.importRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        buttons.addWidget(self.plan_button)
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
            self.openAccountRequested.emit(self.model.row_at(index.row()).account_id)

    def _emit_selected(self, signal: Any) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            signal.emit(self.model.row_at(index.row()).account_id)
