"""The made-up municipality's daily checks and removals, as rows ready to insert.

Hundreds of thousands of checks are drawn, so they are built as row tuples in
the ``daily_checks`` table's column order rather than as records: a check is
one pass of a few random numbers and a string format.

Most working days are checked on the day, between 08:00 and 16:00 Stockholm
time; some are logged one to three working days late; some are missed, now
and then several in a row and more often in July. Today is checked for
every other account, early in the morning. While an officer is away the
covering deputy checks, in their stead.
"""

from __future__ import annotations

import json
import random
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from assistant.clock import STOCKHOLM
from assistant.demo.absences import Cover
from assistant.demo.names import CHECK_NOTES, OTHER_REMOVAL_POST, REMOVAL_POSTS, REMOVAL_WEIGHTS
from assistant.demo.world import AccountPlan, Ids
from assistant.pack.model import GuidelinePack
from assistant.records import CheckRole, RemovalAction

CHECK_COLUMNS = (
    "id",
    "account_id",
    "day",
    "checked_by",
    "role",
    "reviewed",
    "questions_answered",
    "cases_forwarded",
    "messages_to_registrar",
    "notes",
    "recorded_at",
    "recorded_by",
    "covering_for",
)
REMOVAL_COLUMNS = (
    "id",
    "check_id",
    "ground",
    "action",
    "post",
    "screenshot_sha256",
    "diary_number",
    "recorded_at",
    "recorded_by",
)

MISSED = 0.02
"""The share of working days simply missed."""
GAP_STARTS = 0.003
"""The share of working days that start a gap of two to five missed days."""
SUMMER_GAP = 0.25
"""The chance, per account and year, of a week or so missed in July."""
LATE = 0.05
"""The share of checks logged one to three working days late."""
BY_DEPUTY = 0.03
"""The share of checks a deputy does with the officer present."""
REMOVAL = 0.004
"""The share of checks that remove a post."""
NOTE = 0.04
"""The share of checks with a note."""
WORKDAY = 8 * 3600
"""Checks are logged from 08:00 until 16:00 (in seconds)."""
EARLY_MORNING = 3600 + 1800
"""Today's checks done so far were logged from 08:00 until 09:30, or until now if earlier."""


@dataclass(frozen=True)
class RemovalDraft:
    """A removal drawn with its check; its screenshot is made and stored afterwards."""

    serial: int
    row: tuple[str, ...]
    """The removal's row with the screenshot's SHA-256 still empty (index 5)."""
    plan: AccountPlan
    day: date


@dataclass
class CheckDraw:
    """Checks drawn so far, and the removals they brought."""

    checks: int = 0
    removals: list[RemovalDraft] = field(default_factory=list)


class _Days:
    """The period's working days with what each check's time needs: ISO text and UTC offset."""

    def __init__(self, days: Sequence[date]) -> None:
        self.days = list(days)
        self.iso = [d.isoformat() for d in self.days]
        self.offset = [_utc_offset_hours(d) for d in self.days]

    def span(self, first: date, last: date) -> range:
        return range(bisect_left(self.days, first), bisect_right(self.days, last))


def _utc_offset_hours(day: date) -> int:
    offset = datetime.combine(day, time(12), STOCKHOLM).utcoffset()
    return int(offset.total_seconds()) // 3600 if offset else 0


