"""Two workstations at the team folder at once: nothing either records is lost.

One publishes while the other is reading its journal; both record and sync
over and over on their own threads; and two real ``kontokoll sync``
processes run side by side. Each ends with every fact the other recorded.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant.messages import UserError
from assistant.team import sync as team
from assistant.team.files import fetch_journal
from tests.assistant.team.office import (
    THURSDAY,
    Desk,
    Office,
    record_check,
    workdays,
)
from tests.factories import FRIDAY, at

REPOSITORY = Path(__file__).resolve().parents[3]


# -- in one process ----------------------------------------------------------------


def test_a_journal_replaced_while_it_is_being_read_is_read_again(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = record_check(office.officer, THURSDAY)
    office.officer.sync(office.team_dir, 9)
    second = record_check(office.officer, FRIDAY)
    original = fetch_journal

    def copy_then_publish(source: Path, local_dir: Path) -> tuple[Path, str]:
        copied = original(source, local_dir)
        # Åsa publishes her newer journal just after the deputy copied the older one.
        team.publish(office.officer.data_dir, office.team_dir, at(FRIDAY, 9, 1))
        return copied

    monkeypatch.setattr("assistant.team.merge.fetch_journal", copy_then_publish)
    during = team.merge(office.deputy.data_dir, office.team_dir, at(FRIDAY, 9, 1))
    monkeypatch.setattr("assistant.team.merge.fetch_journal", original)

    assert during.reachable
    assert during.added_by_table == {"daily_checks": 1}
    assert office.deputy.check_ids() == {first.id}
    after = office.deputy.sync(office.team_dir, 9, 2)
    assert after.added_by_table == {"daily_checks": 1}
    assert office.deputy.check_ids() == {first.id, second.id}


def test_two_workstations_recording_and_syncing_at_once_lose_nothing(office: Office) -> None:
    days = workdays(12)
    start = threading.Barrier(2)
    problems: list[Any] = []

    def work(desk_: Desk) -> None:
        start.wait()
        for number, day in enumerate(days):
            record_check(desk_, day)
            result = desk_.sync(office.team_dir, 9, number)
            if result.problem is not None or result.skipped:
                problems.append(result)

    threads = [threading.Thread(target=work, args=(d,)) for d in (office.officer, office.deputy)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert problems == []
    for minute in (30, 31):
        office.officer.sync(office.team_dir, 9, minute)
        office.deputy.sync(office.team_dir, 9, minute)
    assert len(office.officer.check_ids()) == 2 * len(days)
    assert office.officer.check_ids() == office.deputy.check_ids()


# -- two real processes ------------------------------------------------------------


def test_two_workstations_syncing_in_their_own_processes_end_with_the_same_log(
    office: Office,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def launch(desk_: Desk) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui.launcher",
                "--data-dir",
                str(desk_.data_dir),
                "sync",
                "--team-folder",
                str(office.team_dir),
            ],
            cwd=REPOSITORY,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def both_at_once() -> None:
        running = [launch(office.officer), launch(office.deputy)]
        for process in running:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err.decode(errors="replace")

    days = workdays(3)
    for day in days:
        record_check(office.officer, day)
        record_check(office.deputy, day)
        both_at_once()
    both_at_once()  # nothing new: each reads what the other published last

    assert len(office.officer.check_ids()) == 2 * len(days)
    assert office.officer.check_ids() == office.deputy.check_ids()


def test_saves_wait_for_a_sync_in_another_process_rather_than_fail_as_busy(
    office: Office,
) -> None:
    """The app's sync runs beside the person's saves: no save may be refused as busy."""
    for day in workdays(120, date(2026, 3, 2)):  # a journal big enough to merge for a while
        record_check(office.deputy, day)
    office.deputy.sync(office.team_dir, 9)
    syncing = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from pathlib import Path\n"
            "from assistant.team import sync\n"
            "from tests.factories import FRIDAY, at\n"
            "for minute in range(40):\n"
            "    sync.sync(Path(sys.argv[1]), Path(sys.argv[2]), at(FRIDAY, 10, minute))\n",
            str(office.officer.data_dir),
            str(office.team_dir),
        ],
        cwd=REPOSITORY,
    )
    refused = []
    saved = 0
    try:
        for day in workdays(60, date(2026, 6, 1)):
            try:
                record_check(office.officer, day)
                saved += 1
            except UserError as error:
                refused.append(str(error.message))
            if syncing.poll() is not None:
                break
    finally:
        syncing.wait(timeout=120)
    assert syncing.returncode == 0
    assert refused == []
    assert saved > 0
