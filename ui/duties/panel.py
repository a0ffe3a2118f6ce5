"""Today's list of the other duties: culling, documentation, revision, waiting checklists.

The daily checks have Today's main table; this list shows every other duty
of the workstation's user that is due soon or overdue, and opens the right
dialog for the chosen one.

Signals:
    dutyChosen(DutyItem): do this duty now (open its dialog).
"""

from __future__ import annotations

from datetime import date
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
from assistant.rules.duties import DutyItem, DutyKind
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, fit_to_rows, named, on_enter
from ui.duties.text import URGENCY_COLOURS, kind_label, reason_text, subject, when_label

ON_TODAYS_TABLE = (DutyKind.DAILY_CHECK, DutyKind.MISSED_CHECKS)


class DutyModel(ListTableModel[DutyItem]):
    """Duty, what it is about, by when, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: GuidelinePack | None = None
        self._language = "sv"
        self._today = date.min

    def show(self, items: list[DutyItem], pack: GuidelinePack, language: str, day: date) -> None:
        self._pack, self._language, self._today = pack, language, day
        self.set_rows(items)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Duty"), self.tr("About"), self.tr("When"), self.tr("Why"))

    def cell(self, item: DutyItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 2:
            return URGENCY_COLOURS.get(item.urgency)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return Qt.GlobalColor.black  # the light background stays readable in a dark theme
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return kind_label(item.kind)
        if column == 1:
            assert self._pack is not None
            return subject(item, self._pack, self._language)
        if column == 2:
            return when_label(item, self._today)
        return reason_text(item)


class DutyPanel(QWidget):
    dutyChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyPanel")
        heading = QLabel(self.tr("<b>Other duties</b> – culling, documentation and more"))
        self.model = DutyModel(self)
        self.table = configure_table(QTableView(), "dutyTable", self.tr("Other duties"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._choose())
        on_enter(self.table, self._choose)
        self.do_button = named(QPushButton(self.tr("Do i&t now…")), "doDuty")
        self.do_button.clicked.connect(self._choose)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.do_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.hide()

    def show_items(
        self, items: list[DutyItem], pack: GuidelinePack, language: str, day: date
    ) -> None:
        """Show the duties that are not daily checks; hidden when there are none."""
        listed = [item for item in items if item.kind not in ON_TODAYS_TABLE]
        self.model.show(listed, pack, language, day)
        fit_to_rows(self.table, len(listed), most=5)
        self.setVisible(bool(listed))
        if listed and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _choose(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.dutyChosen.emit(self.model.row_at(index.row()))
