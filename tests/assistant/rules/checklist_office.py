"""One workstation's log worked as the checklist wizard works it, for the checklists' tests.

:class:`Office` starts a run, marks its steps with what a careful officer
enters (:func:`good_answers`), finishes it and reads the account's life
back, through a real store on a temporary data folder, as the app does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.pack.model import EvidenceKind, GuidelinePack, Step
from assistant.pack.reader import default_pack
from assistant.records import Account, Person, StepMark
from assistant.rules.checklists import ChecklistError, RunState, mark_step, run_states
from assistant.rules.lifecycle import Life, finish_run, lives, start_run
from assistant.store.database import Store
from tests.factories import FRIDAY, account, at

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


def make_office(store: Store, *people: Person) -> Office:
    """An office on ``store`` following the shipped pack, with ``people`` in its register."""
    office = Office(store, default_pack())
    office.add(*people)
    return office


def refusal(error: pytest.ExceptionInfo[ChecklistError]) -> str:
    return error.value.render()
