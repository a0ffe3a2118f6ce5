"""The made-up municipality's recurring duties: culling, documentation, revision.

Each account is culled about every three months (the pack's interval),
sometimes a few weeks late; the information unit documents every open
account in the pack's months (March and October), now and then late or not
at all, with a screenshot; the rules are revised once a year. Screenshots are
described here as :class:`EvidenceJob` and made and stored by
:mod:`assistant.demo.build`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from assistant.demo.absences import Cover
from assistant.demo.names import (
    CULLING_NOT_REMOVABLE,
    CULLING_NOT_REMOVABLE_NO_REMOVAL,
    CULLING_REMOVED,
    DOCUMENTATION_NOTES,
    REVISION_NOTES,
    ascii_slug,
)
from assistant.demo.png import Colour, screenshot_png
from assistant.demo.world import AccountPlan, Ids, Town, at
from assistant.pack.model import GuidelinePack
from assistant.records import Culling, Documentation, Revision
from assistant.rules.recurring import add_months, month_end
from assistant.workdays import WorkingCalendar

HEADERS: dict[str, Colour] = {
    "facebook": (24, 119, 242),
    "instagram": (225, 48, 108),
    "x": (20, 20, 20),
    "youtube": (230, 33, 23),
    "linkedin": (10, 102, 194),
    "tiktok": (37, 200, 210),
    "flickr": (255, 0, 132),
    "blog": (40, 140, 70),
}
OTHER_HEADER: Colour = (90, 90, 120)


@dataclass(frozen=True)
class EvidenceJob:
    """A screenshot to make and store: what it looks like, its file name, who saved it when."""

    serial: int
    original_name: str
    header: Colour
    bars: tuple[tuple[Colour, int], ...]
    recorded_at: datetime
    recorded_by: str

    def png(self) -> bytes:
        return screenshot_png(self.serial, self.header, self.bars)


def evidence_job(
    rng: random.Random,
    serial: int,
    kind: str,
    plan: AccountPlan,
    day: date,
    recorded_at: datetime,
    recorded_by: str,
) -> EvidenceJob:
    """A screenshot of ``plan``'s account in its platform's colour, with bars of its own."""
    bars = tuple(
        ((rng.randrange(256), rng.randrange(256), rng.randrange(256)), rng.randint(20, 90))
        for _ in range(rng.randint(3, 6))
    )
    return EvidenceJob(
        serial=serial,
        original_name=f"{kind}-{day.isoformat()}-{ascii_slug(plan.account.name)}.png",
        header=HEADERS.get(plan.account.platform, OTHER_HEADER),
        bars=bars,
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )


def _working_on_or_after(calendar: WorkingCalendar, day: date) -> date:
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def draw_cullings(
    rng: random.Random,
    ids: Ids,
    plans: Sequence[AccountPlan],
    cover: Cover,
    calendar: WorkingCalendar,
    months: int,
    today: date,
) -> list[Culling]:
    """Per account, a culling about every ``months`` months until today: most on time, some late."""
    cullings = []
    for plan in plans:
        since = plan.first_day
        while True:
            roll = rng.random()
            if roll < 0.7:
                delay = rng.randint(-14, 5)
            elif roll < 0.9:
                delay = rng.randint(6, 30)
            else:
                delay = rng.randint(31, 75)
            due = add_months(since, months) + timedelta(days=delay)
            done = _working_on_or_after(calendar, max(due, since + timedelta(days=1)))
            if done >= today or done > plan.last_day:
                break
            done_by = cover.deputy_on.get(plan.account_id, {}).get(done, plan.officer)
            if not plan.can_remove:
                not_removable = CULLING_NOT_REMOVABLE_NO_REMOVAL
            else:
                not_removable = rng.choice(CULLING_NOT_REMOVABLE) if rng.random() < 0.2 else ""
            cullings.append(
                Culling(
                    id=ids(),
                    account_id=plan.account_id,
                    done_on=done,
                    done_by=done_by,
                    period_from=since,
                    period_to=done,
                    removed=rng.choice(CULLING_REMOVED).format(count=rng.randint(3, 80)),
                    not_removable=not_removable,
                    evidence_sha256="",
                    recorded_at=at(done, rng.randint(13, 15), rng.randrange(60)),
                    recorded_by=done_by,
                )
            )
            since = done
    return cullings


def draw_documentations(
    rng: random.Random,
    ids: Ids,
    town: Town,
    pack: GuidelinePack,
    calendar: WorkingCalendar,
    first_serial: int,
) -> tuple[list[Documentation], list[EvidenceJob]]:
    """The information unit's rounds, each documentation with its screenshot to make.

    The documentations' ``screenshot_sha256`` is filled in once the screenshots are stored.
    """
    documentations: list[Documentation] = []
    jobs: list[EvidenceJob] = []
    today = town.today
    for year in range(town.start.year, today.year + 1):
        for month in pack.documentation_months:
            opens = date(year, month, 1)
            if opens < town.start or opens > today:
                continue
            for plan in town.accounts:
                if not plan.is_open_on(opens):
                    continue
                roll = rng.random()
                if roll < 0.03:
                    continue  # forgotten this round
                if roll < 0.75:
                    done = opens + timedelta(days=rng.randint(0, 20))
                elif roll < 0.93:
                    done = opens + timedelta(days=rng.randint(21, 27))
                else:
                    done = month_end(year, month) + timedelta(days=rng.randint(1, 20))
                done = _working_on_or_after(calendar, done)
                if done > today:
                    continue
                done_by = rng.choice(town.information_unit)
                recorded_at = at(done, rng.randint(9, 15), rng.randrange(60))
                jobs.append(
                    evidence_job(
                        rng,
                        first_serial + len(jobs),
                        "dokumentation",
                        plan,
                        done,
                        recorded_at,
                        done_by,
                    )
                )
                documentations.append(
                    Documentation(
                        id=ids(),
                        account_id=plan.account_id,
                        done_on=done,
                        done_by=done_by,
                        screenshot_sha256="",
                        note=rng.choice(DOCUMENTATION_NOTES),
                        recorded_at=recorded_at,
                        recorded_by=done_by,
                    )
                )
    return documentations, jobs


def draw_revisions(
    rng: random.Random, ids: Ids, town: Town, calendar: WorkingCalendar
) -> list[Revision]:
    """A revision of the rules in each year of the period, a little before the year is out."""
    revisions = []
    by = town.information_unit[0]
    year = 1
    while True:
        due = add_months(town.start, 12 * year) - timedelta(days=rng.randint(5, 40))
        done = _working_on_or_after(calendar, due)
        if done > town.today:
            break
        revisions.append(
            Revision(
                id=ids(),
                done_on=done,
                done_by=by,
                note=REVISION_NOTES[(year - 1) % len(REVISION_NOTES)],
                recorded_at=at(done, 14, rng.randrange(60)),
                recorded_by=by,
            )
        )
        year += 1
    return revisions
