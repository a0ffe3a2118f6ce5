"""The list of every duty, read from a real data folder as the tray and Today read it.

Each test writes its log through the store of a temporary data folder
(:mod:`tests.assistant.rules.duty_folder`) and asks
:func:`~assistant.workspace.reading.duties` what is due on a given day. Who
is reminded of each is :mod:`tests.assistant.rules.test_duties_for_whom`;
checklists left under way, :mod:`tests.assistant.rules.test_stale_checklists`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from assistant.records import Account
from assistant.rules.duties import DutyKind, Urgency
from assistant.workdays import MIDSOMMARAFTON, NYARSAFTON
from assistant.workspace.data_folder import Workspace
from tests.assistant.rules.duty_folder import (
    ACTIVE_DUTIES,
    ASA,
    CULLED_BY_FRIDAY,
    INGRID,
    account_of,
    duties,
    facebook,
    open_with_people,
    register,
)
from tests.assistant.rules.duty_records import culling, revision
from tests.factories import FRIDAY, at, check

MONDAY = date(2026, 11, 16)
SATURDAY = date(2026, 11, 21)


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = open_with_people(data_dir)
    yield opened
    opened.close()


def check_every_working_day(workspace: Workspace, entry: Account, first: date, last: date) -> None:
    for day in workspace.calendar.working_days(first, last):
        workspace.store.add_check(check(entry, day))


# -- the daily check -------------------------------------------------------------------


def test_the_daily_check_is_due_on_a_working_day_until_it_is_logged(
    workspace: Workspace,
) -> None:
    entry = facebook()
    register(workspace, entry)
    [item] = duties(workspace, FRIDAY, DutyKind.DAILY_CHECK)
    assert (item.urgency, item.due_on, item.account) == (Urgency.DUE, FRIDAY, entry)
    assert item.person_ids == (ASA.person_id,)

    workspace.store.add_check(check(entry, FRIDAY))
    assert duties(workspace, FRIDAY, DutyKind.DAILY_CHECK) == []


@pytest.mark.parametrize("day_off", [SATURDAY, date(2026, 12, 25)], ids=["saturday", "juldagen"])
def test_no_daily_check_is_due_on_a_weekend_or_holiday(workspace: Workspace, day_off: date) -> None:
    register(workspace, facebook(active_since=date(2026, 11, 2)))
    assert duties(workspace, day_off, DutyKind.DAILY_CHECK) == []
    assert len(duties(workspace, day_off - timedelta(days=2), DutyKind.DAILY_CHECK)) == 1


def test_julafton_asks_for_the_check_only_where_it_is_a_working_day(
    workspace: Workspace,
) -> None:
    julafton = date(2026, 12, 24)
    register(workspace, facebook(active_since=julafton))
    assert duties(workspace, julafton, DutyKind.DAILY_CHECK) == []

    workspace.apply_settings(
        workspace.settings.with_changes(de_facto_days_off=frozenset({MIDSOMMARAFTON, NYARSAFTON}))
    )
    assert [i.due_on for i in duties(workspace, julafton, DutyKind.DAILY_CHECK)] == [julafton]


def test_missed_checks_are_overdue_with_the_working_days_missed(workspace: Workspace) -> None:
    entry = facebook(active_since=date(2026, 11, 13))
    register(workspace, entry)
    for day in (date(2026, 11, 13), MONDAY, date(2026, 11, 18)):
        workspace.store.add_check(check(entry, day))

    [item] = duties(workspace, date(2026, 11, 23), DutyKind.MISSED_CHECKS)
    missed = (date(2026, 11, 17), date(2026, 11, 19), FRIDAY)
    assert (item.urgency, item.days, item.due_on) == (Urgency.OVERDUE, missed, missed[0])
    assert item.reason.render() == "3 working days without a logged check, the last 2026-11-20."


# -- culling ---------------------------------------------------------------------------


def test_culling_is_due_soon_fourteen_days_before_due_on_its_day_and_overdue_after(
    workspace: Workspace,
) -> None:
    register(workspace, facebook(CULLED_BY_FRIDAY))
    assert duties(workspace, date(2026, 11, 5), DutyKind.CULLING) == []
    expected = [
        (date(2026, 11, 6), Urgency.DUE_SOON),
        (FRIDAY, Urgency.DUE),
        (date(2026, 11, 23), Urgency.OVERDUE),
    ]
    for today, urgency in expected:
        [item] = duties(workspace, today, DutyKind.CULLING)
        assert (item.urgency, item.due_on) == (urgency, FRIDAY), today
    assert item.reason.render() == (
        "Every 3 months; not culled since it became active on 2026-08-20."
    )


def test_a_culling_recorded_through_the_store_resets_the_clock(workspace: Workspace) -> None:
    entry = facebook(CULLED_BY_FRIDAY)
    register(workspace, entry)
    workspace.store.add_duty_record(culling(entry, date(2026, 11, 18)))

    assert duties(workspace, date(2026, 11, 23), DutyKind.CULLING) == []
    assert duties(workspace, date(2027, 2, 3), DutyKind.CULLING) == []
    [item] = duties(workspace, date(2027, 2, 18), DutyKind.CULLING)
    assert (item.urgency, item.due_on) == (Urgency.DUE, date(2027, 2, 18))
    assert item.reason.render() == "Every 3 months; last culled on 2026-11-18."


def test_the_due_soon_setting_widens_the_culling_window(workspace: Workspace) -> None:
    register(workspace, facebook(CULLED_BY_FRIDAY))
    workspace.apply_settings(workspace.settings.with_changes(due_soon_days=60))
    assert duties(workspace, date(2026, 9, 20), DutyKind.CULLING) == []
    [item] = duties(workspace, date(2026, 9, 21), DutyKind.CULLING)
    assert item.urgency is Urgency.DUE_SOON


# -- revision of the rules -------------------------------------------------------------


def test_the_rules_are_revised_a_year_after_kontokoll_came_into_use_then_yearly(
    workspace: Workspace,
) -> None:
    # Just after midnight in Stockholm, still the day before in UTC.
    register(workspace, facebook(recorded_at=at(date(2025, 11, 20), 0, 30)))
    assert duties(workspace, date(2026, 11, 5), DutyKind.REVISION) == []
    [soon] = duties(workspace, date(2026, 11, 6), DutyKind.REVISION, of=INGRID)
    assert (soon.urgency, soon.due_on, soon.account) == (Urgency.DUE_SOON, FRIDAY, None)
    assert soon.reason.render() == (
        "Yearly; none recorded since Kontokoll came into use on 2025-11-20."
    )
    assert duties(workspace, date(2026, 11, 6), DutyKind.REVISION, of=ASA) == []
    [late] = duties(workspace, date(2026, 11, 23), DutyKind.REVISION)
    assert late.urgency is Urgency.OVERDUE

    workspace.store.add_duty_record(revision(date(2026, 11, 23)))
    assert duties(workspace, date(2026, 11, 23), DutyKind.REVISION) == []
    [next_year] = duties(workspace, date(2027, 11, 23), DutyKind.REVISION)
    assert next_year.urgency is Urgency.DUE
    assert next_year.reason.render() == "Yearly; last revised on 2026-11-23."


def test_an_empty_log_has_no_duties_at_all(workspace: Workspace) -> None:
    assert workspace.store.first_recorded_on() is None
    assert duties(workspace, FRIDAY) == []
    assert duties(workspace, date(2030, 1, 1)) == []


# -- accounts not active ---------------------------------------------------------------


def test_closed_and_planned_accounts_have_no_culling_documentation_or_daily_check(
    workspace: Workspace,
) -> None:
    since = date(2026, 1, 1)
    active = facebook(since, name="Aktivt")
    closed = facebook(since, name="Stängt", closed_on=date(2026, 9, 1))
    planned = facebook(since, name="Planerat", planned=True)
    register(workspace, active, closed, planned)

    items = duties(workspace, date(2026, 10, 5))
    assert {i.kind for i in items if i.account == active} == ACTIVE_DUTIES
    assert {account_of(i) for i in items} <= {active.account_id, None}


# -- order and identity ----------------------------------------------------------------


def test_overdue_duties_come_first_then_the_earliest_then_by_account_name(
    workspace: Workspace,
) -> None:
    today = date(2026, 11, 23)
    library = facebook(CULLED_BY_FRIDAY, name="Bibliotek")
    youth = facebook(date(2026, 8, 23), name="Ungdom")
    harbour = facebook(date(2026, 8, 30), name="Hamnen")
    museum = facebook(date(2026, 8, 19), name="Museet")
    register(workspace, library, youth, harbour, museum)
    window = today - timedelta(days=30)
    check_every_working_day(workspace, library, window, today - timedelta(days=1))
    for entry in (youth, harbour, museum):
        check_every_working_day(workspace, entry, window, today)

    october = date(2026, 10, 31)
    assert [(i.urgency, i.kind, i.due_on, i.account) for i in duties(workspace, today)] == [
        (Urgency.OVERDUE, DutyKind.DOCUMENTATION, october, library),
        (Urgency.OVERDUE, DutyKind.DOCUMENTATION, october, harbour),
        (Urgency.OVERDUE, DutyKind.DOCUMENTATION, october, museum),
        (Urgency.OVERDUE, DutyKind.DOCUMENTATION, october, youth),
        (Urgency.OVERDUE, DutyKind.CULLING, date(2026, 11, 19), museum),
        (Urgency.OVERDUE, DutyKind.CULLING, FRIDAY, library),
        (Urgency.DUE, DutyKind.DAILY_CHECK, today, library),
        (Urgency.DUE, DutyKind.CULLING, today, youth),
        (Urgency.DUE_SOON, DutyKind.CULLING, date(2026, 11, 30), harbour),
        (Urgency.DUE_SOON, DutyKind.REVISION, date(2026, 12, 1), None),
    ]


def test_a_duty_keeps_its_key_across_reads_and_two_accounts_have_different_keys(
    workspace: Workspace,
) -> None:
    city, library = facebook(CULLED_BY_FRIDAY), facebook(CULLED_BY_FRIDAY, name="Bibliotek")
    register(workspace, city, library)
    first = [i.key for i in duties(workspace, FRIDAY, DutyKind.CULLING)]
    assert [i.key for i in duties(workspace, FRIDAY, DutyKind.CULLING)] == first
    assert len(set(first)) == 2
    assert first == [i.key for i in duties(workspace, date(2026, 11, 10), DutyKind.CULLING)]


# -- corrections -----------------------------------------------------------------------


def test_a_corrected_culling_replaces_the_first_and_counts_from_its_corrected_day(
    workspace: Workspace,
) -> None:
    entry = facebook(CULLED_BY_FRIDAY)
    register(workspace, entry)
    first = culling(entry, date(2026, 11, 18))
    correction = culling(entry, date(2026, 11, 10), supersedes=first)
    workspace.store.add_duty_record(first)
    workspace.store.add_duty_record(correction)
    assert workspace.store.duty_log().cullings == (correction,)
    assert workspace.store.duty_log(entry.account_id).cullings == (correction,)
    [item] = duties(workspace, date(2027, 2, 10), DutyKind.CULLING)
    assert (item.urgency, item.due_on) == (Urgency.DUE, date(2027, 2, 10))
