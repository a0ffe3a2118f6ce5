"""Who is reminded of each duty: the officer, the deputy who covers, the information unit.

Each test writes its log through the store of a temporary data folder
(:mod:`tests.assistant.rules.duty_folder`) and asks whose duties are due on
a given day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from assistant.records import Account, Evidence, Role
from assistant.rules.cover import cancel_absence, record_absence
from assistant.rules.duties import DutyKind, Urgency
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.assistant.rules.duty_folder import (
    ASA,
    CULLED_BY_FRIDAY,
    EVA,
    INGRID,
    OFFICER_DUTIES,
    PER,
    account_of,
    duties,
    facebook,
    open_with_people,
    register,
)
from tests.assistant.rules.duty_records import documentation, larger_change
from tests.factories import FRIDAY, RECORDED_BY, account, at


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = open_with_people(data_dir)
    yield opened
    opened.close()


def screenshot(workspace: Workspace, day: date) -> Evidence:
    return workspace.evidence.add_bytes(
        f"PNG of the account on {day}".encode(),
        "kontot.png",
        recorded_at=at(day, 14),
        recorded_by=RECORDED_BY,
    )


def document(workspace: Workspace, entry: Account, day: date) -> None:
    kept = screenshot(workspace, day)
    workspace.store.add_duty_record(documentation(entry, day, kept.sha256), [kept])


def test_officer_duties_go_to_the_accounts_officer_and_not_to_its_idle_deputy_or_others(
    workspace: Workspace,
) -> None:
    entry = facebook(CULLED_BY_FRIDAY)
    library = account("Lidingö bibliotek", officers=[EVA], active_since=FRIDAY)
    register(workspace, entry, library)

    mine = duties(workspace, FRIDAY, of=ASA)
    assert {i.kind for i in mine if i.account == entry} == OFFICER_DUTIES
    assert library.account_id not in {account_of(i) for i in mine}
    assert [i for i in duties(workspace, FRIDAY, of=PER) if i.account] == []
    others = duties(workspace, FRIDAY, of=EVA)
    assert [(i.kind, i.account) for i in others if i.account] == [(DutyKind.DAILY_CHECK, library)]


def test_during_an_absence_the_covering_deputy_is_reminded_instead_of_the_officer(
    workspace: Workspace,
) -> None:
    entry = facebook(CULLED_BY_FRIDAY)
    library = account("Lidingö bibliotek", officers=[ASA], active_since=FRIDAY)
    register(workspace, entry, library)
    away = record_absence(
        person_id=ASA.person_id,
        first_day=FRIDAY,
        last_day=FRIDAY + timedelta(days=7),
        covers={entry.account_id: PER.person_id},
        handover="Ett ärende om bygglov väntar på svar.",
        accounts={entry.account_id: entry, library.account_id: library},
        people={p.person_id: p for p in (ASA, PER, INGRID, EVA)},
        recorded_at=at(FRIDAY),
        recorded_by=ASA.person_id,
    )
    workspace.store.add_absence(away)

    covering = duties(workspace, FRIDAY, of=PER)
    assert {i.kind for i in covering if i.account == entry} == OFFICER_DUTIES
    assert library.account_id not in {account_of(i) for i in covering}
    # The account left uncovered still reminds its officer; the covered one does not.
    assert {account_of(i) for i in duties(workspace, FRIDAY, of=ASA) if i.account} == {
        library.account_id
    }
    # Once the absence is over, the officer has the account back.
    after = FRIDAY + timedelta(days=10)
    assert entry.account_id in {account_of(i) for i in duties(workspace, after, of=ASA)}
    assert [i for i in duties(workspace, after, of=PER) if i.account] == []

    workspace.store.add_absence(
        cancel_absence(away, recorded_at=at(FRIDAY), recorded_by=ASA.person_id)
    )
    assert [i for i in duties(workspace, FRIDAY, of=PER) if i.account] == []


def test_documentation_goes_to_the_information_unit_and_is_cleared_by_a_screenshot(
    workspace: Workspace,
) -> None:
    entry = facebook(date(2026, 1, 1))
    register(workspace, entry)
    october = date(2026, 10, 5)

    [item] = duties(workspace, october, DutyKind.DOCUMENTATION, of=INGRID)
    assert (item.urgency, item.due_on, item.role) == (
        Urgency.DUE_SOON,
        date(2026, 10, 31),
        Role.INFORMATION_UNIT,
    )
    assert item.person_ids == (INGRID.person_id,)
    assert item.reason.render() == "Twice-yearly documentation, round of October 2026."
    assert duties(workspace, october, DutyKind.DOCUMENTATION, of=ASA) == []
    assert duties(workspace, october, DutyKind.CULLING, of=INGRID) == []

    document(workspace, entry, date(2026, 10, 2))
    assert duties(workspace, october, DutyKind.DOCUMENTATION) == []


def test_documentation_is_everyones_when_no_one_is_in_the_information_unit(
    data_dir: Path,
) -> None:
    workspace = open_workspace(data_dir)
    try:
        workspace.store.add_people([ASA, EVA])
        register(workspace, facebook(date(2026, 1, 1)))
        [item] = duties(workspace, date(2026, 10, 5), DutyKind.DOCUMENTATION, of=EVA)
        assert item.person_ids == ()
        assert item.is_for(ASA.person_id)
    finally:
        workspace.close()


def test_a_larger_change_calls_for_documentation_within_fourteen_days(
    workspace: Workspace,
) -> None:
    entry = facebook(date(2026, 1, 1))
    register(workspace, entry)
    document(workspace, entry, date(2026, 10, 2))
    workspace.store.add_duty_record(larger_change(entry, date(2026, 11, 10)))

    [item] = duties(workspace, FRIDAY, DutyKind.DOCUMENTATION, of=INGRID)
    assert (item.urgency, item.due_on) == (Urgency.DUE_SOON, date(2026, 11, 24))
    assert item.reason.render() == "A larger change was recorded on 2026-11-10."
    [late] = duties(workspace, date(2026, 11, 25), DutyKind.DOCUMENTATION)
    assert late.urgency is Urgency.OVERDUE

    document(workspace, entry, date(2026, 11, 12))
    assert duties(workspace, date(2026, 11, 25), DutyKind.DOCUMENTATION) == []
