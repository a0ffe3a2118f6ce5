"""Which dates the duty calendar plans: cullings, documentation rounds, the rules' revision.

Read from a data folder with Lidingö stad's account
(:mod:`tests.assistant.exports.calendar_folder`) as the app reads them, up to
a horizon of months. How they are written to .ics and .csv is
:mod:`tests.assistant.exports.test_calendar`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from assistant.records import (
    Account,
    Documentation,
    Evidence,
    LargerChange,
    Person,
    Revision,
    new_id,
)
from assistant.rules.calendar import CalendarEntry
from assistant.rules.duties import DutyKind
from assistant.workspace.data_folder import Workspace
from tests.assistant.exports.calendar_folder import NOW, culling, entries_on
from tests.factories import FRIDAY, RECORDED_BY, account, at

SCREENSHOT = Evidence("a" * 64, "skärmbild.png", "image/png", 2048, NOW, RECORDED_BY)


def of_kind(entries: list[CalendarEntry], kind: DutyKind) -> list[CalendarEntry]:
    return [e for e in entries if e.kind is kind]


def documentation(of: Account, done_on: date) -> Documentation:
    return Documentation(
        new_id(), of.account_id, done_on, "ingrid", SCREENSHOT.sha256, "", at(done_on), RECORDED_BY
    )


# -- culling -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("active_since", "due"),
    [(date(2026, 11, 30), date(2027, 2, 28)), (date(2027, 11, 30), date(2028, 2, 29))],
)
def test_an_account_active_from_30_november_is_culled_by_the_end_of_february(
    workspace: Workspace, active_since: date, due: date
) -> None:
    made = account("Lidingö bibliotek", platform="instagram", active_since=active_since)
    workspace.store.add_accounts([made])
    cullings = of_kind(entries_on(workspace, active_since + timedelta(days=1)), DutyKind.CULLING)
    # The next is counted from the day this one is done: 28 (29) May.
    then = date(due.year, 5, due.day)
    assert [(e.soon_from, e.due_on) for e in cullings[:2]] == [
        (due - timedelta(days=14), due),
        (then - timedelta(days=14), then),
    ]
    assert cullings[0].platform == "Instagram"


def test_a_culling_from_before_the_account_became_active_is_not_counted(
    workspace: Workspace, city: Account
) -> None:
    workspace.store.add_duty_record(culling(city, date(2026, 10, 15)))
    first = of_kind(entries_on(workspace), DutyKind.CULLING)[0]
    assert (first.uid, first.due_on) == (f"culling-{city.account_id}-1@kontokoll", date(2027, 2, 2))


def test_an_overdue_culling_is_put_on_today_and_the_next_count_from_today(
    workspace: Workspace, asa: Person
) -> None:
    made = account("Lidingö stad", officers=[asa], active_since=date(2026, 1, 1))
    workspace.store.add_accounts([made], [asa])
    cullings = of_kind(entries_on(workspace), DutyKind.CULLING)
    assert [e.due_on for e in cullings] == [
        FRIDAY,  # it was due by 1 April
        date(2027, 2, 20),
        date(2027, 5, 20),
        date(2027, 8, 20),
        date(2027, 11, 20),
    ]
    assert (cullings[0].overdue_since, cullings[1].overdue_since) == (date(2026, 4, 1), None)
    assert cullings[1].soon_from == date(2027, 2, 6)
    assert cullings[0].person_ids == (asa.person_id,)
    assert cullings[0].who == ("Åsa Öberg",)


# -- documentation and revision ------------------------------------------------------------


def test_each_active_account_is_documented_in_march_and_october(
    workspace: Workspace, city: Account
) -> None:
    older = account("Lidingö bibliotek", platform="instagram", active_since=date(2026, 1, 1))
    workspace.store.add_accounts([older])

    def rounds() -> dict[str, list[tuple[date, date]]]:
        found: dict[str, list[tuple[date, date]]] = {}
        for e in of_kind(entries_on(workspace), DutyKind.DOCUMENTATION):
            assert e.account is not None
            found.setdefault(e.account.name, []).append((e.soon_from, e.due_on))
        return found

    march, october = (date(2027, 3, 1), date(2027, 3, 31)), (date(2027, 10, 1), date(2027, 10, 31))
    assert rounds() == {
        # The library was active for October's round and has not been documented:
        # overdue, so it stands on today.
        "Lidingö bibliotek": [(FRIDAY, FRIDAY), march, october],
        "Lidingö stad": [march, october],
    }
    workspace.store.add_duty_record(documentation(older, date(2026, 11, 3)), [SCREENSHOT])
    assert rounds()["Lidingö bibliotek"] == [march, october]


def test_documentation_done_during_the_round_takes_it_off_the_calendar(
    workspace: Workspace, city: Account
) -> None:
    in_march = date(2027, 3, 10)
    before = of_kind(entries_on(workspace, in_march), DutyKind.DOCUMENTATION)
    assert [e.due_on for e in before] == [date(2027, 3, 31), date(2027, 10, 31)]
    workspace.store.add_duty_record(documentation(city, date(2027, 3, 5)), [SCREENSHOT])
    after = of_kind(entries_on(workspace, in_march), DutyKind.DOCUMENTATION)
    assert [e.due_on for e in after] == [date(2027, 10, 31)]


def test_a_larger_change_calls_for_documentation_within_two_weeks(
    workspace: Workspace, city: Account
) -> None:
    change = LargerChange(
        new_id(), city.account_id, date(2026, 11, 18), "Nytt namn", at(FRIDAY), RECORDED_BY
    )
    workspace.store.add_duty_record(change)
    documentations = of_kind(entries_on(workspace), DutyKind.DOCUMENTATION)
    changed = [e for e in documentations if "change" in e.uid]
    assert [(e.uid, e.soon_from, e.due_on) for e in changed] == [
        (
            f"documentation-{city.account_id}-change-2026-11-18@kontokoll",
            date(2026, 11, 18),
            date(2026, 12, 2),
        )
    ]


def test_closed_planned_and_not_yet_active_accounts_get_no_dates(
    workspace: Workspace, asa: Person
) -> None:
    planned = replace(account("Kulturhuset", platform="tiktok"), planned=True)
    closed = replace(account("Gamla konsthallen"), closed_on=date(2026, 11, 10))
    later = account("Julmarknaden", active_since=date(2026, 12, 1))
    workspace.store.add_accounts([planned, closed, later], [asa])
    found = entries_on(workspace)
    assert [e.kind for e in found] == [DutyKind.REVISION]


def test_the_rules_are_revised_yearly_after_the_last_revision(
    workspace: Workspace, city: Account
) -> None:
    revision = Revision(new_id(), date(2026, 6, 1), "ingrid", "", at(date(2026, 6, 1)), RECORDED_BY)
    workspace.store.add_duty_record(revision)
    revisions = of_kind(entries_on(workspace, months=36), DutyKind.REVISION)
    assert [(e.uid, e.due_on) for e in revisions] == [
        ("revision-2@kontokoll", date(2027, 6, 1)),
        ("revision-3@kontokoll", date(2028, 6, 1)),
        ("revision-4@kontokoll", date(2029, 6, 1)),
    ]
    assert all(e.account is None and e.who == ("Ingrid Lund",) for e in revisions)
    assert "2026-06-01" in revisions[0].reason.render()


def test_nothing_past_the_horizon_is_planned(workspace: Workspace, city: Account) -> None:
    found = entries_on(workspace, months=1)
    assert [(e.kind, e.due_on) for e in found] == [(DutyKind.REVISION, date(2026, 12, 1))]
