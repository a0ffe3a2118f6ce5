"""Journals written on the share by someone out to do harm, and what the merge makes of them.

Each attack starts from the officer's genuine journal, changed with an SQLite
tool as anyone who reaches the share could. Each must be refused whole and
named, never merged in part, never a crash or a hang, while the deputy's
sound journal is merged as usual and the manager can still save.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace as dataclass_replace
from datetime import date
from pathlib import Path

import pytest

from assistant.store.database import Store
from assistant.store.journal import SIZE_LIMIT
from assistant.store.journal_merge import JournalToMerge, merge_journals
from assistant.team import sync as team
from assistant.team.sync import SyncResult
from assistant.workspace import reading
from assistant.workspace.data_folder import open_workspace
from tests.assistant.team.office import (
    SCREENSHOT,
    Office,
    record_check,
    workdays,
)
from tests.factories import FRIDAY, at, check


def tampered(office: Office, change: Callable[[sqlite3.Connection], object]) -> str:
    """The officer checks and publishes; then the journal is changed on the share.

    Returns the id of the officer's genuine check, which must not arrive.
    """
    made = record_check(office.officer, screenshot=SCREENSHOT)
    office.officer.sync(office.team_dir, 9)
    journal = office.officer.journal(office.team_dir)
    conn = sqlite3.connect(journal, isolation_level=None)
    try:
        change(conn)
    finally:
        conn.close()
    return made.id


def manager_merges(office: Office) -> tuple[SyncResult, str]:
    """The manager merges once the deputy has checked too; returns the deputy's check's id."""
    deputys = record_check(office.deputy, FRIDAY.replace(day=19))
    office.deputy.sync(office.team_dir, 9, 30)
    return team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10)), deputys.id


def assert_refused_whole(office: Office, officers_check: str, what: str) -> None:
    result, deputys_check = manager_merges(office)
    assert result.problem is None
    (skipped,) = result.skipped
    assert skipped.file_name == office.officer.journal(office.team_dir).name
    assert "was refused" in str(skipped.reason)
    assert what in str(skipped.reason)
    ids = office.manager.check_ids()
    assert officers_check not in ids  # nothing of the refused journal, not even in part
    assert deputys_check in ids  # the sound journal is merged as usual
    people = {row[0] for row in office.manager.rows("SELECT name FROM people")}
    assert "Åsa Öberg" not in people


def test_a_journal_with_a_view_that_never_ends_is_refused_and_saves_go_on(office: Office) -> None:
    endless = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS id FROM n"
    )

    def into_a_view(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE daily_checks")
        conn.execute(f"CREATE VIEW daily_checks AS {endless}")

    genuine = tampered(office, into_a_view)
    started = time.monotonic()
    assert_refused_whole(office, genuine, "the view 'daily_checks'")
    assert time.monotonic() - started < 30
    with office.manager.store() as store:  # the log is not held: the manager saves at once
        store.set_me(office.manager.user.person_id)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (
            "CREATE TRIGGER spread AFTER INSERT ON people BEGIN SELECT 1; END",
            "the trigger 'spread'",
        ),
        ("CREATE TABLE extra (x)", "the table 'extra'"),
        ("CREATE INDEX quick ON daily_checks(day)", "the index 'quick'"),
    ],
)
def test_a_journal_holding_what_kontokoll_never_writes_is_refused(
    office: Office, change: str, named: str
) -> None:
    genuine = tampered(office, lambda conn: conn.execute(change))
    assert_refused_whole(office, genuine, named)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("UPDATE daily_checks SET day = '2026-13-45'", "day"),
        ("UPDATE daily_checks SET day = 20261120", "day"),
        ("UPDATE daily_checks SET questions_answered = 'many'", "questions_answered"),
        ("UPDATE daily_checks SET role = 'auditor'", "role"),
        ("UPDATE daily_checks SET recorded_at = 'yesterday'", "recorded_at"),
        ("UPDATE daily_checks SET reviewed = '[1, 2]'", "reviewed"),
        ('UPDATE people SET roles = \'["manager", "king"]\'', "roles"),
        ("UPDATE accounts SET officer_ids = '{\"a\": 1}'", "officer_ids"),
        ("UPDATE accounts SET active_since = NULL", "active_since"),
        ("UPDATE removals SET screenshot_sha256 = '../../../.ssh/id_ed25519'", "screenshot_sha256"),
        ("UPDATE evidence SET sha256 = '/etc/passwd'", "sha256"),
        ("UPDATE daily_checks SET notes = zeroblob(10)", "notes"),
    ],
)
def test_a_journal_with_a_bad_value_is_refused_whole_and_poisons_nobody(
    office: Office, change: str, named: str
) -> None:
    genuine = tampered(office, lambda conn: conn.execute(change))
    assert_refused_whole(office, genuine, named)
    # My day and the status read what was merged without a fault.
    workspace = open_workspace(office.manager.data_dir)
    try:
        reading.my_day(workspace, FRIDAY)
    finally:
        workspace.close()


def test_a_traversal_name_in_a_journal_copies_no_file_from_anywhere(
    office: Office, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the manager's private notes")
    name = os.path.relpath(secret, office.manager.data_dir / "evidence" / "ab")

    def pointing_out(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE evidence SET sha256 = ?, original_name = 'x.txt'", [name])
        conn.execute("UPDATE removals SET screenshot_sha256 = ?", [name])

    genuine = tampered(office, pointing_out)
    assert_refused_whole(office, genuine, "sha256")
    shared = list((office.team_dir / "evidence").rglob("*"))
    assert not any(p.is_file() and p.read_bytes() == secret.read_bytes() for p in shared)
    office.manager.sync(office.team_dir, 11)  # publishing copies nothing it was handed either
    shared = list((office.team_dir / "evidence").rglob("*"))
    assert not any(p.is_file() and p.read_bytes() == secret.read_bytes() for p in shared)


def test_an_oversized_journal_is_refused_before_it_is_copied(office: Office) -> None:
    record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    journal = office.officer.journal(office.team_dir)
    with journal.open("r+b") as file:
        file.truncate(SIZE_LIMIT + 1)  # sparse: the test writes next to nothing

    result, deputys_check = manager_merges(office)

    (skipped,) = result.skipped
    assert "far larger than any Kontokoll writes" in str(skipped.reason)
    assert deputys_check in office.manager.check_ids()
    leftovers = [p for p in office.manager.data_dir.iterdir() if p.name.startswith(".team-")]
    assert leftovers == []


def test_a_journal_that_takes_too_long_is_refused_and_undone_whole(
    office: Office, tmp_path: Path
) -> None:
    with office.officer.store() as store:
        city = next(iter(store.accounts().values()))
        asa = office.officer.user
        made = dataclasses.replace(check(city, FRIDAY, by=asa), recorded_by=asa.person_id)
        store.add_check(made)
        for day in workdays(200, date(2025, 6, 2)):  # enough for SQLite to ask the time
            store.add_check(
                dataclasses.replace(check(city, day, by=asa), recorded_by=asa.person_id)
            )
    office.officer.sync(office.team_dir, 9)
    copy = tmp_path / "copy.kontokoll"
    shutil.copyfile(office.officer.journal(office.team_dir), copy)
    with office.officer.store() as store:
        officer_id = store.workstation_id()
    store = Store.open(office.manager.data_dir)
    try:
        journal = JournalToMerge(copy, officer_id, lambda _info: None)
        with store.merging():
            (outcome,) = merge_journals(
                store, [journal], own_workstation_id="", wanted_since="", time_limit=0.0
            )
            assert "took longer than 0 seconds" in str(outcome)
            assert made.id not in {c.id for c in store.checks()}
            (merged,) = merge_journals(store, [journal], own_workstation_id="", wanted_since="")
        assert not isinstance(merged, Exception)
        assert made.id in {c.id for c in store.checks()}
    finally:
        store.close()


# -- the signed chain: what the fact rules cannot tell -----------------------------


def test_a_journal_edited_on_the_share_is_refused_as_not_signed_so(office: Office) -> None:
    genuine = tampered(office, lambda conn: conn.execute("UPDATE daily_checks SET notes = 'x'"))
    assert_refused_whole(office, genuine, "as its workstation signed")


def test_a_journal_with_a_fact_added_on_the_share_is_refused(office: Office) -> None:
    def added(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO daily_checks SELECT 'forged-check', account_id, '2026-11-19', "
            "checked_by, role, reviewed, questions_answered, cases_forwarded, "
            "messages_to_registrar, notes, supersedes, recorded_at, recorded_by, covering_for "
            "FROM daily_checks LIMIT 1"
        )

    genuine = tampered(office, added)
    assert_refused_whole(office, genuine, "as its workstation signed")


def test_a_forged_supersedes_in_a_colleagues_journal_is_refused(office: Office) -> None:
    """Pointing a fact at another to hide it is a change like any other: the chain shows it."""

    def superseding(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE daily_checks SET supersedes = 'the-deputys-check'")

    genuine = tampered(office, superseding)
    assert_refused_whole(office, genuine, "as its workstation signed")


def test_a_journal_signed_again_with_another_key_is_refused_once_its_key_is_known(
    office: Office, tmp_path: Path
) -> None:
    first, _ = manager_merges(office)  # the officer's key is pinned at the manager's now
    assert "Åsa Öberg" in first.new_workstations
    impostor = tmp_path / "impostor"
    shutil.copytree(office.officer.data_dir, impostor)
    (impostor / "workstation.key").unlink()  # the impostor has no key but their own
    record_check(dataclass_replace(office.officer, data_dir=impostor), FRIDAY.replace(day=18))
    team.sync(impostor, office.team_dir, at(FRIDAY, 10, 30))

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 11))

    (skipped,) = result.skipped
    assert "another key than the one first seen" in str(skipped.reason)


def test_a_journal_stripped_of_its_signature_is_refused_once_its_key_is_known(
    office: Office,
) -> None:
    manager_merges(office)
    made = record_check(office.officer, FRIDAY.replace(day=18))
    office.officer.sync(office.team_dir, 10, 30)
    conn = sqlite3.connect(office.officer.journal(office.team_dir))
    conn.execute("DROP TABLE chain")
    conn.execute("DROP TABLE chain_head")
    conn.commit()
    conn.close()

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 11))

    (skipped,) = result.skipped
    assert "carries no signature" in str(skipped.reason)
    assert made.id not in office.manager.check_ids()


def test_a_forged_journal_under_this_workstations_own_name_is_never_taken_in(
    office: Office, tmp_path: Path
) -> None:
    """A file planted as the officer's own journal would be merged back as her own facts."""
    record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    forger = tmp_path / "forger"
    shutil.copytree(office.officer.data_dir, forger)
    (forger / "workstation.key").unlink()
    forged = record_check(dataclass_replace(office.officer, data_dir=forger), FRIDAY.replace(day=2))
    team.sync(forger, office.team_dir, at(FRIDAY, 9, 30))

    office.officer.sync(office.team_dir, 10)

    assert forged.id not in office.officer.check_ids()
    result, _ = manager_merges(office)
    assert forged.id not in office.manager.check_ids()
    assert result.skipped == ()  # the officer wrote her own journal anew, genuine


