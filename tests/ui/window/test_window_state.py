"""The main window opens as big as it was left, with its dividers where they were.

Each test's window keeps its state in its own temporary data folder, never
in the user's: the state lives beside the settings there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from tests.damaged_logs import copy_log
from tests.ui.helpers import child
from ui.window.main_window import MainWindow
from ui.window.role_views import View
from ui.window.window_state import STATE_NAME, first_geometry


def open_window(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> MainWindow:
    """A window on the demo log, shown, with its Review (and so its splitters) built."""
    main = MainWindow(data_dir, Settings(language="en", close_to_tray=False), clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.role_views.review is not None)
    main.show_view(View.REVIEW)
    review = main.role_views.review
    assert review is not None
    qtbot.waitUntil(lambda: review.review is not None and not review.busy)
    return main


def close(main: MainWindow) -> None:
    main.close()
    main.close_workspace()


def shares(sizes: list[int]) -> list[float]:
    return [size / sum(sizes) for size in sizes]


@pytest.fixture
def demo_folder(demo_log: Path, data_dir: Path) -> Path:
    copy_log(demo_log, data_dir)
    return data_dir


def test_the_window_opens_next_time_as_big_as_it_was_left_with_its_dividers(
    qtbot: QtBot, demo_folder: Path, clock: FixedClock
) -> None:
    first = open_window(qtbot, demo_folder, clock)
    first.resize(790, 760)  # the test screen is 800 × 800
    splitter = child(first, QSplitter, "reviewSplitter")
    qtbot.waitUntil(lambda: splitter.isVisible())
    QCoreApplication.processEvents()  # laid out at the new size
    splitter.setSizes([100, 250, 90])
    QCoreApplication.processEvents()
    left_as = splitter.sizes()
    close(first)
    assert (demo_folder / STATE_NAME).is_file()

    again = open_window(qtbot, demo_folder, clock)
    assert again.size() == QSize(790, 760)
    restored = child(again, QSplitter, "reviewSplitter")
    qtbot.waitUntil(lambda: restored.isVisible())
    QCoreApplication.processEvents()
    # The same shares: the day's reminder banner above took room the first time only.
    assert shares(restored.sizes()) == pytest.approx(shares(left_as), abs=0.02)
    assert shares(restored.sizes()) != pytest.approx(shares([300, 260, 260]), abs=0.05)
    close(again)


def test_a_window_left_maximised_opens_maximised(
    qtbot: QtBot, demo_folder: Path, clock: FixedClock
) -> None:
    first = open_window(qtbot, demo_folder, clock)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    close(first)

    again = open_window(qtbot, demo_folder, clock)
    assert again.isMaximized()
    close(again)


@pytest.mark.parametrize(
    "saved",
    [
        "{not json",
        "[1, 2]",
        '{"geometry": "bm90IGEgZ2VvbWV0cnk=", "maximised": "yes", '
        '"splitters": {"reviewSplitter": "AAAA", "reviewDrillSplitter": 12}}',
        '{"geometry": "!!!", "splitters": []}',
        "[" * 100_000,  # nested past Python's recursion limit
    ],
)
def test_a_damaged_saved_state_is_ignored_and_the_window_opens_at_its_first_size(
    qtbot: QtBot, demo_folder: Path, clock: FixedClock, saved: str
) -> None:
    (demo_folder / STATE_NAME).write_text(saved, encoding="utf-8")
    main = open_window(qtbot, demo_folder, clock)
    expected = first_geometry(main.screen().availableGeometry())
    assert main.size() == expected.size()
    assert not main.isMaximized()
    splitter = child(main, QSplitter, "reviewSplitter")
    qtbot.waitUntil(lambda: splitter.isVisible())
    assert all(size > 0 for size in splitter.sizes())
    close(main)  # and the damaged file is written over with a good one
    assert (demo_folder / STATE_NAME).read_text(encoding="utf-8").startswith("{")


def test_a_first_start_fills_most_of_the_screen_but_never_less_than_the_least_size() -> None:
    full_hd = first_geometry(QRect(0, 0, 1920, 1040))
    assert full_hd.size() == QSize(1536, 832)
    assert full_hd.center() == QRect(0, 0, 1920, 1040).center()
    assert first_geometry(QRect(0, 0, 1280, 720)).size() == QSize(1024, 640)
    assert first_geometry(QRect(0, 0, 900, 600)).size() == QSize(900, 600)  # all there is
