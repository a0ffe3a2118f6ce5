"""The manager's review: how well each account's duties were done over a period.

Pure figures from the log: per account, the working days its daily check was
due, checked on the day, checked late and missed; the longest stretch of
working days with no check; culling and documentation done on time; removals
by ground; direct messages and cases forwarded. And one mark per account and
day for the heat map. Pure: :func:`assistant.workspace.reading.review` reads
the log for it (its queries in :mod:`assistant.store.review_queries`).

The rules:

- **Which accounts.** Those the :class:`ReviewFilter` picks (department by
  exact name; account ids; people as officer or deputy during the period)
  that were active on at least one day of the period, in name order. A
  planned account that never opened is left out.
- **Who answered for it.** The officers and deputies of every version of the
  account in force on some day of the period, earliest first
  (:func:`people_during`): a review of last year names last year's officer,
  not today's. A version is in force from the day it was recorded to the day
  the next one was (both days count); the first version also covers the time
  before it was recorded, the register's knowledge of then.
- **The daily check.** Each day of the period gets a :class:`DayMark`. A day
  before the account became active, from the day it closed, or after today is
  *not active*; a weekend or holiday is *not a working day* (a check done then
  is not counted). A working day up to yesterday with no current check is
  *missed*; one whose checks were all logged on a later day
  (:attr:`assistant.records.DailyCheck.is_late`, by the Stockholm date of
  ``recorded_at``) is *late*; otherwise it is *on time*. Today counts once it
  is checked; until then it is marked *today*, not missed. The days due
  are the on-time, late and missed days together.
- **The longest gap** is the most missed working days in a row within the
  period; weekends and holidays between them do not break the run.
- **Culling.** From the day the account became active, each deadline falls
  the pack's interval after the previous culling (or the activation). It is
  met if a culling was done after the previous one and on or before the
  deadline; the latest such culling restarts the clock. A deadline not met
  is late; a culling done before the next interval has run out restarts the
  clock from its day, otherwise the next deadline counts from the missed one
  (an account never culled misses one deadline per interval). A deadline
  counts as due in the review when it falls in the period while the account
  is active, and either has passed or was met. Cullings from before the
  account became active do not count (as for the reminders).
- **Documentation.** Each round (the pack's months) whose month ends in the
  period counts for an account active on the round's first day; it is on
  time if the account was documented in that month. A larger change calls
  for documentation within :data:`assistant.rules.recurring.AFTER_CHANGE_DAYS`
  days of it. As with culling, one still open today counts only once done.
- **Removals, direct messages and cases** are summed over every current check
  for a day in the period, weekend or not: the work was done whatever the day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from assistant.clock import local_date
from assistant.messages import Message
from assistant.records import Account, DailyCheck, DutyLog
from assistant.rules.review_days import (
    DayMark,
    PeriodDays,
    ReviewDeadline,
    culling_deadlines,
    documentation_deadlines,
    marks_of,
    missed_of,
)

if TYPE_CHECKING:
    from assistant.pack.model import GuidelinePack
    from assistant.workdays import WorkingCalendar


@dataclass(frozen=True)
class ReviewFilter:
    """Which part of the log a review covers, ``first`` to ``last``. Empty sets mean all."""

    first: date
    last: date
    department: str = ""
    account_ids: frozenset[str] = frozenset()
    person_ids: frozenset[str] = frozenset()
    """Accounts where any of these people is officer or deputy."""


@dataclass(frozen=True)
class AccountReview:
    """The figures of one account over the review's period."""

    account: Account
    officer_ids: tuple[str, ...]
    """Everyone who was officer of the account on some day of the period, earliest first."""
    deputy_ids: tuple[str, ...]
    """Everyone who was deputy of the account on some day of the period, earliest first."""
    days_due: int
    on_time: int
    late: int
    missed: int
    longest_gap: int
    """The most working days in a row with no check (late checks count as checks)."""
    cullings_due: int
    cullings_on_time: int
    documentations_due: int
    documentations_on_time: int
    removals_by_ground: Mapping[str, int]
    messages_to_registrar: int
    cases_forwarded: int
    marks: tuple[DayMark, ...]
    """One mark per day of the period, first day first (for the heat map)."""
    missed_days: tuple[date, ...] = ()
    culling_deadlines: tuple[ReviewDeadline, ...] = ()
    """The cullings counted in ``cullings_due``, in date order."""
    documentation_deadlines: tuple[ReviewDeadline, ...] = ()
    """The documentation counted in ``documentations_due``, in date order."""

    @property
    def share_on_time(self) -> float | None:
        """On-time checks as a share of the days due; None when no day was due."""
        return self.on_time / self.days_due if self.days_due else None

    @property
    def removals(self) -> int:
        return sum(self.removals_by_ground.values())


