"""How long the team folder takes: 60 workstations' journals merged into one data folder.

    python -m bench.team [--accounts 200 --people 60 --years 10 --folder DIR]

Builds a team: one data folder per person, each holding only that person's
facts, as their own workstation would. The information unit (the first
person) keeps the register of all people and accounts and documents every
account twice a year with a screenshot; every account is checked by its
officer on most working days for the given years, and about one check in
two hundred removes a post, proven by a screenshot. Each workstation
publishes its journal and evidence files to one team folder.

Then it times, on real files:

- the first merge of all journals into a fresh data folder, with the
  evidence files; and again in two steps: the facts alone (the issue's
  target is under 2 s), then the merge that fetches the files;
- a merge with nothing changed (what the UI does every few minutes);
- a merge after one colleague logged one more check, and the bytes that
  check cost on the share (written once, fetched by each reader);
- on a workstation that holds the whole team's log: a publish with nothing
  changed, and one after a new check.

Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from assistant.paths import EVIDENCE_DIR_NAME
from assistant.records import Account, Evidence, Person, Role
from assistant.store.bulk import bulk_load
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore
from assistant.team import sync as team
from assistant.team.sync import SyncResult
from assistant.workdays import WorkingCalendar

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 15, tzinfo=UTC)
T = TypeVar("T")

CHECK_COLUMNS = (
    *("id", "account_id", "day", "checked_by", "role", "reviewed", "questions_answered"),
    *("cases_forwarded", "messages_to_registrar", "notes", "supersedes", "recorded_at"),
    *("recorded_by", "covering_for"),
)
REMOVAL_COLUMNS = (
    *("id", "check_id", "ground", "action", "post", "screenshot_sha256", "diary_number"),
    *("recorded_at", "recorded_by"),
)
DOCUMENTATION_COLUMNS = (
    *("id", "account_id", "done_on", "done_by", "screenshot_sha256", "note", "recorded_at"),
    "recorded_by",
)


def timed(work: Callable[[], T]) -> tuple[T, float]:
    """``work``'s result and seconds, on a settled disk.

    The writes of the step before are flushed first (``os.sync``), so the
    system writing them back does not land in this step's time.
    """
    if hasattr(os, "sync"):
        os.sync()
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build_team(root: Path, accounts: int, people: int, years: int) -> tuple[Path, list[Path]]:
    """One data folder per person, each publishing to ``root/team``; returns both."""
    rng = random.Random(1)
    calendar = WorkingCalendar()
    first_day = TODAY - timedelta(days=365 * years)
    days = list(calendar.working_days(first_day, TODAY - timedelta(days=1)))
    start = datetime.combine(first_day, datetime.min.time(), UTC)
    register_people = [
        Person(
            new_id(rng),
            new_id(rng),
            f"Person {number}",
            f"person.{number}@lidingo.se",
            frozenset({Role.INFORMATION_UNIT} if number == 0 else {Role.OFFICER, Role.DEPUTY}),
            start,
            "",
        )
        for number in range(people)
    ]
    register = [
        Account(
            new_id(rng),
            new_id(rng),
            "facebook",
            f"Konto {number}",
            f"https://www.facebook.com/lidingo{number}",
            "Kommunledningsförvaltningen",
            (register_people[number % people].person_id,),
            (register_people[(number + 1) % people].person_id,),
            True,
            first_day,
            start,
            register_people[0].person_id,
        )
        for number in range(accounts)
    ]
    team_dir = root / "team"
    team_dir.mkdir()
    desks = []
    for number, someone in enumerate(register_people):
        data_dir = root / "desks" / f"{number:02}"
        data_dir.mkdir(parents=True)
        store = Store.open(data_dir)
        store.set_me(someone.person_id)
        evidence = EvidenceStore(data_dir / EVIDENCE_DIR_NAME)
        if number == 0:
            store.add_accounts(register, register_people)
            _document_twice_a_year(store, evidence, register, someone, years, rng)
        mine = [a for a in register if a.officer_ids[0] == someone.person_id]
        _check_most_days(store, evidence, mine, someone, days, rng)
        store.close()
        team.publish(data_dir, team_dir, NOW)
        desks.append(data_dir)
    return team_dir, desks


def _check_most_days(
    store: Store,
    evidence: EvidenceStore,
    accounts: list[Account],
    officer: Person,
    days: list[date],
    rng: random.Random,
) -> None:
    checks, removals = [], []
    files: list[Evidence] = []
    for account in accounts:
        for day in days:
            if rng.random() < 0.03:
                continue  # missed
            check_id = new_id(rng)
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
            checks.append(
                (
                    check_id,
                    account.account_id,
                    day.isoformat(),
                    officer.person_id,
                    "officer",
                    '["posts", "comments", "direct_messages"]',
                    rng.randrange(4),
                    rng.randrange(2),
                    rng.randrange(2),
                    "",
                    None,
                    at.isoformat(),
                    officer.person_id,
                    "",
                )
            )
            if rng.random() < 0.005:
                shot = evidence.add_bytes(
                    f"skärmbild {check_id}".encode() * 40,
                    "kommentar.png",
                    recorded_at=at,
                    recorded_by=officer.person_id,
                )
                files.append(shot)
                removals.append(
                    (
                        new_id(rng),
                        check_id,
                        "insults",
                        "deleted",
                        "Ett kränkande inlägg",
                        shot.sha256,
                        "",
                        at.isoformat(),
                        officer.person_id,
                    )
                )
    with bulk_load(store) as load:
        load.add(files)
        load.add_rows("daily_checks", CHECK_COLUMNS, checks)
        load.add_rows("removals", REMOVAL_COLUMNS, removals)


def _document_twice_a_year(
    store: Store,
    evidence: EvidenceStore,
    accounts: list[Account],
    unit: Person,
    years: int,
    rng: random.Random,
) -> None:
    rows = []
    files: list[Evidence] = []
    for year in range(TODAY.year - years, TODAY.year + 1):
        for month in (3, 10):
            done_on = date(year, month, 15)
            if done_on >= TODAY:
                continue
            at = datetime.combine(done_on, datetime.min.time(), UTC) + timedelta(hours=10)
            for account in accounts:
                shot = evidence.add_bytes(
                    f"{account.account_id} {done_on}".encode() * 200,
                    "konto.png",
                    recorded_at=at,
                    recorded_by=unit.person_id,
                )
                files.append(shot)
                rows.append(
                    (
                        new_id(rng),
                        account.account_id,
                        done_on.isoformat(),
                        unit.person_id,
                        shot.sha256,
                        "",
                        at.isoformat(),
                        unit.person_id,
                    )
                )
    with bulk_load(store) as load:
        load.add(files)
        load.add_rows("documentations", DOCUMENTATION_COLUMNS, rows)


def one_more_check(data_dir: Path, rng: random.Random) -> None:
    """The desk's user logs a check for today, like one of theirs of the week before."""
    store = Store.open(data_dir)
    try:
        me = store.me()
        recent = store.checks(first=TODAY - timedelta(days=7))
        mine = next(c for c in recent if c.checked_by == me)
        store.add_check(dataclasses.replace(mine, id=new_id(rng), day=TODAY, removals=()))
    finally:
        store.close()


