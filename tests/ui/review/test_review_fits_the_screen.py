"""A manager sees a whole year of every account at once on a full-HD screen.

The heat map's days share the width there is (down to a least width, only
then scrolling sideways), and the review gives the map the room its accounts
need before the table and the drill-down take the rest.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QScrollArea, QSplitter
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.demo.build import make_demo
from assistant.rules.review_days import DayMark
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.factories import FRIDAY
from tests.ui.helpers import child
from tests.ui.review.review_log import wait_for_review
from ui.review.heat_layout import HeatRows, fitted_cell_width, geometry_for
from ui.review.heat_map import HeatMap
from ui.review.painting import _month_labels
from ui.review.view import ReviewView

YEAR_AGO = FRIDAY - timedelta(days=364)


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Workspace]:
    """A municipality's log: twenty accounts, a year of checks up to Friday."""
    folder = tmp_path / "city"
    make_demo(folder, accounts=20, people=12, years=1, seed=5, today=FRIDAY)
    opened = open_workspace(folder)
    yield opened
    opened.close()


def year_review(qtbot: QtBot, workspace: Workspace, clock: FixedClock, width: int) -> ReviewView:
    view = ReviewView(workspace, clock, "en")
    qtbot.addWidget(view)
    view.resize(width, 880)  # a full-HD screen's window, less its menus and tabs
    view.show()
    view.refresh()
    wait_for_review(qtbot, view)
    view.set_dates(YEAR_AGO, FRIDAY)
    wait_for_review(qtbot, view)
    QCoreApplication.processEvents()  # laid out for the year
    return view


def test_a_year_of_twenty_accounts_fits_an_1800_pixel_wide_heat_map_without_scrolling(
    qtbot: QtBot, city: Workspace, clock: FixedClock
) -> None:
    view = year_review(qtbot, city, clock, 1824)
    area = child(view, QScrollArea, "heatMapScroll")
    assert 1780 <= area.viewport().width() <= 1800
    heat_map = view.heat_map
    assert heat_map.geometry_.columns == 365
    assert heat_map.geometry_.rows == 20
    assert not area.horizontalScrollBar().isVisible()
    assert area.viewport().width() - 10 <= heat_map.width() <= area.viewport().width()
    last_day = heat_map.cell_centre(heat_map.rows.account_ids[-1], FRIDAY)
    assert last_day.x() < area.viewport().width()  # December is in sight with January
    assert heat_map.geometry_.cell_width >= HeatMap.LEAST_CELL_WIDTH
    # And every account's row is in sight at once: no scrolling down either.
    assert not area.verticalScrollBar().isVisible()


def test_the_review_gives_the_heat_map_its_rows_and_the_rest_to_the_table_and_the_days(
    qtbot: QtBot, city: Workspace, clock: FixedClock
) -> None:
    view = year_review(qtbot, city, clock, 1824)
    table_size, heat_size, drill_size = child(view, QSplitter, "reviewSplitter").sizes()
    assert heat_size >= view.heat_map.height()
    row = view.table.verticalHeader().defaultSectionSize()
    assert row <= view.table.fontMetrics().height() + 8  # compact rows
    assert table_size >= 8 * row
    assert drill_size >= 6 * view.fontMetrics().height()


def rows_of(count: int, days: int, first: date = date(2016, 1, 1)) -> HeatRows:
    return HeatRows(
        names=tuple(f"Konto nummer {n} (Facebook)" for n in range(count)),
        account_ids=tuple(str(n) for n in range(count)),
        days=tuple(first + timedelta(days=d) for d in range(days)),
        marks=tuple((DayMark.ON_TIME,) * days for _ in range(count)),
        bounds=tuple(array("l", [0, days]) for _ in range(count)),
    )


def shown_map(qtbot: QtBot, rows: HeatRows, width: int) -> tuple[HeatMap, QScrollArea]:
    heat_map = HeatMap()
    area = heat_map.in_scroll_area()
    qtbot.addWidget(area)
    area.resize(width, 600)
    area.show()
    heat_map.set_rows(rows)
    QCoreApplication.processEvents()
    return heat_map, area


def test_only_a_period_too_long_for_the_least_day_width_scrolls_sideways(qtbot: QtBot) -> None:
    _year, year_area = shown_map(qtbot, rows_of(4, 366), 1400)
    assert not year_area.horizontalScrollBar().isVisible()

    ten_years, area = shown_map(qtbot, rows_of(4, 3653), 1400)
    assert ten_years.geometry_.cell_width == HeatMap.LEAST_CELL_WIDTH
    assert area.horizontalScrollBar().isVisible()

    month, month_area = shown_map(qtbot, rows_of(4, 30), 1400)
    assert month.geometry_.cell_width == HeatMap.MOST_CELL_WIDTH  # no long bars
    assert not month_area.horizontalScrollBar().isVisible()


def test_a_wider_window_gives_the_days_more_room() -> None:
    narrow = fitted_cell_width(1200, 200, 365, least=3, most=28)
    wide = fitted_cell_width(1800, 200, 365, least=3, most=28)
    assert 200 + 365 * wide + 2 <= 1800
    assert wide > narrow
    assert fitted_cell_width(600, 200, 365, least=3, most=28) == 3


def test_no_month_name_is_cut_off_at_the_maps_right_edge(qapp: QApplication) -> None:
    rows = rows_of(4, 365, first=date(2025, 12, 5))  # the last month: four days of December
    font = QFont()
    geometry = geometry_for(rows, font, cell_width=4.5, most_name_width=HeatMap.MOST_NAME_WIDTH)
    metrics = QFontMetricsF(font)
    labels = _month_labels(rows.days, geometry, metrics, QLocale(QLocale.Language.English))
    assert labels[-1][1] == "Nov"
    assert all(x + metrics.horizontalAdvance(text) <= geometry.width for x, text in labels)
