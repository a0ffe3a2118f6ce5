"""The team folder when things go wrong: a vanishing share, bad files.

Nothing may be lost and nothing may raise: a folder that cannot be reached
is said in the result, local data stays as it was, and the next sync
catches up. Two workstations syncing at the same time are
:mod:`tests.assistant.team.test_at_once`'s, the ``kontokoll sync`` command
:mod:`tests.assistant.team.test_sync_command`'s.
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
from assistant.store.schema import SCHEMA_VERSION
from assistant.team import sync as team
from assistant.team.files import fetch_journal, put_file
from tests.assistant.team.office import (
    SCREENSHOT,
    Office,
    after_deputys_check,
    make_office,
    record_check,
    workdays,
)
from tests.factories import FRIDAY, at


@pytest.fixture
def office(tmp_path: Path) -> Office:
    made = make_office(tmp_path)
    # The register reaches the deputy, so both can check the account.
    made.officer.sync(made.team_dir, 8)
    made.deputy.sync(made.team_dir, 8, 5)
    return made


def leftovers(folder: Path) -> list[str]:
    """Temporary files left behind in a folder."""
    return sorted(p.name for p in folder.rglob(".*"))


# -- a folder that fails or vanishes ---------------------------------------------


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


# -- files that are not to be read -------------------------------------------------


def test_a_journal_of_garbage_bytes_is_skipped_and_said(office: Office) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 10)
    garbage = team.journals_dir(office.team_dir) / "garbage.kontokoll"
    garbage.write_bytes(b"\x00not a database at all" * 50)

    result = office.deputy.sync(office.team_dir, 10, 5)

    assert result.reachable
    assert result.problem is None
    (skipped,) = result.skipped
    assert skipped.file_name == "garbage.kontokoll"
    assert "not a Kontokoll journal" in str(skipped.reason)
    assert made.id in office.deputy.check_ids()  # the good journal is still read
    assert office.deputy.sync(office.team_dir, 10, 10).skipped == (skipped,)


def test_a_truncated_journal_is_skipped_as_damaged(office: Office) -> None:
    for day in workdays(40):
        record_check(office.officer, day)
    office.officer.sync(office.team_dir, 10)
    whole = office.officer.journal(office.team_dir).read_bytes()
    cut = team.journals_dir(office.team_dir) / "cut-off.kontokoll"
    cut.write_bytes(whole[: len(whole) // 2])

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10, 5))

    (skipped,) = result.skipped
    assert skipped.file_name == "cut-off.kontokoll"
    assert "is damaged and was not read" in str(skipped.reason)
    assert result.added_by_table["daily_checks"] == 40  # from the whole journal


def test_a_journal_from_a_newer_kontokoll_is_skipped(office: Office) -> None:
    record_check(office.officer)
    office.officer.sync(office.team_dir, 10)
    whole = bytearray(office.officer.journal(office.team_dir).read_bytes())
    whole[60:64] = (SCHEMA_VERSION + 1).to_bytes(4, "big")
    (team.journals_dir(office.team_dir) / "newer.kontokoll").write_bytes(bytes(whole))

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10, 5))

    (skipped,) = result.skipped
    assert skipped.file_name == "newer.kontokoll"
    assert f"schema version {SCHEMA_VERSION + 1}" in str(skipped.reason)
    assert result.added_by_table["daily_checks"] == 1


def test_a_journal_carrying_this_workstations_own_id_is_not_read(office: Office) -> None:
    record_check(office.officer)
    office.officer.sync(office.team_dir, 10)
    copied = team.journals_dir(office.team_dir) / "copied-data-folder.kontokoll"
    shutil.copyfile(office.officer.journal(office.team_dir), copied)

    result = office.officer.sync(office.team_dir, 10, 5)

    (skipped,) = result.skipped
    assert skipped.file_name == "copied-data-folder.kontokoll"
    assert "this workstation's own id" in str(skipped.reason)
    assert result.added == 0


def test_a_journal_from_an_older_kontokoll_gets_the_default_for_what_it_lacks(
    office: Office, tmp_path: Path
) -> None:
    made = record_check(office.officer, covering_for="someone-away")
    office.officer.sync(office.team_dir, 10)
    journal = office.officer.journal(office.team_dir)
    older = tmp_path / "older.kontokoll"
    shutil.copyfile(journal, older)
    conn = sqlite3.connect(older)
    conn.execute("ALTER TABLE daily_checks DROP COLUMN covering_for")
    conn.execute("DROP TABLE absences")
    conn.execute("UPDATE journal SET workstation_id = 'an-old-workstation', schema_version = 3")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    journal.rename(journal.with_name(".set-aside"))
    shutil.copyfile(older, team.journals_dir(office.team_dir) / "an-old-workstation.kontokoll")

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10, 5))

    assert result.skipped == ()
    assert result.added_by_table["daily_checks"] == 1
    with office.manager.store() as store:
        (merged,) = store.checks()
    assert merged.id == made.id
    assert merged.covering_for == ""


def test_an_evidence_file_that_does_not_match_its_name_is_not_kept(office: Office) -> None:
    after_deputys_check(office)
    office.deputy.sync(office.team_dir, 11)
    (shared,) = (office.team_dir / EVIDENCE_DIR_NAME).rglob("*.png")
    shared.write_bytes(b"damaged on the share")

    bad = office.officer.sync(office.team_dir, 11, 5)

    assert bad.evidence_fetched == 0
    assert bad.evidence_missing == 1
    local = office.officer.data_dir / EVIDENCE_DIR_NAME
    assert not any(p.is_file() for p in local.rglob("*"))
    shared.write_bytes(SCREENSHOT)  # put right on the share
    good = office.officer.sync(office.team_dir, 11, 10)
    assert good.evidence_fetched == 1
    assert good.evidence_missing == 0
    assert next(local.rglob("*.png")).read_bytes() == SCREENSHOT
