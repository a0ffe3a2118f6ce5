"""Absences and cover, clicked through: the officer records an absence, the deputy covers.

One data folder stands for both workstations here: the test switches whose
workstation it is (``set_me``) as Åsa leaves and Per takes over. Sharing
between real workstations is tested with the team folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Account, CheckRole, Person, Role, new_id
from assistant.rules import cover
from assistant.settings import Settings
from assistant.store.database import Store
from tests.ui.helpers import child, click, shown
from ui.checks.check_dialog import CheckDialog
from ui.covering.absence_dialog import AbsenceDialog
from ui.window.main_window import MainWindow
from ui.window.role_views import View

HANDOVER = "Två ärenden väntar på svar från bygglovsenheten."
SEEDED_AT = datetime(2026, 1, 2, 8, tzinfo=UTC)


def person(name: str) -> Person:
    person_id = new_id()
    return Person(
        id=new_id(),
        person_id=person_id,
        name=name,
        email=name.lower().replace(" ", ".") + "@lidingo.se",
        roles=frozenset({Role.OFFICER, Role.DEPUTY}),
        recorded_at=SEEDED_AT,
        recorded_by=person_id,
    )


def account(name: str, officer: Person, deputy: Person) -> Account:
    return Account(
        id=new_id(),
        account_id=new_id(),
        platform="facebook",
        name=name,
        url=f"https://www.facebook.com/{name.lower().replace(' ', '')}",
        department="Kommunledningsförvaltningen",
        officer_ids=(officer.person_id,),
        deputy_ids=(deputy.person_id,),
        registrar_access=True,
        active_since=date(2026, 9, 1),
        recorded_at=SEEDED_AT,
        recorded_by=officer.person_id,
    )


@dataclass(frozen=True)
class Team:
    asa: Person
    per: Person
    town: Account
    library: Account


@pytest.fixture
def team(data_dir: Path) -> Team:
    """Åsa is officer of Lidingö stad (Per her deputy); Per of the library (Åsa his deputy)."""
    asa, per = person("Åsa Öberg"), person("Per Ek")
    town = account("Lidingö stad", asa, per)
    library = account("Lidingö bibliotek", per, asa)
    store = Store.open(data_dir)
    try:
        store.add_accounts([town, library], [asa, per])
        store.set_me(asa.person_id)
    finally:
        store.close()
    return Team(asa, per, town, library)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: FixedClock, team: Team) -> Iterator[MainWindow]:
    main = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.role_views.covering is not None)
    yield main
    main.close_workspace()


def my_day(window: MainWindow) -> list[tuple[str, str]]:
    model = window.today_view.model
    return [
        (model.row_at(r).item.account.name, model.row_at(r).my_role)
        for r in range(model.rowCount())
    ]


def record_absence(qtbot: QtBot, window: MainWindow) -> AbsenceDialog:
    window.show_view(View.COVERING)
    covering = window.role_views.covering
    assert covering is not None
    click(qtbot, covering, "recordAbsence")
    return shown(qtbot, AbsenceDialog)


def test_a_deputy_covers_the_officers_account_and_their_check_says_so(
    qtbot: QtBot, window: MainWindow, team: Team, clock: FixedClock
) -> None:
    assert my_day(window) == [("Lidingö stad", "Account officer")]

    # Åsa records that she is away Friday to Wednesday; Per covers Lidingö stad.
    dialog = record_absence(qtbot, window)
    child(dialog, QDateEdit, "absenceLast").setDate(QDate(2026, 11, 25))
    deputy = child(dialog, QComboBox, f"absenceDeputy_{team.town.account_id}")
    assert deputy.currentData() == team.per.person_id  # the account's own deputy, at once
    child(dialog, QPlainTextEdit, "absenceHandover").setPlainText(HANDOVER)
    click(qtbot, dialog, "absenceSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.workspace is not None
    [absence] = window.workspace.store.absences().values()
    assert (absence.first_day, absence.last_day) == (date(2026, 11, 20), date(2026, 11, 25))
    assert absence.covers == {team.town.account_id: team.per.person_id}
    # Åsa's day shows who has her account; its reminders go to Per now.
    assert my_day(window) == [("Lidingö stad", "Covered by Per Ek")]

    # On Per's workstation: My day lists Lidingö stad beside his own library.
    window.workspace.store.set_me(team.per.person_id)
    window.refresh()
    assert my_day(window) == [
        ("Lidingö bibliotek", "Account officer"),
        ("Lidingö stad", "Covering for Åsa Öberg"),
    ]
    covering = window.role_views.covering
    assert covering is not None
    assert "cover 1 account for Åsa Öberg" in covering.summary.text()
    assert covering.handover.toPlainText() == HANDOVER

    # Per logs the check from Covering; the dialog says whom he covers for.
    window.show_view(View.COVERING)
    covering.accounts.selectRow(0)
    click(qtbot, covering, "coveringLogCheck")
    check_dialog = shown(qtbot, CheckDialog)
    assert check_dialog.account.currentData() == team.town.account_id
    note = child(check_dialog, QLabel, "checkCoverNote")
    assert "Covering for Åsa Öberg" in note.text()
    assert HANDOVER in note.text()
    click(qtbot, check_dialog, "checkAllSteps")  # the person ticks the steps done
    click(qtbot, check_dialog, "checkSave")
    qtbot.waitUntil(lambda: not check_dialog.isVisible())

    [check] = window.workspace.store.checks(account_ids=[team.town.account_id])
    assert (check.checked_by, check.role, check.covering_for) == (
        team.per.person_id,
        CheckRole.DEPUTY,
        team.asa.person_id,
    )
    row = window.today_view.model.rowCount() - 1
    text = window.today_view.model.data(window.today_view.model.index(row, 3))
    assert "Per Ek, covering for Åsa Öberg" in text

    # Back at work on Thursday, Åsa has her account again.
    window.workspace.store.set_me(team.asa.person_id)
    clock.set(datetime(2026, 11, 26, 10, tzinfo=UTC))
    window.refresh()
    assert my_day(window) == [("Lidingö stad", "Account officer")]


def test_a_deputy_takes_over_an_account_whose_officer_is_away(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    covering = window.role_views.covering
    assert covering is not None
    window.show_view(View.COVERING)
    # Åsa is Per's deputy for the library; Per is off sick and recorded nothing.
    assert [r.account.name for r in covering.deputy_model.rows()] == ["Lidingö bibliotek"]
    assert covering.deputy_model.rows()[0].status == "Officer at work"
    click(qtbot, covering, "takeOver")
    dialog = shown(qtbot, AbsenceDialog)
    assert dialog.absent_id() == team.per.person_id
    chosen = child(dialog, QComboBox, f"absenceDeputy_{team.library.account_id}")
    assert chosen.currentData() == team.asa.person_id
    click(qtbot, dialog, "absenceSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert ("Lidingö bibliotek", "Covering for Per Ek") in my_day(window)
    assert covering.deputy_model.rows()[0].status.startswith("You cover it until")


def test_an_absence_that_ends_before_it_begins_is_refused_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = record_absence(qtbot, window)
    child(dialog, QPlainTextEdit, "absenceHandover").setPlainText(HANDOVER)
    child(dialog, QDateEdit, "absenceLast").setDate(QDate(2026, 11, 19))
    click(qtbot, dialog, "absenceSave")

    assert dialog.isVisible()
    problem = child(dialog, QLabel, "absenceProblem")
    assert "ends on 2026-11-19 before it begins on 2026-11-20" in problem.text()
    assert child(dialog, QPlainTextEdit, "absenceHandover").toPlainText() == HANDOVER
    assert window.workspace is not None
    assert window.workspace.store.absences() == {}


def test_an_absence_called_off_gives_the_accounts_back(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    dialog = record_absence(qtbot, window)
    click(qtbot, dialog, "absenceSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert my_day(window) == [("Lidingö stad", "Covered by Per Ek")]

    covering = window.role_views.covering
    assert covering is not None
    click(qtbot, covering, "callOffAbsence")
    box = shown(qtbot, QMessageBox)
    assert "Call off Åsa Öberg's absence 2026-11-20 – 2026-11-24" in box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: my_day(window) == [("Lidingö stad", "Account officer")])
    assert window.workspace is not None
    [called_off] = window.workspace.store.absences().values()
    assert called_off.cancelled
    assert covering.absence_model.rowCount() == 0


def share_the_town_with_eva(window: MainWindow, team: Team) -> Person:
    """Eva becomes Lidingö stad's second officer; Åsa is away and Per covers for her."""
    assert window.workspace is not None
    store = window.workspace.store
    eva = person("Eva Sjö")
    shared = replace(
        team.town,
        id=new_id(),
        officer_ids=(team.asa.person_id, eva.person_id),
        supersedes=team.town.id,
    )
    store.add_accounts([shared], [eva])
    store.add_absence(
        cover.record_absence(
            person_id=team.asa.person_id,
            first_day=date(2026, 11, 20),
            last_day=date(2026, 11, 27),
            covers={team.town.account_id: team.per.person_id},
            handover="",
            accounts=store.accounts(),
            people=store.people(),
            recorded_at=SEEDED_AT,
            recorded_by=team.asa.person_id,
        )
    )
    return eva


