"""Withdrawing an entry logged by mistake (makulering): who may, and what it takes.

Nothing in the log is erased. A check, a removed post, a culling, a
documentation, a revision of the rules or a larger change logged by mistake
is withdrawn by a new fact, a :class:`~assistant.records.Withdrawal`, with a
reason. The entry stays in the log and on every page that shows it, marked
as withdrawn with who and why, and no longer counts: a withdrawn check leaves
its day unchecked, a withdrawn removal leaves the review's count of removals.

A checklist begun by mistake is called off the same way: its run is withdrawn,
with its steps' marks. The account is then as it was before the run began (a
closing called off leaves it active again), the run leaves My day, and a later
start begins a fresh run. A finished run is never called off: what finishing
changed stays (a closed account stays closed).

The rules' words: an entry is withdrawn by whoever recorded it, by an officer
of its account, or by a manager.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime

from assistant.clock import local_date
from assistant.corrections import Withdrawable, Withdrawal
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import (
    Account,
    ChecklistRun,
    DailyCheck,
    DutyRecord,
    Person,
    Removal,
    Role,
    new_id,
)

Entry = DailyCheck | Removal | DutyRecord | ChecklistRun
"""What may be withdrawn."""

REASON_LIMIT = 2000
"""Most characters a reason may hold: a sentence or two, not a report."""


def _refused(template: str, field: str = "", **values: object) -> UserError:
    return UserError(Message("Withdrawal", template, values), field=field)


def may_withdraw(person: Person, entry: Entry, account: Account | None) -> bool:
    """Whether ``person`` may withdraw ``entry`` (of ``account``, None for a revision)."""
    ids = {person.id, person.person_id}
    return (
        entry.recorded_by in ids
        or Role.MANAGER in person.roles
        or (account is not None and bool(ids & set(account.officer_ids)))
    )


def withdrawal(
    kind: Withdrawable,
    entry: Entry | None,
    reason: str,
    *,
    by: Person | None,
    account: Account | None,
    withdrawn: Mapping[str, Withdrawal],
    people: Mapping[str, Person],
    recorded_at: datetime,
    within: str = "",
    finished_on: date | None = None,
) -> Withdrawal:
    """The withdrawal of ``entry``, or a :class:`UserError` saying why it cannot be.

    ``withdrawn`` holds the withdrawals already made, by the id of what they
    withdrew; ``within`` is the id of the check a removal belongs to (a
    removal is withdrawn with its check); ``finished_on`` is the day a
    checklist run was finished (it cannot be called off then).
    """
    if entry is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Withdrawal",
                "The entry is not in the log. Close this window and choose the entry again.",
            )
        )
    earlier = withdrawn.get(entry.id) or (withdrawn.get(within) if within else None)
    if earlier is not None:
        who = people.get(earlier.recorded_by)
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Withdrawal",
                "This entry was already withdrawn on {day} by {name}: “{reason}”.",
            ),
            day=local_date(earlier.recorded_at).isoformat(),
            name=who.name if who else "?",
            reason=earlier.reason,
        )
    if finished_on is not None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Withdrawal",
                "The checklist was finished on {day}, so it cannot be called off: what "
                "finishing it changed stays, and a closed account stays closed. An account "
                "opened by mistake is closed with its closing checklist.",
            ),
            day=finished_on.isoformat(),
        )
    if by is None or not may_withdraw(by, entry, account):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Withdrawal",
                "Only whoever logged the entry, an officer of the account or a manager may "
                "withdraw it. Ask one of them to withdraw it.",
            )
        )
    text = reason.strip()
    if not text:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Withdrawal",
                "Say why the entry is withdrawn: the reason stays with it in the log, for "
                "whoever reads it later.",
            ),
            "reason",
        )
    if len(text) > REASON_LIMIT:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Withdrawal",
                "The reason is {length} characters long; at most {limit} are kept. "
                "Shorten it to a sentence or two.",
            ),
            "reason",
            length=len(text),
            limit=REASON_LIMIT,
        )
    return Withdrawal(
        id=new_id(),
        kind=kind,
        fact_id=entry.id,
        reason=text,
        recorded_at=recorded_at,
        recorded_by=by.person_id,
    )


def counting(checks: list[DailyCheck], withdrawn: Mapping[str, Withdrawal]) -> list[DailyCheck]:
    """The checks that count, each with only its removals that count."""
    kept = []
    for check in checks:
        if check.id in withdrawn:
            continue
        removals = tuple(r for r in check.removals if r.id not in withdrawn)
        kept.append(
            check if len(removals) == len(check.removals) else replace(check, removals=removals)
        )
    return kept
