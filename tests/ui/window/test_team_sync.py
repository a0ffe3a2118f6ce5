"""Two workstations sharing one team folder, each with its own window and data folder.

The officer's and the deputy's windows run side by side in one test; each
publishes and reads the team folder on its worker thread as the app does.
Timers are not waited for: the test fires them (publish after a change, the
folder watcher's read), as Qt would a moment later.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Account, CheckRole, DailyCheck, Person, Role, new_id
from assistant.rules.cover import record_absence
from assistant.settings import Settings, load_settings
from assistant.store.database import Store
from assistant.team import sync as team
from tests.ui.helpers import child, click, shown, type_into
from ui.settings.first_start import FirstStartDialog
from ui.window import team_sync
from ui.window.main_window import MainWindow
from ui.window.team_sync import TeamSync

SEEDED = datetime(2026, 1, 2, 8, tzinfo=UTC)


def team_line(window: MainWindow) -> QLabel:
    """The status bar's line about the team folder."""
    assert window.team_sync is not None, "the team folder's sync is not built yet"
    return window.team_sync.status


def person(name: str, recorded_at: datetime = SEEDED) -> Person:
    person_id = new_id()
    return Person(
        id=new_id(),
        person_id=person_id,
        name=name,
        email=name.lower().replace(" ", ".").replace("å", "a").replace("ö", "o") + "@lidingo.se",
        roles=frozenset({Role.OFFICER, Role.DEPUTY}),
        recorded_at=recorded_at,
        recorded_by=person_id,
    )


ASA, PER = person("Åsa Öberg"), person("Per Ek")
CITY = Account(
    id=new_id(),
    account_id=new_id(),
    platform="facebook",
    name="Lidingö stad",
    url="https://www.facebook.com/lidingostad",
    department="Kommunledningsförvaltningen",
    officer_ids=(ASA.person_id,),
    deputy_ids=(PER.person_id,),
    registrar_access=True,
    active_since=date(2026, 9, 1),
    recorded_at=SEEDED,
    recorded_by=ASA.person_id,
)


def seed(data_dir: Path, people: list[Person], me: Person, accounts: list[Account]) -> None:
    data_dir.mkdir()
    store = Store.open(data_dir)
    try:
        store.add_accounts(accounts, people)
        store.set_me(me.person_id)
    finally:
        store.close()


@pytest.fixture
def team_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def open_window(qtbot: QtBot, data_dir: Path, clock: FixedClock, team_dir: Path) -> MainWindow:
    window = MainWindow(data_dir, Settings(language="en", team_folder=str(team_dir)), clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.team_sync is not None)
    settle(qtbot, window)
    return window


def sync_of(window: MainWindow) -> TeamSync:
    assert window.team_sync is not None
    return window.team_sync


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's team job and any queued after it are done."""
    sync = sync_of(window)
    qtbot.waitUntil(lambda: not sync.busy and not sync.pending, timeout=10_000)


def publish_now(qtbot: QtBot, window: MainWindow) -> None:
    sync = sync_of(window)
    assert sync.publish_timer.isActive(), "a change should have scheduled a publish"
    sync.publish_timer.stop()
    sync.publish_timer.timeout.emit()
    settle(qtbot, window)


def read_now(qtbot: QtBot, window: MainWindow) -> None:
    sync = sync_of(window)
    sync.watch_timer.timeout.emit()
    settle(qtbot, window)


@pytest.fixture
def windows(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, team_dir: Path
) -> Iterator[tuple[MainWindow, MainWindow]]:
    officer_dir, deputy_dir = tmp_path / "asa", tmp_path / "per"
    seed(officer_dir, [ASA, PER], ASA, [CITY])
    # Per said who he is on his own workstation before its team folder was set.
    per_again = person("Per Ek", recorded_at=datetime(2026, 11, 19, 8, tzinfo=UTC))
    seed(deputy_dir, [per_again], per_again, [])
    officer = open_window(qtbot, officer_dir, clock, team_dir)
    deputy = open_window(qtbot, deputy_dir, clock, team_dir)
    yield officer, deputy
    for window in (deputy, officer):
        window.close_workspace()


def my_day(window: MainWindow) -> list[tuple[str, str]]:
    model = window.today_view.model
    return [
        (model.row_at(r).item.account.name, model.row_at(r).my_role)
        for r in range(model.rowCount())
    ]


def test_a_deputys_check_reaches_the_officer_through_the_team_folder(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow], clock: FixedClock, team_dir: Path
) -> None:
    officer, deputy = windows
    assert officer.workspace is not None
    assert deputy.workspace is not None
    # The deputy's workstation has read the register and knows Per as the team does.
    assert deputy.workspace.store.me() == PER.person_id
    assert CITY.account_id in deputy.workspace.store.accounts()
    assert "Team read at" in team_line(deputy).text()

    # Åsa records her absence; it is published and the deputy's window reads it.
    store = officer.workspace.store
    store.add_absence(
        record_absence(
            person_id=ASA.person_id,
            first_day=date(2026, 11, 20),
            last_day=date(2026, 11, 27),
            covers={CITY.account_id: PER.person_id},
            handover="Ett ärende om bygglov väntar.",
            accounts=store.accounts(),
            people=store.people(),
            recorded_at=clock.now(),
            recorded_by=ASA.person_id,
        )
    )
    officer.refresh()
    publish_now(qtbot, officer)
    read_now(qtbot, deputy)
    assert my_day(deputy) == [("Lidingö stad", "Covering for Åsa Öberg")]

    # Per's check, logged on his workstation, shows on Åsa's as his, covering for her.
    deputy.workspace.store.add_check(
        DailyCheck(
            id=new_id(),
            account_id=CITY.account_id,
            day=date(2026, 11, 20),
            checked_by=PER.person_id,
            role=CheckRole.DEPUTY,
            reviewed=("posts",),
            questions_answered=1,
            cases_forwarded=0,
            messages_to_registrar=1,
            notes="",
            recorded_at=clock.now(),
            recorded_by=PER.person_id,
            covering_for=ASA.person_id,
        )
    )
    deputy.refresh()
    publish_now(qtbot, deputy)
    read_now(qtbot, officer)
    model = officer.today_view.model
    assert my_day(officer) == [("Lidingö stad", "Covered by Per Ek")]
    assert "Per Ek, covering for Åsa Öberg" in model.data(model.index(0, 3))


