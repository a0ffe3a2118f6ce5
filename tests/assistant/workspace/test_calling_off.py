"""Calling off a checklist begun by mistake: its run is withdrawn, and the account is as it was.

On a real data folder, as the wizard records it: *Closing the account* begun
with a saved step makes the account *closing*; called off with a reason, the
account is active again, the run leaves My day's checklists and every count,
stays on the account's page marked, and a later start begins a fresh run. A
finished run is never called off, and only its recorder, an officer of the
account or a manager may call one off.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from assistant.corrections import Withdrawable
from assistant.messages import UserError
from assistant.records import Account, ChecklistFinish, ChecklistRun, Person, Role, new_id
from assistant.rules.checklists import run_states
from assistant.rules.lifecycle import Stage, open_checklists
from assistant.rules.opening import CLOSING
from assistant.workspace import checklists, reading, recording
from assistant.workspace.data_folder import Workspace
from tests.assistant.rules.checklist_office import good_answers
from tests.factories import FRIDAY, account, at, person


@pytest.fixture
def asa(workspace: Workspace) -> Person:
    """Åsa, the account's officer, at her own workstation."""
    me = person("Åsa Öberg")
    workspace.store.add_people([me], me=me.person_id)
    return me


@pytest.fixture
def bo(workspace: Workspace) -> Person:
    """Bo, the account's deputy."""
    deputy = person("Bo Berg", "bo.berg@lidingo.se")
    workspace.store.add_people([deputy])
    return deputy


@pytest.fixture
def city(workspace: Workspace, asa: Person, bo: Person) -> Account:
    entry = account(officers=[asa], deputies=[bo])
    workspace.store.add_accounts([entry])
    return entry


def _save(workspace: Workspace, city: Account, run_id: str, step: int, by: Person) -> None:
    state = next(r for r in reading.lives(workspace)[city.account_id].runs if r.run.id == run_id)
    chosen = state.checklist.steps[step]
    checklists.save_step(
        workspace,
        at(FRIDAY, 9, step),
        account_id=city.account_id,
        run_id=run_id,
        step_id=chosen.id,
        answers=good_answers(chosen, by),
        language="en",
    )


def _begin_closing(workspace: Workspace, city: Account, by: Person) -> str:
    """Closing begun as the wizard begins it: recorded with its first saved step."""
    run = checklists.new_run(workspace, city.account_id, CLOSING, at(FRIDAY, 9), "en")
    first = run_states([run], (), ())[0].checklist.steps
    checklists.save_step(
        workspace,
        at(FRIDAY, 9),
        account_id=city.account_id,
        run_id=run.id,
        step_id=first[0].id,
        answers=good_answers(first[0], by),
        language="en",
        unsaved_run=run,
    )
    return run.id


def _call_off(workspace: Workspace, run_id: str, when: datetime | None = None) -> None:
    recording.withdraw(
        workspace,
        Withdrawable.CHECKLIST_RUN,
        run_id,
        "Fel konto: det var Lidingö kultur som skulle stängas.",
        when or at(FRIDAY, 10),
    )


def test_a_closing_called_off_leaves_the_account_active_and_my_day_without_it(
    workspace: Workspace, asa: Person, city: Account
) -> None:
    run_id = _begin_closing(workspace, city, asa)
    assert reading.lives(workspace)[city.account_id].stage is Stage.CLOSING
    assert [t.checklist_id for t in open_checklists(reading.lives(workspace).values())] == [CLOSING]

    _call_off(workspace, run_id)

    life = reading.lives(workspace)[city.account_id]
    assert life.stage is Stage.ACTIVE
    assert life.runs == ()
    assert open_checklists(reading.lives(workspace).values()) == []
    runs, marks, finishes = workspace.store.checklist_records(city.account_id)
    assert (runs, marks, finishes) == ([], [], [])
    assert workspace.store.first_finishes() == {}
    assert reading.accounts(workspace)[city.account_id].closed_on is None
    # The page still shows the run, marked as called off with who and why.
    story = reading.account_story(workspace, city.account_id, FRIDAY)
    assert story is not None
    (called_off,) = story.called_off
    assert called_off.run.id == run_id
    assert called_off.progress[0] == 1
    made = story.withdrawals[run_id]
    assert made.recorded_by == asa.person_id
    assert made.reason.startswith("Fel konto")


def test_after_calling_off_a_start_begins_a_fresh_run(
    workspace: Workspace, asa: Person, city: Account
) -> None:
    first = _begin_closing(workspace, city, asa)
    _call_off(workspace, first)

    second = _begin_closing(workspace, city, asa)

    assert second != first
    life = reading.lives(workspace)[city.account_id]
    assert life.stage is Stage.CLOSING
    (state,) = life.runs
    assert state.run.id == second
    assert state.progress[0] == 1


