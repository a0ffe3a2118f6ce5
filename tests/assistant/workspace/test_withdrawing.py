"""Withdrawing (makulering) an entry logged by mistake: it stays, marked, and stops counting.

On a real data folder: a check, a removed post and a culling withdrawn, each
gone from the figures and still on the account's page with who and why; who
may withdraw; a reason is needed; nothing is withdrawn twice (that a withdrawal
reaches the colleagues is tested in :mod:`tests.assistant.team.test_shared_withdrawals`).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from assistant.corrections import Withdrawable
from assistant.messages import UserError
from assistant.records import Culling, Evidence, Person, Role, new_id
from assistant.rules.check_days import AccountDay, DayState
from assistant.rules.review import CheckTally
from assistant.store.review_queries import check_tallies, removals_by_ground
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import Workspace
from tests.factories import FRIDAY, account, at, check, person

THURSDAY = date(2026, 11, 19)


@pytest.fixture
def asa(workspace: Workspace) -> Person:
    """Åsa, the officer, at her own workstation."""
    me = person("Åsa Öberg")
    workspace.store.add_people([me], me=me.person_id)
    return me


def _screenshots(workspace: Workspace, count: int) -> list[Evidence]:
    return [
        recording.keep_bytes(workspace, f"skärmbild {n}".encode(), "bild.png", at(THURSDAY))
        for n in range(count)
    ]


def _day(workspace: Workspace, account_id: str, day: date) -> AccountDay:
    story = reading.account_story(workspace, account_id, FRIDAY)
    assert story is not None
    return next(d for d in story.days if d.day == day)


def _tally(workspace: Workspace, account_id: str) -> CheckTally | None:
    return check_tallies(workspace.store, [account_id], THURSDAY, FRIDAY).get(account_id)


def test_a_withdrawn_check_leaves_its_day_missed_and_stays_on_the_page_with_why(
    workspace: Workspace, asa: Person
) -> None:
    city = account(officers=[asa])
    workspace.store.add_accounts([city])
    mistaken = dataclasses.replace(check(city, THURSDAY), recorded_by=asa.person_id)
    workspace.store.add_check(mistaken)
    assert _day(workspace, city.account_id, THURSDAY).state == DayState.CHECKED

    made = recording.withdraw(
        workspace, Withdrawable.CHECK, mistaken.id, "  Fel konto valt.  ", at(FRIDAY, 9)
    )

    assert made.reason == "Fel konto valt."
    assert made.recorded_by == asa.person_id
    thursday = _day(workspace, city.account_id, THURSDAY)
    assert thursday.state == DayState.MISSED
    assert thursday.checks == ()
    assert [c.id for c in thursday.withdrawn] == [mistaken.id]
    assert workspace.store.checks() == []
    assert workspace.store.checked_days([city.account_id], THURSDAY, FRIDAY) == {}
    assert _tally(workspace, city.account_id) is None
    assert workspace.store.withdrawals()[mistaken.id] == made


def test_a_withdrawn_removal_stops_counting_but_its_check_still_counts(
    workspace: Workspace, asa: Person
) -> None:
    city = account(officers=[asa])
    workspace.store.add_accounts([city])
    shots = _screenshots(workspace, 2)
    made = check(city, THURSDAY, screenshots=[shot.sha256 for shot in shots])
    workspace.store.add_check(dataclasses.replace(made, recorded_by=asa.person_id), shots)
    wrong, right = made.removals

    recording.withdraw(workspace, Withdrawable.REMOVAL, wrong.id, "Dubblett.", at(FRIDAY))

    assert removals_by_ground(workspace.store, None, THURSDAY, FRIDAY) == {
        city.account_id: {"insults": 1}
    }
    (counted,) = workspace.store.checks()
    assert [r.id for r in counted.removals] == [right.id]
    (shown,) = workspace.store.checks(withdrawn=True)
    assert [r.id for r in shown.removals] == [wrong.id, right.id]
    assert _day(workspace, city.account_id, THURSDAY).state == DayState.CHECKED


def test_a_withdrawn_culling_no_longer_counts_but_is_still_listed(
    workspace: Workspace, asa: Person
) -> None:
    city = account(officers=[asa])
    workspace.store.add_accounts([city])
    culling = Culling(
        id=new_id(),
        account_id=city.account_id,
        done_on=THURSDAY,
        done_by=asa.person_id,
        period_from=date(2026, 8, 1),
        period_to=THURSDAY,
        removed="Gamla inlägg",
        not_removable="",
        evidence_sha256="",
        recorded_at=at(THURSDAY),
        recorded_by=asa.person_id,
    )
    workspace.store.add_duty_record(culling)

    recording.withdraw(workspace, Withdrawable.CULLING, culling.id, "Gjordes inte.", at(FRIDAY))

    assert workspace.store.duty_log().cullings == ()
    assert workspace.store.duty_log(latest=True).cullings == ()
    assert workspace.store.duty_log(withdrawn=True).cullings == (culling,)
    assert reading.culling_period_start(workspace, city, FRIDAY) == city.active_since


def test_only_the_recorder_an_officer_of_the_account_or_a_manager_may_withdraw(
    workspace: Workspace, asa: Person
) -> None:
    per = person("Per Ek", "per.ek@lidingo.se", roles=[Role.DEPUTY])
    eva = person("Eva Berg", "eva.berg@lidingo.se", roles=[Role.DEPUTY])
    maria = person("Maria Lind", "maria.lind@lidingo.se", roles=[Role.MANAGER])
    city = account(officers=[asa], deputies=[per, eva])
    workspace.store.add_accounts([city], [per, eva, maria])
    by_per = [
        dataclasses.replace(check(city, day, by=per), recorded_by=per.person_id)
        for day in (date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18))
    ]
    for made in by_per:
        workspace.store.add_check(made)

    workspace.store.set_me(eva.person_id)
    with pytest.raises(UserError, match="Only whoever logged the entry"):
        recording.withdraw(workspace, Withdrawable.CHECK, by_per[0].id, "Fel.", at(FRIDAY))
    assert workspace.store.withdrawals() == {}

    for me, made in zip((per, asa, maria), by_per, strict=True):
        workspace.store.set_me(me.person_id)
        withdrawn = recording.withdraw(workspace, Withdrawable.CHECK, made.id, "Fel.", at(FRIDAY))
        assert withdrawn.recorded_by == me.person_id
    assert workspace.store.checks() == []


def test_a_withdrawal_needs_a_reason_and_is_made_only_once(
    workspace: Workspace, asa: Person
) -> None:
    city = account(officers=[asa])
    workspace.store.add_accounts([city])
    shots = _screenshots(workspace, 1)
    made = check(city, THURSDAY, screenshots=[shots[0].sha256])
    workspace.store.add_check(made, shots)

    with pytest.raises(UserError) as caught:
        recording.withdraw(workspace, Withdrawable.CHECK, made.id, "   ", at(FRIDAY))
    assert caught.value.field == "reason"
    with pytest.raises(UserError) as caught:
        recording.withdraw(workspace, Withdrawable.CHECK, made.id, "x" * 2001, at(FRIDAY))
    assert caught.value.field == "reason"
    assert workspace.store.withdrawals() == {}

    recording.withdraw(workspace, Withdrawable.CHECK, made.id, "Fel dag.", at(FRIDAY))
    with pytest.raises(UserError, match="already withdrawn on 2026-11-20 by Åsa Öberg"):
        recording.withdraw(workspace, Withdrawable.CHECK, made.id, "Igen.", at(FRIDAY, 11))
    (removal,) = made.removals
    with pytest.raises(UserError, match="already withdrawn"):  # it went with its check
        recording.withdraw(workspace, Withdrawable.REMOVAL, removal.id, "Igen.", at(FRIDAY))
    with pytest.raises(UserError, match="not in the log"):
        recording.withdraw(workspace, Withdrawable.CULLING, made.id, "Fel sort.", at(FRIDAY))
    assert len(workspace.store.withdrawals()) == 1
