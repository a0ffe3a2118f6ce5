"""The made-up municipality's absences: holidays, sick days, and who covers meanwhile.

Every officer takes a summer holiday of two to four weeks, often a week in
autumn or winter, and is off sick a few days a year. Each absence names a
deputy for each of the officer's open accounts (one who is not away at the
same time, where the account has one) and carries a handover note. Two are
placed for the workstation's user: a colleague away today whose account the
user covers, and the user's own holiday, coming up.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from assistant.demo.names import HANDOVER_NOTES, SICK_HANDOVER_NOTES
from assistant.demo.world import AccountPlan, Ids, Town, at
from assistant.records import Absence
from assistant.workdays import WorkingCalendar

IN_PROGRESS_HANDOVER = "Två ärenden väntar på svar från bygglov."
UPCOMING_HANDOVER = "Inget särskilt; kampanjen om sommarjobb publiceras automatiskt."
PLANNED_AHEAD_DAYS = 60
"""How far ahead of today absences are already planned."""


@dataclass
class _Leave:
    person: str
    first: date
    last: date
    sick: bool
    handover: str = ""
    forced: dict[str, str] = field(default_factory=dict)
    recorded_on: date | None = None

    def overlaps(self, first: date, last: date) -> bool:
        return self.first <= last and first <= self.last


@dataclass
class Cover:
    """What the checks need to know of the absences."""

    absences: list[Absence]
    deputy_on: dict[str, dict[date, str]]
    """Per account id, the days it is covered and by whom."""
    away: dict[str, set[date]]
    """Per person, the days they are away."""


def draw_absences(rng: random.Random, ids: Ids, town: Town, calendar: WorkingCalendar) -> Cover:
    officers = list(dict.fromkeys(plan.officer for plan in town.accounts))
    leaves: dict[str, list[_Leave]] = {person: [] for person in officers}
    horizon = town.today + timedelta(days=PLANNED_AHEAD_DAYS)
    for person in officers:
        for year in range(town.start.year, horizon.year + 1):
            for leave in _year_of(rng, calendar, person, year):
                held = leaves[person]
                if town.start <= leave.first <= horizon and not any(
                    other.overlaps(leave.first, leave.last) for other in held
                ):
                    held.append(leave)
    _place_the_users(town, calendar, leaves)
    absences: list[Absence] = []
    away: dict[str, set[date]] = {}
    deputy_on: dict[str, dict[date, str]] = {}
    for leave in sorted((x for held in leaves.values() for x in held), key=_order):
        recorded_on = leave.recorded_on or (
            leave.first if leave.sick else leave.first - timedelta(days=rng.randint(7, 30))
        )
        recorded_on = max(recorded_on, town.start)
        if recorded_on > town.today:
            continue  # not planned yet
        covers = _covers(rng, town.accounts, leave, leaves)
        if not covers:
            continue
        by = leave.person
        if leave.sick:
            recorded_at = at(recorded_on, 7, 30 + rng.randrange(30))
            if rng.random() < 0.3:
                by = next(iter(covers.values()))  # the deputy notes that they take over
        else:
            recorded_at = at(recorded_on, rng.randint(10, 15), rng.randrange(60))
        handover = leave.handover or rng.choice(
            SICK_HANDOVER_NOTES if leave.sick else HANDOVER_NOTES
        )
        absence_id = ids()
        absences.append(
            Absence(
                id=ids(),
                absence_id=absence_id,
                person_id=leave.person,
                first_day=leave.first,
                last_day=leave.last,
                covers=covers,
                handover=handover,
                recorded_at=recorded_at,
                recorded_by=by,
            )
        )
        days = _days(leave.first, leave.last)
        away.setdefault(leave.person, set()).update(days)
        for account_id, deputy in covers.items():
            deputy_on.setdefault(account_id, {}).update(dict.fromkeys(days, deputy))
    return Cover(absences, deputy_on, away)


def _order(leave: _Leave) -> tuple[date, str]:
    return leave.first, leave.person


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _year_of(
    rng: random.Random, calendar: WorkingCalendar, person: str, year: int
) -> Iterable[_Leave]:
    summer = rng.randint(26, 30)
    weeks = rng.choice((2, 3, 3, 4, 4))
    yield _Leave(
        person,
        date.fromisocalendar(year, summer, 1),
        date.fromisocalendar(year, summer + weeks - 1, 5),
        False,
    )
    if rng.random() < 0.5:
        week = rng.choice((7, 8, 9, 44))
        yield _Leave(
            person, date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 5), False
        )
    for _ in range(rng.randint(1, 4)):
        first = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        while not calendar.is_working_day(first):
            first += timedelta(days=1)
        last = first
        for _ in range(rng.choice((0, 0, 1, 2))):
            last += timedelta(days=1)
            while not calendar.is_working_day(last):
                last += timedelta(days=1)
        yield _Leave(person, first, last, True)


def _place_the_users(
    town: Town, calendar: WorkingCalendar, leaves: dict[str, list[_Leave]]
) -> None:
    """A colleague away today whose account the user covers; the user's own holiday ahead."""
    today, me = town.today, town.me
    covered = next(
        (
            plan
            for plan in town.accounts
            if me in plan.deputies
            and plan.officer != me
            and plan.closed is None
            and plan.first_day < today
        ),
        None,
    )
    mine = [plan for plan in town.accounts if plan.officer == me and plan.closed is None]
    ahead = today + timedelta(days=14 - today.weekday())  # the Monday after next
    _clear(leaves, me, today - timedelta(days=14), ahead + timedelta(days=14))
    if covered is not None:
        colleague = covered.officer
        first = max(calendar.previous_working_day(today), covered.first_day, town.start)
        last = today + timedelta(days=4)
        _clear(leaves, colleague, first - timedelta(days=14), last + timedelta(days=14))
        leaves[colleague].append(
            _Leave(
                colleague,
                first,
                last,
                False,
                IN_PROGRESS_HANDOVER,
                {covered.account_id: me},
                max(town.start, first - timedelta(days=10)),
            )
        )
    if mine:
        leaves.setdefault(me, []).append(
            _Leave(
                me,
                ahead,
                ahead + timedelta(days=4),
                False,
                UPCOMING_HANDOVER,
                recorded_on=max(town.start, today - timedelta(days=1)),
            )
        )


def _clear(leaves: dict[str, list[_Leave]], person: str, first: date, last: date) -> None:
    leaves[person] = [x for x in leaves.get(person, []) if not x.overlaps(first, last)]


def _covers(
    rng: random.Random,
    plans: list[AccountPlan],
    leave: _Leave,
    leaves: dict[str, list[_Leave]],
) -> dict[str, str]:
    """Per open account of the absent officer, a deputy who is there meanwhile if any is."""
    covers: dict[str, str] = {}
    for plan in plans:
        if plan.officer != leave.person or not plan.deputies:
            continue
        open_until = plan.last_day if plan.closed is not None else date.max  # open: ahead too
        if plan.first_day > leave.last or open_until < leave.first:
            continue
        forced = leave.forced.get(plan.account_id)
        present = [
            deputy
            for deputy in plan.deputies
            if not any(x.overlaps(leave.first, leave.last) for x in leaves.get(deputy, ()))
        ]
        covers[plan.account_id] = forced or (rng.choice(present) if present else plan.deputies[0])
    return covers
