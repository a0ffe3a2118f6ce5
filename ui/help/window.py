"""The help window: the guide with its table of contents, a search field, Esc to close.

One window per main window, opened by F1 (or Help → Help) at the section of
the screen in front (:meth:`HelpWindow.show_section`). It is not modal: a
person reads it beside the screen it explains.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import named
from ui.help.guide import ROUTINE, Section, guide_html, sections


class HelpWindow(QDialog):
    """The guide in ``language``; :attr:`current_section` is the section last shown."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Kontokoll help"))
        self.setModal(False)
        self.current_section = ROUTINE
        text = guide_html(language)
        self.sections: list[Section] = sections(text)

        self.search = named(QLineEdit(), "helpSearch", self.tr("Search the help"))
        self.search.setPlaceholderText(self.tr("Search the help…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _text: self.find_next(from_start=True))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.not_found = named(QLabel(), "helpNotFound")
        self.not_found.hide()

        self.contents = named(QListWidget(), "helpContents", self.tr("Contents of the help"))
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.anchor)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._chosen)
        self.contents.itemClicked.connect(self._chosen)

        self.browser = named(QTextBrowser(), "helpText", self.tr("Help text"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(text)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.contents.sizeHintForColumn(0) + 24, 640])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("helpClose")
        buttons.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(940, 620)

    def show_section(self, anchor: str) -> None:
        """Show the window, in front, at the section ``anchor`` (the start for an unknown one)."""
        anchors = [section.anchor for section in self.sections]
        if anchor not in anchors:
            anchor = anchors[0] if anchors else ROUTINE
        self.current_section = anchor
        if anchors:
            self.contents.setCurrentRow(anchors.index(anchor))
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(anchor)

    def top_line(self) -> str:
        """The line of text at the top of the visible part of the guide."""
        return self.browser.cursorForPosition(QPoint(4, 4)).block().text()

    def _chosen(self, item: QListWidgetItem) -> None:
        anchor = item.data(Qt.ItemDataRole.UserRole)
        self.current_section = anchor
        self.browser.scrollToAnchor(anchor)

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next place the search text occurs, going round to the start; found?"""
        words = self.search.text().strip()
        if from_start:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = not words or self.browser.find(words)
        if not found:  # from the last match, go round once
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(words, QTextDocument.FindFlag(0))
        self.not_found.setText("" if found else self.tr("Not found"))
        self.not_found.setVisible(not found)
        return found
