"""Storage faults get the right answer: an emptied log, a planted link, a full disk, a cut upgrade.

And the log's privacy: the database, its -wal and -shm files and the data
folder are the user's alone on Linux and macOS, and what goes to the team
folder is readable by the team's group, not by everyone.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.paths import DATABASE_NAME, ensure_writable
from assistant.store.connection import holds_a_log, open_failure
from assistant.store.database import Store
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.assistant.store.database_file import raw
from tests.factories import person

posix_only = pytest.mark.skipif(os.name == "nt", reason="Windows keeps the profile's own rights")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_an_empty_database_file_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"")

    with pytest.raises(UserError, match=r"is empty \(0 bytes\)"):
        Store.open(data_dir)

    assert path.stat().st_size == 0
    assert sorted(p.name for p in data_dir.iterdir()) == [DATABASE_NAME]
    assert holds_a_log(data_dir)  # so the app never offers to start a new log in its place


def test_a_new_database_never_exists_as_an_empty_file(data_dir: Path) -> None:
    made = Store.open(data_dir)
    made.close()
    assert (data_dir / DATABASE_NAME).stat().st_size > 0
    assert raw(data_dir / DATABASE_NAME, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".")]


def test_a_link_planted_where_the_write_probe_was_cannot_empty_the_log(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.add_people([person("Åsa Öberg")])
    store.close()
    before = (data_dir / DATABASE_NAME).read_bytes()
    (data_dir / ".kontokoll-write-test").symlink_to(data_dir / DATABASE_NAME)

    ensure_writable(data_dir)

    assert (data_dir / DATABASE_NAME).read_bytes() == before


def test_a_full_disk_is_named_as_a_full_disk(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "small.db")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.DatabaseError) as raised:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    conn.close()

    said = str(open_failure(tmp_path / DATABASE_NAME, raised.value).message)

    assert "is full" in said
    assert "damaged" not in said


_UPGRADE = """
import sys
from pathlib import Path
from assistant.store.database import Store
Store.open(Path(sys.argv[1])).close()
"""


def test_an_upgrade_cut_off_at_any_moment_leaves_no_backup_that_opens_empty(
    tmp_path: Path,
) -> None:
    """A log of schema 4 is upgraded in a process killed at moments spread over its work."""
    source = tmp_path / "v4.db"
    conn = sqlite3.connect(source, isolation_level=None)
    conn.executescript(";".join(MIGRATIONS[:4]))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO people (id, person_id, name, email, roles, recorded_at, recorded_by) "
        "VALUES (?, ?, 'Åsa Öberg', 'asa@lidingo.se', '[]', '2026-01-02T09:00:00+00:00', 'x')",
        [(f"p{n}", f"p{n}") for n in range(60_000)],
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    # A whole upgrade of this log takes about 0.3 s here, starting Python included.
    for delay in (0.0, 0.08, 0.12, 0.16, 0.2, 0.24, 0.28, 0.35, 0.5, 1.0):
        data_dir = tmp_path / f"cut-{delay}"
        data_dir.mkdir()
        (data_dir / DATABASE_NAME).write_bytes(source.read_bytes())
        upgrade = subprocess.Popen(
            [sys.executable, "-c", _UPGRADE, str(data_dir)], cwd=Path(__file__).parents[3]
        )
        try:
            upgrade.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            upgrade.kill()
            upgrade.wait()
        for backup in data_dir.glob(f"{DATABASE_NAME}.v4.backup*"):
            assert raw(backup, "SELECT count(*) FROM people") == [(60_000,)], (delay, backup)
        assert raw(data_dir / DATABASE_NAME, "SELECT count(*) FROM people") == [(60_000,)]


@posix_only
def test_the_log_and_its_folder_are_the_users_alone(tmp_path: Path) -> None:
    data_dir = ensure_writable(tmp_path / "Kontokoll")
    store = Store.open(data_dir)
    store.add_people([person("Åsa Öberg")])
    try:
        assert mode_of(data_dir) == 0o700
        for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"):
            assert mode_of(data_dir / name) == 0o600, name
    finally:
        store.close()


@posix_only
def test_a_log_made_readable_to_all_by_an_older_kontokoll_is_made_private(
    data_dir: Path,
) -> None:
    Store.open(data_dir).close()
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / DATABASE_NAME, 0o644)

    ensure_writable(data_dir)
    Store.open(data_dir).close()

    assert mode_of(data_dir) == 0o700
    assert mode_of(data_dir / DATABASE_NAME) == 0o600
