"""The list of a checklist run's steps, as the wizard shows it: done ones ticked, those
waiting on earlier steps greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from assistant.rules.checklists import RunState

Index = QModelIndex | QPersistentModelIndex


class StepsModel(QAbstractListModel):
    """The run's steps: done ones ticked, those waiting on earlier steps greyed."""

    def __init__(self, state: RunState, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.language = language

    def set_state(self, state: RunState) -> None:
        self.state = state
        self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.state.checklist.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self.state.checklist.steps[index.row()]
        done = self.state.is_done(step)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓" if done else "○"
            optional = "" if step.required else " " + self.tr("(optional)")
            return f"{mark}  {index.row() + 1}. {step.title.in_language(self.language)}{optional}"
        if role == Qt.ItemDataRole.ForegroundRole and self.state.blocking(step) and not done:
            return QColor("#808080")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Done") if done else self.tr("Not done")
        return None
