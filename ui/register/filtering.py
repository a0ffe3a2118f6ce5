"""Finding an account in a long register: a search, a stage to show, columns to sort by.

The register's model says, for each account, its stage and the words a search
matches (name, platform, department, officers and deputies); :class:`RegisterFilter`
keeps the rows whose words hold every word typed, in the stage chosen, sorted
by the column clicked. Sorting compares as the user's language does (å, ä, ö
after z in Swedish) and ignores case.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

STAGE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The account's stage (an :class:`assistant.rules.lifecycle.Stage` value), in every column."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a search looks through, in lower case: name, platform, department, people."""


class RegisterFilter(QSortFilterProxyModel):
    """The register's rows that match the search and the stage, in the order chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._stage: str | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: str | None) -> None:
        """Show the accounts in ``stage`` only (a ``Stage`` value), or all of them for None."""
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        return bool(self._words) or self._stage is not None

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._stage is not None and model.data(index, STAGE_ROLE) != self._stage:
            return False
        text = str(model.data(index, SEARCH_ROLE) or "")
        return all(word in text for word in self._words)
