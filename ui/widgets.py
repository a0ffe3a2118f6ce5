"""Small helpers shared by the screens."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str | None = None) -> W:
    """Give a widget its object name (for tests) and accessible name (for screen readers)."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def problem_label(name: str) -> QLabel:
    """The red line under a form that says what is wrong and what to do; hidden until used."""
    label = named(QLabel(), name)
    label.setStyleSheet("color: #a4262c;")
    label.setWordWrap(True)
    label.hide()
    return label


def configure_table(view: QTableView, name: str, accessible: str) -> QTableView:
    """A read-only table of whole rows, one chosen at a time, moved through by keyboard."""
    named(view, name, accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    return view