def test_a_screenshot_changed_in_the_data_folder_is_not_spread_to_the_team(
    office: Office,
) -> None:
    record_check(office.officer, screenshot=SCREENSHOT)
    (kept,) = [p for p in (office.officer.data_dir / "evidence").rglob("*") if p.is_file()]
    data = bytearray(kept.read_bytes())
    data[-1] ^= 0xFF  # the same size: only its content tells
    kept.write_bytes(bytes(data))

    office.officer.sync(office.team_dir, 9)

    shared = [p for p in (office.team_dir / "evidence").rglob("*") if p.is_file()]
    assert shared == []


# -- found by an attack on the first version of the checks ---------------------------


@pytest.mark.parametrize(
    ("change", "named"),
    [
        # SQLite's length() and GLOB stop at a NUL: what follows it must not slip through.
        ("UPDATE daily_checks SET recorded_at = recorded_at || char(0) || 'x'", "recorded_at"),
        ("UPDATE daily_checks SET day = day || char(0) || 'x'", "day"),
        (
            "UPDATE daily_checks SET notes = 'a' || char(0) || hex(zeroblob(300000))",
            "notes",
        ),
        ("UPDATE checklist_runs SET checklist = '{}'", "checklist"),
    ],
)
def test_a_value_hidden_behind_a_nul_or_an_empty_snapshot_is_refused(
    office: Office, change: str, named: str
) -> None:
    def with_a_run(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO checklist_runs SELECT 'run-1', account_id, 'getting_started', 'p', "
            "'1', 'a snapshot', recorded_at, recorded_by FROM daily_checks LIMIT 1"
        )
        conn.execute(change)

    def without(conn: sqlite3.Connection) -> None:
        conn.execute(change)

    genuine = tampered(office, with_a_run if "checklist" in change else without)
    assert_refused_whole(office, genuine, named)


