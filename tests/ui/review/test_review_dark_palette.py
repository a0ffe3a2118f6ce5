"""The review reads as well in a dark palette: figures on coloured cells, and the legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.workspace.data_folder import Workspace
from tests.ui.review.review_log import Log, open_review
from ui.review.heat_map import HeatMapLegend
from ui.review.marks import LEGEND_ORDER, mark_label
from ui.review.model import DUE, MISSED


def test_figures_on_a_coloured_cell_stay_dark_whatever_the_palette(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    row = view.sorted.row_of(log.stad.account_id)
    assert row is not None
    missed = view.sorted.index(row, MISSED)
    assert isinstance(missed.data(Qt.ItemDataRole.BackgroundRole), QColor)  # a light red
    ink = missed.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(ink, QColor)
    assert ink.lightness() < 80
    plain = view.sorted.index(row, DUE)  # the days due are never coloured
    assert plain.data(Qt.ItemDataRole.BackgroundRole) is None
    assert plain.data(Qt.ItemDataRole.ForegroundRole) is None  # the palette's own text


def test_the_legend_is_written_in_the_palettes_text_colour(qtbot: QtBot) -> None:
    legend = HeatMapLegend()
    qtbot.addWidget(legend)
    dark = QPalette(legend.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    legend.setPalette(dark)
    legend.setAutoFillBackground(True)
    legend.resize(legend.sizeHint())
    image = legend.grab().toImage()
    metrics = QFontMetricsF(legend.font())
    swatch = metrics.height() * 0.7
    first_label = (
        round(swatch * 2.1) + 1,
        round(swatch * 2.1 + metrics.horizontalAdvance(mark_label(LEGEND_ORDER[0]))),
    )
    light = [
        (x, y)
        for x in range(*first_label)
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() > 180
    ]
    assert light, "the first mark's meaning is not written in light ink"
