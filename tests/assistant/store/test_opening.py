"""Opening the workstation's database: made new, upgraded step by step, or refused.

A new database is made at the current schema version; an older one is
copied aside before each upgrade, and an upgrade that fails leaves it as it
was with every copy kept. A database from a newer Kontokoll, a file that is
not a database, or a data folder that does not exist is refused with a
message, and left untouched.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.paths import DATABASE_NAME
from assistant.store import connection as store_module
from assistant.store.connection import PAGE_SIZE
from assistant.store.database import Store
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.assistant.store.database_file import raw
from tests.factories import person


def tables(path: Path) -> set[str]:
    return {str(row[0]) for row in raw(path, "SELECT name FROM sqlite_master WHERE type='table'")}


# -- the schema ----------------------------------------------------------------------


def test_a_new_database_is_created_at_the_current_schema_version(data_dir: Path) -> None:
    opened = Store.open(data_dir)
    try:
        assert opened.schema_version == SCHEMA_VERSION == 9
    finally:
        opened.close()
    path = data_dir / DATABASE_NAME
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]
    assert raw(path, "PRAGMA page_size") == [(PAGE_SIZE,)] == [(8192,)]
    assert raw(path, "PRAGMA user_version") == [(9,)]
    assert {"people", "accounts", "evidence", "daily_checks", "removals"} <= tables(path)
    assert {"checklist_runs", "step_marks", "checklist_finishes"} <= tables(path)
    assert {"cullings", "documentations", "absences"} <= tables(path)


def test_a_log_from_the_first_version_keeps_its_accounts_active_after_the_upgrade(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    Store.open(data_dir).close()
    monkeypatch.undo()
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    conn.execute(
        "INSERT INTO accounts VALUES ('v1', 'a1', 'facebook', 'Lidingö stad', "
        "'https://www.facebook.com/lidingostad', 'KLF', '[]', '[]', 1, '2026-01-01', NULL, "
        "'2026-01-01T09:00:00+00:00', 'someone')"
    )
    conn.commit()
    conn.close()

    upgraded = Store.open(data_dir)
    try:
        [kept] = upgraded.accounts().values()
    finally:
        upgraded.close()
    assert (kept.name, kept.planned, kept.closed_on) == ("Lidingö stad", False, None)
    assert kept.is_active_on(date(2026, 11, 20))
    assert (data_dir / f"{DATABASE_NAME}.v1.backup").is_file()


def test_opening_a_current_database_again_changes_nothing_and_leaves_no_backup(
    data_dir: Path,
) -> None:
    first = Store.open(data_dir)
    first.add_people([person()])
    first.close()
    again = Store.open(data_dir)
    try:
        assert again.schema_version == SCHEMA_VERSION
        assert len(again.people()) == 1
    finally:
        again.close()
    assert list(data_dir.glob("*.backup")) == []


# -- refusing what cannot be read ------------------------------------------------------


def test_a_database_from_a_newer_kontokoll_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / DATABASE_NAME
    newer = SCHEMA_VERSION + 1
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE from_the_future (id TEXT)")
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(UserError) as refused:
        Store.open(data_dir)

    text = refused.value.render()
    assert f"schema version {newer}" in text
    assert f"knows up to {SCHEMA_VERSION}" in text
    assert str(path) in text
    assert path.read_bytes() == before
    assert list(data_dir.glob("*.backup")) == []


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / DATABASE_NAME
    garbage = b"garbage bytes, not SQLite \x00\xff" * 200
    path.write_bytes(garbage)

    with pytest.raises(UserError) as refused:
        Store.open(data_dir)

    assert str(path) in refused.value.render()
    assert "damaged" in refused.value.render()
    assert path.read_bytes() == garbage


def test_a_data_folder_that_does_not_exist_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        Store.open(tmp_path / "no" / "such" / "folder")
    assert "cannot be opened" in refused.value.render()


# -- migrations --------------------------------------------------------------------------

SPARE = "CREATE TABLE spare_notes (id TEXT PRIMARY KEY, account_id TEXT NOT NULL)"


def with_a_second_version(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """Pretend this Kontokoll knows one more schema step than it does."""
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, step))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def test_migrating_copies_the_file_aside_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asa = person()
    old = Store.open(data_dir)
    old.add_people([asa])
    old.close()

    with_a_second_version(monkeypatch, SPARE)
    migrated = Store.open(data_dir)
    try:
        assert migrated.schema_version == SCHEMA_VERSION + 1
        assert migrated.people() == {asa.person_id: asa}
    finally:
        migrated.close()
    assert "spare_notes" in tables(data_dir / DATABASE_NAME)

    backup = data_dir / f"{DATABASE_NAME}.v{SCHEMA_VERSION}.backup"
    assert backup.is_file()
    assert raw(backup, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(backup, "SELECT person_id FROM people") == [(asa.person_id,)]
    assert "spare_notes" not in tables(backup)


def test_a_failing_migration_leaves_the_database_at_its_old_version_with_its_data(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asa = person()
    old = Store.open(data_dir)
    old.add_people([asa])
    old.close()

    # The second statement fails after the first has run: both must be undone.
    with_a_second_version(monkeypatch, SPARE + "; CREATE TABLE people (id TEXT)")
    with pytest.raises(UserError):
        Store.open(data_dir)

    path = data_dir / DATABASE_NAME
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert "spare_notes" not in tables(path)
    assert raw(path, "SELECT person_id FROM people") == [(asa.person_id,)]


def test_an_unversioned_database_with_tables_is_copied_aside_before_kontokoll_adds_its_own(
    data_dir: Path,
) -> None:
    path = data_dir / DATABASE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('kept')")
    conn.commit()
    conn.close()

    Store.open(data_dir).close()

    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(path, "SELECT text FROM notes") == [("kept",)]
    backup = data_dir / f"{DATABASE_NAME}.v0.backup"
    assert backup.is_file()
    assert tables(backup) == {"notes"}
    assert raw(backup, "SELECT text FROM notes") == [("kept",)]


def test_a_brand_new_database_needs_no_backup(data_dir: Path) -> None:
    Store.open(data_dir).close()
    assert list(data_dir.glob("*.backup")) == []


def test_a_failed_upgrade_leaves_the_database_as_it_was_and_keeps_every_copy(
    data_dir: Path,
) -> None:
    path = data_dir / DATABASE_NAME
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE people (name TEXT)")  # in the way of migration 1
    old.execute("INSERT INTO people VALUES ('Åsa')")
    old.commit()
    old.close()

    for attempt in (1, 2):
        with pytest.raises(UserError, match="could not be upgraded") as refused:
            Store.open(data_dir)
        assert "left as it was" in refused.value.render()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("SELECT name FROM people").fetchall() == [("Åsa",)]
        conn.close()
        copies = sorted(p.name for p in data_dir.glob(f"{DATABASE_NAME}.v0.backup*"))
        assert len(copies) == attempt  # the first copy is never overwritten
