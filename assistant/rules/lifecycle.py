"""An account's life: planned → approved → active → closing → closed.

Where an account stands is derived from the facts: the register's current
version of it and the runs of its three checklists. *Before you start*
approves a planned account; finishing *getting started* records a version of
the account that is active from that day; starting *closing* makes it
closing, and finishing it records a version closed from that day. Each move
the rules do not allow is refused with the reason, in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from assistant.messages import QT_TRANSLATE_NOOP
from assistant.pack.model import GuidelinePack
from assistant.pack.snapshot import checklist_to_json
from assistant.records import Account, ChecklistFinish, ChecklistRun, Person, new_id
from assistant.rules.checklists import (
    RunState,
    check_may_fill_in,
    check_open,
    refused,
    titles,
)
from assistant.rules.opening import BEFORE_START, CLOSING, GETTING_STARTED, as_finished


class Stage(StrEnum):
    PLANNED = "planned"
    APPROVED = "approved"
    ACTIVE = "active"
    CLOSING = "closing"
    CLOSED = "closed"


@dataclass(frozen=True)
class Life:
    """An account with the runs of its checklists, oldest first."""

    account: Account
    runs: tuple[RunState, ...] = ()

    def of(self, checklist_id: str) -> list[RunState]:
        return [r for r in self.runs if r.run.checklist_id == checklist_id]

    def in_progress(self, checklist_id: str) -> RunState | None:
        return next((r for r in self.of(checklist_id) if not r.is_finished), None)

    def finished(self, checklist_id: str) -> RunState | None:
        return next((r for r in self.of(checklist_id) if r.is_finished), None)

    @property
    def stage(self) -> Stage:
        if self.account.closed_on is not None:
            return Stage.CLOSED
        if not self.account.planned:
            return Stage.CLOSING if self.in_progress(CLOSING) else Stage.ACTIVE
        return Stage.APPROVED if self.finished(BEFORE_START) else Stage.PLANNED

    @property
    def plan(self) -> RunState | None:
        """The account's plan: the answers of *before you start*, finished or under way."""
        return self.finished(BEFORE_START) or self.in_progress(BEFORE_START)


def lives(accounts: Mapping[str, Account], runs: Iterable[RunState]) -> dict[str, Life]:
    """Each account's life, by account id."""
    by_account: dict[str, list[RunState]] = {}
    for state in runs:
        by_account.setdefault(state.run.account_id, []).append(state)
    result = {}
    for account_id, account in accounts.items():
        runs_of = tuple(by_account.get(account_id, ()))
        result[account_id] = Life(_as_finished(account, runs_of), runs_of)
    return result


def _as_finished(account: Account, runs: tuple[RunState, ...]) -> Account:
    """The account as its finished checklists left it (see :mod:`assistant.rules.opening`)."""

    def first_finish(checklist_id: str) -> date | None:
        days = [
            r.finish.finished_on for r in runs if r.finish and r.run.checklist_id == checklist_id
        ]
        return min(days, default=None)

    return as_finished(account, first_finish(GETTING_STARTED), first_finish(CLOSING))


@dataclass(frozen=True)
class ChecklistTodo:
    """A checklist waiting on Today: under way, or the next one to start."""

    account: Account
    checklist_id: str
    state: RunState | None  # None: not started yet


def open_checklists(all_lives: Iterable[Life]) -> list[ChecklistTodo]:
    """Every checklist under way, and the next one for planned and approved accounts."""
    todos: list[ChecklistTodo] = []
    for life in all_lives:
        stage = life.stage
        if stage is Stage.CLOSED:
            continue
        started = set()
        for state in life.runs:
            # A second run of a checklist already finished (two workstations began
            # it at once) has nothing left to do.
            if not state.is_finished and not life.finished(state.run.checklist_id):
                todos.append(ChecklistTodo(life.account, state.run.checklist_id, state))
                started.add(state.run.checklist_id)
        following = {Stage.PLANNED: BEFORE_START, Stage.APPROVED: GETTING_STARTED}.get(stage)
        if following and following not in started:
            todos.append(ChecklistTodo(life.account, following, None))
    order = (BEFORE_START, GETTING_STARTED, CLOSING)
    todos.sort(
        key=lambda t: (
            t.account.name.casefold(),
            t.account.platform,
            order.index(t.checklist_id) if t.checklist_id in order else len(order),
        )
    )
    return todos


