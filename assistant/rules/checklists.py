"""Guided checklists: how far a run has come, and what a step needs to count as done.

A run (:class:`~assistant.records.ChecklistRun`) follows the checklist it
started with; its steps are marked done one by one, each mark carrying who
did it, when, and the proof the step asks for. Pure functions: the caller
passes in the date and time; nothing here reads the clock or the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.model import Checklist, EvidenceKind, Step
from assistant.pack.snapshot import checklist_from_json
from assistant.records import (
    Account,
    ChecklistFinish,
    ChecklistRun,
    Person,
    Role,
    StepMark,
    heads,
    new_id,
)

CONTEXT = "Checklists"


class ChecklistError(UserError):
    """Something asked of a checklist that its rules do not allow, and why."""


def refused(template: str, **values: object) -> ChecklistError:
    return ChecklistError(Message(CONTEXT, template, values))


@dataclass(frozen=True)
class RunState:
    """A run as it stands: the checklist it follows, its current marks, its finish."""

    run: ChecklistRun
    checklist: Checklist
    marks: Mapping[str, StepMark]
    """The current mark of each step marked at least once, by step id."""
    finish: ChecklistFinish | None

    @property
    def is_finished(self) -> bool:
        return self.finish is not None

    def mark(self, step_id: str) -> StepMark | None:
        """The mark that makes a step done, or None while it is not done."""
        mark = self.marks.get(step_id)
        return mark if mark is not None and mark.done else None

    def is_done(self, step: Step) -> bool:
        return self.mark(step.id) is not None

    @property
    def missing(self) -> tuple[Step, ...]:
        """The required steps not yet done, in the checklist's order."""
        return tuple(s for s in self.checklist.steps if s.required and not self.is_done(s))

    @property
    def progress(self) -> tuple[int, int]:
        """Steps done, and steps in all: "3 of 8"."""
        steps = self.checklist.steps
        return sum(1 for s in steps if self.is_done(s)), len(steps)

    def blocking(self, step: Step) -> tuple[Step, ...]:
        """The earlier required steps to do first, where the steps go in order."""
        if not self.checklist.in_order:
            return ()
        earlier = self.checklist.steps[: self.checklist.steps.index(step)]
        return tuple(s for s in earlier if s.required and not self.is_done(s))

    @property
    def last_activity(self) -> datetime:
        times = [self.run.recorded_at, *(m.recorded_at for m in self.marks.values())]
        return max(times)

    def step(self, step_id: str) -> Step:
        for step in self.checklist.steps:
            if step.id == step_id:
                return step
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "The checklist has no step “{step}”. Close the checklist and open it again.",
            ),
            step=step_id,
        )


def run_states(
    runs: Iterable[ChecklistRun], marks: Iterable[StepMark], finishes: Iterable[ChecklistFinish]
) -> list[RunState]:
    """Every run with its current marks and finish, oldest run first."""
    marks_by_run: dict[str, list[StepMark]] = {}
    for mark in marks:
        marks_by_run.setdefault(mark.run_id, []).append(mark)
    finish_of: dict[str, ChecklistFinish] = {}
    for finish in sorted(finishes, key=lambda f: (f.recorded_at, f.id)):
        finish_of.setdefault(finish.run_id, finish)  # a second finish changes nothing
    return [
        RunState(
            run=run,
            checklist=checklist_from_json(run.checklist),
            marks=heads(marks_by_run.get(run.id, ()), key=lambda m: m.step_id),
            finish=finish_of.get(run.id),
        )
        for run in sorted(runs, key=lambda r: (r.recorded_at, r.id))
    ]


def may_fill_in(person: Person | None, account: Account) -> bool:
    """Anyone with a role on the account: its officers and deputies, a manager, the unit."""
    if person is None:
        return False
    if account.has_person(person.person_id):
        return True
    return bool(person.roles & {Role.MANAGER, Role.INFORMATION_UNIT})


def check_may_fill_in(person: Person | None, account: Account) -> Person:
    """The person, if they may fill in the account's checklists; else refused with why."""
    if person is None or not may_fill_in(person, account):
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "Only the officers and deputies of “{account}”, a manager or the information "
                "unit can fill in its checklists. Ask the account's officer, or have yourself "
                "added to the account in the register.",
            ),
            account=account.name,
        )
    return person


def check_open(account: Account) -> None:
    """Refused with the reason when the account is closed: its history is read-only."""
    if account.closed_on is not None:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "“{account}” was closed on {day}. Its history can be read but no longer changed.",
            ),
            account=account.name,
            day=account.closed_on.isoformat(),
        )


