"""The introduction: shown once after the first start, again from Help, and for the
information unit a setup path whose buttons take them to each place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Role
from assistant.settings import Settings
from tests.ui.helpers import child, click, shown, type_into
from ui.help.tour import IntroductionDialog, page_names
from ui.settings.dialog import SettingsDialog
from ui.settings.first_start import FirstStartDialog
from ui.window.main_window import MainWindow


def first_start(qtbot: QtBot, *roles: Role) -> None:
    dialog = shown(qtbot, FirstStartDialog)
    type_into(dialog, "personName", "Åsa Öberg")
    qtbot.keyClicks(child(dialog, QLineEdit, "personEmail"), "asa.oberg@lidingo.se")
    for role in roles:
        box = child(dialog, QCheckBox, f"role_{role.value}")
        if not box.isChecked():
            qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked(), role
    click(qtbot, dialog, "personOk")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def introductions() -> list[IntroductionDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, IntroductionDialog) and w.isVisible()
    ]


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window has built everything it builds after My day."""
    qtbot.waitUntil(lambda: window.register_view is not None and window.duty_desk is not None)
    QCoreApplication.processEvents()


def test_the_introduction_shows_once_after_the_first_start_and_not_on_the_second(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    first_start(qtbot)
    tour = shown(qtbot, IntroductionDialog)
    assert tour.current_page() == "my_day"
    pages = tour.names
    assert 3 <= len(pages) <= 5
    for _page in pages[1:]:
        click(qtbot, tour, "introductionNext")
    assert tour.current_page() == "help"
    click(qtbot, tour, "introductionClose")
    assert not tour.isVisible()
    settle(qtbot, window)
    window.close_workspace()
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    again = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, again)
    try:
        assert not introductions()
    finally:
        again.close_workspace()


def test_help_shows_the_introduction_again_when_asked(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    first_start(qtbot)
    shown(qtbot, IntroductionDialog).accept()
    settle(qtbot, window)
    try:
        action = window.findChild(QAction, "introductionAction")
        assert action is not None
        action.trigger()

        assert shown(qtbot, IntroductionDialog).current_page() == "my_day"
    finally:
        window.close_workspace()


def test_an_officer_sees_no_setup_path_and_the_information_unit_does() -> None:
    assert "setup" not in page_names({Role.OFFICER})
    assert page_names({Role.INFORMATION_UNIT})[-2:] == ["setup", "help"]
    every_role = page_names(set(Role))
    assert "setup" in every_role
    assert len(every_role) <= 5


def test_the_setup_path_takes_the_information_unit_to_each_place(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    first_start(qtbot, Role.INFORMATION_UNIT)
    tour = shown(qtbot, IntroductionDialog)
    settle(qtbot, window)
    try:
        window.tabs.setCurrentWidget(window.today_view)
        assert "setup" in tour.names
        tour.go(tour.names.index("setup"))

        click(qtbot, tour, "setupImport")
        assert window.tabs.currentWidget() is window.register_view
        assert window.stack.currentWidget() is window.tabs

        click(qtbot, tour, "setupTeamFolder")
        settings = shown(qtbot, SettingsDialog)
        assert settings.tabs.currentWidget() is settings.team
        assert settings.focusWidget() is settings.team.folder
        settings.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        click(qtbot, tour, "setupRoles")
        settings = shown(qtbot, SettingsDialog)
        assert settings.tabs.currentWidget() is settings.team
        assert settings.focusWidget() is settings.team.roles[Role.OFFICER]
        settings.reject()
    finally:
        window.close_workspace()
