"""Painting the review's heat map: accounts (rows) × days (columns), one cell per mark.

:func:`paint_heat_map` draws it for the screen (:class:`ui.review.heat_map.HeatMap`,
inside a scroll area) and for the PDF (:func:`heat_map_image`). Each mark
differs in lightness *and* in pattern, so the map reads in colour, printed in
grey and for people who tell red from green poorly: on time is a mid green,
late a light amber with hatching, missed a dark red, a day off a very light
grey and a day the account was not active stays white.

Cells are filled per run of equal marks, one call into Qt per mark, and only
within the exposed rectangle: a year of 200 accounts is about 3,000 runs
rather than 73,000 cells.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLineF,
    QLocale,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)

from assistant.rules.review import Review
from assistant.rules.review_days import DayMark

Run = tuple[int, int, DayMark]
"""Columns ``start`` to ``stop`` (not included) that share one mark."""

BACKGROUND = QColor("#ffffff")
INK = QColor("#1f1f1f")
GRID = QColor("#ffffff")

# (fill, hatching or None). In grey (Grayscale8) about 127, 189, 72, 226 and 255.
MARK_STYLES: dict[DayMark, tuple[QColor, QColor | None]] = {
    DayMark.ON_TIME: (QColor("#3f8f4f"), None),
    DayMark.LATE: (QColor("#f3c34b"), QColor("#8a5d00")),
    DayMark.MISSED: (QColor("#8c1c1c"), None),
    DayMark.NOT_WORKING_DAY: (QColor("#e2e2e2"), None),
    DayMark.NOT_ACTIVE: (QColor("#ffffff"), None),
    DayMark.TODAY: (QColor("#ffffff"), None),
}
LEGEND_ORDER = (
    DayMark.ON_TIME,
    DayMark.LATE,
    DayMark.MISSED,
    DayMark.NOT_WORKING_DAY,
    DayMark.NOT_ACTIVE,
)


def mark_label(mark: DayMark) -> str:
    """What a mark means, in the user's language."""
    return {
        DayMark.ON_TIME: QCoreApplication.translate("HeatMap", "Checked on the day"),
        DayMark.LATE: QCoreApplication.translate("HeatMap", "Checked late"),
        DayMark.MISSED: QCoreApplication.translate("HeatMap", "Missed"),
        DayMark.NOT_WORKING_DAY: QCoreApplication.translate("HeatMap", "Not a working day"),
        DayMark.NOT_ACTIVE: QCoreApplication.translate("HeatMap", "Account not active"),
        DayMark.TODAY: QCoreApplication.translate("HeatMap", "Today, not checked yet"),
    }[mark]


def runs_of(marks: Sequence[DayMark]) -> tuple[Run, ...]:
    """The marks as runs of equal neighbours."""
    changes = [i for i in range(1, len(marks)) if marks[i] is not marks[i - 1]]
    bounds = [0, *changes, len(marks)] if marks else []
    return tuple((start, stop, marks[start]) for start, stop in itertools.pairwise(bounds))


@dataclass(frozen=True)
class HeatRows:
    """What the map shows: a name, an account id and the runs of marks per row."""

    names: tuple[str, ...]
    account_ids: tuple[str, ...]
    days: tuple[date, ...]
    marks: tuple[tuple[DayMark, ...], ...]
    runs: tuple[tuple[Run, ...], ...]

    @classmethod
    def of(cls, review: Review, names: Sequence[str] | None = None) -> HeatRows:
        """The review's rows; ``names`` defaults to the accounts' names."""
        marks = tuple(tuple(item.marks) for item in review.accounts)
        return cls(
            names=tuple(names)
            if names is not None
            else tuple(item.account.name for item in review.accounts),
            account_ids=tuple(item.account.account_id for item in review.accounts),
            days=review.days,
            marks=marks,
            runs=tuple(runs_of(row) for row in marks),
        )


@dataclass(frozen=True)
class Geometry:
    """Where things go: the name strip at the left, the month strip on top, then the cells."""

    name_width: float
    header_height: float
    cell_width: float
    row_height: float
    columns: int
    rows: int

    @property
    def width(self) -> float:
        return self.name_width + self.columns * self.cell_width

    @property
    def height(self) -> float:
        return self.header_height + self.rows * self.row_height

    def x_of(self, column: int) -> float:
        return self.name_width + column * self.cell_width

    def y_of(self, row: int) -> float:
        return self.header_height + row * self.row_height

    def cell(self, row: int, column: int) -> QRectF:
        return QRectF(self.x_of(column), self.y_of(row), self.cell_width, self.row_height)

    def column_at(self, x: float) -> int | None:
        column = math.floor((x - self.name_width) / self.cell_width)
        return column if 0 <= column < self.columns else None

    def row_at(self, y: float) -> int | None:
        row = math.floor((y - self.header_height) / self.row_height)
        return row if 0 <= row < self.rows else None