@dataclass(frozen=True)
class Review:
    """A review of a period: every chosen account's figures, in name order.

    ``log_heads`` are the heads of the log's chains it was made from, one per
    workstation: printed in the exports, they pin the log as it was that day.
    They say where the figures come from, not what they are, so two reviews
    with the same figures are equal whatever their heads. ``damage`` is set
    when the review was made from a read-only copy of a damaged log, and says
    so in its files, so nobody takes it for the whole log.
    """

    filter: ReviewFilter
    days: tuple[date, ...]
    accounts: tuple[AccountReview, ...] = field(default=())
    log_heads: tuple[LogHead, ...] = field(default=(), compare=False)
    damage: Message | None = field(default=None, compare=False)


class LogHead(NamedTuple):
    """Where one workstation's chain of facts stood: its last record's number and link."""

    who: str
    """The person of the workstation (its id when no name is known)."""
    seq: int
    link: str


# -- what the review needs of the log ------------------------------------------------


@dataclass(frozen=True)
class CheckTally:
    """What the review needs of one account's current checks over the period."""

    days: Mapping[date, bool]
    """Each day with a current check, and whether any of its checks was logged on the day."""
    messages_to_registrar: int = 0
    cases_forwarded: int = 0
    removals_by_ground: Mapping[str, int] = field(default_factory=dict)


def tally_checks(checks: Iterable[DailyCheck]) -> dict[str, CheckTally]:
    """Per account, the tally of ``checks`` (current ones, as :meth:`Store.checks` gives)."""
    days: dict[str, dict[date, bool]] = {}
    sums: dict[str, list[int]] = {}
    grounds: dict[str, dict[str, int]] = {}
    for check in checks:
        key = check.account_id
        own = days.setdefault(key, {})
        own[check.day] = own.get(check.day, False) or local_date(check.recorded_at) <= check.day
        totals = sums.setdefault(key, [0, 0])
        totals[0] += check.messages_to_registrar
        totals[1] += check.cases_forwarded
        counted = grounds.setdefault(key, {})
        for removal in check.removals:
            counted[removal.ground] = counted.get(removal.ground, 0) + 1
    return {
        key: CheckTally(own, sums[key][0], sums[key][1], grounds[key]) for key, own in days.items()
    }


@dataclass(frozen=True)
class DutyDates:
    """Per account id, the days of its current cullings, documentation and larger changes."""

    cullings: Mapping[str, Sequence[date]] = field(default_factory=dict)
    documentations: Mapping[str, Sequence[date]] = field(default_factory=dict)
    larger_changes: Mapping[str, Sequence[date]] = field(default_factory=dict)

    @classmethod
    def of(cls, log: DutyLog) -> DutyDates:
        def by_account(pairs: Iterable[tuple[str, date]]) -> dict[str, list[date]]:
            result: dict[str, list[date]] = {}
            for account_id, day in pairs:
                result.setdefault(account_id, []).append(day)
            return result

        return cls(
            by_account((c.account_id, c.done_on) for c in log.cullings),
            by_account((d.account_id, d.done_on) for d in log.documentations),
            by_account((c.account_id, c.changed_on) for c in log.larger_changes),
        )


# -- the rules -----------------------------------------------------------------------