def test_a_role_compared_without_case_is_refused(office: Office) -> None:
    def nocase(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE daily_checks RENAME COLUMN role TO old_role")
        conn.execute("ALTER TABLE daily_checks ADD COLUMN role TEXT COLLATE NOCASE")
        conn.execute("UPDATE daily_checks SET role = 'OFFICER'")

    genuine = tampered(office, nocase)
    assert_refused_whole(office, genuine, "role")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("UPDATE chain_head SET signed_at = NULL", "signed head"),
        ("CREATE VIRTUAL TABLE IF NOT EXISTS extra USING rtree(id, a, b)", "'extra'"),
        ("ALTER TABLE daily_checks DROP COLUMN id", "have no id"),
        ("INSERT INTO chain SELECT seq + 1, fact_table, fact_id FROM chain WHERE seq = 1", "chain"),
        ("UPDATE chain SET seq = seq + 1 WHERE seq > 1", "chain"),
    ],
)
def test_a_journal_whose_head_or_tables_are_odd_is_refused_not_a_crash(
    office: Office, change: str, named: str
) -> None:
    genuine = tampered(office, lambda conn: conn.execute(change))
    assert_refused_whole(office, genuine, named)


def test_a_journal_passing_off_a_colleagues_fact_as_its_own_is_refused(
    office: Office, tmp_path: Path
) -> None:
    """A self-signed workstation brings the officer's check, changed, under its own name."""
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 5))
    evil = tmp_path / "evil"
    evil.mkdir()
    store = Store.open(evil)
    try:
        store.add_check(dataclass_replace(made, notes="forged"))
    finally:
        store.close()
    team.sync(evil, office.team_dir, at(FRIDAY, 9, 30))

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10))

    (skipped,) = result.skipped
    assert "which another workstation recorded" in str(skipped.reason)
    notes = office.manager.rows(f"SELECT notes FROM daily_checks WHERE id = '{made.id}'")
    assert notes == [(made.notes,)]


