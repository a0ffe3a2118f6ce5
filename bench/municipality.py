"""A made-up municipality's log, for benchmarks and screenshots.

``fill(data_dir, accounts=50, years=2)`` records people, accounts and a daily
check for most working days (some missed, some logged late), through the
real store, as the app itself would.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from assistant.clock import STOCKHOLM
from assistant.records import Account, CheckRole, DailyCheck, Person, Role, new_id
from assistant.store import Store
from assistant.workdays import WorkingCalendar

DEPARTMENTS = (
    "Kommunledningsförvaltningen",
    "Kultur- och fritidsförvaltningen",
    "Stadsbyggnadsförvaltningen",
    "Socialförvaltningen",
    "Utbildningsförvaltningen",
)
PLATFORMS = ("facebook", "instagram", "x", "youtube", "linkedin", "tiktok", "flickr", "blog")
TOPICS = (
    "Lidingö stad",
    "Lidingö bibliotek",
    "Lidingö simhall",
    "Kulturskolan",
    "Millesgården",
    "Räddningstjänsten",
    "Lidingö hamn",
    "Fritidsgården Källan",
    "Äldreomsorgen",
    "Näringsliv",
)
NAMES = (
    "Åsa Öberg",
    "Per Ek",
    "Maria Lindqvist",
    "Johan Söderström",
    "Elin Åkesson",
    "Karin Björk",
    "Anders Nyström",
    "Sara Håkansson",
)


def fill(
    data_dir: Path,
    accounts: int = 50,
    years: int = 2,
    today: date = date(2026, 11, 20),
    seed: int = 1,
) -> None:
    """Fill ``data_dir`` with a reproducible log; the first person is the workstation's user."""
    rng = random.Random(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir)
    recorded = datetime(today.year - years, 1, 2, 8, tzinfo=UTC)
    people = [
        Person(
            new_id(),
            new_id(),
            name,
            name.lower().replace(" ", ".") + "@lidingo.se",
            frozenset({Role.OFFICER, Role.DEPUTY}),
            recorded,
            "",
        )
        for name in NAMES
    ]
    me = people[0].person_id
    store.add_people(people)
    store.set_me(me)
    start = today - timedelta(days=365 * years)
    register = []
    for number in range(accounts):
        topic = TOPICS[number % len(TOPICS)]
        platform = PLATFORMS[number % len(PLATFORMS)]
        officer = people[number % 3].person_id if number % 5 else me
        deputy = people[(number + 1) % len(people)].person_id
        suffix = "" if number < len(TOPICS) else f" {number // len(TOPICS) + 1}"
        register.append(
            Account(
                new_id(),
                new_id(),
                platform,
                topic + suffix,
                f"https://www.{platform}.com/lidingo{number}",
                DEPARTMENTS[number % 5],
                (officer,),
                (deputy,),
                True,
                start,
                recorded,
                me,
            )
        )
    store.add_accounts(register)
    calendar = WorkingCalendar()
    checks = []
    for account in register:
        for day in calendar.working_days(start, today):
            roll = rng.random()
            if roll < 0.04 or (day == today and roll < 0.5):
                continue  # missed, or today's not done yet
            late = roll < 0.08
            logged_day = day + timedelta(days=1) if late else day
            at = datetime.combine(logged_day, time(9, rng.randrange(0, 59)), STOCKHOLM)
            checks.append(
                DailyCheck(
                    new_id(),
                    account.account_id,
                    day,
                    account.officer_ids[0],
                    CheckRole.OFFICER,
                    ("posts", "comments", "direct_messages"),
                    rng.randrange(0, 4),
                    rng.randrange(0, 2),
                    rng.randrange(0, 2),
                    "",
                    at.astimezone(UTC),
                    account.officer_ids[0],
                )
            )
    with store.db.atomic():
        for check in checks:
            store.add_check(check)
    store.close()


if __name__ == "__main__":
    import sys

    fill(Path(sys.argv[1]))
