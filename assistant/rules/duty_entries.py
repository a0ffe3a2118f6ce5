"""Logging the recurring duties: a culling, a documentation, a revision, a larger change.

Each function checks what a person entered and returns the record to store,
or raises :class:`UserError` saying what is wrong and what to do. Nothing is
stored here; the caller saves the record with :meth:`Store.add_duty_record`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import (
    Account,
    Culling,
    Documentation,
    Evidence,
    LargerChange,
    Person,
    Revision,
    new_id,
)


def _refused(template: str, field: str, **values: object) -> UserError:
    return UserError(Message("DutyEntries", template, values), field=field)


def _check_day(done_on: date, today: date, account: Account | None) -> None:
    if done_on > today:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "{day} has not come yet. Log a duty on the day it was done, or later.",
            ),
            "day",
            day=done_on,
        )
    if account is None:
        return
    if account.planned or done_on < account.active_since:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "{account} was not active on {day}. Choose a day from {since} on.",
            ),
            "day",
            account=account.name,
            day=done_on,
            since=account.active_since,
        )
    if account.closed_on is not None and done_on >= account.closed_on:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "{account} was closed on {closed}. Choose a day before it was closed.",
            ),
            "day",
            account=account.name,
            closed=account.closed_on,
        )


def _check_person(person_id: str, people: Mapping[str, Person]) -> None:
    if person_id not in people:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries", "Choose who did it from the list of people, or add them first."
            ),
            "done_by",
        )


def culling(
    account: Account,
    done_on: date,
    done_by: str,
    period: tuple[date, date],
    removed: str,
    not_removable: str,
    evidence: Evidence | None,
    people: Mapping[str, Person],
    today: date,
    recorded_at: datetime,
    recorded_by: str,
) -> Culling:
    """A culling of ``account``'s content over ``period`` (first and last day culled)."""
    _check_day(done_on, today, account)
    _check_person(done_by, people)
    first, last = period
    if first > last or last > done_on:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "The period culled runs from {first} to {last}. It must start before it "
                "ends and end no later than the day of the culling ({day}).",
            ),
            "period",
            first=first,
            last=last,
            day=done_on,
        )
    if not removed.strip():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "Say what was culled, for example “posts and comments older than three "
                "months”. Write “nothing to cull” if there was nothing.",
            ),
            "removed",
        )
    return Culling(
        id=new_id(),
        account_id=account.account_id,
        done_on=done_on,
        done_by=done_by,
        period_from=first,
        period_to=last,
        removed=removed.strip(),
        not_removable=not_removable.strip(),
        evidence_sha256=evidence.sha256 if evidence else "",
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )


def documentation(
    account: Account,
    done_on: date,
    done_by: str,
    screenshot: Evidence | None,
    note: str,
    people: Mapping[str, Person],
    today: date,
    recorded_at: datetime,
    recorded_by: str,
) -> Documentation:
    """The information unit's screenshot of ``account``."""
    _check_day(done_on, today, account)
    _check_person(done_by, people)
    if screenshot is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "Documentation is a screenshot of the whole account: attach the file or "
                "capture the screen before saving.",
            ),
            "screenshot",
        )
    return Documentation(
        id=new_id(),
        account_id=account.account_id,
        done_on=done_on,
        done_by=done_by,
        screenshot_sha256=screenshot.sha256,
        note=note.strip(),
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )


def revision(
    done_on: date,
    done_by: str,
    note: str,
    people: Mapping[str, Person],
    today: date,
    recorded_at: datetime,
    recorded_by: str,
) -> Revision:
    """A revision of the rules, with a note of what changed (or that nothing did)."""
    _check_day(done_on, today, None)
    _check_person(done_by, people)
    if not note.strip():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "Say what the revision changed, or write “no changes” if the rules stand.",
            ),
            "note",
        )
    return Revision(
        id=new_id(),
        done_on=done_on,
        done_by=done_by,
        note=note.strip(),
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )


def larger_change(
    account: Account,
    changed_on: date,
    description: str,
    today: date,
    recorded_at: datetime,
    recorded_by: str,
) -> LargerChange:
    """A larger change to ``account``: the information unit documents it afresh."""
    _check_day(changed_on, today, account)
    if not description.strip():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DutyEntries",
                "Describe the change, for example “new name and profile picture”.",
            ),
            "description",
        )
    return LargerChange(
        id=new_id(),
        account_id=account.account_id,
        changed_on=changed_on,
        description=description.strip(),
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )
