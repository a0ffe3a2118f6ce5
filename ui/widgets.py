"""Small helpers shared by the screens."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

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
