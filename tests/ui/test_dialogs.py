"""Each screen's refusals and special cases, clicked as a person would."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM, FixedClock
from assistant.paths import DATABASE_NAME
from assistant.records import Account
from assistant.rules.accounts import AccountDraft, new_account
from assistant.rules.check_days import DayState
from assistant.settings import Settings, load_settings
from tests.ui.helpers import (
    add_me,
    child,
    choose_file,
    click,
    open_account,
    picture,
    shown,
    type_into,
    wait_for_page,
    workspace_of,
)
from ui.checks.check_dialog import CheckDialog
from ui.checks.removal_dialog import RemovalDialog
from ui.common.capture import ConfirmCaptureDialog
from ui.register.account_dialog import AccountDialog
from ui.settings.dialog import SettingsDialog
from ui.window.app import acquire_lock
from ui.window.main_window import MainWindow


def register_account(window: MainWindow, clock: FixedClock, platform: str = "facebook") -> Account:
    workspace = window.workspace
    assert workspace is not None
    me = add_me(workspace.store, clock)
    account = new_account(
        AccountDraft(
            platform=platform,
            name="Lidingö stad",
            url="https://www.facebook.com/lidingostad",
            department="Kommunledning",
            officer_ids=(me.person_id,),
            deputy_ids=(),
            registrar_access=True,
            active_since=date(2026, 11, 16),
        ),
        recorded_at=datetime(2026, 11, 16, 8, tzinfo=STOCKHOLM),  # registered as it opened
        recorded_by=me.person_id,
    )
    workspace.store.add_accounts([account])
    window.refresh()
    return account


def open_removal(qtbot: QtBot, window: MainWindow) -> tuple[CheckDialog, RemovalDialog]:
    window.log_check()
    check = shown(qtbot, CheckDialog)
    check.capture_delay_ms = 0
    click(qtbot, check, "addRemoval")
    return check, shown(qtbot, RemovalDialog)


def test_empty_today_says_how_to_start(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    add_me(workspace_of(window).store, clock)
    window.refresh()

    assert window.today_view.pages.currentIndex() == 1
    assert "Add your first account" in window.today_view.empty.text()
    assert child(window.today_view, QPushButton, "emptyImport").isVisible()


def test_a_check_logged_afterwards_is_marked_late(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    account = register_account(window, clock)
    assert window.today_view.model.row_at(0).item.missed_days == (
        date(2026, 11, 16),
        date(2026, 11, 17),
        date(2026, 11, 18),
        date(2026, 11, 19),
    )

    page = open_account(qtbot, window, account.account_id)
    wednesday = next(
        r for r in range(page.model.rowCount()) if page.model.day_at(r).day == date(2026, 11, 18)
    )
    page.table.selectRow(wednesday)
    assert page.model.day_at(wednesday).state == DayState.MISSED
    click(qtbot, page, "accountLogDay")
    check = shown(qtbot, CheckDialog)
    assert check.chosen_day() == date(2026, 11, 18)
    assert child(check, QLabel, "checkLateNote").isVisible()
    click(qtbot, check, "checkAllSteps")  # the person ticks the steps done
    click(qtbot, check, "checkSave")
    qtbot.waitUntil(lambda: not check.isVisible())
    wait_for_page(qtbot, page)

    assert page.model.day_at(wednesday).state == DayState.LATE
    window.show_overview()
    assert date(2026, 11, 18) not in window.today_view.model.row_at(0).item.missed_days


def test_confidential_post_needs_a_diary_number(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_account(window, clock)
    check, removal = open_removal(qtbot, window)
    ground = child(removal, QComboBox, "removalGround")
    ground.setCurrentIndex(ground.findData("confidential"))
    type_into(removal, "removalPost", "Inlägg med personnummer")
    shot = picture(tmp_path / "sekretess.png")
    choose_file(monkeypatch, shot)
    click(qtbot, removal, "attachScreenshot")

    click(qtbot, removal, "removalOk")
    assert removal.isVisible()
    assert "diary" in child(removal, QLabel, "removalProblem").text()
    assert removal.focusWidget() is child(removal, QLineEdit, "removalDiary")

    type_into(removal, "removalDiary", "KS/2026:123")
    click(qtbot, removal, "removalOk")
    qtbot.waitUntil(lambda: not removal.isVisible())
    click(qtbot, check, "checkAllSteps")  # the person ticks the steps done
    click(qtbot, check, "checkSave")
    qtbot.waitUntil(lambda: not check.isVisible())
    (saved,) = workspace_of(window).store.checks()
    assert saved.removals[0].diary_number == "KS/2026:123"


def test_screen_capture_hides_the_app_and_asks_before_keeping(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    with qtbot.waitSignal(removal.capturer.captured):
        click(qtbot, removal, "captureScreen")
        assert not window.isVisible()  # hidden while the screen is grabbed
    assert window.isVisible()
    confirm = shown(qtbot, ConfirmCaptureDialog)
    click(qtbot, confirm, "keepCapture")

    qtbot.waitUntil(lambda: removal.screenshot is not None)
    assert removal.screenshot is not None
    assert removal.screenshot.original_name.endswith(".png")
    stored = workspace_of(window).evidence.find(removal.screenshot)
    assert stored is not None
    assert stored.read_bytes().startswith(b"\x89PNG")


def test_x_suggests_replying_instead_of_removing(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock, platform="x")
    _check, removal = open_removal(qtbot, window)
    assert removal.action().value == "replied"


def test_a_bad_register_is_refused_naming_each_row(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    add_me(workspace_of(window).store, clock)
    bad = tmp_path / "konton.csv"
    bad.write_text(
        "plattform;namn;adress\n"
        "Facebook;Lidingö stad;https://www.facebook.com/lidingostad\n"
        "Myspace;Gamla sidan;https://myspace.com/lidingo\n"
        "Instagram;;inte en adress\n",
        encoding="utf-8",
    )
    window.commands.import_accounts(bad)

    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "importErrorBox"
    details = box.detailedText()
    assert "Row 3, column plattform" in details
    assert "Row 4, column namn" in details
    assert "Row 4, column adress" in details
    assert workspace_of(window).store.accounts() == {}
    box.close()


def test_a_new_account_with_a_bad_address_is_refused_then_saved(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    add_me(workspace_of(window).store, clock)
    window.commands.register_account()
    dialog = shown(qtbot, AccountDialog)
    type_into(dialog, "accountName", "Lidingö simhall")
    type_into(dialog, "accountUrl", "inte en adress")
    click(qtbot, dialog, "accountSave")
    assert dialog.isVisible()
    assert "not a web address" in child(dialog, QLabel, "accountProblem").text()

    type_into(dialog, "accountUrl", "www.instagram.com/lidingosimhall")
    click(qtbot, dialog, "accountSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (account,) = workspace_of(window).store.accounts().values()
    assert account.url == "https://www.instagram.com/lidingosimhall"
    assert account.officer_ids == (workspace_of(window).store.me(),)
    assert window.today_view.model.rowCount() == 1


def test_editing_an_account_keeps_its_history(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    account = register_account(window, clock)
    window.commands.edit_account(account.account_id)
    dialog = shown(qtbot, AccountDialog)
    type_into(dialog, "accountName", "Lidingö stad – officiell")
    click(qtbot, dialog, "accountSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    store = workspace_of(window).store
    assert store.accounts()[account.account_id].name == "Lidingö stad – officiell"
    assert [a.name for a in store.account_versions()[account.account_id]] == [
        "Lidingö stad",
        "Lidingö stad – officiell",
    ]


def test_settings_make_midsummer_eve_a_working_day(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.edit_settings()
    dialog = shown(qtbot, SettingsDialog)
    child(dialog, QCheckBox, "dayOff_midsommarafton").setChecked(False)
    click(qtbot, dialog, "settingsSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = load_settings(data_dir)
    assert "midsommarafton" not in saved.de_facto_days_off
    assert window.workspace is not None
    assert window.workspace.calendar.is_working_day(date(2026, 6, 19))
    assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["language"] == "en"


def test_a_damaged_database_is_reported_and_left_alone(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    damaged = data_dir / DATABASE_NAME
    damaged.write_bytes(b"this is not a database, just text" * 100)
    before = damaged.read_bytes()
    main = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(main)
    main.show()

    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "openErrorBox"
    assert "damaged" in box.text()
    assert main.workspace is None
    assert damaged.read_bytes() == before
    box.close()


def test_a_second_instance_on_the_same_data_folder_is_refused(data_dir: Path) -> None:
    first = acquire_lock(data_dir)
    assert first is not None
    assert acquire_lock(data_dir) is None
    first.unlock()
    again = acquire_lock(data_dir)
    assert again is not None
    again.unlock()


def test_today_turns_into_tomorrow_at_midnight(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    clock.set(datetime(2026, 11, 19, 23, 59, 30, tzinfo=STOCKHOLM))
    window.refresh()
    assert "19" in window.today_view.heading.text()
    assert window.day_turn.timer.isActive()
    assert window.day_turn.timer.interval() == 31_000  # to midnight, and a second to spare

    clock.set(datetime(2026, 11, 20, 0, 0, 1, tzinfo=STOCKHOLM))
    window.day_turn.timer.timeout.emit()  # what the timer does at midnight
    assert "20" in window.today_view.heading.text()


def test_enter_in_the_add_person_field_adds_the_person_without_saving(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    add_me(workspace_of(window).store, clock)
    window.commands.register_account()
    dialog = shown(qtbot, AccountDialog)
    field = child(dialog, QLineEdit, "deputiesNew")
    field.insert("Per Ek")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert workspace_of(window).store.accounts() == {}
    names = child(dialog, QListWidget, "deputiesList")
    assert [names.item(r).text() for r in range(names.count())][-1] == "Per Ek"
    dialog.reject()


def test_cancelling_a_check_with_notes_asks_first(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    window.log_check()
    check = shown(qtbot, CheckDialog)
    child(check, QPlainTextEdit, "checkNotes").setPlainText("Svarade på frågan om simhallen")
    check.reject()

    question = shown(qtbot, QMessageBox)
    assert question.objectName() == "discardCheckBox"
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert check.isVisible()

    check.reject()
    question = shown(qtbot, QMessageBox)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not check.isVisible())
    assert workspace_of(window).store.checks() == []


def test_a_file_that_is_not_a_picture_is_not_a_screenshot(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    text = tmp_path / "anteckning.txt"
    text.write_text("inte en bild", encoding="utf-8")
    choose_file(monkeypatch, text)
    click(qtbot, removal, "attachScreenshot")

    assert removal.screenshot is None
    assert "not a picture" in child(removal, QLabel, "removalProblem").text()
