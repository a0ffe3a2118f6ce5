"""The app on a damaged log: offered read-only at start, looked at, exported, never written.

Each test damages a real log (:mod:`tests.damaged_logs`) in the data folder, starts
the main window on it and clicks as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from tests.damaged_logs import copy_log, cut_in_half, empty, fingerprint
from tests.ui.helpers import child, click, shown, workspace_of
from tests.ui.window.test_keyboard import language, said, shared_letters, showing_letters
from ui.review.pdf_html import review_html
from ui.review.view import ReviewView
from ui.window.main_window import MainWindow
from ui.window.role_views import View

__all__ = ["language"]  # the fixture: each test of the Alt letters runs in Swedish and English


def start(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> tuple[MainWindow, QMessageBox]:
    """The main window started on the data folder, and the message saying it cannot open."""
    main = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(main)
    main.show()
    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "openErrorBox"
    return main, box


@pytest.fixture
def damaged(demo_log: Path, data_dir: Path) -> Path:
    """The demo log cut in half: SQLite cannot open it."""
    cut_in_half(copy_log(demo_log, data_dir))
    return data_dir


@pytest.fixture
def read_only(qtbot: QtBot, damaged: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """The window on the damaged log, opened read-only as offered, with its later parts built."""
    main, box = start(qtbot, damaged, clock)
    click(qtbot, box, "openReadOnlyButton")
    qtbot.waitUntil(lambda: main.workspace is not None and main.register_view is not None)
    yield main
    main.close_workspace()


def test_a_damaged_log_is_offered_read_only_and_shows_what_could_be_read(
    qtbot: QtBot, damaged: Path, clock: FixedClock
) -> None:
    before = fingerprint(damaged)
    main, box = start(qtbot, damaged, clock)
    assert "damaged" in box.text()
    assert "read-only" in box.informativeText()

    click(qtbot, box, "openReadOnlyButton")
    qtbot.waitUntil(lambda: main.register_view is not None)

    found = workspace_of(main).read_only
    assert found is not None
    assert main.windowTitle() == "Kontokoll – read-only: damaged log"
    banner = child(main, QLabel, "readOnlyText")
    assert banner.isVisible()
    assert f"Kontokoll read {found.facts} records from it" in banner.text()
    assert f"(daily checks: {found.checks})" in banner.text()
    assert "restore the database from a backup" in banner.text()
    assert main.register_view is not None
    main.show_view(View.REGISTER)  # read as it comes into view
    assert main.register_view.model.rowCount() == 4  # the register could be read
    main.close_workspace()
    main.close()
    assert fingerprint(damaged) == before


def test_closing_instead_leaves_kontokoll_closed_and_the_file_as_it_was(
    qtbot: QtBot, damaged: Path, clock: FixedClock
) -> None:
    before = fingerprint(damaged)
    main, box = start(qtbot, damaged, clock)
    click(qtbot, box, "closeButton")
    qtbot.waitUntil(lambda: not main.isVisible())
    assert main.workspace is None
    assert fingerprint(damaged) == before


def test_an_empty_file_is_not_offered_read_only(
    qtbot: QtBot, demo_log: Path, data_dir: Path, clock: FixedClock
) -> None:
    empty(copy_log(demo_log, data_dir))
    main, box = start(qtbot, data_dir, clock)
    assert "0 bytes" in box.text()
    assert box.findChild(QPushButton, "openReadOnlyButton") is None
    box.close()
    assert main.workspace is None


def test_the_commands_that_record_are_off_and_the_rest_answer_read_only(
    qtbot: QtBot, read_only: MainWindow
) -> None:
    for action in read_only.menus.recording:
        assert not action.isEnabled(), action.objectName()
    assert read_only.duty_desk is None  # no reminders to give or to remember
    assert read_only.team_sync is None  # nothing published to the team, nothing merged

    read_only.log_check()  # Enter on My day's row, or its button, asks for it
    refusal = shown(qtbot, QMessageBox)
    assert refusal.objectName() == "readOnlyRefusal"
    assert "open read-only, so nothing was saved" in refusal.text()
    refusal.close()

    read_only.show_view(View.COVERING)
    covering = read_only.role_views.covering
    assert covering is not None
    click(qtbot, covering, "recordAbsence")
    refusal = shown(qtbot, QMessageBox)
    assert refusal.objectName() == "readOnlyRefusal"
    refusal.close()


def test_the_review_of_a_damaged_log_is_saved_and_says_it_is_from_one(
    qtbot: QtBot,
    read_only: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    click(qtbot, read_only, "readOnlyReview")  # the banner's way to the Review
    view = read_only.role_views.review
    assert isinstance(view, ReviewView)
    assert read_only.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.review is not None)
    review = view.review
    assert review is not None
    assert review.damage is not None

    target = tmp_path / "granskning.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved: list[str] = []
    view.exported.connect(saved.append)
    click(qtbot, view, "reviewSavePdf")
    qtbot.waitUntil(lambda: bool(saved), timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    page = review_html(
        review,
        people=view.people,
        generated_by="",
        generated_at=read_only.clock.now(),
        language="en",
        pack=workspace_of(read_only).pack,
        heat_maps=[],
    )
    assert "Made from a read-only copy of a damaged log" in page


def test_no_two_things_in_the_read_only_window_share_an_alt_letter(
    qtbot: QtBot, damaged: Path, clock: FixedClock, language: str
) -> None:
    main = MainWindow(damaged, Settings(language=language), clock)
    qtbot.addWidget(main)
    main.show()
    box = shown(qtbot, QMessageBox)
    assert not shared_letters(showing_letters(box))
    click(qtbot, box, "openReadOnlyButton")
    qtbot.waitUntil(lambda: main.role_views.review is not None)
    clashes: dict[tuple[str, str], list[str]] = {}
    try:
        for index in range(main.tabs.count()):
            main.tabs.setCurrentIndex(index)
            for letter, texts in shared_letters(showing_letters(main)).items():
                clashes[(main.tabs.tabText(index), letter)] = texts
    finally:
        main.close_workspace()
    assert not clashes, said(clashes)