def draw_checks(
    rng: random.Random,
    ids: Ids,
    plans: Sequence[AccountPlan],
    cover: Cover,
    pack: GuidelinePack,
    working_days: Sequence[date],
    today: date,
    tally: CheckDraw,
    morning: int = EARLY_MORNING,
) -> Iterator[tuple[object, ...]]:
    """Every check's row, account by account, day by day; ``tally`` counts them on the way.

    ``morning`` is how many seconds after 08:00 today's checks may be logged in: none
    are logged later than the moment the demo is made, and before 08:00 none at all.
    """
    days = _Days(working_days)
    reviewed = json.dumps([step.id for step in pack.daily_check.steps])
    grounds = [g.id for g in pack.removal_grounds]
    ground_weights = [REMOVAL_WEIGHTS.get(g, 2) for g in grounds]
    needs_number = {g.id for g in pack.removal_grounds if g.needs_diary_number}
    last_index = len(days.days) - 1
    officer_role, deputy_role = CheckRole.OFFICER.value, CheckRole.DEPUTY.value
    random_ = rng.random
    diary = 0
    for position, plan in enumerate(plans):
        done_today = position % 2 == 1  # every other account: the first, the user's, is not
        span = days.span(plan.first_day, plan.last_day)
        missed = _summer_gaps(rng, days, span)
        officer, account_id = plan.officer, plan.account_id
        deputies = plan.deputies
        covered = cover.deputy_on.get(account_id, {})
        officer_away = cover.away.get(officer, set())
        gap = 0
        for index in span:
            day = days.days[index]
            if gap:
                gap -= 1
                continue
            roll = random_()
            if roll < GAP_STARTS:
                gap = rng.randint(1, 4)
                continue
            if roll < GAP_STARTS + MISSED or index in missed:
                continue
            covering_for = ""
            deputy = covered.get(day)
            if deputy is not None:
                if day in cover.away.get(deputy, ()):
                    continue  # the covering deputy is away too: nobody checks
                checker, role, covering_for = deputy, deputy_role, officer
            elif day in officer_away:
                continue
            elif deputies and random_() < BY_DEPUTY:
                checker, role = deputies[int(random_() * len(deputies))], deputy_role
                if day in cover.away.get(checker, ()):
                    checker, role = officer, officer_role
            else:
                checker, role = officer, officer_role
            logged = index
            if day == today and not done_today:
                continue
            if day != today and random_() < LATE:
                logged = index + 1 + int(random_() * 3)
                if logged > last_index or days.days[logged] > today:
                    continue  # to be logged late, but not yet
            # Seconds after 08:00: until 16:00, or on today's morning until 09:30 or now.
            on_today = days.days[logged] == today
            if on_today and morning <= 0:
                continue  # nobody has checked yet this morning
            moment = int(random_() * (morning if on_today else WORKDAY))
            recorded_at = (
                f"{days.iso[logged]}T{8 + moment // 3600 - days.offset[logged]:02d}:"
                f"{moment // 60 % 60:02d}:{moment % 60:02d}+00:00"
            )
            check_id = ids()
            tally.checks += 1
            yield (
                check_id,
                account_id,
                days.iso[index],
                checker,
                role,
                reviewed,
                min(int(rng.expovariate(0.7)), 12),
                (random_() < 0.15) + (random_() < 0.03),
                (random_() < 0.08) + (random_() < 0.01),
                rng.choice(CHECK_NOTES) if random_() < NOTE else "",
                recorded_at,
                checker,
                covering_for,
            )
            if random_() < REMOVAL:
                ground = rng.choices(grounds, ground_weights)[0]
                number = ""
                if ground in needs_number:
                    diary += 1
                    number = f"KS {day.year}/{diary:04d}"
                if not plan.can_remove:
                    action = RemovalAction.REPLIED
                else:
                    action = RemovalAction.HIDDEN if random_() < 0.2 else RemovalAction.DELETED
                post = rng.choice(REMOVAL_POSTS.get(ground, (OTHER_REMOVAL_POST,)))
                row = (
                    ids(),
                    check_id,
                    ground,
                    action.value,
                    post,
                    "",
                    number,
                    recorded_at,
                    checker,
                )
                tally.removals.append(RemovalDraft(len(tally.removals), row, plan, day))


def _summer_gaps(rng: random.Random, days: _Days, span: range) -> set[int]:
    """Working days (by index) missed in a row in July, some years, for one account."""
    missed: set[int] = set()
    if not span:
        return missed
    for year in range(days.days[span.start].year, days.days[span.stop - 1].year + 1):
        if rng.random() >= SUMMER_GAP:
            continue
        july = days.span(date(year, 7, 1), date(year, 7, 31))
        inside = range(max(july.start, span.start), min(july.stop, span.stop))
        if not inside:
            continue
        first = rng.choice(inside)
        missed.update(range(first, min(first + rng.randint(3, 8), span.stop)))
    return missed
