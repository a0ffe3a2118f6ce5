"""A checklist called off travels through the team folder like any withdrawal.

The colleague's workstation then has the account active again too. A
colleague still on a Kontokoll from before checklists could be called off
knows no withdrawal of kind ``checklist_runs``; the schema's version 9 makes it
say a newer Kontokoll wrote the journal, and read it once it is updated.
"""

from __future__ import annotations

import pytest

from assistant.corrections import Withdrawable
from assistant.rules.checklists import run_states
from assistant.rules.lifecycle import Stage, lives
from assistant.rules.opening import CLOSING
from assistant.store import journal
from assistant.workspace import checklists, recording
from assistant.workspace.data_folder import open_workspace
from tests.assistant.rules.checklist_office import good_answers
from tests.assistant.team.office import Desk, Office, only_account
from tests.factories import FRIDAY, at


def _begin_and_call_off_closing(desk: Desk) -> str:
    workspace = open_workspace(desk.data_dir)
    try:
        account_id = only_account(desk)
        run = checklists.new_run(workspace, account_id, CLOSING, at(FRIDAY, 9), "en")
        step = run_states([run], (), ())[0].checklist.steps[0]
        checklists.save_step(
            workspace,
            at(FRIDAY, 9),
            account_id=account_id,
            run_id=run.id,
            step_id=step.id,
            answers=good_answers(step, desk.user),
            language="en",
            unsaved_run=run,
        )
        recording.withdraw(
            workspace, Withdrawable.CHECKLIST_RUN, run.id, "Fel konto valt.", at(FRIDAY, 9, 30)
        )
        return run.id
    finally:
        workspace.close()


def _stage(desk: Desk) -> Stage:
    with desk.store() as store:
        runs = run_states(*store.checklist_records())
        return lives(store.accounts(), runs)[only_account(desk)].stage


def test_a_closing_called_off_leaves_the_account_active_for_the_colleagues(
    office: Office,
) -> None:
    run_id = _begin_and_call_off_closing(office.officer)
    office.officer.sync(office.team_dir, 10)
    result = office.deputy.sync(office.team_dir, 10, 5)

    assert result.skipped == ()
    with office.deputy.store() as store:
        assert run_id in store.withdrawals()
    assert _stage(office.deputy) is Stage.ACTIVE


def test_an_older_kontokoll_says_a_newer_one_wrote_the_journal_and_reads_it_once_updated(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Kontokoll at schema 8 knows no withdrawal of a checklist run. Since 9 every journal
    says it is newer, so that one asks to be updated, rather than refusing the journal as
    damaged and remembering it as read."""
    _begin_and_call_off_closing(office.officer)
    office.officer.sync(office.team_dir, 10)
    monkeypatch.setattr(journal, "SCHEMA_VERSION", 8)

    result = office.deputy.sync(office.team_dir, 10, 5)

    (skipped,) = result.skipped
    assert "written by a newer Kontokoll" in skipped.reason.render()
    with office.deputy.store() as store:
        assert store.withdrawals() == {}
    monkeypatch.undo()  # updated: the very same journal is read
    office.deputy.sync(office.team_dir, 11)
    assert _stage(office.deputy) is Stage.ACTIVE