def test_an_unsigned_journal_that_says_it_is_of_a_signing_kontokoll_is_refused(
    office: Office,
) -> None:
    def unsigned(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE chain")
        conn.execute("DROP TABLE chain_head")

    genuine = tampered(office, unsigned)
    assert_refused_whole(office, genuine, "carries no signature")


def test_a_file_name_that_is_no_workstations_id_is_not_taken_for_a_journal(
    office: Office,
) -> None:
    record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    folder = os.fsencode(team.journals_dir(office.team_dir))
    odd = os.path.join(folder, b"\xff.kontokoll")
    with open(odd, "wb") as file:
        file.write(office.officer.journal(office.team_dir).read_bytes())

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10))

    assert result.problem is None  # the odd file is not taken for a journal, nor a fault
    assert result.skipped == ()


def test_a_fact_read_before_and_changed_on_the_share_afterwards_changes_nothing_here(
    office: Office,
) -> None:
    """What was proven at the last read is not hashed again: a change to it is never taken in."""
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 5))
    conn = sqlite3.connect(office.officer.journal(office.team_dir))
    conn.execute(f"UPDATE daily_checks SET notes = 'changed' WHERE id = '{made.id}'")
    conn.commit()
    conn.close()

    team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10))

    notes = office.manager.rows(f"SELECT notes FROM daily_checks WHERE id = '{made.id}'")
    assert notes == [(made.notes,)]
    newcomer_sees = team.merge(office.deputy.data_dir, office.team_dir, at(FRIDAY, 10, 5))
    assert any("as its workstation signed" in str(s.reason) for s in newcomer_sees.skipped)
