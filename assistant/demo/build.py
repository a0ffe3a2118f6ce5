"""A realistic, made-up municipality to try Kontokoll on: ``kontokoll demo``.

:func:`make_demo` fills an empty data folder with a log as years of use would
leave it: departments and their accounts on the pack's platforms, officers,
deputies, managers, the information unit and a registrar; absences with
cover and handover notes; a daily check for most working days (some late,
some missed); removals with a screenshot each; cullings, documentations and
revisions. The workstation's user is an officer, a deputy and a manager, so
every view has something to show.

The same seed and day give the same facts, ids included. Everything goes
through the real schema, in one bulk load (:mod:`assistant.store.bulk`); the
checks, being many, as plain rows (:mod:`assistant.demo.checks`). A folder
that already holds a log is refused, so made-up facts never mix with real ones.
"""

from __future__ import annotations

import dataclasses
import os
import random
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from assistant.clock import STOCKHOLM, parse_instant
from assistant.demo.absences import draw_absences
from assistant.demo.checks import (
    CHECK_COLUMNS,
    EARLY_MORNING,
    REMOVAL_COLUMNS,
    CheckDraw,
    draw_checks,
)
from assistant.demo.duties import (
    EvidenceJob,
    draw_cullings,
    draw_documentations,
    draw_revisions,
    evidence_job,
)
from assistant.demo.world import Ids, department_count, draw_accounts, draw_people
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.reader import default_pack
from assistant.paths import EVIDENCE_DIR_NAME, HOLIDAY_CACHE_NAME, ensure_writable
from assistant.records import Evidence
from assistant.rules.recurring import add_months
from assistant.store.bulk import bulk_load
from assistant.store.connection import StorageError, holds_a_log
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore
from assistant.workdays import SwedishHolidays, WorkingCalendar

LIMITS: dict[str, tuple[int, int]] = {
    "--accounts": (1, 1000),
    "--people": (2, 500),
    "--years": (1, 20),
}
"""The sizes a demo may have, by the command line's option."""
_EXAMPLES = {"--accounts": 40, "--people": 16, "--years": 2}


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`make_demo` recorded."""

    data_dir: Path
    first_day: date
    """The day Kontokoll came into use in the made-up municipality."""
    today: date
    me: str
    """The name of the workstation's user."""
    people: int
    accounts: int
    checks: int
    removals: int
    cullings: int
    documentations: int
    revisions: int
    absences: int
    evidence_files: int


def _error(template: str, **values: object) -> UserError:
    return UserError(Message("Demo", template, values))


def demo_number(option: str, value: int | str) -> int:
    """``value`` as a whole number within ``option``'s range, or UserError naming both."""
    least, most = LIMITS[option]
    try:
        number = int(value)
    except ValueError:
        number = least - 1
    if not least <= number <= most:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Demo",
                "“{value}” does not fit {option}: give a whole number from {least} to {most}, "
                "such as {option} {example}.",
            ),
            value=value,
            option=option,
            least=least,
            most=most,
            example=_EXAMPLES[option],
        )
    return number


def refuse_a_real_log(data_dir: Path) -> None:
    """UserError when ``data_dir`` already holds people or accounts: the demo never mixes in.

    The database is only read, never migrated or changed, to find out.
    """
    if holds_a_log(data_dir):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Demo",
                "The data folder {path} already holds a log with people or accounts, and "
                "the demo's made-up municipality is never mixed with a real log. Name a new, "
                "empty folder instead, such as --data-dir kontokoll-demo.",
            ),
            path=str(data_dir),
        )


