"""Painting the review's heat map: accounts (rows) × days (columns), one cell per mark.

:func:`paint_heat_map` draws it for the screen (:class:`ui.review.heat_map.HeatMap`,
inside a scroll area) and for the PDF (:func:`heat_map_image`). How each mark
looks is :mod:`ui.review.marks`; what the rows hold and where they go,
:mod:`ui.review.heat_layout`.

Cells are filled per run of equal marks, one call into Qt per mark, and only
within the exposed rectangle: a year of 200 accounts is about 3,000 runs
rather than 73,000 cells.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QLineF,
    QLocale,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)

from assistant.rules.review_days import DayMark
from ui.review.heat_layout import Geometry, HeatRows, image_geometry
from ui.review.marks import BACKGROUND, INK, fill_marks

GRID = QColor("#ffffff")


def _month_labels(
    days: Sequence[date], geometry: Geometry, metrics: QFontMetricsF, locale: QLocale
) -> list[tuple[float, str]]:
    """Where each month's label goes and what it says, no two overlapping.

    The first label and each January's carry the year; a period of years
    too narrow for every month names only the years. No label but the first
    runs past the map's right edge.
    """
    gap = metrics.height()
    every_month = 30 * geometry.cell_width >= metrics.horizontalAdvance("sep 2026") + gap
    starts = [
        (column, day)
        for column, day in enumerate(days)
        if (column == 0 or day.day == 1) and (every_month or column == 0 or day.month == 1)
    ]

    def text(day: date, first: bool) -> str:
        if not every_month:
            return str(day.year)
        month = locale.monthName(day.month, QLocale.FormatType.ShortFormat).rstrip(".")
        return f"{month} {day.year}" if first or day.month == 1 else month

    # A first month of a few days has no room for its name: the next month takes the year.
    if len(starts) > 1:
        room = geometry.x_of(starts[1][0]) - geometry.x_of(starts[0][0])
        if room < metrics.horizontalAdvance(text(starts[0][1], True)) + gap / 2:
            starts = starts[1:]
    labels: list[tuple[float, str]] = []
    end = -math.inf
    for column, day in starts:
        x = geometry.x_of(column)
        label = text(day, not labels)
        width = metrics.horizontalAdvance(label)
        # A last month of a few days, too short for its name, is left unnamed, not cut off.
        if x >= end and (not labels or x + width <= geometry.width):
            labels.append((x, label))
            end = x + width + gap / 2
    return labels


def paint_heat_map(
    painter: QPainter,
    rows: HeatRows,
    geometry: Geometry,
    exposed: QRectF,
    *,
    first_row: int = 0,
    frozen: QPointF | None = None,
    locale: QLocale | None = None,
) -> None:
    """Paint the rows from ``first_row`` (``geometry.rows`` of them) within ``exposed``.

    The name strip is drawn at ``frozen.x()`` and the month strip at
    ``frozen.y()``, so a scrolled widget keeps both in sight; 0, 0 otherwise.
    """
    frozen = frozen or QPointF(0, 0)
    locale = locale or QLocale()
    painter.fillRect(exposed, BACKGROUND)
    first_column = geometry.column_at(max(exposed.left(), geometry.name_width)) or 0
    last_column = geometry.column_at(min(exposed.right(), geometry.width - 0.01))
    top = geometry.row_at(max(exposed.top(), geometry.header_height)) or 0
    bottom = geometry.row_at(min(exposed.bottom(), geometry.height - 0.01))
    gap = 1.0 if geometry.cell_width >= 4 else 0.0
    row_gap = max(1.0, geometry.row_height * 0.12)
    if last_column is not None and bottom is not None:
        by_mark: dict[DayMark, list[QRectF]] = {}
        height = geometry.row_height - row_gap
        for shown in range(top, bottom + 1):
            y = geometry.y_of(shown)
            for start, stop, mark in rows.runs(first_row + shown):
                blank = mark in (DayMark.NOT_ACTIVE, DayMark.TODAY)
                if stop <= first_column or start > last_column or blank:
                    continue
                left = geometry.x_of(max(start, first_column))
                right = geometry.x_of(min(stop, last_column + 1))
                by_mark.setdefault(mark, []).append(QRectF(left, y, right - left, height))
        for mark, rects in by_mark.items():
            fill_marks(painter, rects, mark)
        if gap:
            # One white line between days, across all rows at once.
            painter.setPen(QPen(GRID, gap))
            y0, y1 = geometry.y_of(top), geometry.y_of(bottom + 1)
            painter.drawLines(
                [
                    QLineF(
                        geometry.x_of(column + 1) - gap / 2,
                        y0,
                        geometry.x_of(column + 1) - gap / 2,
                        y1,
                    )
                    for column in range(first_column, last_column + 1)
                ]
            )
    _paint_months(painter, rows, geometry, exposed, frozen.y(), locale)
    _paint_names(painter, rows, geometry, exposed, frozen.x(), first_row)
    painter.fillRect(
        QRectF(frozen.x(), frozen.y(), geometry.name_width, geometry.header_height), BACKGROUND
    )


def _paint_months(
    painter: QPainter,
    rows: HeatRows,
    geometry: Geometry,
    exposed: QRectF,
    top: float,
    locale: QLocale,
) -> None:
    strip = QRectF(exposed.left(), top, exposed.width(), geometry.header_height)
    painter.fillRect(strip, BACKGROUND)
    metrics = QFontMetricsF(painter.font())
    painter.setPen(QPen(INK, max(1.0, geometry.cell_width / 6)))
    text_top = top + geometry.header_height * 0.1
    for x, text in _month_labels(rows.days, geometry, metrics, locale):
        width = metrics.horizontalAdvance(text) + 4
        if x > exposed.right() or x + width < exposed.left():
            continue
        painter.drawLine(
            QPointF(x, top + geometry.header_height * 0.55),
            QPointF(x, top + geometry.header_height),
        )
        painter.drawText(
            QRectF(x + 2, text_top, width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            text,
        )


def _paint_names(
    painter: QPainter,
    rows: HeatRows,
    geometry: Geometry,
    exposed: QRectF,
    left: float,
    first_row: int,
) -> None:
    strip = QRectF(left, exposed.top(), geometry.name_width, exposed.height())
    painter.fillRect(strip, BACKGROUND)
    metrics = QFontMetricsF(painter.font())
    room = geometry.name_width - metrics.height() / 2
    top = geometry.row_at(max(exposed.top(), geometry.header_height))
    bottom = geometry.row_at(min(exposed.bottom(), geometry.height - 0.01))
    if top is None or bottom is None:
        return
    painter.setPen(INK)
    for shown in range(top, bottom + 1):
        name = metrics.elidedText(rows.names[first_row + shown], Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRectF(left + 2, geometry.y_of(shown), room, geometry.row_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )


def heat_map_image(
    rows: HeatRows,
    font: QFont,
    *,
    width: int,
    first_row: int = 0,
    row_count: int | None = None,
    locale: QLocale | None = None,
    square_days: bool = False,
) -> QImage:
    """The map of ``row_count`` rows from ``first_row`` as an image up to ``width`` pixels wide."""
    count = len(rows.names) - first_row if row_count is None else row_count
    geometry = image_geometry(rows, font, width, count, square_days=square_days)
    image = QImage(
        math.ceil(geometry.width), math.ceil(geometry.height), QImage.Format.Format_RGB32
    )
    painter = QPainter(image)
    painter.setFont(font)
    paint_heat_map(
        painter,
        rows,
        geometry,
        QRectF(0, 0, image.width(), image.height()),
        first_row=first_row,
        locale=locale,
    )
    painter.end()
    return image