def journal_files(team_dir: Path) -> dict[str, tuple[int, int]]:
    """Every journal file (whole, segment or marker) in the team folder: size and change time."""
    return {
        path.name: (path.stat().st_size, path.stat().st_mtime_ns)
        for path in team.journals_dir(team_dir).glob("*.kontokoll")
    }


def bytes_changed(before: dict[str, tuple[int, int]], team_dir: Path) -> int:
    """The bytes of the journal files written since ``before``: what a publish wrote, and
    what each colleague's next merge copies (it copies exactly the files that changed)."""
    after = journal_files(team_dir)
    return sum(size for name, (size, when) in after.items() if before.get(name) != (size, when))


def largest_journal(team_dir: Path) -> int:
    """The bytes of the largest workstation's journal files, all its segments together."""
    per: dict[str, int] = {}
    for name, (size, _when) in journal_files(team_dir).items():
        workstation = name.split(".")[0]
        per[workstation] = per.get(workstation, 0) + size
    return max(per.values(), default=0)


def describe(label: str, result: SyncResult, seconds: float) -> None:
    extra = []
    if result.journals_read:
        extra.append(f"{result.journals_read} journals")
    if result.added:
        extra.append(f"{result.added:,} facts")
    if result.evidence_fetched:
        extra.append(f"{result.evidence_fetched:,} files fetched")
    if result.evidence_missing:
        extra.append(f"{result.evidence_missing:,} files left to fetch")
    if result.published:
        extra.append("journal written")
    if result.problem is not None:
        extra.append(f"PROBLEM: {result.problem}")
    print(f"  {label:<52} {seconds * 1000:8.0f} ms   {', '.join(extra)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--folder", type=Path, help="work here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        root = Path(folder)
        (team_dir, desks), built = timed(
            lambda: build_team(root, args.accounts, args.people, args.years)
        )
        journals = sorted(team.journals_dir(team_dir).glob("*.kontokoll"))
        size = sum(p.stat().st_size for p in journals)
        files = sum(1 for p in (team_dir / EVIDENCE_DIR_NAME).rglob("*") if p.is_file())
        print(
            f"{args.accounts} accounts, {args.people} people, {args.years} years: "
            f"{len(journals)} journals, {size / 1e6:.0f} MB, {files:,} evidence files "
            f"(built and published in {built:.0f} s)"
        )
        together = root / "together"
        together.mkdir()
        result, seconds = timed(lambda: team.merge(together, team_dir, NOW))
        describe("first merge, facts and evidence files together", result, seconds)
        shutil.rmtree(together)

        fresh = root / "fresh"
        fresh.mkdir()
        result, seconds = timed(lambda: team.merge(fresh, team_dir, NOW, fetch_files=False))
        describe("first merge, the facts (files left for later)", result, seconds)
        result, seconds = timed(lambda: team.merge(fresh, team_dir, NOW))
        describe("the next merge fetches the evidence files", result, seconds)

        result, seconds = timed(lambda: team.merge(fresh, team_dir, NOW))
        describe("merge again, nothing changed", result, seconds)
        rng = random.Random(2)
        one_more_check(desks[1], rng)
        before = journal_files(team_dir)
        team.publish(desks[1], team_dir, NOW)
        changed = bytes_changed(before, team_dir)
        result, seconds = timed(lambda: team.merge(fresh, team_dir, NOW))
        describe("merge after one colleague logged a check", result, seconds)
        print(
            f"  one check: {changed / 1e3:,.0f} kB written to the share and fetched by each "
            f"reader; the largest workstation's journal files hold "
            f"{largest_journal(team_dir) / 1e3:,.0f} kB"
        )

        whole = desks[2]
        team.merge(whole, team_dir, NOW)
        team.publish(whole, team_dir, NOW)  # now with the person's name, from the register
        result, seconds = timed(lambda: team.publish(whole, team_dir, NOW))
        describe("publish from a full log, nothing changed", result, seconds)
        one_more_check(whole, rng)
        result, seconds = timed(lambda: team.publish(whole, team_dir, NOW))
        describe("publish from a full log after a new check", result, seconds)


if __name__ == "__main__":
    main()
