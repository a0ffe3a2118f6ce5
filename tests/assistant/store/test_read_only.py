"""A damaged log opened read-only: what can be read is shown, the file is never touched.

Each test damages a real log the way disks and copies do (:mod:`tests.damaged_logs`)
and opens it as Kontokoll does for a person who wants to look and export.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.paths import DATABASE_NAME
from assistant.store.connection import DamagedDatabaseError
from assistant.store.database import Store
from assistant.store.read_only import open_read_only, reopened
from assistant.store.salvage import ReadableCopy
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.damaged_logs import (
    DAMAGE,
    copy_log,
    cut_in_half,
    empty,
    fingerprint,
    garble_the_checks,
    garble_the_middle,
    garble_the_root_of_the_checks,
    rows,
    zero_the_first_page,
    zero_the_header,
)
from tests.factories import account, check, person

CHECK_IDS = "SELECT id FROM daily_checks"


def check_ids(store: Store) -> set[str]:
    return {c.id for c in store.checks(withdrawn=True)}


def found_in(store: Store) -> ReadableCopy:
    """What the read-only store's copy holds (every store here is one)."""
    assert store.read_only is not None
    return store.read_only


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_log_opened_read_only_leaves_the_file_and_its_folder_as_they_were(
    demo_log: Path, data_dir: Path, damage: str
) -> None:
    path = copy_log(demo_log, data_dir)
    DAMAGE[damage](path)
    before = fingerprint(data_dir)

    store = open_read_only(data_dir)
    store.accounts()
    store.checks()
    store.close()

    assert fingerprint(data_dir) == before  # the same files, bytes and times: no -wal, no -shm


def test_a_log_garbled_among_its_checks_shows_every_check_still_readable(
    demo_log: Path, data_dir: Path
) -> None:
    path = copy_log(demo_log, data_dir)
    recorded = {str(r[0]) for r in rows(path, CHECK_IDS)}
    garble_the_checks(path)

    with pytest.raises(sqlite3.DatabaseError):
        rows(path, "SELECT * FROM daily_checks")  # SQLite itself stops at the garbled page
    store = open_read_only(data_dir)
    try:
        shown = check_ids(store)
        found = store.read_only
        accounts = store.accounts()
    finally:
        store.close()

    assert found is not None
    assert found.damaged
    assert shown < recorded  # what was garbled is gone, nothing else, nothing made up
    assert len(shown) > len(recorded) * 0.9
    assert found.checks == len(shown)
    assert found.lost >= len(recorded) - len(shown)
    assert len(accounts) == 4


def test_a_log_cut_in_half_shows_the_first_half_and_counts_what_was_lost(
    demo_log: Path, data_dir: Path
) -> None:
    path = copy_log(demo_log, data_dir)
    recorded = {str(r[0]) for r in rows(path, CHECK_IDS)}
    cut_in_half(path)

    with pytest.raises(DamagedDatabaseError):
        Store.open(data_dir)
    store = open_read_only(data_dir)
    try:
        shown = check_ids(store)
        found = store.read_only
    finally:
        store.close()

    assert found is not None
    assert shown
    assert shown < recorded
    assert found.lost > 0
    assert found.more_may_be_lost  # the pages cut off are counted too
    assert found.unread_pages > 0


def test_checks_no_page_leads_to_any_more_are_found_by_the_chain(
    demo_log: Path, data_dir: Path
) -> None:
    path = copy_log(demo_log, data_dir)
    recorded = {str(r[0]) for r in rows(path, CHECK_IDS)}
    garble_the_root_of_the_checks(path)

    store = open_read_only(data_dir)
    try:
        assert check_ids(store) == recorded  # every page of checks, given back to its table
        assert found_in(store).lost == 0
    finally:
        store.close()


@pytest.mark.parametrize("damage", [zero_the_header, zero_the_first_page])
def test_a_log_whose_first_page_is_lost_is_read_whole_from_its_other_pages(
    demo_log: Path, data_dir: Path, damage: Callable[[Path], None]
) -> None:
    path = copy_log(demo_log, data_dir)
    recorded = {str(r[0]) for r in rows(path, CHECK_IDS)}
    people = len(rows(path, "SELECT * FROM people"))
    damage(path)

    with pytest.raises(DamagedDatabaseError, match="damaged"):
        Store.open(data_dir)
    store = open_read_only(data_dir)
    try:
        assert check_ids(store) == recorded
        assert len(rows(found_in(store).copy, "SELECT * FROM people")) == people
        assert store.me() is not None  # who uses the workstation, too
        assert store.read_only is not None
        assert store.read_only.lost == 0
    finally:
        store.close()


