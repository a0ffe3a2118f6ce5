"""Recording an account's checklists: a run begun, its steps saved, finished, or called off.

Part of the workspace's *recording* (:mod:`assistant.workspace.recording`),
kept apart so each module holds one idea. A run is not recorded when a
checklist is opened but with its first saved step (:func:`new_run`, then
:func:`save_step` with ``unsaved_run``): opening *Close the account…* or any
checklist by mistake leaves nothing behind, and the account stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from assistant.clock import local_date
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import Account, ChecklistFinish, ChecklistRun, Evidence
from assistant.rules.checklists import RunState, mark_step, run_states
from assistant.rules.lifecycle import Life, finish_run, start_run
from assistant.workspace.data_folder import Workspace
from assistant.workspace.reading import me, my_id


def _life(workspace: Workspace, account_id: str) -> Life:
    found = workspace.log.lives().get(account_id)
    if found is None:
        raise UserError(
            Message(
                "Checklists",
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "The account is not in the register any more. Refresh and try again.",
                ),
            )
        )
    return found


def _run(life: Life, run_id: str) -> RunState:
    found = next((r for r in life.runs if r.run.id == run_id), None)
    if found is None:
        raise UserError(
            Message(
                "Checklists",
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "The checklist was called off, here or on a colleague's workstation, and "
                    "nothing more is saved in it. Close this window; open the checklist again "
                    "to begin afresh.",
                ),
            )
        )
    return found


def new_run(
    workspace: Workspace, account_id: str, checklist_id: str, now: datetime, language: str
) -> ChecklistRun:
    """A run of a checklist for an account, allowed by the rules but not yet recorded.

    Refused with the reason. It is recorded with its first saved step.
    """
    return start_run(
        _life(workspace, account_id),
        checklist_id,
        workspace.pack,
        person=me(workspace),
        now=now,
        language=language,
    )


def start_checklist(
    workspace: Workspace, account_id: str, checklist_id: str, now: datetime, language: str
) -> str:
    """Record a new run of a checklist for an account at once; returns its id."""
    run = new_run(workspace, account_id, checklist_id, now, language)
    workspace.store.add_run(run)
    return run.id


def save_step(
    workspace: Workspace,
    now: datetime,
    *,
    account_id: str,
    run_id: str,
    step_id: str,
    answers: Mapping[str, str],
    new_evidence: Iterable[Evidence] = (),
    language: str,
    unsaved_run: ChecklistRun | None = None,
) -> None:
    """Record a step of a run as done with its answers (saving it again corrects it).

    With ``unsaved_run`` (from :func:`new_run`), the run is recorded with the step,
    both or neither, dated now; what the rules ask of a new run is asked again first, as
    the log may have changed while the wizard was open (the same checklist begun at a
    colleague's workstation, or in a second window).
    """
    life = _life(workspace, account_id)
    if unsaved_run is not None:
        start_run(
            life,
            unsaved_run.checklist_id,
            workspace.pack,
            person=me(workspace),
            now=now,
            language=language,
        )
        unsaved_run = replace(unsaved_run, recorded_at=now)
        life = replace(life, runs=(*life.runs, *run_states([unsaved_run], (), ())))
    state = _run(life, run_id)
    people = workspace.log.people()
    mark = mark_step(
        state,
        step_id,
        answers,
        person=people.get(my_id(workspace)),
        account=life.account,
        people=people,
        today=local_date(now),
        now=now,
        language=language,
    )
    store = workspace.store
    with store.transaction():
        if unsaved_run is not None:
            store.add_run(unsaved_run)
        store.add_step_mark(mark, new_evidence)


def finish_checklist(
    workspace: Workspace, now: datetime, *, account_id: str, run_id: str, language: str
) -> tuple[ChecklistFinish, Account | None]:
    """Finish a run; returns the finish and the account's new version if it moves on."""
    life = _life(workspace, account_id)
    state = _run(life, run_id)
    finish, moved = finish_run(
        life,
        state,
        workspace.pack,
        person=me(workspace),
        today=local_date(now),
        now=now,
        language=language,
    )
    workspace.store.add_finish(finish, [moved] if moved else [])
    return finish, moved
