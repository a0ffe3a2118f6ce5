"""The manager's review: how well each account's duties were done over a period.

Pure figures from the log: per account, the working days its daily check was
due, checked on the day, checked late and missed; the longest stretch of
working days with no check; culling and documentation done on time; removals
by ground; direct messages and cases forwarded. And one mark per account and
day for the heat map. Reading the store for a review lives in
:func:`read_review` (its queries in :mod:`assistant.store.review_queries`);
everything else here is pure.

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
from enum import StrEnum
from typing import TYPE_CHECKING

from assistant.clock import local_date
from assistant.records import Account, DailyCheck, DutyLog
from assistant.rules.recurring import AFTER_CHANGE_DAYS, add_months, rounds_between

if TYPE_CHECKING:
    from assistant.pack.model import GuidelinePack
    from assistant.store.database import Store
    from assistant.workdays import WorkingCalendar


class DayMark(StrEnum):
    """How one account's day stands in the review (one cell of the heat map)."""

    ON_TIME = "on_time"  # checked, logged on the day
    LATE = "late"  # checked, but only logged on a later day
    MISSED = "missed"  # a working day gone by without a check
    NOT_WORKING_DAY = "not_working_day"  # weekend or holiday (checks then are not counted)
    NOT_ACTIVE = "not_active"  # before the account opened, after it closed, or not yet come
    TODAY = "today"  # today's check not logged yet: not missed while the day lasts


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
class ReviewDeadline:
    """A culling or documentation that fell due in the period, and when it was done.

    ``done_on`` is the day of the culling or documentation that met it, or of
    the one done late for it; None when none was done.
    """

    due_on: date
    done_on: date | None
    after_change: bool = False
    """Documentation called for by a larger change, rather than by a round."""

    @property
    def on_time(self) -> bool:
        return self.done_on is not None and self.done_on <= self.due_on


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
    """A review of a period: every chosen account's figures, in name order."""

    filter: ReviewFilter
    days: tuple[date, ...]
    accounts: tuple[AccountReview, ...] = field(default=())


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
    them (:func:`assistant.rules.lifecycle.read_lives`); ``tallies`` the checks of the
    period per account id (:func:`tally_checks`); ``versions`` every version
    of each account, oldest first, for who was officer and deputy then.
    """
    if isinstance(duties, DutyLog):
        duties = DutyDates.of(duties)
    first, last = review_filter.first, review_filter.last
    days = tuple(first + timedelta(days=n) for n in range((last - first).days + 1))
    working = [calendar.is_working_day(day) for day in days]
    empty = CheckTally({})
    reviews = []
    for account in chosen_accounts(accounts, review_filter, versions):
        key = account.account_id
        officers, deputies = people_during((versions or {}).get(key, ()), account, first, last)
        tally = tallies.get(key, empty)
        marks = _marks(account, days, working, tally.days, today)
        cullings = _culling_deadlines(
            account, duties.cullings.get(key, ()), pack.culling_interval_months, first, last, today
        )
        documentation = _documentation_deadlines(
            account,
            duties.documentations.get(key, ()),
            duties.larger_changes.get(key, ()),
            pack.documentation_months,
            (first, last),
            today,
        )
        on_time, late = marks.count(DayMark.ON_TIME), marks.count(DayMark.LATE)
        missed_days = tuple(day for day, mark in zip(days, marks, strict=True) if mark is _MISSED)
        reviews.append(
            AccountReview(
                account=account,
                officer_ids=officers,
                deputy_ids=deputies,
                days_due=on_time + late + len(missed_days),
                on_time=on_time,
                late=late,
                missed=len(missed_days),
                longest_gap=longest_gap(marks),
                cullings_due=len(cullings),
                cullings_on_time=sum(d.on_time for d in cullings),
                documentations_due=len(documentation),
                documentations_on_time=sum(d.on_time for d in documentation),
                removals_by_ground=dict(tally.removals_by_ground),
                messages_to_registrar=tally.messages_to_registrar,
                cases_forwarded=tally.cases_forwarded,
                marks=marks,
                missed_days=missed_days,
                culling_deadlines=tuple(cullings),
                documentation_deadlines=tuple(documentation),
            )
        )
    return Review(review_filter, days, tuple(reviews))


_MISSED = DayMark.MISSED


def _marks(
    account: Account,
    days: tuple[date, ...],
    working: list[bool],
    checked: Mapping[date, bool],
    today: date,
) -> tuple[DayMark, ...]:
    if account.planned or not days:
        return (DayMark.NOT_ACTIVE,) * len(days)
    # The days the duties applied, as indexes into ``days``: a year's review
    # marks some 70,000 days, so the active period is worked out once.
    last_day = min(today, account.last_active_day or today)
    start = max(0, (account.active_since - days[0]).days)
    end = max(start, min(len(days), (last_day - days[0]).days + 1))
    marks = [DayMark.NOT_ACTIVE] * start
    for index in range(start, end):
        if not working[index]:
            marks.append(DayMark.NOT_WORKING_DAY)
            continue
        day = days[index]
        on_the_day = checked.get(day)
        if on_the_day is not None:
            marks.append(DayMark.ON_TIME if on_the_day else DayMark.LATE)
        elif day == today:
            marks.append(DayMark.TODAY)
        else:
            marks.append(_MISSED)
    marks.extend([DayMark.NOT_ACTIVE] * (len(days) - end))
    return tuple(marks)


def longest_gap(marks: Iterable[DayMark]) -> int:
    """The most missed working days in a row; days off between them do not break the run."""
    longest = run = 0
    for mark in marks:
        if mark is DayMark.MISSED:
            run += 1
            longest = max(longest, run)
        elif mark is not DayMark.NOT_WORKING_DAY:
            run = 0
    return longest


def _culling_deadlines(
    account: Account,
    culled: Iterable[date],
    interval_months: int,
    first: date,
    last: date,
    today: date,
) -> list[ReviewDeadline]:
    """The account's culling deadlines that count in the period (see the module's rules)."""
    if interval_months <= 0 or account.planned:
        return []
    done = sorted(d for d in culled if d >= account.active_since)
    result: list[ReviewDeadline] = []
    since = account.active_since
    index = 0  # the first culling after ``since``
    while True:
        due = add_months(since, interval_months)
        if due > last or not account.is_active_on(due):
            return result
        while index < len(done) and done[index] <= since:
            index += 1
        met = None
        while index < len(done) and done[index] <= due:
            met = done[index]
            index += 1
        if met is not None:
            if due >= first:
                result.append(ReviewDeadline(due, met))
            since = met
            continue
        if due >= today:
            return result  # still open
        late = done[index] if index < len(done) else None
        caught_up = late is not None and late <= add_months(due, interval_months)
        if due >= first:
            result.append(ReviewDeadline(due, late if caught_up else None))
        since = late if late is not None and caught_up else due


def _documentation_deadlines(
    account: Account,
    documented: Iterable[date],
    changes: Iterable[date],
    months: Sequence[int],
    period: tuple[date, date],
    today: date,
) -> list[ReviewDeadline]:
    """The account's rounds and larger changes that count in the period, in date order."""
    first, last = period
    done = sorted(documented)
    windows = [
        (round_.opens_on, round_.due_on, False)
        for round_ in rounds_between(months, first, last)
        # Due only if the account was open all the round's month: one closed in March owes
        # no March round (the duty list stops asking once it closes).
        if first <= round_.due_on <= last
        and account.is_active_on(round_.opens_on)
        and account.is_active_on(round_.due_on)
    ]
    windows += [
        (changed, changed + timedelta(days=AFTER_CHANGE_DAYS), True)
        for changed in sorted(set(changes))
        if first <= changed + timedelta(days=AFTER_CHANGE_DAYS) <= last
        and account.is_active_on(changed)
    ]
    result = []
    for opens_on, due_on, after_change in sorted(windows):
        done_on = next((d for d in done if d >= opens_on), None)
        deadline = ReviewDeadline(due_on, done_on, after_change)
        if due_on < today or deadline.on_time:
            result.append(deadline)
    return result


# -- reading the store ---------------------------------------------------------------


def read_review(
    store: Store,
    calendar: WorkingCalendar,
    pack: GuidelinePack,
    review_filter: ReviewFilter,
    today: date,
) -> Review:
    """The review as the store holds it on ``today``; reads only the period's tallies."""
    from assistant.rules.lifecycle import read_lives
    from assistant.store.review_queries import check_tallies, duty_dates

    versions = store.account_versions()
    accounts = chosen_accounts(
        (life.account for life in read_lives(store).values()), review_filter, versions
    )
    ids = [a.account_id for a in accounts]
    tallies = check_tallies(store, ids, review_filter.first, review_filter.last)
    return review_of(
        accounts, tallies, duty_dates(store, ids), pack, calendar, review_filter, today, versions
    )