def test_a_finished_closing_cannot_be_called_off(
    workspace: Workspace, asa: Person, city: Account
) -> None:
    run_id = _begin_closing(workspace, city, asa)
    steps = reading.lives(workspace)[city.account_id].runs[0].checklist.steps
    for number in range(1, len(steps)):
        _save(workspace, city, run_id, number, asa)
    checklists.finish_checklist(
        workspace, at(FRIDAY, 11), account_id=city.account_id, run_id=run_id, language="en"
    )
    assert reading.lives(workspace)[city.account_id].stage is Stage.CLOSED

    with pytest.raises(UserError) as refused:
        _call_off(workspace, run_id, at(FRIDAY, 12))

    assert "cannot be called off" in refused.value.render()
    assert workspace.store.withdrawals() == {}
    assert reading.lives(workspace)[city.account_id].stage is Stage.CLOSED


def test_a_deputy_who_did_not_begin_it_may_not_call_it_off_but_a_manager_may(
    workspace: Workspace, asa: Person, bo: Person, city: Account
) -> None:
    run_id = _begin_closing(workspace, city, asa)
    workspace.store.set_me(bo.person_id)

    with pytest.raises(UserError) as refused:
        _call_off(workspace, run_id)

    assert "Only whoever" in refused.value.render()
    assert reading.lives(workspace)[city.account_id].stage is Stage.CLOSING

    boss = person("Cecilia Chef", "cecilia.chef@lidingo.se", roles=[Role.MANAGER])
    workspace.store.add_people([boss], me=boss.person_id)
    _call_off(workspace, run_id)
    assert reading.lives(workspace)[city.account_id].stage is Stage.ACTIVE


def test_a_withdrawal_of_a_run_finished_elsewhere_does_not_count(
    workspace: Workspace, asa: Person, city: Account
) -> None:
    """Called off here while a colleague finished it: the finish wins once both are merged."""
    run_id = _begin_closing(workspace, city, asa)
    _call_off(workspace, run_id)
    assert reading.lives(workspace)[city.account_id].stage is Stage.ACTIVE
    # The colleague's finish, as a merge would bring it (the run's steps done there).
    workspace.store.add_finish(
        ChecklistFinish(
            id=new_id(),
            run_id=run_id,
            finished_on=FRIDAY,
            recorded_at=at(FRIDAY, 11),
            recorded_by=asa.person_id,
        )
    )

    assert run_id not in workspace.store.withdrawals()
    assert reading.lives(workspace)[city.account_id].runs[0].finish is not None


def test_a_step_saved_in_a_run_called_off_meanwhile_is_refused_saying_so(
    workspace: Workspace, asa: Person, city: Account
) -> None:
    """A wizard left open while the run was called off (here, or merged from a colleague)."""
    run_id = _begin_closing(workspace, city, asa)
    _call_off(workspace, run_id)

    with pytest.raises(UserError) as refused:
        _save_in(workspace, city, run_id, asa)
    assert "called off" in refused.value.render()
    with pytest.raises(UserError):
        checklists.finish_checklist(
            workspace, at(FRIDAY, 11), account_id=city.account_id, run_id=run_id, language="en"
        )
    assert reading.lives(workspace)[city.account_id].stage is Stage.ACTIVE


def _save_in(workspace: Workspace, city: Account, run_id: str, by: Person) -> None:
    step = workspace.pack.checklists[CLOSING].steps[1]
    checklists.save_step(
        workspace,
        at(FRIDAY, 10, 30),
        account_id=city.account_id,
        run_id=run_id,
        step_id=step.id,
        answers=good_answers(step, by),
        language="en",
    )


def test_a_checklist_begun_twice_while_both_wizards_were_open_is_recorded_once(
    workspace: Workspace, city: Account, asa: Person
) -> None:
    """Two wizards (or two workstations) open Closing; the second to save its first step is
    refused, as starting it again would have been, and the log holds one run."""
    first = checklists.new_run(workspace, city.account_id, CLOSING, at(FRIDAY, 9), "en")
    second = checklists.new_run(workspace, city.account_id, CLOSING, at(FRIDAY, 9, 1), "en")
    step = run_states([first], (), ())[0].checklist.steps[0]

    def save(run: ChecklistRun, minute: int) -> None:
        checklists.save_step(
            workspace,
            at(FRIDAY, 9, minute),
            account_id=city.account_id,
            run_id=run.id,
            step_id=step.id,
            answers=good_answers(step, asa),
            language="en",
            unsaved_run=run,
        )

    save(first, 5)
    with pytest.raises(UserError, match="already under way"):
        save(second, 6)
    (recorded,) = reading.lives(workspace)[city.account_id].runs
    assert recorded.run.id == first.id
    assert recorded.run.recorded_at == at(FRIDAY, 9, 5)  # when it was recorded, not opened
