"""In a dark palette, as Windows 11 in dark mode gives one, the status cells and the legend read.

A status cell sets its background; the text on it must then be readable too
(WCAG's 4.5:1), and say what it means with an icon, not by colour alone. The
palette is the screenshot tool's ``--dark`` one: Fusion's roles, a window of
#2d2d2d under light text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.rules.check_days import AccountDay, DayState
from assistant.workspace.data_folder import Workspace
from tests.ui.review.review_log import TODAY, at, check, open_review, seed_log
from ui.account.days import DaysModel
from ui.common.status_look import (
    LEAST_CONTRAST,
    Status,
    contrast_ratio,
    is_dark,
    status_look,
)
from ui.my_day.view import TodayView
from ui.review.heat_map import HeatMapLegend
from ui.review.marks import MARK_STYLES


def dark_palette() -> QPalette:
    palette = QPalette()
    dark, text = QColor(45, 45, 45), QColor(230, 230, 230)
    for role, colour in [
        (QPalette.ColorRole.Window, dark),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, QColor(30, 30, 30)),
        (QPalette.ColorRole.AlternateBase, dark),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, dark),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140)),
    ]:
        palette.setColor(role, colour)
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    """The application in a dark palette for the test, and in its own again afterwards."""
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def colour(value: object) -> QColor:
    return value.color() if isinstance(value, QBrush) else QColor(value)


def status_cells(model: QAbstractItemModel) -> list[QModelIndex]:
    """The cells that colour their background: the ones that show a state."""
    return [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]


def assert_readable_with_an_icon(index: QModelIndex, palette: QPalette) -> None:
    """The cell's text on its background keeps 4.5:1, and an icon says its state too."""
    background = colour(index.data(Qt.ItemDataRole.BackgroundRole))
    foreground = index.data(Qt.ItemDataRole.ForegroundRole)
    # A cell that sets no text colour is drawn in the palette's.
    text = colour(foreground) if foreground is not None else palette.color(QPalette.ColorRole.Text)
    where = f"row {index.row()}, column {index.column()}: {index.data()!r}"
    assert contrast_ratio(text, background) >= LEAST_CONTRAST, where
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon), where
    assert not icon.isNull(), where


def test_every_status_reads_in_a_light_palette_and_in_a_dark_one(qapp: QApplication) -> None:
    light = QPalette(QColor("#efefef"))
    assert not is_dark(light)
    assert is_dark(dark_palette())
    for palette in (light, dark_palette()):
        for status in Status:
            look = status_look(status, palette)
            assert contrast_ratio(look.foreground, look.background) >= LEAST_CONTRAST, status
            assert not look.icon.isNull()
    # Each palette its own backgrounds: a light pastel under light text reads in neither.
    assert status_look(Status.MISSED, light).background != (
        status_look(Status.MISSED, dark_palette()).background
    )


def test_my_days_checked_by_and_missed_counts_read_in_a_dark_palette(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, dark: QPalette
) -> None:
    log = seed_log(workspace, tmp_path)
    workspace.store.add_check(check(log.stad, TODAY, log.asa, at(TODAY, 9, 5)))
    view = TodayView()
    qtbot.addWidget(view)
    view.show_all.setChecked(True)  # Lidingö bibliotek too: not checked today, days missed
    view.refresh(workspace, TODAY, "en")
    view.show()

    cells = status_cells(view.model)
    texts = [str(index.data()) for index in cells]
    assert any(text.startswith("Checked by Åsa Öberg") for text in texts)
    assert "Not checked yet" in texts
    assert len(cells) == 4  # today's check and the missed days, of both accounts
    for index in cells:
        assert_readable_with_an_icon(index, view.table.palette())

    # Back to a light palette (the user switched Windows back): the same cells follow it.
    dark_background = colour(cells[0].data(Qt.ItemDataRole.BackgroundRole))
    QApplication.setPalette(QPalette(QColor("#efefef")))
    assert colour(cells[0].data(Qt.ItemDataRole.BackgroundRole)) != dark_background
    for index in cells:
        assert_readable_with_an_icon(index, view.table.palette())


def test_the_reviews_late_and_missed_figures_and_its_days_read_in_a_dark_palette(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, clock: FixedClock, dark: QPalette
) -> None:
    log = seed_log(workspace, tmp_path)
    view = open_review(qtbot, workspace, clock)
    cells = status_cells(view.sorted)
    assert len(cells) >= 4  # Lidingö stad's late, missed, longest gap; the library's missed…
    for index in cells:
        assert_readable_with_an_icon(index, view.table.palette())

    centre = view.heat_map.cell_centre(log.stad.account_id, TODAY - timedelta(days=8))
    qtbot.mouseClick(view.heat_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    days = view.drill.model
    qtbot.waitUntil(lambda: days.rowCount() > 0)
    day_cells = status_cells(days)
    assert {str(index.data()) for index in day_cells} >= {"Checked late", "Missed"}
    for index in day_cells:
        assert_readable_with_an_icon(index, view.drill.table.palette())


def text_pixels(image: QImage, background: QColor) -> list[QColor]:
    """The legend's pixels that are neither its background nor a swatch: its words."""
    swatches = {QColor("#8a8a8a").rgb()}
    for fill, hatching in MARK_STYLES.values():
        swatches.add(fill.rgb())
        if hatching is not None:
            swatches.add(hatching.rgb())
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixel(x, y) not in swatches | {background.rgb()}
    ]


def test_the_heat_maps_legend_reads_in_a_dark_palette(qtbot: QtBot, dark: QPalette) -> None:
    legend = HeatMapLegend()
    qtbot.addWidget(legend)
    legend.resize(legend.sizeHint())
    legend.show()
    image = legend.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    words = text_pixels(image, background)
    assert words, "the legend writes what each mark means"
    assert max(contrast_ratio(pixel, background) for pixel in words) >= LEAST_CONTRAST


def test_the_account_pages_days_read_in_a_dark_palette(
    workspace: Workspace, tmp_path: Path, dark: QPalette
) -> None:
    log = seed_log(workspace, tmp_path)
    late = check(log.stad, TODAY - timedelta(days=10), log.asa, at(TODAY - timedelta(days=9), 9))
    days = DaysModel()
    days.set_days(
        [
            AccountDay(TODAY, DayState.DUE, ()),
            AccountDay(TODAY - timedelta(days=8), DayState.MISSED, ()),
            AccountDay(TODAY - timedelta(days=10), DayState.LATE, (late,)),
            AccountDay(TODAY - timedelta(days=6), DayState.NOT_WORKING_DAY, ()),
        ],
        {log.asa.person_id: log.asa},
    )
    cells = status_cells(days)
    assert [str(index.data()) for index in cells] == ["Due today", "Missed", "Checked late"]
    for index in cells:
        assert_readable_with_an_icon(index, dark)
