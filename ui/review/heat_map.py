"""The review's heat map on screen, and its legend.

The map sizes itself to the review and sits in a scroll area
(:meth:`HeatMap.in_scroll_area`) that keeps the accounts' names and the
months in sight while it scrolls. Its days share the scroll area's width, so
a year fits a wide window whole; they are never narrower than
``HeatMap.LEAST_CELL_WIDTH``, and only a longer period scrolls sideways. A
click or Enter on a cell drills down to that account's day; the arrow keys
move the focus cell, Page Up and Down by a week. The drawing itself is
:func:`ui.review.painting.paint_heat_map`, shared with the PDF.

Signals (HeatMap):
    dayActivated(str, object): a cell was clicked, or Enter pressed on it:
        the account id and the day (a date).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from assistant.rules.review import Review
from ui.common.labels import qdate
from ui.review.heat_layout import Geometry, HeatRows, fitted_cell_width, geometry_for
from ui.review.marks import LEGEND_ORDER, legend_width, mark_label, paint_legend
from ui.review.painting import paint_heat_map


class HeatMapLegend(QWidget):
    """The legend under the map: each mark's swatch and meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMapLegend")
        self.setAccessibleName(self.tr("Legend of the heat map"))
        self.setAccessibleDescription(", ".join(mark_label(m) for m in LEGEND_ORDER))

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = legend_width(metrics, metrics.height() * 0.7)
        return QSize(math.ceil(width) + 2, math.ceil(metrics.height()) + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        metrics = QFontMetricsF(self.font())
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        paint_legend(painter, QPointF(0, 2), metrics.height() * 0.7, ink)
        painter.end()


class HeatMap(QWidget):
    """The heat map on screen: sized to the data, names and months kept in sight."""

    dayActivated = Signal(str, object)

    CELL_WIDTH = 7.0
    """A day's width until the map knows the room it has."""
    LEAST_CELL_WIDTH = 3.0
    """The narrowest a day gets to fit the room: still seen, and pointed at."""
    MOST_CELL_WIDTH = 28.0
    """The widest: a short period is not stretched into long bars."""
    MOST_NAME_WIDTH = 260.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.setAccessibleName(self.tr("Heat map of the checks, accounts by days"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.rows = HeatRows((), (), (), (), ())
        self._room: int | None = None
        """The scroll area's width for the map, once it is in one."""
        self.geometry_ = self._laid_out()
        self.focus_cell: tuple[int, int] = (0, 0)
        self._cell_chosen = False
        """The focus cell is drawn once a cell was chosen, or while the map has the focus."""

    # -- data ----------------------------------------------------------------

    def set_review(self, review: Review, names: Sequence[str] | None = None) -> None:
        """Show ``review``; ``names`` are the row labels (the accounts' names by default)."""
        self.set_rows(HeatRows.of(review, names))

    def set_rows(self, rows: HeatRows) -> None:
        """Show rows made beforehand (such as on a worker thread)."""
        self.rows = rows
        self.geometry_ = self._laid_out()
        row, column = self.focus_cell
        self.focus_cell = (
            min(row, max(0, self.geometry_.rows - 1)),
            min(column, max(0, self.geometry_.columns - 1)),
        )
        self.updateGeometry()
        self.resize(self.sizeHint())
        self._describe_focus()
        self.update()

    def fit_width(self, room: int) -> None:
        """Share ``room`` pixels among the days (the scroll area calls this as it resizes)."""
        if room == self._room:
            return
        self._room = room
        geometry = self._laid_out()
        if geometry != self.geometry_:
            self.geometry_ = geometry
            self.updateGeometry()
            self.resize(self.sizeHint())
            self.update()

    def _laid_out(self) -> Geometry:
        geometry = geometry_for(
            self.rows, self.font(), cell_width=self.CELL_WIDTH, most_name_width=self.MOST_NAME_WIDTH
        )
        if self._room is None:
            return geometry
        cell_width = fitted_cell_width(
            self._room,
            geometry.name_width,
            geometry.columns,
            least=self.LEAST_CELL_WIDTH,
            most=self.MOST_CELL_WIDTH,
        )
        return replace(geometry, cell_width=cell_width)

    def sizeHint(self) -> QSize:
        return QSize(math.ceil(self.geometry_.width) + 1, math.ceil(self.geometry_.height) + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_text(self, row: int, column: int) -> str:
        """What a cell says (its tooltip): the account, the day and how it stands."""
        day = self.rows.days[column]
        return self.tr("{account}, {day}: {state}").format(
            account=self.rows.names[row],
            day=QLocale().toString(qdate(day), "ddd d MMM yyyy"),
            state=mark_label(self.rows.marks[row][column]),
        )

    def cell_centre(self, account_id: str, day: date) -> QPointF:
        """Where the cell of an account and day is, in the widget (for tests and scrolling)."""
        row = self.rows.account_ids.index(account_id)
        column = self.rows.days.index(day)
        return self.geometry_.cell(row, column).center()

    def select(self, account_id: str, day: date | None = None) -> None:
        """Put the focus cell on an account (and day), without emitting anything."""
        if account_id not in self.rows.account_ids:
            return
        row = self.rows.account_ids.index(account_id)
        column = self.rows.days.index(day) if day in self.rows.days else self.focus_cell[1]
        self._move_to(row, column)

    # -- painting ------------------------------------------------------------

    def _visible(self) -> QRect:
        visible = self.visibleRegion().boundingRect()
        return visible if not visible.isEmpty() else self.rect()

    def paintEvent(self, event: QPaintEvent) -> None:
        visible = self._visible()
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_heat_map(
            painter,
            self.rows,
            self.geometry_,
            QRectF(event.rect() & visible),
            frozen=QPointF(visible.topLeft()),
        )
        if self.rows.names and self.rows.days and (self._cell_chosen or self.hasFocus()):
            self._paint_focus(painter, visible)
        painter.end()

    def _paint_focus(self, painter: QPainter, visible: QRect) -> None:
        row, column = self.focus_cell
        rect = self.geometry_.cell(row, column)
        hidden_left = visible.left() + self.geometry_.name_width
        hidden_top = visible.top() + self.geometry_.header_height
        if rect.right() < hidden_left or rect.bottom() < hidden_top:
            return
        pen = QPen(QColor("#000000"), 2)
        if not self.hasFocus():
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def scrolled(self) -> None:
        """Repaint the kept-in-sight strips after the scroll area moved."""
        self.update()

    # -- mouse and keyboard -------------------------------------------------

    def _cell_at(self, point: QPointF) -> tuple[int, int] | None:
        visible = self._visible()
        if (
            point.x() < visible.left() + self.geometry_.name_width
            or point.y() < visible.top() + self.geometry_.header_height
        ):
            return None
        row = self.geometry_.row_at(point.y())
        column = self.geometry_.column_at(point.x())
        return None if row is None or column is None else (row, column)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._move_to(*cell)
        self._activate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.rows.names or not self.rows.days:
            super().keyPressEvent(event)
            return
        row, column = self.focus_cell
        key = Qt.Key(event.key())
        week = 7
        moves: dict[Qt.Key, tuple[int, int]] = {
            Qt.Key.Key_Left: (row, column - 1),
            Qt.Key.Key_Right: (row, column + 1),
            Qt.Key.Key_Up: (row - 1, column),
            Qt.Key.Key_Down: (row + 1, column),
            Qt.Key.Key_PageUp: (row, column - week),
            Qt.Key.Key_PageDown: (row, column + week),
            Qt.Key.Key_Home: (row, 0),
            Qt.Key.Key_End: (row, self.geometry_.columns - 1),
        }
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        if key not in moves:
            super().keyPressEvent(event)
            return
        new_row, new_column = moves[key]
        self._move_to(
            min(max(new_row, 0), self.geometry_.rows - 1),
            min(max(new_column, 0), self.geometry_.columns - 1),
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self._cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self)
            return True
        return super().event(event)

    def _move_to(self, row: int, column: int) -> None:
        if not self.rows.names or not self.rows.days:
            return
        self.focus_cell = (row, column)
        self._cell_chosen = True
        self._describe_focus()
        rect = self.geometry_.cell(row, column)
        scroll_area = self._scroll_area()
        if scroll_area is not None:
            scroll_area.ensureVisible(
                round(rect.center().x()),
                round(rect.center().y()),
                round(self.geometry_.name_width + 3 * self.geometry_.cell_width),
                round(self.geometry_.header_height + self.geometry_.row_height),
            )
        self.update()

    def _describe_focus(self) -> None:
        if self.rows.names and self.rows.days:
            self.setAccessibleDescription(self.cell_text(*self.focus_cell))
        else:
            self.setAccessibleDescription(self.tr("No accounts or days to show."))

    def _activate(self) -> None:
        if not self.rows.names or not self.rows.days:
            return
        row, column = self.focus_cell
        self.dayActivated.emit(self.rows.account_ids[row], self.rows.days[column])

    def in_scroll_area(self) -> QScrollArea:
        """A scroll area holding the map, which keeps the names and months in sight."""
        area = QScrollArea()
        area.setObjectName("heatMapScroll")
        area.setAccessibleName(self.accessibleName())
        area.setWidget(self)
        area.setWidgetResizable(False)
        area.setFocusProxy(self)
        area.viewport().installEventFilter(self)  # its width is the map's room
        area.horizontalScrollBar().valueChanged.connect(self.scrolled)
        area.verticalScrollBar().valueChanged.connect(self.scrolled)
        return area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        area = self._scroll_area()
        if event.type() == QEvent.Type.Resize and area is not None and watched is area.viewport():
            self.fit_width(area.viewport().width())
        return super().eventFilter(watched, event)

    def _scroll_area(self) -> QScrollArea | None:
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        return area if isinstance(area, QScrollArea) else None
