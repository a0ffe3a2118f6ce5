"""Reminders, the tray menu and the duty dialogs, driven by a clock the test moves.

No test sleeps: the clock is set to the moment and the reminder timer's
timeout is emitted, as Qt would emit it then. There is no system tray
offscreen, so reminders land in the window's banner, as on a desktop
without a tray.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM, FixedClock
from assistant.records import Account, CheckRole, DailyCheck, Person, Role, new_id
from assistant.reminder_state import load_reminder_state, save_reminder_state
from assistant.rules.reminders import ReminderState
from assistant.settings import Settings
from assistant.store.database import Store
from tests.ui.helpers import child, choose_file, click, picture, shown
from ui.duties.desk import DutyDesk
from ui.duties.dialogs import (
    CullingDialog,
    DocumentationDialog,
    LargerChangeDialog,
    RevisionDialog,
)
from ui.window.main_window import MainWindow

MONDAY = date(2026, 11, 23)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)


def seed(data_dir: Path, clock: FixedClock, active_since: date = date(2026, 9, 1)) -> Person:
    """Me (officer and information unit), and one account of mine active since ``active_since``
    and kept in Kontokoll since then."""
    store = Store.open(data_dir)
    try:
        me_id = new_id()
        me = Person(
            id=new_id(),
            person_id=me_id,
            name="Åsa Öberg",
            email="asa.oberg@lidingo.se",
            roles=frozenset({Role.OFFICER, Role.INFORMATION_UNIT}),
            recorded_at=clock.now(),
            recorded_by=me_id,
        )
        account = Account(
            id=new_id(),
            account_id=new_id(),
            platform="facebook",
            name="Lidingö stad",
            url="https://www.facebook.com/lidingostad",
            department="Kommunledning",
            officer_ids=(me_id,),
            deputy_ids=(),
            registrar_access=True,
            active_since=active_since,
            # In the register since the day it opened: its duties are owed from then.
            recorded_at=at(active_since, 8),
            recorded_by=me_id,
        )
        store.add_accounts([account], [me])
        store.set_me(me_id)
    finally:
        store.close()
    return me


def open_window(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> MainWindow:
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.duty_desk is not None)
    return window


@pytest.fixture
def early_clock() -> FixedClock:
    return FixedClock(at(MONDAY, 8, 0))


@pytest.fixture
def desk_window(
    qtbot: QtBot, data_dir: Path, early_clock: FixedClock
) -> Iterator[tuple[MainWindow, DutyDesk]]:
    seed(data_dir, early_clock)
    window = open_window(qtbot, data_dir, early_clock)
    assert window.duty_desk is not None
    yield window, window.duty_desk
    window.close_workspace()


def banner_text(desk: DutyDesk) -> str:
    return child(desk.banner, QLabel, "reminderText").text()


def fire(desk: DutyDesk, clock: FixedClock, moment: datetime) -> None:
    """Move the clock to ``moment`` and let the reminder timer go off, as Qt would then."""
    clock.set(moment)
    desk.scheduler.timer.timeout.emit()


def test_the_morning_reminder_calls_for_the_check_and_the_afternoon_one_only_if_not_done(
    qtbot: QtBot, desk_window: tuple[MainWindow, DutyDesk], early_clock: FixedClock
) -> None:
    window, desk = desk_window
    assert desk.tray is None  # offscreen: no system tray, so the banner reminds
    assert desk.scheduler.armed_for == at(MONDAY, 9)
    assert not desk.banner.isVisible()

    fire(desk, early_clock, at(MONDAY, 9))
    assert desk.banner.isVisible()
    assert "Duties for today" in banner_text(desk)
    assert "Daily check – Lidingö stad (Facebook)" in banner_text(desk)
    assert desk.scheduler.armed_for == at(MONDAY, 14)

    click(qtbot, desk.banner, "reminderDismiss")
    assert not desk.banner.isVisible()
    fire(desk, early_clock, at(MONDAY, 14))
    assert desk.banner.isVisible()
    assert "Still to check today" in banner_text(desk)

    # Logged now: the next afternoon has nothing to say, and tomorrow's morning is next.
    workspace = window.workspace
    assert workspace is not None
    account = next(iter(workspace.store.accounts().values()))
    me = workspace.store.me()
    assert me is not None
    workspace.store.add_check(
        DailyCheck(
            id=new_id(),
            account_id=account.account_id,
            day=MONDAY,
            checked_by=me,
            role=CheckRole.OFFICER,
            reviewed=(),
            questions_answered=0,
            cases_forwarded=0,
            messages_to_registrar=0,
            notes="",
            recorded_at=early_clock.now(),
            recorded_by=me,
        )
    )
    window.refresh()
    assert desk.scheduler.armed_for == at(MONDAY + timedelta(days=1), 9)
    desk.menu.aboutToShow.emit()
    assert "Daily check" not in " ".join(a.text() for a in desk.menu.actions())


def test_a_machine_that_slept_through_the_morning_is_reminded_when_it_wakes(
    desk_window: tuple[MainWindow, DutyDesk], early_clock: FixedClock
) -> None:
    _window, desk = desk_window
    early_clock.set(at(MONDAY, 10, 30))  # asleep from 08:00 to 10:30; the timer never fired
    desk.scheduler.sync_timer.timeout.emit()
    assert desk.banner.isVisible()
    assert "Daily check" in banner_text(desk)
    assert desk.scheduler.armed_for == at(MONDAY, 14)


def test_snoozing_holds_the_reminders_and_says_them_again_after_an_hour(
    qtbot: QtBot,
    desk_window: tuple[MainWindow, DutyDesk],
    early_clock: FixedClock,
    data_dir: Path,
) -> None:
    window, desk = desk_window
    fire(desk, early_clock, at(MONDAY, 9))
    click(qtbot, desk.banner, "reminderSnoozeHour")
    assert not desk.banner.isVisible()
    assert desk.scheduler.armed_for == at(MONDAY, 10)
    assert "snoozed for an hour" in window.statusBar().currentMessage()
    assert (data_dir / "reminders.json").read_text(encoding="utf-8").count("snoozed_until") == 1

    fire(desk, early_clock, at(MONDAY, 10))
    assert desk.banner.isVisible()
    assert "Daily check" in banner_text(desk)
    assert desk.scheduler.state.snoozed_until is None

    click(qtbot, desk.banner, "reminderSnoozeTomorrow")
    # The afternoon reminder is held too: tomorrow morning comes next.
    assert desk.scheduler.armed_for == at(MONDAY + timedelta(days=1), 9)
    assert desk.scheduler.state.snoozed_until == at(MONDAY + timedelta(days=1), 9)


def test_the_tray_menu_lists_the_duties_and_logs_a_culling_from_them(
    qtbot: QtBot,
    data_dir: Path,
    early_clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Active since 23 August: the culling falls due today, 23 November.
    seed(data_dir, early_clock, active_since=date(2026, 8, 23))
    window = open_window(qtbot, data_dir, early_clock)
    desk = window.duty_desk
    assert desk is not None
    desk.menu.aboutToShow.emit()  # rebuilt as it opens, as when clicked in the tray
    texts = [a.text() for a in desk.menu.actions()]
    assert "Culling – Lidingö stad (Facebook): Today" in texts
    assert any(t.startswith("Daily check – Lidingö stad") for t in texts)
    assert "Snooze reminders for an &hour" in texts
    # Today lists it too, beside the daily checks.
    assert desk.panel.isVisible()
    kinds = [desk.panel.model.data(desk.panel.model.index(row, 0)) for row in range(2)]
    # The October documentation round was missed (overdue), so it comes first.
    assert kinds == ["Documentation", "Culling"]

    culling = next(a for a in desk.menu.actions() if a.text().startswith("Culling"))
    culling.trigger()
    dialog = shown(qtbot, CullingDialog)
    assert dialog.first.date().toPython() == date(2026, 8, 23)
    click(qtbot, dialog, "cullingSave")
    assert "Say what was culled" in child(dialog, QLabel, "cullingProblem").text()
    # The core's refusal names the field; the dialog takes the person there.
    assert dialog.focusWidget() is child(dialog, QPlainTextEdit, "cullingRemoved")
    child(dialog, QPlainTextEdit, "cullingRemoved").setPlainText("Inlägg före 1 augusti")
    click(qtbot, dialog, "cullingSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    workspace = window.workspace
    assert workspace is not None
    (saved,) = workspace.store.duty_log().cullings
    assert saved.done_on == MONDAY
    assert saved.removed == "Inlägg före 1 augusti"
    assert "Saved the culling of Lidingö stad" in window.statusBar().currentMessage()
    desk.menu.aboutToShow.emit()
    assert not any(a.text().startswith("Culling") for a in desk.menu.actions())
    assert desk.panel.model.rowCount() == 1
    window.close_workspace()


def test_started_after_the_morning_time_it_reminds_at_once_of_all_since_the_last_morning(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FixedClock(at(MONDAY, 9, 20))
    # The culling became due soon on 9 November (14 days before 23 November), while
    # Kontokoll was not running; its last morning reminder was on 6 November.
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    save_reminder_state(data_dir, ReminderState(morning_of=date(2026, 11, 6)))
    window = open_window(qtbot, data_dir, clock)
    desk = window.duty_desk
    assert desk is not None
    assert desk.banner.isVisible()
    assert "Duties for today" in banner_text(desk)
    assert "Daily check – Lidingö stad (Facebook)" in banner_text(desk)
    assert "Culling – Lidingö stad (Facebook)" in banner_text(desk)
    assert load_reminder_state(data_dir).morning_of == MONDAY
    window.close_workspace()


def test_no_second_morning_reminder_after_a_restart_the_same_day(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FixedClock(at(MONDAY, 9, 20))
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    save_reminder_state(data_dir, ReminderState(morning_of=MONDAY))
    window = open_window(qtbot, data_dir, clock)
    assert window.duty_desk is not None
    assert not window.duty_desk.banner.isVisible()
    assert window.duty_desk.scheduler.armed_for == at(MONDAY, 14)
    window.close_workspace()


def test_woken_after_the_morning_time_a_refresh_gives_the_reminder_it_slept_through(
    desk_window: tuple[MainWindow, DutyDesk], early_clock: FixedClock
) -> None:
    window, desk = desk_window
    early_clock.set(at(MONDAY, 10, 30))  # the lid opened; the first thing is a refresh
    window.refresh()
    assert desk.banner.isVisible()
    assert "Daily check" in banner_text(desk)


def test_no_reminder_on_a_day_off_and_its_changes_wait_for_the_next_working_morning(
    qtbot: QtBot, data_dir: Path
) -> None:
    saturday = date(2026, 11, 21)
    clock = FixedClock(at(saturday, 10))
    # Active since 5 September: the culling is due 5 December, so due soon from
    # Saturday 21 November, a day off.
    seed(data_dir, clock, active_since=date(2026, 9, 5))
    save_reminder_state(data_dir, ReminderState(morning_of=date(2026, 11, 20)))
    window = open_window(qtbot, data_dir, clock)
    desk = window.duty_desk
    assert desk is not None
    assert not desk.banner.isVisible()
    fire(desk, clock, at(saturday, 14))  # the clock is looked at; nothing is owed
    assert not desk.banner.isVisible()
    fire(desk, clock, at(MONDAY, 9))
    assert "Culling – Lidingö stad (Facebook)" in banner_text(desk)
    window.close_workspace()


def test_documentation_needs_a_screenshot_and_is_then_kept_as_evidence(
    qtbot: QtBot,
    desk_window: tuple[MainWindow, DutyDesk],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _desk = desk_window
    action = window.findChild(QAction, "logDocumentationAction")
    assert action is not None
    action.trigger()
    dialog = shown(qtbot, DocumentationDialog)
    click(qtbot, dialog, "documentationSave")
    assert "screenshot" in child(dialog, QLabel, "documentationProblem").text()
    choose_file(monkeypatch, picture(tmp_path / "konto.png"))
    click(qtbot, dialog, "documentationAttach")
    click(qtbot, dialog, "documentationSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    workspace = window.workspace
    assert workspace is not None
    (documented,) = workspace.store.duty_log().documentations
    evidence = workspace.store.evidence(documented.screenshot_sha256)
    assert evidence is not None
    assert evidence.original_name == "konto.png"
    stored = workspace.evidence.find(evidence)
    assert stored is not None
    assert stored.is_file()


def test_a_revision_needs_a_note(qtbot: QtBot, desk_window: tuple[MainWindow, DutyDesk]) -> None:
    window, desk = desk_window
    window.log_duty("revision")
    dialog = shown(qtbot, RevisionDialog)
    click(qtbot, dialog, "revisionSave")
    assert "no changes" in child(dialog, QLabel, "revisionProblem").text()
    assert dialog.focusWidget() is child(dialog, QPlainTextEdit, "revisionNote")
    child(dialog, QPlainTextEdit, "revisionNote").setPlainText("Inga ändringar")
    click(qtbot, dialog, "revisionSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    workspace = window.workspace
    assert workspace is not None
    (revision,) = workspace.store.duty_log().revisions
    assert revision.note == "Inga ändringar"
    assert desk.scheduler.armed_for is not None


def test_a_duty_for_an_account_not_active_is_never_logged_on_another_account(
    qtbot: QtBot, desk_window: tuple[MainWindow, DutyDesk]
) -> None:
    window, desk = desk_window
    desk.log("culling", "an-account-planned-or-closed")
    dialog = shown(qtbot, CullingDialog)
    assert dialog.account.currentIndex() == -1
    assert "not active today" in child(dialog, QLabel, "cullingProblem").text()
    child(dialog, QPlainTextEdit, "cullingRemoved").setPlainText("Inlägg")
    click(qtbot, dialog, "cullingSave")
    assert "Choose the account" in child(dialog, QLabel, "cullingProblem").text()
    workspace = window.workspace
    assert workspace is not None
    assert workspace.store.duty_log().cullings == ()

    # A second request while the dialog is open raises it rather than opening another.
    desk.log("culling", None)
    assert desk.dialog is dialog
    open_dialogs = [w for w in window.findChildren(CullingDialog) if w.isVisible()]
    assert open_dialogs == [dialog]


def test_a_second_duty_dialog_opens_after_the_first_is_closed(
    qtbot: QtBot, desk_window: tuple[MainWindow, DutyDesk]
) -> None:
    window, _desk = desk_window
    window.log_duty("revision")
    first = shown(qtbot, RevisionDialog)
    child(first, QPlainTextEdit, "revisionNote").setPlainText("Inga ändringar")
    click(qtbot, first, "revisionSave")
    qtbot.waitUntil(lambda: not first.isVisible())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first is deleted

    window.log_duty("revision")
    second = shown(qtbot, RevisionDialog)
    assert second is not first
    second.reject()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.log_duty("change")
    shown(qtbot, LargerChangeDialog).reject()


@pytest.mark.parametrize(
    ("kind", "dialog_class"),
    [
        ("culling", CullingDialog),
        ("documentation", DocumentationDialog),
        ("revision", RevisionDialog),
        ("change", LargerChangeDialog),
    ],
)
def test_every_duty_dialog_opens_again_and_again_in_one_session(
    qtbot: QtBot,
    desk_window: tuple[MainWindow, DutyDesk],
    kind: str,
    dialog_class: type[CullingDialog],
) -> None:
    """Closed with Esc, deleted as Qt deletes it, and asked for again three times over."""
    window, _desk = desk_window
    for _ in range(3):
        window.log_duty(kind)
        dialog = shown(qtbot, dialog_class)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())  # type: ignore[misc]
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
