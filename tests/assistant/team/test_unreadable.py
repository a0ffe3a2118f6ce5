"""Files in the team folder that are not to be read as they are.

A journal of garbage bytes, one cut short, one from a newer Kontokoll or one
carrying this workstation's own id is skipped, said in the result, and the
good journals beside it are still read. A journal from an older Kontokoll is
read, with the default for what it lacks. An evidence file that does not match
its name is not kept until the share holds the right one. Journals damaged
any which way, and a data folder restored from backup, are
:mod:`tests.assistant.team.test_damage`'s.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from assistant.paths import EVIDENCE_DIR_NAME
from assistant.store.schema import SCHEMA_VERSION
from assistant.team import sync as team
from tests.assistant.team.office import (
    SCREENSHOT,
    Office,
    after_deputys_check,
    record_check,
    workdays,
)
from tests.factories import FRIDAY, at


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
    conn.execute("DROP TABLE chain")  # journals were signed from schema 6 on
    conn.execute("DROP TABLE chain_head")
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
