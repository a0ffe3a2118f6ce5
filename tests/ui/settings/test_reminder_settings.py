"""The Reminders tab of the settings: times, the due-soon window, the tray and the login start."""

from __future__ import annotations

import configparser
from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QTimeEdit
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import load_settings
from tests.ui.helpers import add_me, child, click, shown, workspace_of
from ui.settings.dialog import SettingsDialog
from ui.window.main_window import MainWindow


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.menus.settings_action.trigger()
    return shown(qtbot, SettingsDialog)


def test_reminder_times_and_the_login_start_are_saved_and_used(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, data_dir: Path, tmp_path: Path
) -> None:
    add_me(workspace_of(window).store, clock)
    window.refresh()
    qtbot.waitUntil(lambda: window.duty_desk is not None)
    dialog = open_settings(qtbot, window)
    child(dialog, QTimeEdit, "settingsMorning").setTime(QTime(8, 15))
    child(dialog, QTimeEdit, "settingsAfternoon").setTime(QTime(13, 30))
    child(dialog, QSpinBox, "settingsDueSoon").setValue(21)
    child(dialog, QCheckBox, "settingsCloseToTray").setChecked(False)
    child(dialog, QCheckBox, "settingsStartAtLogin").setChecked(True)
    click(qtbot, dialog, "settingsSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = load_settings(data_dir)
    assert (saved.morning_reminder, saved.afternoon_reminder) == (time(8, 15), time(13, 30))
    assert saved.due_soon_days == 21
    assert not saved.close_to_tray
    assert saved.start_at_login
    # The test's clock says Friday 10:00: the next reminder is now the 13:30 one.
    desk = window.duty_desk
    assert desk is not None
    assert desk.scheduler.armed_for is not None
    moment = desk.scheduler.armed_for
    assert (moment.hour, moment.minute) == (13, 30)

    entry = tmp_path / "home" / "config" / "autostart" / "kontokoll.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry, encoding="utf-8")
    command = parser["Desktop Entry"]["Exec"]
    assert "--background" in command
    assert str(data_dir) in command

    # Turned off again: the entry goes.
    dialog = open_settings(qtbot, window)
    child(dialog, QCheckBox, "settingsStartAtLogin").setChecked(False)
    click(qtbot, dialog, "settingsSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not entry.exists()


def test_an_afternoon_reminder_before_the_morning_one_is_refused(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    dialog = open_settings(qtbot, window)
    child(dialog, QTimeEdit, "settingsMorning").setTime(QTime(10, 0))
    child(dialog, QTimeEdit, "settingsAfternoon").setTime(QTime(9, 30))
    click(qtbot, dialog, "settingsSave")
    problem = child(dialog, QLabel, "settingsProblem")
    assert "must come after the morning one (10:00)" in problem.text()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert load_settings(data_dir).afternoon_reminder == time(14, 0)  # nothing was saved
