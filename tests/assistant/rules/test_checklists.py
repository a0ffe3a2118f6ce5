"""Filling in a checklist: one run at a time, what each step needs, who may fill it in.

Driven through a real store on a temporary data folder, as the checklist
wizard drives it (:mod:`tests.assistant.rules.checklist_office`): start a
run, mark a step with the answers an officer enters, and read the run back,
with the texts it followed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.pack.model import Text
from assistant.pack.reader import default_pack
from assistant.records import Person, Role
from assistant.rules.checklists import ChecklistError
from assistant.rules.lifecycle import open_checklists
from assistant.rules.opening import BEFORE_START, CLOSING, GETTING_STARTED
from assistant.store.database import Store
from tests.assistant.rules.checklist_office import (
    SCREENSHOT,
    Office,
    make_office,
    planned,
    refusal,
)
from tests.factories import FRIDAY, account, at, person


@pytest.fixture
def office(store: Store, asa: Person) -> Office:
    return make_office(store, asa)


# -- one run at a time -------------------------------------------------------------------


def test_a_checklist_under_way_is_continued_not_started_again(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    office.start(library, BEFORE_START, asa)
    office.mark(library, BEFORE_START, "goals", asa)

    with pytest.raises(ChecklistError) as error:
        office.start(library, BEFORE_START, asa)

    assert "already under way for “Lidingö bibliotek” (1 of 9 steps done)" in refusal(error)
    [todo] = open_checklists([office.life(library)])
    assert todo.state is not None
    assert todo.state.progress == (1, 9)


def test_a_finished_checklist_is_not_started_again_nor_changed(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    office.complete(library, BEFORE_START, asa)

    with pytest.raises(ChecklistError) as again:
        office.start(library, BEFORE_START, asa)
    with pytest.raises(ChecklistError) as changed:
        office.mark(library, BEFORE_START, "goals", asa)

    assert "was finished for “Lidingö bibliotek” on 2026-11-20" in refusal(again)
    assert "finished and can no longer be changed" in refusal(changed)


# -- steps and their evidence ------------------------------------------------------------


def test_a_step_needs_every_field_it_asks_for(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    office.start(library, BEFORE_START, asa)

    with pytest.raises(ChecklistError) as error:
        office.mark(library, BEFORE_START, "manager_decision", asa, {"date": "2026-11-17"})

    assert "Fill in every field" in refusal(error)
    assert office.run(library, BEFORE_START).mark("manager_decision") is None


def test_a_link_or_a_screenshot_is_enough_to_show_the_closing_was_announced(
    office: Office, asa: Person
) -> None:
    town = office.register(account("Lidingö stad", officers=[asa]))
    office.start(town, CLOSING, asa)
    office.mark(town, CLOSING, "manager_contacted", asa)
    office.mark(town, CLOSING, "information_unit_contacted", asa)

    with pytest.raises(ChecklistError) as error:
        office.mark(town, CLOSING, "closing_announcement", asa, {"url": " ", "file": ""})
    assert "at least one of the fields" in refusal(error)

    office.mark(town, CLOSING, "closing_announcement", asa, {"file": SCREENSHOT})
    mark = office.run(town, CLOSING).mark("closing_announcement")
    assert mark is not None
    assert mark.answers == {"file": SCREENSHOT}


@pytest.mark.parametrize(
    ("kind", "value", "reason"),
    [
        ("date", "17/11/2026", "“17/11/2026” is not a date"),
        ("date", "2026-11-21", "2026-11-21 is later than today"),
        ("person", "someone-not-in-the-register", "Choose the person from the list"),
    ],
)
def test_a_wrong_answer_is_refused_with_what_to_write(
    office: Office, asa: Person, kind: str, value: str, reason: str
) -> None:
    library = office.register(planned(officer=asa))
    office.start(library, BEFORE_START, asa)
    answers = {"person": asa.person_id, "date": "2026-11-17", kind: value}

    with pytest.raises(ChecklistError) as error:
        office.mark(library, BEFORE_START, "manager_decision", asa, answers)

    assert reason in refusal(error)


def test_a_web_address_is_checked_and_completed(office: Office, asa: Person) -> None:
    library = office.register(planned(officer=asa))
    office.complete(library, BEFORE_START, asa)
    office.start(library, GETTING_STARTED, asa)
    office.mark(library, GETTING_STARTED, "manager_assignment", asa)
    step = "information_unit_notified"
    answers = {"date": "2026-11-19", "person": asa.person_id}

    with pytest.raises(ChecklistError) as error:
        office.mark(library, GETTING_STARTED, step, asa, {**answers, "url": "bibliotek"})
    assert "is not a web address" in refusal(error)

    office.mark(library, GETTING_STARTED, step, asa, {**answers, "url": "fb.com/bibliotek"})
    mark = office.run(library, GETTING_STARTED).mark(step)
    assert mark is not None
    assert mark.answers["url"] == "https://fb.com/bibliotek"


def test_saving_a_step_again_corrects_it_and_keeps_the_first_answer(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))
    office.start(library, BEFORE_START, asa)
    first = office.mark(library, BEFORE_START, "goals", asa, {"text": "Fler besökare"})
    office.today = FRIDAY + timedelta(days=3)
    second = office.mark(library, BEFORE_START, "goals", asa, {"text": "Fler lånare, mätt i kort"})

    state = office.run(library, BEFORE_START)
    assert second.supersedes == first.id
    assert state.mark("goals") == second
    assert state.progress == (1, len(state.checklist.steps))
    _, marks, _ = office.store.checklist_records(library.account_id)
    assert {m.answers["text"] for m in marks} == {"Fler besökare", "Fler lånare, mätt i kort"}


# -- who may fill in ---------------------------------------------------------------------


def test_only_someone_with_a_role_on_the_account_may_fill_in_its_checklists(
    office: Office, asa: Person
) -> None:
    bo = person("Bo Ek", "bo.ek@lidingo.se")
    chef = person("Chef Christina", "christina@lidingo.se", roles=[Role.MANAGER])
    office.add(bo, chef)
    library = office.register(planned(officer=asa))

    with pytest.raises(ChecklistError) as error:
        office.start(library, BEFORE_START, bo)
    assert "Only the officers and deputies of “Lidingö bibliotek”" in refusal(error)

    office.start(library, BEFORE_START, asa)
    office.mark(library, BEFORE_START, "goals", chef)  # the manager continues it
    goals = office.run(library, BEFORE_START).mark("goals")
    assert goals is not None
    assert goals.recorded_by == chef.person_id
    assert goals.recorded_at == at(FRIDAY, 11)


# -- the texts a run followed ------------------------------------------------------------


def test_a_run_keeps_the_texts_it_was_done_with_after_the_pack_changes(
    office: Office, asa: Person
) -> None:
    library = office.register(planned(officer=asa))
    office.complete(library, BEFORE_START, asa)
    old = office.pack.checklists[BEFORE_START]
    renamed = replace(
        old, title=Text("Planera", "Plan"), steps=(replace(old.steps[0], title=Text("Ny", "New")),)
    )
    office.pack = replace(
        office.pack,
        version="2.0",
        checklists={**office.pack.checklists, BEFORE_START: renamed},
    )

    plan = office.life(library).plan

    assert plan is not None
    assert (plan.run.pack_id, plan.run.pack_version) == ("lidingo", default_pack().version)
    assert plan.checklist == old
    assert plan.checklist.title.en == "Before you start"


def test_a_checklist_left_under_way_cannot_be_changed_once_the_account_is_closed(
    office: Office, asa: Person
) -> None:
    town = office.register(account("Lidingö stad", officers=[asa]))
    office.start(town, BEFORE_START, asa)
    office.complete(town, CLOSING, asa)

    with pytest.raises(ChecklistError) as error:
        office.mark(town, BEFORE_START, "goals", asa)

    assert "was closed on 2026-11-20" in refusal(error)
    assert office.run(town, BEFORE_START).marks == {}
