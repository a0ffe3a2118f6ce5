"""The officer's, the deputy's and the manager's workstations, sharing one team folder.

Each workstation is a real data folder with its own database; the tests of
:mod:`assistant.team.sync` build an office with :func:`make_office` and let its
desks publish and merge as the app does.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from assistant.paths import EVIDENCE_DIR_NAME
from assistant.records import CheckRole, DailyCheck, Person, Role
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore
from assistant.team import sync as team
from assistant.team.segments import list_journals, whole_name
from assistant.team.sync import SyncResult
from tests.factories import FRIDAY, account, at, check, person

THURSDAY = date(2026, 11, 19)
SCREENSHOT = b"\x89PNG\r\n\x1a\n a screenshot of an insulting comment"


@dataclass
class Desk:
    """One workstation: its data folder and the person who uses it."""

    data_dir: Path
    user: Person

    @contextmanager
    def store(self) -> Iterator[Store]:
        opened = Store.open(self.data_dir)
        try:
            yield opened
        finally:
            opened.close()

    def sync(self, team_dir: Path, hour: int = 10, minute: int = 0) -> SyncResult:
        return team.sync(self.data_dir, team_dir, at(FRIDAY, hour, minute))

    def journal(self, team_dir: Path) -> Path:
        """The newest segment of the desk's journal in the team folder: where its last facts are."""
        return self.segments(team_dir)[-1]

    def segments(self, team_dir: Path) -> list[Path]:
        """The segments of the desk's journal in the team folder, the first first."""
        with self.store() as store:
            own = store.workstation_id()
        return [
            file.path
            for file in list_journals(team.journals_dir(team_dir))
            if file.workstation_id == own and file.first_place is not None
        ]

    def marker(self, team_dir: Path) -> Path:
        """The file under the desk's journal's old name, beside its segments."""
        with self.store() as store:
            return team.journals_dir(team_dir) / whole_name(store.workstation_id())

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """Rows read directly from the desk's database: what no record says, such as origins."""
        with self.store() as store:
            conn = sqlite3.connect(store.path)
            try:
                return conn.execute(sql).fetchall()
            finally:
                conn.close()

    def check_ids(self) -> set[str]:
        """Every check's id, superseded ones too."""
        return {row[0] for row in self.rows("SELECT id FROM daily_checks")}


@dataclass
class Office:
    """Åsa's account, checked by her or her deputy Per; Maria is their manager."""

    team_dir: Path
    officer: Desk
    deputy: Desk
    manager: Desk

    @property
    def everyone(self) -> tuple[Desk, Desk, Desk]:
        return (self.officer, self.deputy, self.manager)


def workdays(count: int, first: date = date(2026, 10, 5)) -> list[date]:
    """The first ``count`` weekdays from ``first``, one for each check a test records."""
    days = [first + timedelta(days=n) for n in range(count * 2)]
    return [day for day in days if day.weekday() < 5][:count]


def desk(root: Path, name: str, user: Person) -> Desk:
    data_dir = root / name
    data_dir.mkdir()
    made = Desk(data_dir, user)
    with made.store() as store:
        store.set_me(user.person_id)  # the person's record arrives from the team
    return made


def make_office(tmp_path: Path) -> Office:
    asa = person("Åsa Öberg", roles=[Role.OFFICER])
    per = person("Per Ek", "per.ek@lidingo.se", roles=[Role.DEPUTY])
    maria = person("Maria Lind", "maria.lind@lidingo.se", roles=[Role.MANAGER])
    team_dir = tmp_path / "team"
    team_dir.mkdir()
    officer = desk(tmp_path, "officer", asa)
    city = account("Lidingö stad", officers=[asa], deputies=[per])
    with officer.store() as store:
        store.add_accounts([city], [asa, per, maria])
        store.set_me(asa.person_id)
    return Office(
        team_dir, officer, desk(tmp_path, "deputy", per), desk(tmp_path, "manager", maria)
    )


def only_account(desk: Desk) -> str:
    with desk.store() as store:
        (account_id,) = store.accounts()
        return account_id


def record_check(
    desk: Desk, day: date = FRIDAY, *, screenshot: bytes | None = None, **changes: Any
) -> DailyCheck:
    """A check of the office's account by the desk's user; a screenshot brings a removal."""
    with desk.store() as store:
        city = next(iter(store.accounts().values()))
        evidence = []
        if screenshot is not None:
            evidence.append(
                EvidenceStore(desk.data_dir / EVIDENCE_DIR_NAME).add_bytes(
                    screenshot,
                    "kommentar.png",
                    recorded_at=at(day),
                    recorded_by=desk.user.person_id,
                )
            )
        made = check(city, day, by=desk.user, screenshots=[e.sha256 for e in evidence])
        by = desk.user.person_id  # as the app records it: the check and its removals
        removals = tuple(dataclasses.replace(r, recorded_by=by) for r in made.removals)
        made = dataclasses.replace(made, recorded_by=by, removals=removals, **changes)
        store.add_check(made, evidence)
    return made


def after_deputys_check(office: Office) -> DailyCheck:
    """The register reaches the deputy, who checks for the absent officer and removes a post."""
    office.officer.sync(office.team_dir, 8)
    office.deputy.sync(office.team_dir, 8, 5)
    return record_check(
        office.deputy,
        screenshot=SCREENSHOT,
        role=CheckRole.DEPUTY,
        covering_for=office.officer.user.person_id,
    )
