"""November 2026's log, for the tests of the review's files and of ``kontokoll report``.

:func:`write_log` opens a store in a data folder and records the month in it;
:func:`csv_rows` reads a written CSV back as Swedish Excel would split it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from assistant.records import Evidence, Person, Removal, RemovalAction, new_id
from assistant.rules.review import ReviewFilter
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from tests.factories import RECORDED_BY, account, at, check, person

NOVEMBER = ReviewFilter(date(2026, 11, 1), date(2026, 11, 30))
TODAY = date(2026, 12, 1)
NOW = at(TODAY, 10, 15)
SCREENSHOT = Evidence("c" * 64, "skärmbild.png", "image/png", 1024, NOW, RECORDED_BY)
FORMULA = '=HYPERLINK("https://example.com")'


def write_log(data_dir: Path, asa: Person) -> Store:
    """Lidingö stad and an account named like a formula, both opened on 2 November 2026.

    The city was checked every working day of November but the 10th–12th
    (missed) and the 9th (logged late): 17 of its 21 days on time. On the
    13th two posts were removed, and one on a ground an earlier pack had.
    Nobody checked the other account.
    """
    per = person("Per Ek", "per.ek@lidingo.se")
    city = account("Lidingö stad", officers=[asa], deputies=[per], active_since=date(2026, 11, 2))
    odd = account(
        FORMULA,
        platform="instagram",
        department="Kultur- och fritidsförvaltningen",
        active_since=date(2026, 11, 2),
    )
    store = Store.open(data_dir)
    store.add_people([asa, per], me=asa.person_id)
    store.add_accounts([city, odd])
    for day in WorkingCalendar().working_days(date(2026, 11, 2), date(2026, 11, 30)):
        if day.day in (10, 11, 12):
            continue
        logged = at(date(2026, 11, 10)) if day.day == 9 else at(day)
        made = check(city, day, by=asa, recorded_at=logged)
        if day.day == 13:
            made = replace(
                made, removals=tuple(removal(made.id, g) for g in ("defamation", "old_ground"))
            )
            store.add_check(made, [SCREENSHOT])
        else:
            store.add_check(made)
    return store


def removal(check_id: str, ground: str) -> Removal:
    return Removal(
        new_id(), check_id, ground, RemovalAction.DELETED, "Ett påhopp", "c" * 64, "", NOW, ""
    )


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
