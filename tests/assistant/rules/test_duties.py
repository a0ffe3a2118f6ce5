"""The list of every duty, read from a real data folder as the tray and Today read it.

Each test writes its log through the store of a temporary data folder and
asks :func:`~assistant.workspace.reading.read_duty_items` what is due on a given day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from assistant.records import Account, Evidence, Person, Role, new_id
from assistant.rules.checklists import mark_step
from assistant.rules.cover import cancel_absence, record_absence
from assistant.rules.duties import DutyItem, DutyKind, Urgency
from assistant.rules.lifecycle import BEFORE_START, finish_run, start_run
from assistant.workdays import MIDSOMMARAFTON, NYARSAFTON
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.assistant.rules.duty_records import culling, documentation, larger_change, revision
from tests.factories import FRIDAY, RECORDED_BY, account, at, check, person

ASA = person("Åsa Öberg", "asa.oberg@lidingo.se")
PER = person("Per Ek", "per.ek@lidingo.se", roles=(Role.DEPUTY,))
INGRID = person("Ingrid Lund", "ingrid.lund@lidingo.se", roles=(Role.INFORMATION_UNIT,))
EVA = person("Eva Sjö", "eva.sjo@lidingo.se")

MONDAY = date(2026, 11, 16)
SATURDAY = date(2026, 11, 21)
CULLED_BY_FRIDAY = date(2026, 8, 20)  # active since then: first culling due on FRIDAY
OFFICER_DUTIES = {DutyKind.DAILY_CHECK, DutyKind.MISSED_CHECKS, DutyKind.CULLING}
ACTIVE_DUTIES = {*OFFICER_DUTIES, DutyKind.DOCUMENTATION}


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = open_workspace(data_dir)
    opened.store.add_people([ASA, PER, INGRID, EVA])
    yield opened
    opened.close()


def facebook(active_since: date = FRIDAY, **changes: Any) -> Account:
    entry = account(officers=[ASA], deputies=[PER], active_since=active_since)
    return replace(entry, **changes)


def register(workspace: Workspace, *accounts: Account) -> None:
    workspace.store.add_accounts(accounts)


def duties(
    workspace: Workspace,
    today: date,
    kind: DutyKind | None = None,
    *,
    of: Person | None = None,
    language: str = "en",
) -> list[DutyItem]:
    items = reading.duties(workspace, today, language, of.person_id if of else None)
    return [item for item in items if kind is None or item.kind is kind]


def account_of(item: DutyItem) -> str | None:
    return item.account.account_id if item.account else None


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
    assert item.reason.render() == "3 working day(s) without a logged check, the last 2026-11-20."


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


# -- who is reminded -------------------------------------------------------------------


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


# -- checklists left under way ---------------------------------------------------------


def start_planning(workspace: Workspace, on: date) -> Account:
    entry = replace(facebook(date(2026, 1, 1)), planned=True, url="")
    register(workspace, entry)
    life = reading.lives(workspace)[entry.account_id]
    workspace.store.add_run(
        start_run(life, BEFORE_START, workspace.pack, person=ASA, now=at(on), language="en")
    )
    return entry


ANSWERS = {
    "text": "Fyra timmar i veckan, av Åsa Öberg.",
    "date": "2026-11-01",
    "person": ASA.person_id,
}  # before you start asks for texts, people and dates


def mark_steps(workspace: Workspace, entry: Account, on: date, count: int | None = None) -> None:
    life = reading.lives(workspace)[entry.account_id]
    for step in life.runs[0].checklist.steps[:count]:
        state = reading.lives(workspace)[entry.account_id].runs[0]
        people = workspace.store.people()
        workspace.store.add_step_mark(
            mark_step(
                state,
                step.id,
                ANSWERS,
                person=ASA,
                account=entry,
                people=people,
                today=on,
                now=at(on, 11),
                language="en",
            )
        )


def test_a_checklist_left_for_more_than_fourteen_days_is_called_for_in_the_chosen_language(
    workspace: Workspace,
) -> None:
    entry = start_planning(workspace, date(2026, 11, 1))
    assert duties(workspace, date(2026, 11, 15), DutyKind.STALE_CHECKLIST) == []

    [item] = duties(workspace, date(2026, 11, 16), DutyKind.STALE_CHECKLIST, language="sv")
    run_id = reading.lives(workspace)[entry.account_id].runs[0].run.id
    assert (item.urgency, item.due_on, item.run_id) == (Urgency.OVERDUE, date(2026, 11, 15), run_id)
    assert item.detail == "Innan du startar"
    assert item.person_ids == (ASA.person_id, PER.person_id)
    assert item.reason.render() == "Nothing done in it since 2026-11-01."
    [english] = duties(workspace, date(2026, 11, 16), DutyKind.STALE_CHECKLIST)
    assert english.detail == "Before you start"


def test_a_step_done_starts_the_fourteen_days_again(workspace: Workspace) -> None:
    entry = start_planning(workspace, date(2026, 11, 1))
    mark_steps(workspace, entry, date(2026, 11, 10), count=1)
    assert duties(workspace, date(2026, 11, 24), DutyKind.STALE_CHECKLIST) == []
    [item] = duties(workspace, date(2026, 11, 25), DutyKind.STALE_CHECKLIST)
    assert item.due_on == date(2026, 11, 24)


def test_a_finished_checklist_is_not_called_for(workspace: Workspace) -> None:
    entry = start_planning(workspace, date(2026, 11, 1))
    mark_steps(workspace, entry, date(2026, 11, 2))
    life = reading.lives(workspace)[entry.account_id]
    finish, moved = finish_run(
        life,
        life.runs[0],
        workspace.pack,
        person=ASA,
        today=date(2026, 11, 2),
        now=at(date(2026, 11, 2), 12),
        language="en",
    )
    workspace.store.add_finish(finish, [moved] if moved else [])
    assert duties(workspace, date(2026, 12, 1), DutyKind.STALE_CHECKLIST) == []


def test_a_checklist_left_under_way_on_a_closed_account_is_not_called_for(
    workspace: Workspace,
) -> None:
    entry = start_planning(workspace, date(2026, 11, 1))
    closed = replace(entry, id=new_id(), supersedes=entry.id, closed_on=date(2026, 11, 3))
    register(workspace, closed)
    assert duties(workspace, date(2026, 12, 1), DutyKind.STALE_CHECKLIST) == []


# -- accounts not active -----------------------------------------------------------------


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