def test_a_team_folder_out_of_reach_is_said_in_the_status_bar_and_work_goes_on(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow], team_dir: Path, tmp_path: Path
) -> None:
    officer, _deputy = windows
    away = tmp_path / "share-gone"
    sync_of(officer).use_folder(str(away))
    settle(qtbot, officer)

    assert "not reachable" in team_line(officer).text()
    assert str(away) in team_line(officer).toolTip()
    # Nothing was made where the share should be, and the log is as it was.
    assert not away.exists()
    assert officer.workspace is not None
    assert CITY.account_id in officer.workspace.store.accounts()

    # Back in reach: the next read says so.
    sync_of(officer).use_folder(str(team_dir))
    settle(qtbot, officer)
    assert "Team read at" in team_line(officer).text()


def first_start(qtbot: QtBot, name: str, email: str, team_folder: str) -> FirstStartDialog:
    dialog = shown(qtbot, FirstStartDialog)
    type_into(dialog, "personName", name)
    qtbot.keyClicks(child(dialog, QLineEdit, "personEmail"), email)
    child(dialog, QCheckBox, "role_deputy").setChecked(True)
    qtbot.keyClicks(child(dialog, QLineEdit, "settingsTeamFolder"), team_folder)
    click(qtbot, dialog, "personOk")
    return dialog


def test_a_colleague_who_names_the_team_folder_at_first_start_joins_the_team_at_once(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, team_dir: Path
) -> None:
    officer_dir = tmp_path / "asa"
    seed(officer_dir, [ASA, PER], ASA, [CITY])
    team.publish(officer_dir, team_dir, clock.now())
    new_desk = tmp_path / "per"
    new_desk.mkdir()
    window = MainWindow(new_desk, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()

    dialog = first_start(qtbot, "Per Ek", "per.ek@lidingo.se", str(team_dir))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.team_sync is not None)
    settle(qtbot, window)

    # The folder is kept, the team's register has arrived, and Per is the Per the team knows.
    assert load_settings(new_desk).team_folder == str(team_dir)
    assert window.workspace is not None
    store = window.workspace.store
    assert store.me() == PER.person_id
    assert CITY.account_id in store.accounts()
    assert "Team read at" in team_line(window).text()
    window.close_workspace()


def test_first_start_refuses_a_team_folder_that_is_not_a_whole_path(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    new_desk = tmp_path / "per"
    new_desk.mkdir()
    window = MainWindow(new_desk, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()

    dialog = first_start(qtbot, "Per Ek", "per.ek@lidingo.se", "kontokoll")

    assert dialog.isVisible()
    problem = child(dialog, QLabel, "personProblem")
    assert "whole path" in problem.text()
    assert window.workspace is not None
    assert window.workspace.store.me() is None
    assert load_settings(new_desk).team_folder == ""
    dialog.reject()
    window.close_workspace()


def test_a_publish_that_fails_is_said_and_tried_again_with_the_next_read(
    qtbot: QtBot,
    windows: tuple[MainWindow, MainWindow],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    officer, deputy = windows
    assert officer.workspace is not None
    check = DailyCheck(
        id=new_id(),
        account_id=CITY.account_id,
        day=date(2026, 11, 20),
        checked_by=ASA.person_id,
        role=CheckRole.OFFICER,
        reviewed=("posts",),
        questions_answered=0,
        cases_forwarded=0,
        messages_to_registrar=0,
        notes="",
        recorded_at=clock.now(),
        recorded_by=ASA.person_id,
    )
    officer.workspace.store.add_check(check)
    officer.refresh()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a fault while publishing")

    monkeypatch.setattr(team, "publish", broken)
    publish_now(qtbot, officer)
    # Said in the tooltip; the window is not left waiting for a job that never ends.
    assert "a fault while publishing" in team_line(officer).toolTip()
    assert not sync_of(officer).busy

    monkeypatch.undo()
    sync_of(officer).poll_timer.timeout.emit()  # the next read publishes too
    settle(qtbot, officer)
    read_now(qtbot, deputy)
    assert deputy.workspace is not None
    assert check.id in {c.id for c in deputy.workspace.store.checks()}


def test_quitting_while_the_share_hangs_does_not_hang_kontokoll(
    qtbot: QtBot,
    windows: tuple[MainWindow, MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    officer, _deputy = windows
    released = threading.Event()
    started = threading.Event()

    def hanging(data_dir: Path, team_dir: Path, now: datetime) -> team.SyncResult:
        started.set()
        released.wait()  # a network share that no longer answers
        return team.SyncResult(team_dir, now, reachable=False)

    monkeypatch.setattr(team, "merge", hanging)
    monkeypatch.setattr(team_sync, "EXIT_WAIT_MS", 50)
    sync = sync_of(officer)
    sync.watch_timer.timeout.emit()
    assert started.wait(5)
    try:
        sync.stop()  # gives up on the stuck job, and publishes nothing behind it
        assert sync.team_dir is None
        assert sync._worker is not None
        assert sync._worker.is_alive()
        assert sync._worker.daemon  # it cannot keep the process from ending
    finally:
        released.set()
