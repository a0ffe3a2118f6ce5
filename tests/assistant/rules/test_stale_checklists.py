"""Checklists left under way: called for after fourteen days with nothing done in them.

Each test starts *before you start* for a planned account in a temporary
data folder (:mod:`tests.assistant.rules.duty_folder`), marks some of its
steps, and asks which duties are due on a given day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from assistant.records import Account, new_id
from assistant.rules.checklists import mark_step
from assistant.rules.duties import DutyKind, Urgency
from assistant.rules.lifecycle import finish_run, start_run
from assistant.rules.opening import BEFORE_START
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from tests.assistant.rules.duty_folder import ASA, PER, duties, facebook, open_with_people, register
from tests.factories import at


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = open_with_people(data_dir)
    yield opened
    opened.close()


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