def geometry_for(
    rows: HeatRows,
    font: QFont,
    *,
    cell_width: float,
    most_name_width: float,
    row_count: int | None = None,
) -> Geometry:
    """Room for the longest name (up to ``most_name_width``) and a line of month names."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(name) for name in rows.names), default=0.0)
    line = metrics.height()
    return Geometry(
        name_width=min(widest + line, most_name_width),
        header_height=math.ceil(line * 1.5),
        cell_width=cell_width,
        row_height=math.ceil(line * 1.25),
        columns=len(rows.days),
        rows=len(rows.names) if row_count is None else row_count,
    )


def fill_mark(painter: QPainter, rect: QRectF, mark: DayMark) -> None:
    """Fill ``rect`` as ``mark`` looks: its colour, and its hatching if it has one."""
    _fill_all(painter, [rect], mark)


def _fill_all(painter: QPainter, rects: list[QRectF], mark: DayMark) -> None:
    # One call per mark rather than per cell: few calls into Qt, few None references lost.
    colour, hatching = MARK_STYLES[mark]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRects(rects)
    if hatching is not None:
        painter.setBrush(QBrush(hatching, Qt.BrushStyle.BDiagPattern))
        painter.drawRects(rects)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _month_labels(
    days: Sequence[date], geometry: Geometry, metrics: QFontMetricsF, locale: QLocale
) -> list[tuple[float, str]]:
    """Where each month's label goes and what it says, no two overlapping.

    The first label and each January's carry the year; a period of years
    too narrow for every month names only the years.
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
        if x >= end:
            labels.append((x, label))
            end = x + metrics.horizontalAdvance(label) + gap / 2
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
            for start, stop, mark in rows.runs[first_row + shown]:
                blank = mark in (DayMark.NOT_ACTIVE, DayMark.TODAY)
                if stop <= first_column or start > last_column or blank:
                    continue
                left = geometry.x_of(max(start, first_column))
                right = geometry.x_of(min(stop, last_column + 1))
                by_mark.setdefault(mark, []).append(QRectF(left, y, right - left, height))
        for mark, rects in by_mark.items():
            _fill_all(painter, rects, mark)
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


def image_geometry(
    rows: HeatRows, font: QFont, width: int, row_count: int, *, square_days: bool = False
) -> Geometry:
    """The layout of an image up to ``width`` pixels wide: names up to a quarter, days the rest.

    With ``square_days`` a day is never wider than a row is high: a short
    period then takes less than the whole width, rather than long bars.
    """
    metrics = QFontMetricsF(font)
    name_width = min(
        max((metrics.horizontalAdvance(n) for n in rows.names), default=0.0) + metrics.height(),
        width * 0.25,
    )
    row_height = math.ceil(metrics.height() * 1.25)
    cell_width = (width - name_width) / max(1, len(rows.days))
    return Geometry(
        name_width=name_width,
        header_height=math.ceil(metrics.height() * 1.5),
        cell_width=min(cell_width, row_height) if square_days else cell_width,
        row_height=row_height,
        columns=len(rows.days),
        rows=row_count,
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


def paint_legend(painter: QPainter, origin: QPointF, swatch: float) -> float:
    """Draw each mark's swatch and meaning in a line from ``origin``; returns its width."""
    metrics = QFontMetricsF(painter.font())
    x = origin.x()
    for mark in LEGEND_ORDER:
        rect = QRectF(x, origin.y() + (metrics.height() - swatch) / 2, swatch * 1.6, swatch)
        fill_mark(painter, rect, mark)
        painter.setPen(QPen(QColor("#8a8a8a"), 1))
        painter.drawRect(rect)
        x += rect.width() + swatch / 2
        label = mark_label(mark)
        painter.setPen(INK)
        painter.drawText(
            QRectF(x, origin.y(), metrics.horizontalAdvance(label) + 2, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += metrics.horizontalAdvance(label) + swatch * 1.5
    return x - origin.x()


def legend_width(metrics: QFontMetricsF, swatch: float) -> float:
    """How wide :func:`paint_legend` draws the legend."""
    return sum(swatch * 3.6 + metrics.horizontalAdvance(mark_label(mark)) for mark in LEGEND_ORDER)


def legend_image(font: QFont) -> QImage:
    """The legend alone, for the PDF."""
    metrics = QFontMetricsF(font)
    swatch = metrics.height() * 0.7
    image = QImage(
        math.ceil(legend_width(metrics, swatch)) + 4,
        math.ceil(metrics.height()) + 4,
        QImage.Format.Format_RGB32,
    )
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setFont(font)
    paint_legend(painter, QPointF(2, 2), swatch)
    painter.end()
    return image
