"""What the review's heat map shows and where: the rows of marks, and their geometry.

:class:`HeatRows` are the accounts' names and marks, with where each row's
runs of equal neighbours begin, so that painting fills a run at once.
:class:`Geometry` places the name strip at the left, the month strip on top
and the cells, for the screen (:func:`geometry_for`) and for an image up to
a given width (:func:`image_geometry`). On screen the days share the width
there is (:func:`fitted_cell_width`), down to a least width a cell can still
be seen and pointed at; only then does the map scroll sideways.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from assistant.rules.review import Review
from assistant.rules.review_days import DayMark

Run = tuple[int, int, DayMark]
"""Columns ``start`` to ``stop`` (not included) that share one mark."""


def bounds_of(marks: Sequence[DayMark]) -> array[int]:
    """Where the runs of equal neighbours begin, and the end: ``0, …, len(marks)``.

    An array of plain numbers, not a tuple per run: ten years of a city's
    accounts are a million runs, and as many tuples would have Python's
    garbage collector walk them all, again and again, holding up the window.
    """
    changes = [i for i in range(1, len(marks)) if marks[i] is not marks[i - 1]]
    return array("l", [0, *changes, len(marks)] if marks else [])


@dataclass(frozen=True)
class HeatRows:
    """What the map shows: a name, an account id and the runs of marks per row."""

    names: tuple[str, ...]
    account_ids: tuple[str, ...]
    days: tuple[date, ...]
    marks: tuple[tuple[DayMark, ...], ...]
    bounds: tuple[array[int], ...]
    """Per row, where its runs of equal marks begin and end (:func:`bounds_of`)."""

    def runs(self, row: int) -> Iterator[Run]:
        """The row's runs of equal marks, first day first."""
        marks = self.marks[row]
        for start, stop in itertools.pairwise(self.bounds[row]):
            yield start, stop, marks[start]

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
            bounds=tuple(bounds_of(row) for row in marks),
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


def fitted_cell_width(
    room: float, name_width: float, columns: int, *, least: float, most: float
) -> float:
    """How wide a day can be for the map to fit ``room`` pixels: from ``least`` to ``most``.

    Rounded down to a 64th of a pixel (a year then loses at most six pixels),
    with a pixel to spare for the map's edge, so that a map just fitting never
    calls for a scroll bar.
    """
    if columns <= 0:
        return most
    width = math.floor((room - name_width - 2) / columns * 64) / 64
    return min(max(width, least), most)


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
