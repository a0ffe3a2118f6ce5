"""An account's life through its checklists: every move, and every refusal with its reason.

Driven through a real store on a temporary data folder, as the app drives it:
start a run, mark its steps, finish it, and read the account's life back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from assistant.pack.reader import EvidenceKind, GuidelinePack, Step, Text, default_pack
from assistant.records import Account, Person, Role, StepMark
from assistant.rules.check_days import account_days, overview
from assistant.rules.checklists import ChecklistError, RunState, mark_step, run_states
from assistant.rules.lifecycle import (
    BEFORE_START,
    CLOSING,
    GETTING_STARTED,
    Life,
    Stage,
    finish_run,
    lives,
    offers,
    open_checklists,
    start_run,
)
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from tests.factories import FRIDAY, account, at, person

SCREENSHOT = "5" * 64


class Office:
    """One workstation's log, worked the way the checklist wizard works it."""

    def __init__(self, store: Store, pack: GuidelinePack, language: str = "en") -> None:
        self.store = store
        self.pack = pack
        self.language = language
        self.today = FRIDAY
        self.people: dict[str, Person] = {}

    def add(self, *people: Person) -> None:
        self.store.add_people(people)
        self.people.update({p.person_id: p for p in people})

    def register(self, entry: Account) -> Account:
        self.store.add_accounts([entry])
        return entry

    def life(self, entry: Account) -> Life:
        runs = run_states(*self.store.checklist_records(entry.account_id))
        return lives(self.store.accounts(), runs)[entry.account_id]

    def run(self, entry: Account, checklist_id: str) -> RunState:
        life = self.life(entry)
        found = life.in_progress(checklist_id) or life.finished(checklist_id)
        assert found is not None, f"no run of {checklist_id}"
        return found

    def start(self, entry: Account, checklist_id: str, by: Person) -> RunState:
        run = start_run(
            self.life(entry),
            checklist_id,
            self.pack,
            person=by,
            now=at(self.today),
            language=self.language,
        )
        self.store.add_run(run)
        return self.run(entry, checklist_id)

    def mark(
        self,
        entry: Account,
        checklist_id: str,
        step_id: str,
        by: Person,
        answers: dict[str, str] | None = None,
    ) -> StepMark:
        state = self.run(entry, checklist_id)
        step = state.step(step_id)
        mark = mark_step(
            state,
            step_id,
            good_answers(step, by) if answers is None else answers,
            person=by,
            account=self.life(entry).account,
            people=self.people,
            today=self.today,
            now=at(self.today, 11),
            language=self.language,
        )
        self.store.add_step_mark(mark)
        return mark

    def do_every_step(self, entry: Account, checklist_id: str, by: Person) -> None:
        for step in self.run(entry, checklist_id).checklist.steps:
            self.mark(entry, checklist_id, step.id, by)

    def finish(self, entry: Account, checklist_id: str, by: Person) -> Account | None:
        finish, moved = finish_run(
            self.life(entry),
            self.run(entry, checklist_id),
            self.pack,
            person=by,
            today=self.today,
            now=at(self.today, 12),
            language=self.language,
        )
        self.store.add_finish(finish, [moved] if moved else [])
        return moved

    def complete(self, entry: Account, checklist_id: str, by: Person) -> Account | None:
        self.start(entry, checklist_id, by)
        self.do_every_step(entry, checklist_id, by)
        return self.finish(entry, checklist_id, by)


def good_answers(step: Step, by: Person) -> dict[str, str]:
    """What a careful officer enters for each field of a step."""
    value = {
        EvidenceKind.TEXT: "Fyra timmar i veckan, av Åsa Öberg.",
        EvidenceKind.DATE: (FRIDAY - timedelta(days=3)).isoformat(),
        EvidenceKind.URL: "https://www.facebook.com/lidingostad",
        EvidenceKind.PERSON: by.person_id,
        EvidenceKind.FILE: SCREENSHOT,
    }
    return {kind.value: value[kind] for kind in step.evidence}


def planned(name: str = "Lidingö bibliotek", officer: Person | None = None) -> Account:
    entry = account(name, officers=[officer] if officer else [], active_since=FRIDAY)
    return replace(entry, planned=True, url="")


@pytest.fixture
def asa() -> Person:
    return person("Åsa Öberg", "asa.oberg@lidingo.se")


@pytest.fixture
def office(store: Store, asa: Person) -> Office:
    office = Office(store, default_pack())
    office.add(asa)
    return office


def refusal(error: pytest.ExceptionInfo[ChecklistError]) -> str:
    return error.value.render()


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


# -- accounts registered as already active ----------------------------------------------


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