def make_demo(
    data_dir: Path,
    *,
    accounts: int = 40,
    people: int = 16,
    years: int = 2,
    seed: int = 1,
    today: date,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill the empty ``data_dir`` with a made-up municipality's log up to ``today``.

    ``now`` is the moment on ``today`` the demo is made: no check is logged later
    (without it, today's checks are logged in the early morning).

    Raises UserError for sizes out of range (:data:`LIMITS`), for a folder that
    already holds a log, and for a folder that cannot be written.
    """
    accounts = demo_number("--accounts", accounts)
    people = demo_number("--people", people)
    years = demo_number("--years", years)
    ensure_writable(data_dir)
    refuse_a_real_log(data_dir)

    rng = random.Random(seed)
    ids = Ids(rng)
    pack = default_pack()
    calendar = WorkingCalendar(holidays=SwedishHolidays(data_dir / HOLIDAY_CACHE_NAME))
    start = add_months(today, -12 * years)
    town = draw_people(rng, ids, people, department_count(people, accounts), start, today)
    draw_accounts(rng, ids, town, pack, accounts, today)
    cover = draw_absences(rng, ids, town, calendar)
    cullings = draw_cullings(
        rng, ids, town.accounts, cover, calendar, pack.culling_interval_months, today
    )
    revisions = draw_revisions(rng, ids, town, calendar)
    working_days = list(calendar.working_days(start, today))
    evidence = EvidenceStore(data_dir / EVIDENCE_DIR_NAME)
    tally = CheckDraw()

    store = Store.open(data_dir)
    try:
        with bulk_load(store) as load:
            load.add(town.people)
            versions = [p.account for p in town.accounts]
            versions += [p.closed for p in town.accounts if p.closed is not None]
            load.add(versions)
            load.add(cover.absences)
            load.add_rows(
                "daily_checks",
                CHECK_COLUMNS,
                draw_checks(
                    rng,
                    ids,
                    town.accounts,
                    cover,
                    pack,
                    working_days,
                    today,
                    tally,
                    _morning(today, now),
                ),
            )
            removal_jobs = [
                evidence_job(
                    rng,
                    draft.serial,
                    "skarmbild",
                    draft.plan,
                    draft.day,
                    parse_instant(draft.row[7]),
                    draft.row[8],
                )
                for draft in tally.removals
            ]
            documentations, documentation_jobs = draw_documentations(
                rng, ids, town, pack, calendar, len(removal_jobs)
            )
            stored = _store_files(evidence, [*removal_jobs, *documentation_jobs])
            load.add(stored)  # each picture differs: no two share a hash
            load.add_rows(
                "removals",
                REMOVAL_COLUMNS,
                [
                    (*draft.row[:5], shot.sha256, *draft.row[6:])
                    for draft, shot in zip(tally.removals, stored[: len(removal_jobs)], strict=True)
                ],
            )
            documentations = [
                dataclasses.replace(record, screenshot_sha256=shot.sha256)
                for record, shot in zip(documentations, stored[len(removal_jobs) :], strict=True)
            ]
            load.add(cullings)
            load.add(documentations)
            load.add(revisions)
            store.set_me(town.me)
    except StorageError as error:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Demo",
                "The made-up municipality could not be saved in {path} ({reason}). Free some "
                "disk space, or name another folder with --data-dir.",
            ),
            path=str(data_dir),
            reason=error.reason,
        ) from error
    finally:
        store.close()
    return DemoSummary(
        data_dir=data_dir,
        first_day=start,
        today=today,
        me=town.people[0].name,
        people=len(town.people),
        accounts=len(town.accounts),
        checks=tally.checks,
        removals=len(tally.removals),
        cullings=len(cullings),
        documentations=len(documentations),
        revisions=len(revisions),
        absences=len(cover.absences),
        evidence_files=len({shot.sha256 for shot in stored}),
    )


def _morning(today: date, now: datetime | None) -> int:
    """Seconds after 08:00 today that today's checks may be logged in, up to ``now``."""
    if now is None:
        return EARLY_MORNING
    eight = datetime.combine(today, time(8), STOCKHOLM)
    passed = int((now.astimezone(STOCKHOLM) - eight).total_seconds())
    return max(0, min(EARLY_MORNING, passed))


def _store_files(evidence: EvidenceStore, jobs: Sequence[EvidenceJob]) -> list[Evidence]:
    """Make and store every screenshot; writing waits on the disk, so several at a time."""

    def store(job: EvidenceJob) -> Evidence:
        return evidence.add_bytes(
            job.png(), job.original_name, recorded_at=job.recorded_at, recorded_by=job.recorded_by
        )

    with ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 1) * 2)) as pool:
        return list(pool.map(store, jobs))