def test_a_second_officer_checks_as_officer_while_the_first_is_covered(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    eva = share_the_town_with_eva(window, team)
    assert window.workspace is not None
    store = window.workspace.store
    store.set_me(eva.person_id)
    window.refresh()

    window.log_check(team.town.account_id)
    dialog = shown(qtbot, CheckDialog)
    assert not child(dialog, QLabel, "checkCoverNote").isVisible()
    click(qtbot, dialog, "checkAllSteps")  # the person ticks the steps done
    click(qtbot, dialog, "checkSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [check] = store.checks(account_ids=[team.town.account_id])
    assert (check.checked_by, check.role, check.covering_for) == (
        eva.person_id,
        CheckRole.OFFICER,
        "",
    )


def test_taking_over_names_the_officer_who_is_away_not_the_first_one_listed(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    share_the_town_with_eva(window, team)
    assert window.workspace is not None
    store = window.workspace.store
    # Åsa's absence is called off; Eva is off sick instead, and Per takes over from her.
    [away] = store.absences().values()
    store.add_absence(cover.cancel_absence(away, recorded_at=SEEDED_AT, recorded_by=""))
    eva = next(p for p in store.people().values() if p.name == "Eva Sjö")
    store.add_absence(
        cover.record_absence(
            person_id=eva.person_id,
            first_day=date(2026, 11, 20),
            last_day=date(2026, 11, 20),
            covers={team.town.account_id: team.per.person_id},
            handover="",
            accounts=store.accounts(),
            people=store.people(),
            recorded_at=SEEDED_AT,
            recorded_by=eva.person_id,
        )
    )
    store.set_me(team.per.person_id)
    window.refresh()
    covering = window.role_views.covering
    assert covering is not None
    window.show_view(View.COVERING)
    town = [r.account.name for r in covering.deputy_model.rows()].index("Lidingö stad")
    covering.accounts.selectRow(town)
    click(qtbot, covering, "takeOver")
    # Per covers it already: asked, he changes Eva's absence rather than adding one.
    box = shown(qtbot, QMessageBox)
    assert "You already cover Lidingö stad today" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    dialog = shown(qtbot, AbsenceDialog)
    assert dialog.absent_id() == eva.person_id
    dialog.reject()


def test_on_a_saturday_the_covered_accounts_are_not_due(
    qtbot: QtBot, window: MainWindow, team: Team, clock: FixedClock
) -> None:
    share_the_town_with_eva(window, team)
    assert window.workspace is not None
    window.workspace.store.set_me(team.per.person_id)
    clock.set(datetime(2026, 11, 21, 10, tzinfo=UTC))
    window.refresh()
    covering = window.role_views.covering
    assert covering is not None
    model = covering.deputy_model
    town = [r.account.name for r in model.rows()].index("Lidingö stad")
    assert model.rows()[town].covering
    assert model.data(model.index(town, 2)) == "Not a working day"
    assert model.data(model.index(town, 2), Qt.ItemDataRole.BackgroundRole) is None


def test_taking_over_an_account_already_covered_changes_that_absence_not_a_second(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    """Per covers Lidingö stad for Åsa; Eva, its other deputy, takes it over from him."""
    assert window.workspace is not None
    store = window.workspace.store
    eva = person("Eva Sjö")
    town = replace(
        team.town,
        id=new_id(),
        deputy_ids=(team.per.person_id, eva.person_id),
        supersedes=team.town.id,
    )
    store.add_accounts([town], [eva])
    store.add_absence(
        cover.record_absence(
            person_id=team.asa.person_id,
            first_day=date(2026, 11, 20),
            last_day=date(2026, 11, 27),
            covers={team.town.account_id: team.per.person_id},
            handover=HANDOVER,
            accounts=store.accounts(),
            people=store.people(),
            recorded_at=SEEDED_AT,
            recorded_by=team.asa.person_id,
        )
    )
    store.set_me(eva.person_id)
    window.refresh()
    covering = window.role_views.covering
    assert covering is not None
    window.show_view(View.COVERING)
    covering.accounts.selectRow(0)

    # Asked first, saying who covers it already; called off, nothing changes.
    click(qtbot, covering, "takeOver")
    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "alreadyCoveredBox"
    assert "Per Ek already covers Lidingö stad today" in box.text()
    assert "Åsa Öberg's absence 2026-11-20 – 2026-11-27" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not [w for w in window.findChildren(AbsenceDialog) if w.isVisible()]

    click(qtbot, covering, "takeOver")
    box = shown(qtbot, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    dialog = shown(qtbot, AbsenceDialog)
    assert dialog.absent_id() == team.asa.person_id
    chosen = child(dialog, QComboBox, f"absenceDeputy_{team.town.account_id}")
    assert chosen.currentData() == eva.person_id
    click(qtbot, dialog, "absenceSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [absence] = store.absences().values()  # the same absence, changed
    assert absence.covers == {team.town.account_id: eva.person_id}
    assert absence.handover == HANDOVER
    assert ("Lidingö stad", "Covering for Åsa Öberg") in my_day(window)
