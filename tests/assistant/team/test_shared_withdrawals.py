"""What corrects the log travels through the team folder: a withdrawal like any fact, chained
like one; a correction of a check counts only from whoever logged it or an officer."""

from __future__ import annotations

import dataclasses
from datetime import date

from assistant.corrections import Withdrawable, Withdrawal
from assistant.records import new_id
from assistant.workspace.data_folder import open_workspace
from assistant.workspace.verification import verify_log
from tests.assistant.team.office import Office, only_account, record_check
from tests.factories import FRIDAY, at

THURSDAY = date(2026, 11, 19)


def test_a_withdrawal_reaches_the_colleagues_and_is_proven_like_any_fact(
    office: Office,
) -> None:
    mistaken = record_check(office.officer, THURSDAY)
    office.officer.sync(office.team_dir, 9)
    office.manager.sync(office.team_dir, 9, 5)
    with office.manager.store() as store:
        assert store.checked_days([only_account(office.manager)], THURSDAY, THURSDAY)

    with office.officer.store() as store:
        store.add_withdrawal(
            dataclasses.replace(
                _withdrawal_of(mistaken.id), recorded_by=office.officer.user.person_id
            )
        )
    office.officer.sync(office.team_dir, 10)
    office.manager.sync(office.team_dir, 10, 5)

    with office.manager.store() as store:
        assert store.checked_days([only_account(office.manager)], THURSDAY, THURSDAY) == {}
        assert set(store.withdrawals()) == {mistaken.id}
    for desk in (office.officer, office.manager):
        opened = open_workspace(desk.data_dir)
        try:
            assert verify_log(opened).holds
        finally:
            opened.close()
    desk_rows = office.officer.rows("SELECT fact_table FROM chain WHERE fact_table = 'withdrawals'")
    assert desk_rows == [("withdrawals",)]


def _withdrawal_of(check_id: str) -> Withdrawal:
    return Withdrawal(
        id=new_id(),
        kind=Withdrawable.CHECK,
        fact_id=check_id,
        reason="Loggad på fel konto.",
        recorded_at=at(FRIDAY, 9, 30),
        recorded_by="",
    )


def test_a_colleagues_correction_of_a_check_does_not_hide_it(office: Office) -> None:
    # Åsa logs Thursday with a removal; Per's workstation then "corrects" it, with no removal.
    asas = record_check(office.officer, THURSDAY)
    office.officer.sync(office.team_dir, 9)
    office.deputy.sync(office.team_dir, 9, 5)
    pers = record_check(office.deputy, THURSDAY, supersedes=asas.id, notes="Inget hände.")
    office.deputy.sync(office.team_dir, 10)
    office.officer.sync(office.team_dir, 10, 5)

    with office.officer.store() as store:
        kept = {c.id for c in store.checks(account_ids=[only_account(office.officer)])}
    assert kept == {asas.id, pers.id}  # both stand: a deputy cannot correct the officer
    # Her own correction does hide it.
    own = record_check(office.officer, THURSDAY, supersedes=asas.id, notes="Rättad.")
    with office.officer.store() as store:
        kept = {c.id for c in store.checks(account_ids=[only_account(office.officer)])}
    assert kept == {own.id, pers.id}
