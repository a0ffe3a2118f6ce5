"""Small helpers shared by the screens."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

STATE_RESTORED = "kontokollStateRestored"
"""A splitter's dynamic property: true once it was given the state saved at the last run,
which the screen then leaves as it is (see :mod:`ui.window.window_state`)."""


def named(widget: W, name: str, accessible: str | None = None) -> W:
    """Give a widget its object name (for tests) and accessible name (for screen readers)."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def hint_label(text: str = "") -> QLabel:
    """A quieter line under a field that explains it, wrapped to the form's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


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


class _EnterKey(QObject):
    """Runs an action when Enter is pressed in the watched widget, instead of Qt's default."""

    def __init__(self, watched: QWidget, action: Callable[[], object]) -> None:
        super().__init__(watched)
        self._action = action
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Not at the top: the main window imports this module before its first paint,
        # and Qt's namespace takes longer to build than the paint.
        from PySide6.QtCore import Qt

        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


def on_enter(widget: QWidget, action: Callable[[], object]) -> None:
    """Make Enter in ``widget`` (a table, usually) do ``action``: the row's main action."""
    _EnterKey(widget, action)


def fit_to_rows(table: QTableView, rows: int, most: int) -> None:
    """Make a table as tall as its rows, up to ``most``, so the screen's main table keeps room."""
    shown = min(max(rows, 1), most)
    height = table.horizontalHeader().height() + table.rowHeight(0) * shown
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def note_field(name: str, accessible: str, height: int) -> QPlainTextEdit:
    """A few lines of free text in a form; Tab moves on rather than typing a tab."""
    field = named(QPlainTextEdit(), name, accessible)
    field.setTabChangesFocus(True)
    field.setFixedHeight(height)
    return field


def date_field(name: str, accessible: str) -> QDateEdit:
    """A day in a form: typed as Swedish forms write it (2026-11-20) or picked from a calendar."""
    from PySide6.QtCore import Qt  # not at the top: see _EnterKey

    field = named(QDateEdit(), name, accessible)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    field.calendarWidget().setGridVisible(True)
    return field


def show_refusal(problem: QLabel, text: str, fields: Mapping[str, QWidget], field: str) -> None:
    """Say in ``problem`` why what was entered was refused, and take the person to ``field``.

    ``fields`` maps the names the core gives its refusals (``UserError.field``)
    to the form's widgets; a field not among them leaves the focus where it is.
    """
    widget = fields.get(field)
    if widget is not None:
        widget.setFocus()
    problem.setText(text)
    problem.show()


def bring_forward(window: QWidget) -> None:
    """Show a window again (from the tray, say), in front, as big as it was."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
