"""Fitting the review to its screen: the table's rows and columns, and the room each part gets.

The heat map is what a manager reads the year from, so it is given the
height its accounts need first (up to most of the screen); the drill-down
keeps room for a few days, and the table of figures, in compact rows,
takes what is left. This happens once, for the first review a screen
shows: after that the divider stays where the person puts it, and a
divider restored from the last run (:data:`ui.common.widgets.STATE_RESTORED`)
is not moved at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from ui.common.widgets import STATE_RESTORED

HEAT_MAP_SHARE = 0.6
"""The most of the review's height the heat map takes when the others need room too."""
LEAST_TABLE_ROWS = 4
LEAST_DRILL_LINES = 8


def compact_rows(table: QTableView) -> None:
    """Rows a line of text high, with a little air: more accounts in sight at once."""
    metrics = table.fontMetrics()
    table.verticalHeader().setMinimumSectionSize(metrics.height() + 2)
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 6)


def fit_columns(table: QTableView, headings: Sequence[str], texts: Sequence[Sequence[str]]) -> None:
    """Each column as wide as its heading and figures; long names and departments elided."""
    metrics = table.fontMetrics()
    bold = table.horizontalHeader().font()
    bold.setBold(True)
    heading_metrics = QFontMetrics(bold)
    padding = 3 * metrics.averageCharWidth()
    sort_arrow = 2 * heading_metrics.height()
    most = {0: 280, 2: 200}
    for column, heading in enumerate(headings):
        # Each different text measured once: a city's 1,000 rows share a few hundred.
        shown = {row[column] for row in texts}
        widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
        width = max(widest + padding, heading_metrics.horizontalAdvance(heading) + sort_arrow)
        table.setColumnWidth(column, min(width, most.get(column, width)))


def table_height(table: QTableView, rows: int) -> int:
    """The height that shows the heading and ``rows`` rows (and the sideways bar, if any)."""
    frame = 2 * table.frameWidth()
    bar = table.horizontalScrollBar()
    columns = table.horizontalHeader().length()
    sideways = bar.sizeHint().height() if columns > table.viewport().width() else 0
    heading = table.horizontalHeader().sizeHint().height()
    return frame + heading + rows * table.verticalHeader().defaultSectionSize() + sideways


def share_out(
    total: int, heat_needs: int, table_needs: int, table_least: int, drill_least: int
) -> list[int]:
    """The heights of the table, the heat map and the drill-down, out of ``total``.

    The heat map first, all it needs if the others keep their least; else
    ``HEAT_MAP_SHARE`` of the whole. Then the table, all it needs while the
    drill-down keeps its least; the drill-down has the rest.
    """
    heat = min(heat_needs, max(total - table_least - drill_least, round(total * HEAT_MAP_SHARE)))
    rest = total - heat
    table = max(min(table_needs, rest - drill_least), min(table_least, rest // 2))
    return [table, heat, rest - table]


def fit_splitter(splitter: QSplitter, table: QTableView, heat_needs: int, drill: QWidget) -> bool:
    """Share the splitter out as :func:`share_out` says; False if restored or not laid out."""
    total = sum(splitter.sizes())
    if splitter.property(STATE_RESTORED) or total <= 0:
        return False
    rows = table.model().rowCount() if table.model() is not None else 0
    drill_least = max(
        drill.minimumSizeHint().height(), LEAST_DRILL_LINES * drill.fontMetrics().height()
    )
    splitter.setSizes(
        share_out(
            total,
            heat_needs,
            table_height(table, rows),
            table_height(table, min(rows, LEAST_TABLE_ROWS)),
            drill_least,
        )
    )
    return True
