"""The check dialog offers as checker only who may have checked the account that day.

Åsa is the officer and Per the deputy of the city's account; Rut, a
registrar, is in the register too. *Checked by* offers Åsa and Per, not Rut;
with Åsa away on Friday and Eva covering, Friday offers Per and Eva, and
Thursday, before the absence, Åsa and Per again.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Absence, Role, new_id
from assistant.rules.cover import record_absence
from tests.factories import FRIDAY, at, person
from tests.ui.helpers import child, shown, workspace_of
from tests.ui.test_dialogs import register_account
from ui.checks.check_dialog import CheckDialog
from ui.common.labels import qdate
from ui.window.main_window import MainWindow

THURSDAY = date(2026, 11, 19)


def _offered(checker: QComboBox) -> list[str]:
    return [checker.itemText(i) for i in range(checker.count())]


def test_only_officers_deputies_and_the_covering_deputy_are_offered_and_not_anyone_away(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    city = register_account(window, clock)
    workspace = workspace_of(window)
    asa = workspace.store.people()[city.officer_ids[0]]
    per = person("Per Ek", "per.ek@lidingo.se", roles=[Role.DEPUTY])
    eva = person("Eva Berg", "eva.berg@lidingo.se", roles=[Role.DEPUTY])
    rut = person("Rut Lund", "rut.lund@lidingo.se", roles=[Role.REGISTRAR])
    with_deputy = dataclasses.replace(
        city, id=new_id(), deputy_ids=(per.person_id,), supersedes=city.id
    )
    workspace.store.add_accounts([with_deputy], [per, eva, rut])
    workspace.store.add_absence(
        record_absence(
            person_id=asa.person_id,
            first_day=FRIDAY,
            last_day=FRIDAY,
            covers={city.account_id: eva.person_id},
            handover="",
            accounts=workspace.store.accounts(),
            people=workspace.store.people(),
            recorded_at=at(THURSDAY, 16),
            recorded_by=asa.person_id,
        )
    )
    window.refresh()

    window.log_check()
    dialog = shown(qtbot, CheckDialog)
    checker = child(dialog, QComboBox, "checkPerson")
    assert _offered(checker) == ["Eva Berg", "Per Ek"]  # Åsa is away today; Eva covers

    child(dialog, QDateEdit, "checkDay").setDate(qdate(THURSDAY))
    assert _offered(checker) == ["Per Ek", "Åsa Öberg"]
    assert checker.currentText() == "Åsa Öberg"  # the user, who may have checked that day
    dialog.reject()


def test_nobody_to_choose_is_said_with_what_to_do(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    city = register_account(window, clock)
    workspace = workspace_of(window)
    asa = workspace.store.people()[city.officer_ids[0]]
    # Away on Friday, with the cover arranged for another account only.
    workspace.store.add_absence(
        Absence(
            id=new_id(),
            absence_id=new_id(),
            person_id=asa.person_id,
            first_day=FRIDAY,
            last_day=FRIDAY,
            covers={"another-account": asa.person_id},
            handover="",
            recorded_at=at(THURSDAY, 16),
            recorded_by=asa.person_id,
        )
    )
    window.refresh()
    window.log_check()
    dialog = shown(qtbot, CheckDialog)
    assert child(dialog, QComboBox, "checkPerson").count() == 0
    problem = child(dialog, QLabel, "checkProblem")
    assert problem.isVisible()
    assert "Record who covers it under Covering, or choose another day." in problem.text()

    child(dialog, QDateEdit, "checkDay").setDate(qdate(THURSDAY))
    assert _offered(child(dialog, QComboBox, "checkPerson")) == ["Åsa Öberg"]
    assert not problem.isVisible()
    dialog.reject()


def test_the_dialog_reads_only_the_absences_of_the_day_it_logs(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    city = register_account(window, clock)
    workspace = workspace_of(window)
    asa = workspace.store.people()[city.officer_ids[0]]
    eva = person("Eva Berg", "eva.berg@lidingo.se", roles=[Role.DEPUTY])
    workspace.store.add_accounts([], [eva])
    for first, last in ((date(2024, 11, 4), date(2024, 11, 15)), (FRIDAY, FRIDAY)):
        workspace.store.add_absence(
            record_absence(
                person_id=asa.person_id,
                first_day=first,
                last_day=last,
                covers={city.account_id: eva.person_id},
                handover="",
                accounts=workspace.store.accounts(),
                people=workspace.store.people(),
                recorded_at=at(THURSDAY, 16),
                recorded_by=asa.person_id,
            )
        )
    window.refresh()

    with workspace.store.statements() as statements:
        window.log_check()
        dialog = shown(qtbot, CheckDialog)
    read = [s for s in statements if "FROM absences" in s]
    assert read
    assert all("last_day >=" in s for s in read), read
    # Åsa is away today and Eva covers; two years ago is not read, yet covering works.
    assert [a.first_day for a in dialog.absences_on(FRIDAY)] == [FRIDAY]
    assert _offered(child(dialog, QComboBox, "checkPerson")) == ["Eva Berg"]
    dialog.reject()
