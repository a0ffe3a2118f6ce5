"""The store's one way to write: all or nothing, and its failures said in the store's own terms."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.paths import DATABASE_NAME
from assistant.signing import workstation_key
from assistant.store import connection
from assistant.store.bulk import bulk_load
from assistant.store.connection import StorageError, Trouble, transaction
from assistant.store.database import Store
from assistant.store.journal import build_journal
from tests.factories import FRIDAY, account, check, person


@pytest.fixture
def another_program(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of writing to the data folder's database."""
    Store.open(data_dir).close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.05)  # a store opened now gives up at once
    other = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT UNIQUE)")
    return conn


def add_notes(conn: sqlite3.Connection, *texts: str) -> None:
    """The notes, in one transaction (or a savepoint of the one open)."""
    with transaction(conn):
        for text in texts:
            conn.execute("INSERT INTO notes VALUES (?)", [text])


def notes(conn: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("SELECT text FROM notes ORDER BY text")]


# -- all or nothing ----------------------------------------------------------------------


def test_a_bulk_load_cut_off_by_an_error_leaves_nothing_of_it(store: Store) -> None:
    def cut_off() -> None:
        with bulk_load(store) as load:
            load.add([person()])
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError, match="the disk went away"):
        cut_off()
    assert store.people() == {}


def test_a_bulk_load_that_contradicts_the_log_fails_as_a_storage_error_and_leaves_nothing(
    store: Store,
) -> None:
    asa = person()

    def twice() -> None:
        with bulk_load(store) as load:
            load.add([asa, person("Per Ek", "per.ek@lidingo.se")])
            load.add([asa])  # her row is there already

    with pytest.raises(StorageError) as refused:
        twice()
    assert not isinstance(refused.value, sqlite3.Error)
    assert refused.value.trouble is Trouble.DOES_NOT_FIT
    assert "UNIQUE" in refused.value.reason
    assert store.people() == {}


def test_a_write_inside_a_bulk_load_is_part_of_it(store: Store) -> None:
    asa = person()

    def load_asa(then_fail: bool) -> None:
        with bulk_load(store) as load:
            load.add([asa])
            store.set_me(asa.person_id)
            if then_fail:
                raise RuntimeError("cut off")

    with pytest.raises(RuntimeError):
        load_asa(then_fail=True)
    assert store.me() is None
    load_asa(then_fail=False)
    assert (store.me(), list(store.people())) == (asa.person_id, [asa.person_id])


def test_an_error_that_already_undid_the_transaction_comes_out_as_itself(tmp_path: Path) -> None:
    conn = bare(tmp_path / "notes.db")
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON notes WHEN NEW.text = 'no' "
        "BEGIN SELECT RAISE(ROLLBACK, 'refused by the trigger'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="refused by the trigger"):
        add_notes(conn, "yes", "no")
    assert not conn.in_transaction
    assert notes(conn) == []


def test_a_block_that_fails_inside_a_transaction_is_undone_on_its_own(tmp_path: Path) -> None:
    conn = bare(tmp_path / "notes.db")
    with transaction(conn):
        add_notes(conn, "kept")
        with pytest.raises(sqlite3.IntegrityError):
            add_notes(conn, "undone", "kept")
        assert conn.in_transaction
    assert notes(conn) == ["kept"]


# -- another program holding the database ----------------------------------------------


def test_a_write_while_another_program_writes_says_the_database_is_busy(
    data_dir: Path, another_program: sqlite3.Connection
) -> None:
    asa = person()
    waiting = Store.open(data_dir)
    try:
        with pytest.raises(UserError, match="busy with another program; nothing was saved"):
            waiting.add_people([asa])
        assert waiting.people() == {}
        another_program.execute("ROLLBACK")
        waiting.add_people([asa])  # once it is done, saving works again
        assert list(waiting.people()) == [asa.person_id]
    finally:
        waiting.close()


def test_another_programs_lock_comes_out_as_the_stores_own_busy_error(
    data_dir: Path, another_program: sqlite3.Connection
) -> None:
    waiting = Store.open(data_dir)
    try:
        with pytest.raises(StorageError) as refused, waiting.transaction():
            pass
    finally:
        waiting.close()
    assert not isinstance(refused.value, sqlite3.Error)
    assert refused.value.trouble is Trouble.BUSY
    assert refused.value.reason == "database is locked"


# -- merging and publishing --------------------------------------------------------------


def test_while_merging_a_fact_may_refer_to_one_not_merged_yet_and_afterwards_not(
    store: Store,
) -> None:
    facebook = account()
    with store.merging():
        store.add_check(check(facebook, FRIDAY, screenshots=["ab" * 32]))  # no evidence record
    with pytest.raises(UserError, match="does not fit the log"):
        store.add_check(check(facebook, FRIDAY, screenshots=["cd" * 32]))
    assert len(store.checks()) == 1


def test_the_change_count_moves_with_each_write_and_not_with_reading(store: Store) -> None:
    before = store.change_count
    store.people()
    assert store.change_count == before
    store.add_people([person()])
    assert store.change_count > before


def test_a_journal_that_cannot_be_made_in_the_data_folder_fails_as_the_os_error_it_is(
    store: Store, tmp_path: Path
) -> None:
    nowhere = tmp_path / "no such folder" / "journal.kontokoll"
    with pytest.raises(OSError, match="unable to open") as refused:
        build_journal(
            store,
            nowhere,
            workstation_id=store.workstation_id(),
            person_id="",
            person_name="",
            published_at="2026-11-20T09:00:00+00:00",
            key=workstation_key(tmp_path),
        )
    assert refused.value.filename == str(nowhere)
    assert not nowhere.parent.exists()
