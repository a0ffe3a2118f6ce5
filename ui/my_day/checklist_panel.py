"""Today's list of checklists under way, and the next one for accounts not yet open.

Signals:
    continueRequested(str, str): continue (or start) this checklist id for this account id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.lifecycle import ChecklistTodo
from assistant.workspace.reading import ChecklistsNow
from ui.checklists.text import person_name, stage_label
from ui.common.labels import swedish_day
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, fit_to_rows, named, on_enter


class ChecklistTodoModel(ListTableModel[ChecklistTodo]):
    """Account, checklist, how far it has come, and who last worked on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: GuidelinePack | None = None
        self._language = "sv"
        self._people: Mapping[str, Person] = {}
        self._stages: Mapping[str, str] = {}

    def show(
        self,
        todos: list[ChecklistTodo],
        pack: GuidelinePack,
        language: str,
        people: Mapping[str, Person],
        stages: Mapping[str, str],
    ) -> None:
        self._pack, self._language, self._people, self._stages = pack, language, people, stages
        self.set_rows(todos)

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Stage"),
            self.tr("Checklist"),
            self.tr("Progress"),
            self.tr("Last step"),
        )

    def cell(self, item: ChecklistTodo, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = item.state
        if column == 0:
            return item.account.name
        if column == 1:
            return self._stages.get(item.account.account_id, "")
        if column == 2:
            if state is not None:
                return state.checklist.title.in_language(self._language)
            checklist = self._pack.checklists.get(item.checklist_id) if self._pack else None
            return checklist.title.in_language(self._language) if checklist else item.checklist_id
        if column == 3:
            if state is None:
                return self.tr("Not started")
            done, total = state.progress
            return self.tr("{done} of {total}").format(done=done, total=total)
        if state is None:
            return ""
        marks = [m for m in state.marks.values() if m.done]
        if not marks:
            return ""
        last = max(marks, key=lambda m: m.recorded_at)
        return f"{person_name(self._people, last.recorded_by)}, {swedish_day(last.recorded_at)}"


class ChecklistPanel(QWidget):
    continueRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        heading = QLabel(self.tr("<b>Checklists</b> – opening and closing accounts"))
        self.model = ChecklistTodoModel(self)
        self.table = configure_table(
            QTableView(), "checklistTable", self.tr("Checklists under way")
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self._continue())
        on_enter(self.table, self._continue)
        self.continue_button = named(
            QPushButton(self.tr("C&ontinue checklist…")), "continueChecklist"
        )
        self.continue_button.clicked.connect(self._continue)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_todos(
        self,
        todos: list[ChecklistTodo],
        pack: GuidelinePack,
        language: str,
        people: Mapping[str, Person],
        stages: Mapping[str, str],
    ) -> None:
        self.model.show(todos, pack, language, people, stages)
        fit_to_rows(self.table, len(todos), most=6)
        self.setVisible(bool(todos))
        if todos and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def refresh(self, now: ChecklistsNow, pack: GuidelinePack, language: str) -> None:
        """Show the checklists as :func:`assistant.workspace.reading.checklists_now` read them."""
        stages = {account_id: stage_label(stage) for account_id, stage in now.stages.items()}
        self.show_todos(list(now.todos), pack, language, now.people, stages)

    def _continue(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        todo = self.model.row_at(index.row())
        self.continueRequested.emit(todo.account.account_id, todo.checklist_id)
