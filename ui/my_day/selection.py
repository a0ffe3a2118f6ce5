"""Of the tables on My day, only the one in use shows its selected row.

My day lists the accounts, the checklists under way and the other duties, each
in its own table. Were each to show its selected row, a keyboard user could not
tell which one Enter acts on. The tables not in use keep their current row (the
menus still act on the account chosen in My day) but show no highlight; a table
shows its row again when it gets the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class OneSelectionShown(QObject):
    """Shows the selected row of the table last in focus only, among the tables added."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: list[QTableView] = []
        self._in_use: QTableView | None = None

    def add(self, table: QTableView) -> None:
        """Follow ``table``; the first table added is in use until another gets the focus."""
        self._tables.append(table)
        if self._in_use is None:
            self._in_use = table
        table.installEventFilter(self)
        selection = table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._hide_unless_in_use(table))
        self._hide_unless_in_use(table)

    @property
    def in_use(self) -> QTableView | None:
        return self._in_use

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            self._use(watched)
        return super().eventFilter(watched, event)

    def _use(self, table: QTableView) -> None:
        self._in_use = table
        for other in self._tables:
            if other is not table:
                other.selectionModel().clearSelection()
        current = table.currentIndex()
        if current.isValid() and not table.selectionModel().hasSelection():
            table.selectRow(current.row())

    def _hide_unless_in_use(self, table: QTableView) -> None:
        # clearSelection() keeps the current row, which is what the table acts on.
        if table is not self._in_use and table.selectionModel().hasSelection():
            table.selectionModel().clearSelection()