def chosen_accounts(
    accounts: Iterable[Account],
    review_filter: ReviewFilter,
    versions: Mapping[str, Sequence[Account]] | None = None,
) -> list[Account]:
    """The accounts the filter picks that were active during its period, in name order.

    ``versions`` are every account's versions, oldest first
    (:meth:`assistant.store.database.Store.account_versions`); without them the people
    filter looks at the current version only.
    """
    f = review_filter

    def has_person(account: Account) -> bool:
        officers, deputies = people_during(
            (versions or {}).get(account.account_id, ()), account, f.first, f.last
        )
        return not f.person_ids.isdisjoint((*officers, *deputies))

    chosen = [
        account
        for account in accounts
        if (not f.department or account.department == f.department)
        and (not f.account_ids or account.account_id in f.account_ids)
        and _active_during(account, f.first, f.last)
        and (not f.person_ids or has_person(account))
    ]
    chosen.sort(key=lambda a: (a.name.casefold(), a.platform, a.account_id))
    return chosen


def people_during(
    versions: Sequence[Account], current: Account, first: date, last: date
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The officers and the deputies of the versions in force from ``first`` to ``last``.

    ``versions`` are the account's versions, oldest first; with none known,
    the ``current`` version answers. Each list is in order of first appearance.
    """
    in_force = [
        version
        for index, version in enumerate(versions)
        if (index == 0 or local_date(version.recorded_at) <= last)
        and (index + 1 == len(versions) or local_date(versions[index + 1].recorded_at) >= first)
    ] or [current]
    officers = dict.fromkeys(p for version in in_force for p in version.officer_ids)
    deputies = dict.fromkeys(p for version in in_force for p in version.deputy_ids)
    return tuple(officers), tuple(deputies)


def departments(accounts: Iterable[Account]) -> list[str]:
    """The departments named in the register, in alphabetical order."""
    return sorted({a.department for a in accounts if a.department}, key=str.casefold)


def _active_during(account: Account, first: date, last: date) -> bool:
    if account.planned or account.active_since > last:
        return False
    return account.closed_on is None or account.closed_on > first


def review_of(
    accounts: Iterable[Account],
    tallies: Mapping[str, CheckTally],
    duties: DutyLog | DutyDates,
    pack: GuidelinePack,
    calendar: WorkingCalendar,
    review_filter: ReviewFilter,
    today: date,
    versions: Mapping[str, Sequence[Account]] | None = None,
) -> Review:
    """The review of the period in ``review_filter`` as it stands on ``today``.

    ``accounts`` are the register's current versions as their checklists left
    them (:func:`assistant.workspace.reading.lives`); ``tallies`` the checks of the
    period per account id (:func:`tally_checks`); ``versions`` every version
    of each account, oldest first, for who was officer and deputy then.
    """
    if isinstance(duties, DutyLog):
        duties = DutyDates.of(duties)
    first, last = review_filter.first, review_filter.last
    days = tuple(first + timedelta(days=n) for n in range((last - first).days + 1))
    period = PeriodDays.of(days, [calendar.is_working_day(day) for day in days])
    empty = CheckTally({})
    reviews = []
    for account in chosen_accounts(accounts, review_filter, versions):
        key = account.account_id
        officers, deputies = people_during((versions or {}).get(key, ()), account, first, last)
        tally = tallies.get(key, empty)
        marks = marks_of(account, period, tally.days, today)
        cullings = culling_deadlines(
            account, duties.cullings.get(key, ()), pack.culling_interval_months, first, last, today
        )
        documentation = documentation_deadlines(
            account,
            duties.documentations.get(key, ()),
            duties.larger_changes.get(key, ()),
            pack.documentation_months,
            (first, last),
            today,
        )
        on_time, late = marks.count(DayMark.ON_TIME), marks.count(DayMark.LATE)
        gap, missed_days = missed_of(period, marks)
        reviews.append(
            AccountReview(
                account=account,
                officer_ids=officers,
                deputy_ids=deputies,
                days_due=on_time + late + len(missed_days),
                on_time=on_time,
                late=late,
                missed=len(missed_days),
                longest_gap=gap,
                cullings_due=len(cullings),
                cullings_on_time=sum(d.on_time for d in cullings),
                documentations_due=len(documentation),
                documentations_on_time=sum(d.on_time for d in documentation),
                removals_by_ground=dict(tally.removals_by_ground),
                messages_to_registrar=tally.messages_to_registrar,
                cases_forwarded=tally.cases_forwarded,
                marks=tuple(marks),
                missed_days=tuple(missed_days),
                culling_deadlines=tuple(cullings),
                documentation_deadlines=tuple(documentation),
            )
        )
    return Review(review_filter, days, tuple(reviews))
