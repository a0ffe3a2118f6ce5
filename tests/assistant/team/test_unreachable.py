"""A team folder that cannot be reached, or not written to, and a database busy elsewhere.

A rename on the share that fails, a share that vanishes in the middle of a
write or of a merge, one closed to writing, a database another program is
writing: nothing may be lost and nothing may raise. What went wrong is said
in the result, local data stays as it was, what was merged before stays
merged, and the next sync catches up. Leftovers of a failed write are this
workstation's own to clear, never another's.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from assistant.paths import DATABASE_NAME, EVIDENCE_DIR_NAME
from assistant.store import connection
from assistant.store.evidence import EvidenceStore
from assistant.team import sync as team
from assistant.team.files import fetch_journal, put_file
from tests.assistant.team.office import (
    SCREENSHOT,
    Office,
    after_deputys_check,
    record_check,
)
from tests.factories import FRIDAY, at


def leftovers(folder: Path) -> list[str]:
    """Temporary files left behind in a folder."""
    return sorted(p.name for p in folder.rglob(".*"))


def test_a_rename_that_fails_leaves_the_earlier_journal_whole(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = office.officer.journal(office.team_dir)
    earlier = journal.read_bytes()
    made = record_check(office.officer)
    real_replace = os.replace
    failures: list[object] = []

    def share_goes_away(source: Any, target: Any) -> None:
        if str(target).endswith(".kontokoll") and not failures:
            failures.append(target)
            raise OSError(errno.EIO, "Input/output error", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", share_goes_away)
    failed = office.officer.sync(office.team_dir, 10)

    assert not failed.reachable
    assert failed.problem is not None
    assert "could not be written to the team folder" in str(failed.problem)
    assert "(Input/output error)" in str(failed.problem)
    assert journal.read_bytes() == earlier
    assert leftovers(office.team_dir) == []
    assert made.id in office.officer.check_ids()

    caught_up = office.officer.sync(office.team_dir, 10, 5)
    assert caught_up.reachable
    assert caught_up.published
    office.deputy.sync(office.team_dir, 10, 10)
    assert made.id in office.deputy.check_ids()


def test_a_folder_that_vanishes_mid_write_is_caught_up_with_when_back(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = after_deputys_check(office)
    real_put_file = put_file

    def vanish_then_write(source: Path, target: Path, *, overwrite: bool) -> Any:
        shutil.rmtree(office.team_dir)
        return real_put_file(source, target, overwrite=overwrite)

    monkeypatch.setattr("assistant.team.publish.put_file", vanish_then_write)
    failed = office.deputy.sync(office.team_dir, 11)
    monkeypatch.setattr("assistant.team.publish.put_file", real_put_file)

    assert not failed.reachable
    assert not failed.published
    assert not office.team_dir.exists()
    assert made.id in office.deputy.check_ids()
    meanwhile = office.deputy.sync(office.team_dir, 11, 5)
    assert not meanwhile.reachable
    assert not office.team_dir.exists()  # never made again in the share's place

    office.team_dir.mkdir()  # the share is back, emptied
    back = office.deputy.sync(office.team_dir, 11, 10)
    assert back.reachable
    assert back.published
    assert back.evidence_published == 1
    office.officer.sync(office.team_dir, 11, 15)
    assert made.id in office.officer.check_ids()
    shot = next(EvidenceStore(office.officer.data_dir / EVIDENCE_DIR_NAME).root.rglob("*.png"))
    assert shot.read_bytes() == SCREENSHOT


def test_facts_merged_before_the_folder_vanished_are_kept(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 10)
    original = fetch_journal

    def copy_then_vanish(source: Path, local_dir: Path) -> tuple[Path, str]:
        copied = original(source, local_dir)
        shutil.rmtree(office.team_dir)
        return copied

    monkeypatch.setattr("assistant.team.merge.fetch_journal", copy_then_vanish)
    result = team.merge(office.deputy.data_dir, office.team_dir, at(FRIDAY, 10, 5))

    assert not result.reachable
    assert not result.read
    assert result.added_by_table == {"daily_checks": 1}
    assert made.id in office.deputy.check_ids()


def test_a_share_closed_to_writing_is_still_read(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 10)

    def refused(source: Path, target: Path, *, overwrite: bool) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr("assistant.team.publish.put_file", refused)
    result = office.deputy.sync(office.team_dir, 10, 5)

    assert not result.reachable
    assert result.problem is not None
    assert "could not be written to the team folder" in str(result.problem)
    assert "(Permission denied)" in str(result.problem)
    assert result.read
    assert made.id in office.deputy.check_ids()


def test_a_database_another_program_is_writing_is_said_busy_and_tried_again(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 10)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.05)  # so the sync gives up at once
    other = sqlite3.connect(office.deputy.data_dir / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        busy = office.deputy.sync(office.team_dir, 10, 5)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert busy.reachable
    assert busy.problem is not None
    assert "The database was busy or could not be written (database is locked)" in str(busy.problem)
    assert made.id not in office.deputy.check_ids()
    again = office.deputy.sync(office.team_dir, 10, 10)
    assert again.problem is None
    assert made.id in office.deputy.check_ids()


def test_only_this_workstations_own_old_leftovers_are_cleared(office: Office) -> None:
    journal = office.officer.journal(office.team_dir)
    old_own = journal.with_name(f".{journal.name}.tmp-0123456789ab")
    new_own = journal.with_name(f".{journal.name}.tmp-ba9876543210")
    old_other = journal.with_name(".another-workstation.kontokoll.tmp-0123456789ab")
    for leftover in (old_own, new_own, old_other):
        leftover.write_bytes(b"half a journal")
    an_hour_ago = (at(FRIDAY, 8).timestamp(),) * 2
    for old in (old_own, old_other):
        os.utime(old, an_hour_ago)
    record_check(office.officer)

    office.officer.sync(office.team_dir, 10)

    assert not old_own.exists()
    assert new_own.exists()  # perhaps another Kontokoll here, writing right now
    assert old_other.exists()  # never another workstation's file
