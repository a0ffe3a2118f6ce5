"""When the recurring duties fall due: culling, documentation and the rules' revision.

Pure date rules, no storage and no clock:

- **Culling** (gallring) falls due the pack's interval (3 months for Lidingö)
  after the account's last culling, or after it became active if it was never
  culled. Culling early or late moves the clock: the next one is counted from
  the day it was done.
- **Documentation**: the information unit documents every account in the
  pack's months (March and October). A round opens on the first of its month
  and is due by the month's last day; documentation done on or after the first
  counts for it, even when done late. An account is part of a round if it is
  active on the round's first day. A recorded larger change calls for
  documentation within :data:`AFTER_CHANGE_DAYS`.
- **Revision** of the rules is due a year after the last one, or a year after
  Kontokoll came into use if none is recorded.

Adding months keeps the day of the month where the month has it, and takes
the month's last day where it does not: 30 November + 3 months is 28 February
(29 in a leap year).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.records import Account, Culling, Documentation, LargerChange, Revision

REVISION_INTERVAL_MONTHS = 12
AFTER_CHANGE_DAYS = 14
"""Days the information unit has to document an account after a larger change."""


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month it lands in."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if day.day <= 28:  # in every month: the review moves some 10,000 days at a time
        return date(year, month, day.day)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Deadline:
    """One occurrence of a recurring duty.

    It is *due soon* from ``soon_from`` and overdue after ``due_on``;
    ``since`` is the day its clock started (the last time it was done, or
    the day it first applied).
    """

    soon_from: date
    due_on: date
    since: date
    done_before: bool = True
    """Whether ``since`` is the day it was last done, rather than the day it first applied."""
    after_change: bool = False
    """Documentation called for by a larger change, rather than by a round."""


def _soon(due_on: date, soon_days: int, not_before: date) -> date:
    return max(not_before, due_on - timedelta(days=soon_days))


# -- culling -------------------------------------------------------------------


def culling_deadline(
    account: Account, cullings: Iterable[Culling], interval_months: int, soon_days: int
) -> Deadline:
    """The account's next culling: the interval after its last culling, or its activation."""
    own = [
        c.done_on
        for c in cullings
        if c.account_id == account.account_id and c.done_on >= account.active_since
    ]
    last = max(own, default=None)
    since = account.duties_since if last is None else last
    due = add_months(since, interval_months)
    return Deadline(_soon(due, soon_days, since), due, since, done_before=last is not None)


def projected_cullings(first: Deadline, interval_months: int, last: date) -> list[date]:
    """The next culling and those after it up to ``last``, each assumed done on its day."""
    days = []
    due = first.due_on
    while due <= last:
        days.append(due)
        due = add_months(due, interval_months)
    return days


# -- documentation -------------------------------------------------------------


@dataclass(frozen=True)
class Round:
    """One documentation round: a month in which every active account is documented."""

    year: int
    month: int

    @property
    def opens_on(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def due_on(self) -> date:
        return month_end(self.year, self.month)


def rounds_between(months: Sequence[int], first: date, last: date) -> Iterator[Round]:
    """The rounds whose month overlaps ``first``..``last``, in date order."""
    for year in range(first.year, last.year + 1):
        for month in sorted(months):
            round_ = Round(year, month)
            if round_.due_on >= first and round_.opens_on <= last:
                yield round_


def latest_round(months: Sequence[int], today: date) -> Round | None:
    """The round most recently opened on or before ``today``."""
    if not months:
        return None
    opened = list(rounds_between(months, date(today.year - 1, 1, 1), today))
    return opened[-1] if opened else None


def documentation_deadlines(
    account: Account,
    documentations: Iterable[Documentation],
    changes: Iterable[LargerChange],
    months: Sequence[int],
    today: date,
) -> list[Deadline]:
    """The documentation the account still needs as of ``today``: its round, its change.

    Only the latest round counts here; earlier missed rounds are history for
    the review, not a reminder.
    """
    done = [d.done_on for d in documentations if d.account_id == account.account_id]
    last_done = max(done, default=None)

    def undone_since(day: date) -> bool:
        return last_done is None or last_done < day

    result = []
    round_ = latest_round(months, today)
    if round_ and account.owes_duties_on(round_.opens_on) and undone_since(round_.opens_on):
        result.append(Deadline(round_.opens_on, round_.due_on, round_.opens_on, done_before=False))
    own_changes = [
        c.changed_on
        for c in changes
        if c.account_id == account.account_id and c.changed_on <= today
    ]
    changed = max(own_changes, default=None)
    if changed is not None and account.is_active_on(changed) and undone_since(changed):
        due = changed + timedelta(days=AFTER_CHANGE_DAYS)
        result.append(Deadline(changed, due, changed, done_before=False, after_change=True))
    return result


# -- revision of the rules -----------------------------------------------------


def revision_deadline(
    revisions: Iterable[Revision], in_use_since: date | None, soon_days: int
) -> Deadline | None:
    """The next yearly revision; None before Kontokoll holds anything to go by."""
    last = max((r.done_on for r in revisions), default=None)
    since = last or in_use_since
    if since is None:
        return None
    due = add_months(since, REVISION_INTERVAL_MONTHS)
    return Deadline(_soon(due, soon_days, since), due, since, done_before=last is not None)
