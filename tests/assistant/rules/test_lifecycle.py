"""An account's life through its checklists: every move, and every refusal with its reason.

Driven through a real store on a temporary data folder, as the app drives it
(:mod:`tests.assistant.rules.checklist_office`): start a run, finish it, and
read the account's life back. One run at a time, what each step needs, who
may fill it in and what a run keeps are :mod:`tests.assistant.rules.test_checklists`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from assistant.records import Account, Person
from assistant.rules.check_days import account_days, overview
from assistant.rules.checklists import ChecklistError
from assistant.rules.lifecycle import Stage, offers, open_checklists, start_run
from assistant.rules.opening import BEFORE_START, CLOSING, GETTING_STARTED
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from tests.assistant.rules.checklist_office import Office, make_office, planned, refusal
from tests.factories import FRIDAY, account, at


@pytest.fixture
def office(store: Store, asa: Person) -> Office:
    return make_office(store, asa)


# -- planned → approved ------------------------------------------------------------------


def test_a_new_account_is_planned_and_waits_for_before_you_start(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))

    life = office.life(library)
    assert life.stage is Stage.PLANNED
    assert not library.is_active_on(FRIDAY)
    todo = open_checklists([life])
    assert [(t.account.name, t.checklist_id, t.state) for t in todo] == [
        ("Lidingö bibliotek", BEFORE_START, None)
    ]


def test_before_you_start_cannot_finish_while_a_required_step_is_missing(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))
    office.start(library, BEFORE_START, asa)
    for step in office.run(library, BEFORE_START).checklist.steps[:-2]:
        office.mark(library, BEFORE_START, step.id, asa)

    with pytest.raises(ChecklistError) as error:
        office.finish(library, BEFORE_START, asa)

    missing = office.run(library, BEFORE_START).missing
    assert [s.id for s in missing] == ["manager_decision", "officers_appointed"]
    assert "Still missing: The manager's decision, Officers and deputies appointed" in (
        refusal(error)
    )
    assert office.life(library).stage is Stage.PLANNED


def test_finishing_before_you_start_approves_the_account_and_keeps_its_plan(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))

    moved = office.complete(library, BEFORE_START, asa)

    life = office.life(library)
    assert moved is None
    assert life.stage is Stage.APPROVED
    assert life.plan is not None
    assert life.plan.is_finished
    decision = life.plan.mark("manager_decision")
    assert decision is not None
    assert decision.answers == {"person": asa.person_id, "date": "2026-11-17"}
    assert [(t.checklist_id, t.state) for t in open_checklists([life])] == [(GETTING_STARTED, None)]


# -- approved → active -------------------------------------------------------------------


def test_getting_started_is_refused_until_before_you_start_is_finished(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))

    with pytest.raises(ChecklistError) as error:
        office.start(library, GETTING_STARTED, asa)

    assert "Finish “Before you start” first" in refusal(error)


def test_getting_started_takes_its_steps_in_order(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    office.complete(library, BEFORE_START, asa)
    office.start(library, GETTING_STARTED, asa)

    with pytest.raises(ChecklistError) as error:
        office.mark(library, GETTING_STARTED, "work_email", asa)

    assert "done in order. Do these first: Assignment from the manager, Information unit" in (
        refusal(error)
    )


def test_finishing_getting_started_makes_the_account_active_from_that_day(
    office: Office, asa: Person
) -> None:
    library = office.register(replace(planned(officer=asa), url="https://fb.com/bibliotek"))
    office.complete(library, BEFORE_START, asa)
    office.today = FRIDAY + timedelta(days=3)  # Monday

    opened = office.complete(library, GETTING_STARTED, asa)

    assert opened is not None
    assert opened.supersedes == library.id
    assert opened.account_id == library.account_id
    assert (opened.planned, opened.active_since) == (False, date(2026, 11, 23))
    life = office.life(library)
    assert life.stage is Stage.ACTIVE
    assert life.account == opened
    assert life.account.is_active_on(date(2026, 11, 23))
    assert not life.account.is_active_on(FRIDAY)
    assert open_checklists([life]) == []


def test_getting_started_cannot_finish_before_the_account_has_a_web_address(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))
    office.complete(library, BEFORE_START, asa)
    office.start(library, GETTING_STARTED, asa)
    office.do_every_step(library, GETTING_STARTED, asa)

    with pytest.raises(ChecklistError) as error:
        office.finish(library, GETTING_STARTED, asa)

    assert "has no web address in the register yet" in refusal(error)
    assert office.life(library).stage is Stage.APPROVED


# -- accounts registered as already active -----------------------------------------------


def test_an_existing_account_stays_active_while_its_opening_is_filled_in_for_the_record(
    office: Office, asa: Person
) -> None:
    town = office.register(account("Lidingö stad", officers=[asa]))
    assert office.life(town).stage is Stage.ACTIVE
    assert open_checklists([office.life(town)]) == []

    office.complete(town, BEFORE_START, asa)
    office.complete(town, GETTING_STARTED, asa)

    life = office.life(town)
    assert life.stage is Stage.ACTIVE
    assert life.account == town  # no new version: it was active all along


# -- active → closing → closed -----------------------------------------------------------


def test_an_account_not_yet_opened_cannot_be_closed(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    office.complete(library, BEFORE_START, asa)

    with pytest.raises(ChecklistError) as error:
        office.start(library, CLOSING, asa)

    assert "has not been opened yet, so there is nothing to close" in refusal(error)


def test_closing_needs_every_step_and_then_takes_the_account_off_every_duty(
    office: Office, asa: Person
) -> None:
    town = office.register(account("Lidingö stad", officers=[asa]))
    office.start(town, CLOSING, asa)
    assert office.life(town).stage is Stage.CLOSING
    assert town.is_active_on(FRIDAY)  # still checked every day while it closes

    office.mark(town, CLOSING, "manager_contacted", asa)
    with pytest.raises(ChecklistError) as error:
        office.finish(town, CLOSING, asa)
    assert "Still missing: Information unit contacted" in refusal(error)
    assert "Screenshot of the whole account" in refusal(error)

    office.do_every_step(town, CLOSING, asa)
    closed = office.finish(town, CLOSING, asa)

    assert closed is not None
    assert closed.closed_on == FRIDAY
    life = office.life(town)
    assert life.stage is Stage.CLOSED
    calendar = WorkingCalendar()
    assert overview([life.account], [], calendar, FRIDAY) == []
    days = account_days(life.account, [], calendar, FRIDAY + timedelta(days=7))
    assert days[0].day == FRIDAY - timedelta(days=1)  # the history ends the day before
    assert open_checklists([life]) == []


def test_a_closed_account_can_be_read_but_not_changed(office: Office, asa: Person) -> None:
    town = office.register(account("Lidingö stad", officers=[asa]))
    office.complete(town, BEFORE_START, asa)
    office.complete(town, CLOSING, asa)
    old_plan = office.run(town, BEFORE_START)

    with pytest.raises(ChecklistError) as error:
        office.start(town, GETTING_STARTED, asa)

    assert "was closed on 2026-11-20. Its history can be read but no longer changed." in (
        refusal(error)
    )
    assert office.run(town, BEFORE_START) == old_plan


# -- facts from other workstations -------------------------------------------------------


def test_an_edit_made_elsewhere_before_the_closing_was_known_does_not_reopen_the_account(
    office: Office, asa: Person
) -> None:
    town = office.register(account("Lidingö stad", officers=[asa]))
    office.complete(town, CLOSING, asa)
    # Another workstation renamed the account from the version before the closing,
    # and recorded it later than the closing.
    renamed = replace(
        town,
        id="renamed-elsewhere",
        name="Lidingö kommun",
        supersedes=town.id,
        recorded_at=at(FRIDAY, 15),
    )
    office.store.add_accounts([renamed])

    life = office.life(town)

    assert life.account.name == "Lidingö kommun"
    assert life.stage is Stage.CLOSED
    assert life.account.closed_on == FRIDAY
    assert not life.account.is_active_on(FRIDAY)


def test_an_edit_made_elsewhere_before_the_opening_was_known_keeps_the_account_open(
    office: Office, asa: Person
) -> None:
    library = office.register(replace(planned(officer=asa), url="https://fb.com/bibliotek"))
    office.complete(library, BEFORE_START, asa)
    office.complete(library, GETTING_STARTED, asa)
    stale = replace(
        library, id="edited-elsewhere", supersedes=library.id, recorded_at=at(FRIDAY, 15)
    )
    office.store.add_accounts([stale])

    life = office.life(library)

    assert life.stage is Stage.ACTIVE
    assert life.account.active_since == FRIDAY
    assert open_checklists([life]) == []


def test_a_second_run_of_a_finished_checklist_is_not_left_waiting_on_today(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))
    twin = start_run(
        office.life(library),
        BEFORE_START,
        office.pack,
        person=asa,
        now=at(FRIDAY, 9),
        language="en",
    )
    office.complete(library, BEFORE_START, asa)
    office.store.add_run(twin)  # begun on another workstation at the same time

    todos = open_checklists([office.life(library)])

    assert [(t.checklist_id, t.state) for t in todos] == [(GETTING_STARTED, None)]


# -- what each stage offers --------------------------------------------------------------


def test_only_the_checklists_the_stage_allows_are_offered(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    town = office.register(account("Lidingö stad", officers=[asa]))

    def offered(entry: Account) -> list[str]:
        life = office.life(entry)
        return [c for c in (BEFORE_START, GETTING_STARTED, CLOSING) if offers(life, c)]

    assert offered(library) == [BEFORE_START]
    office.complete(library, BEFORE_START, asa)
    assert offered(library) == [BEFORE_START, GETTING_STARTED]
    assert offered(town) == [BEFORE_START, GETTING_STARTED, CLOSING]
    office.complete(town, CLOSING, asa)
    assert offered(town) == [CLOSING]  # only to read it