def offers(life: Life, checklist_id: str) -> bool:
    """Whether a checklist can be opened for the account: started, continued or read.

    The screens offer only this; :func:`start_run` refuses the rest with the reason.
    """
    if life.in_progress(checklist_id) or life.finished(checklist_id):
        return True
    stage = life.stage
    if stage is Stage.CLOSED:
        return False
    if checklist_id == GETTING_STARTED:
        return stage is not Stage.PLANNED
    if checklist_id == CLOSING:
        return stage in (Stage.ACTIVE, Stage.CLOSING)
    return True


def start_run(
    life: Life,
    checklist_id: str,
    pack: GuidelinePack,
    *,
    person: Person | None,
    now: datetime,
    language: str,
) -> ChecklistRun:
    """A new run of a checklist for the account, or refused with the reason."""
    account = life.account
    person = check_may_fill_in(person, account)
    check_open(account)
    checklist = pack.checklists[checklist_id]
    name = checklist.title.in_language(language)
    under_way = life.in_progress(checklist_id)
    if under_way is not None:
        done, total = under_way.progress
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "“{checklist}” is already under way for “{account}” ({done} of {total} steps "
                "done). Continue it instead of starting again.",
            ),
            checklist=name,
            account=account.name,
            done=done,
            total=total,
        )
    finished = life.finished(checklist_id)
    if finished is not None and finished.finish is not None:
        raise refused(
            QT_TRANSLATE_NOOP("Checklists", "“{checklist}” was finished for “{account}” on {day}."),
            checklist=name,
            account=account.name,
            day=finished.finish.finished_on.isoformat(),
        )
    _check_stage_allows(life, checklist_id, pack, language)
    return ChecklistRun(
        id=new_id(),
        account_id=account.account_id,
        checklist_id=checklist_id,
        pack_id=pack.id,
        pack_version=pack.version,
        checklist=checklist_to_json(checklist),
        recorded_at=now,
        recorded_by=person.person_id,
    )


def finish_run(
    life: Life,
    state: RunState,
    pack: GuidelinePack,
    *,
    person: Person | None,
    today: date,
    now: datetime,
    language: str,
) -> tuple[ChecklistFinish, Account | None]:
    """The finish of a run, and the account's new version if finishing moves it on.

    Refused with the reason while a required step is missing, or when the
    account is not at the stage the checklist needs.
    """
    account = life.account
    person = check_may_fill_in(person, account)
    check_open(account)
    if state.finish is not None:
        raise refused(
            QT_TRANSLATE_NOOP("Checklists", "This checklist was already finished on {day}."),
            day=state.finish.finished_on.isoformat(),
        )
    if state.missing:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "The checklist cannot be finished yet. Still missing: {steps}. Do these "
                "steps, then finish.",
            ),
            steps=titles(state.missing, language),
        )
    checklist_id = state.run.checklist_id
    _check_stage_allows(life, checklist_id, pack, language)
    finish = ChecklistFinish(
        id=new_id(),
        run_id=state.run.id,
        finished_on=today,
        recorded_at=now,
        recorded_by=person.person_id,
    )
    moved: Account | None = None
    if checklist_id == GETTING_STARTED and account.planned:
        if not account.url.strip():
            raise refused(
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "“{account}” has no web address in the register yet. Enter it with "
                    "Edit account on the account's page, then finish.",
                ),
                account=account.name,
            )
        moved = replace(account, planned=False, active_since=today)
    elif checklist_id == CLOSING:
        moved = replace(account, closed_on=today)
    if moved is not None:
        moved = replace(
            moved, id=new_id(), supersedes=account.id, recorded_at=now, recorded_by=person.person_id
        )
    return finish, moved


def _check_stage_allows(life: Life, checklist_id: str, pack: GuidelinePack, language: str) -> None:
    stage = life.stage
    if checklist_id == GETTING_STARTED and stage is Stage.PLANNED:
        first = pack.checklists[BEFORE_START].title.in_language(language)
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "Finish “{first}” first: an account is opened only after the manager has "
                "decided that it is needed.",
            ),
            first=first,
        )
    if checklist_id == CLOSING and stage in (Stage.PLANNED, Stage.APPROVED):
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "“{account}” has not been opened yet, so there is nothing to close.",
            ),
            account=life.account.name,
        )
