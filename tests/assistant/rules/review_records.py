"""Building a review's log for the tests of its figures, and reading the review back.

Checks with their removals and counts, cullings, documentations and larger
changes go into a real store; :func:`review` reads the review from it as the
Review screen does, on the shipped pack and Sweden's working days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from assistant.pack.reader import default_pack
from assistant.records import (
    Account,
    Culling,
    DailyCheck,
    Documentation,
    DutyRecord,
    Evidence,
    Removal,
    RemovalAction,
    new_id,
)
from assistant.rules.review import Review, ReviewFilter
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from assistant.workspace import reading
from tests.factories import RECORDED_BY, at, workspace_on

CALENDAR = WorkingCalendar()
NOVEMBER = ReviewFilter(date(2026, 11, 1), date(2026, 11, 30))
YEAR_2026 = ReviewFilter(date(2026, 1, 1), date(2026, 12, 31))
SCREENSHOT = Evidence("b" * 64, "skärmbild.png", "image/png", 1024, at(date(2026, 11, 2)), "")


def nov(day: int) -> date:
    return date(2026, 11, day)


NOVEMBER_DAYS = tuple(nov(d) for d in range(1, 31))


def removed(of: DailyCheck, *grounds: str) -> DailyCheck:
    """``of`` with one removal per ground, each proven by the same screenshot."""
    removals = tuple(
        Removal(
            id=new_id(),
            check_id=of.id,
            ground=ground,
            action=RemovalAction.DELETED,
            post="Ett inlägg som bröt mot reglerna",
            screenshot_sha256=SCREENSHOT.sha256,
            diary_number="",
            recorded_at=of.recorded_at,
            recorded_by=RECORDED_BY,
        )
        for ground in grounds
    )
    return replace(of, removals=removals)


def counted(of: DailyCheck, messages: int = 0, cases: int = 0) -> DailyCheck:
    return replace(of, messages_to_registrar=messages, cases_forwarded=cases)


def add_checks(store: Store, *checks: DailyCheck) -> None:
    for one in checks:
        store.add_check(one, [SCREENSHOT] if one.removals else [])


def review(store: Store, review_filter: ReviewFilter, today: date) -> Review:
    return reading.review(
        workspace_on(store, pack=default_pack(), calendar=CALENDAR), review_filter, today
    )


def _by() -> tuple[datetime, str]:
    """When and by whom a duty record here was recorded: the last two fields of each."""
    return at(nov(20)), RECORDED_BY


def add_duty(store: Store, record: DutyRecord) -> None:
    store.add_duty_record(record, [SCREENSHOT])


def culling(of: Account, day: date) -> Culling:
    return Culling(new_id(), of.account_id, day, "", day, day, "Gamla inlägg", "", "", *_by())


def documentation(of: Account, day: date) -> Documentation:
    return Documentation(new_id(), of.account_id, day, "", SCREENSHOT.sha256, "", *_by())