def test_a_write_to_a_read_only_log_is_refused_with_what_to_do(
    demo_log: Path, data_dir: Path
) -> None:
    path = copy_log(demo_log, data_dir)
    garble_the_middle(path)
    store = open_read_only(data_dir)
    try:
        before = found_in(store).facts
        with pytest.raises(UserError, match="open read-only, so nothing was saved") as refused:
            store.add_people([person("Åsa Öberg")])
        assert "restore the database from a backup" in refused.value.render()
        with pytest.raises(UserError, match="read-only"):
            store.add_check(check(account(), store.accounts().popitem()[1].active_since))
        assert len(store.people()) == len(
            rows(found_in(store).copy, "SELECT DISTINCT person_id FROM people")
        )
        assert before == found_in(store).facts
    finally:
        store.close()


def test_sqlite_itself_refuses_a_write_to_the_read_only_copy(
    demo_log: Path, data_dir: Path
) -> None:
    copy_log(demo_log, data_dir)
    store = open_read_only(data_dir)
    try:
        with pytest.raises(sqlite3.Error):
            store._conn.execute("DELETE FROM daily_checks")
    finally:
        store.close()


def test_an_empty_file_has_nothing_to_read_and_says_so(demo_log: Path, data_dir: Path) -> None:
    path = copy_log(demo_log, data_dir)
    empty(path)
    before = fingerprint(data_dir)

    with pytest.raises(UserError, match=r"empty \(0 bytes\): there is nothing in it to read"):
        open_read_only(data_dir)

    assert fingerprint(data_dir) == before


def test_a_data_folder_without_a_database_has_nothing_to_open(data_dir: Path) -> None:
    with pytest.raises(UserError, match="There is no database"):
        open_read_only(data_dir)
    assert not list(data_dir.iterdir())


def test_a_file_that_holds_no_log_at_all_is_refused(data_dir: Path) -> None:
    (data_dir / DATABASE_NAME).write_bytes(b"not a database, only words " * 2000)
    with pytest.raises(UserError, match="Nothing of the log could be read"):
        open_read_only(data_dir)


def test_a_whole_log_opened_read_only_is_copied_whole(demo_log: Path, data_dir: Path) -> None:
    path = copy_log(demo_log, data_dir)
    recorded = {str(r[0]) for r in rows(path, CHECK_IDS)}
    store = open_read_only(data_dir)
    try:
        assert check_ids(store) == recorded
        found = store.read_only
        assert found is not None
        assert not found.damaged
        assert not found.more_may_be_lost
    finally:
        store.close()


def test_the_copy_and_its_folder_go_when_the_store_is_closed(
    demo_log: Path, data_dir: Path
) -> None:
    copy_log(demo_log, data_dir)
    store = open_read_only(data_dir)
    other = reopened(store)  # as a screen reading on another thread has
    assert other.read_only == store.read_only
    assert check_ids(other) == check_ids(store)
    with pytest.raises(UserError, match="read-only"):
        other.add_people([person()])
    other.close()
    folder = found_in(store).copy.parent
    store.close()
    assert not folder.exists()


def test_what_is_still_in_the_write_ahead_log_is_read_and_left_there(data_dir: Path) -> None:
    asa = person("Åsa Öberg")
    city = account("Lidingö stad", officers=[asa])
    store = Store.open(data_dir)
    store.add_accounts([city], [asa])
    store.close()
    # A Kontokoll that stopped before the log was written back into the file: the last
    # check is only in kontokoll.db-wal.
    writer = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    late = Store(writer, data_dir / DATABASE_NAME)
    late.add_check(check(city, city.active_since))
    before = fingerprint(data_dir)
    assert (data_dir / f"{DATABASE_NAME}-wal").stat().st_size > 0

    read = open_read_only(data_dir)
    try:
        assert len(read.checks()) == 1
    finally:
        read.close()
    assert fingerprint(data_dir) == before
    writer.close()


def test_a_log_of_an_older_version_is_read_at_this_versions_schema_without_an_upgrade(
    data_dir: Path,
) -> None:
    path = data_dir / DATABASE_NAME
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:3]:
        conn.executescript(step)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO people VALUES ('p1', 'p1', 'Åsa Öberg', 'asa@lidingo.se', '[\"officer\"]', "
        "NULL, '2025-01-01T09:00:00+00:00', 'p1')"
    )
    conn.commit()
    conn.close()
    before = fingerprint(data_dir)

    store = open_read_only(data_dir)
    try:
        assert [p.name for p in store.people().values()] == ["Åsa Öberg"]
        assert store.schema_version == SCHEMA_VERSION
    finally:
        store.close()
    assert fingerprint(data_dir) == before  # no upgrade, no backup beside it


def test_a_log_from_a_newer_kontokoll_is_refused_read_only_too(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE later (x)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="newer Kontokoll"):
        open_read_only(data_dir)