def titles(steps: Iterable[Step], language: str) -> str:
    return ", ".join(s.title.in_language(language) for s in steps)


def mark_step(
    state: RunState,
    step_id: str,
    answers: Mapping[str, str],
    *,
    person: Person | None,
    account: Account,
    people: Mapping[str, Person],
    today: date,
    now: datetime,
    language: str,
) -> StepMark:
    """The mark that records a step done with ``answers``; refused with the reason if not.

    ``answers`` maps an evidence kind to what was entered; kinds the step does
    not ask for are dropped. Marking a step again corrects it: the new mark
    supersedes the old one.
    """
    person = check_may_fill_in(person, account)
    check_open(account)
    if state.is_finished:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "This checklist was finished and can no longer be changed. Its answers are "
                "kept as they were.",
            )
        )
    step = state.step(step_id)
    first = state.blocking(step)
    if first:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "The steps of this checklist are done in order. Do these first: {steps}.",
            ),
            steps=titles(first, language),
        )
    kept = _checked_answers(step, answers, people, today)
    previous = state.marks.get(step.id)
    return StepMark(
        id=new_id(),
        run_id=state.run.id,
        step_id=step.id,
        answers=kept,
        done=True,
        recorded_at=now,
        recorded_by=person.person_id,
        supersedes=previous.id if previous else None,
    )


def _checked_answers(
    step: Step, answers: Mapping[str, str], people: Mapping[str, Person], today: date
) -> dict[str, str]:
    kept: dict[str, str] = {}
    for kind in step.evidence:
        value = answers.get(kind.value, "").strip()
        if not value:
            continue
        kept[kind.value] = _checked_answer(kind, value, people, today)
    if step.evidence and not kept:
        raise refused(_NOTHING_ENTERED if step.any_evidence else _ENTER_ALL)
    if not step.any_evidence and len(kept) < len(step.evidence):
        raise refused(_ENTER_ALL)
    return kept


_ENTER_ALL = QT_TRANSLATE_NOOP(
    "Checklists", "Fill in every field of the step before you save it as done."
)
_NOTHING_ENTERED = QT_TRANSLATE_NOOP(
    "Checklists", "Fill in at least one of the fields before you save the step as done."
)


def _checked_answer(
    kind: EvidenceKind, value: str, people: Mapping[str, Person], today: date
) -> str:
    if kind is EvidenceKind.URL:
        # Here, not at the top: My day reads the checklists' state before any step is saved.
        from assistant.rules.accounts import normalise_url, url_problem

        problem = url_problem(value)
        if problem is not None:
            raise ChecklistError(problem)
        return normalise_url(value)
    if kind is EvidenceKind.DATE:
        day = _day_of(value)
        if day > today:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "{day} is later than today. Enter the day it was done.",
                ),
                day=day.isoformat(),
            )
        return day.isoformat()
    if kind is EvidenceKind.PERSON and value not in people:
        raise refused(QT_TRANSLATE_NOOP("Checklists", "Choose the person from the list."))
    return value


_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day_of(value: str) -> date:
    """The day written as YYYY-MM-DD; refused saying whether it is mistyped or does not exist."""
    try:
        if _ISO_SHAPE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Checklists", "The date {value} does not exist. Write it as YYYY-MM-DD."
            ),
            value=value,
        ) from None
    raise refused(
        QT_TRANSLATE_NOOP(
            "Checklists", "“{value}” is not a date. Write it as YYYY-MM-DD, like 2026-03-31."
        ),
        value=value,
    )


STEP_ROLES: Mapping[str, Role] = {
    "manager_decision": Role.MANAGER,
    "manager_assignment": Role.MANAGER,
    "registrar_access": Role.REGISTRAR,
}
"""The steps that name someone in a given role: a manager decides, a registrar gets access."""


def step_role(step: Step) -> Role | None:
    """The role of the person a step names, if it names someone in a role."""
    return STEP_ROLES.get(step.id)


def people_to_name(step: Step, people: Mapping[str, Person]) -> list[Person]:
    """Whom a step's person field offers, by name.

    A step that names a manager offers the managers only; while nobody holds the
    role yet (a team just beginning), everyone.
    """
    everyone = sorted(
        {p.person_id: p for p in people.values()}.values(), key=lambda p: p.name.casefold()
    )
    role = step_role(step)
    holders = [p for p in everyone if role in p.roles]
    return holders or everyone
