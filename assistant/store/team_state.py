"""What this data folder knows about each team folder it shares with (schema 5).

Per team folder: the signature and contents of the journal last published
there, how far its evidence files were published, and when it was last read
(``team_folders``); per other workstation, the signature of its journal as
last merged (``team_journals``). Evidence files that merged facts name and
that are not here yet wait in ``evidence_wanted``. All of it lives in the
database, so it is restored with it and written in the same transaction as
the facts it describes; losing any of it only means reading or writing a
file again.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from assistant.clock import parse_instant
from assistant.store.database import Store


def folder_key(team_dir: Path) -> str:
    """How a team folder is named in the database."""
    # No resolve(): that would ask the network share, which may not answer.
    return os.path.normcase(os.path.abspath(team_dir))


def require_folder(team_dir: Path) -> None:
    """Raise an ``OSError`` unless the team folder exists.

    The team folder itself is never created, only what is inside it: the path
    of a share that is not connected may well be creatable locally, and
    publishing there would share nothing.
    """
    if not team_dir.is_dir():
        os.stat(team_dir)  # raises with the reason, when there is one to give
        raise NotADirectoryError(0, "not a folder", str(team_dir))


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def folder_state(conn: sqlite3.Connection, key: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM team_folders WHERE team_folder = ?", [key]
    ).fetchone()
    return row


def note_folder(conn: sqlite3.Connection, key: str, **values: object) -> None:
    """Set some of what is known about a team folder (the columns of ``team_folders``)."""
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO team_folders (team_folder) VALUES (?)", [key])
        columns = ", ".join(f"{name} = ?" for name in values)
        conn.execute(
            f"UPDATE team_folders SET {columns} WHERE team_folder = ?", [*values.values(), key]
        )


def journals_merged(conn: sqlite3.Connection, key: str) -> dict[str, str]:
    """Per workstation id, the signature of its journal as last merged from the folder."""
    rows = conn.execute(
        "SELECT workstation_id, signature FROM team_journals WHERE team_folder = ?", [key]
    )
    return {str(workstation): str(sig) for workstation, sig in rows}


def note_journal_merged(
    conn: sqlite3.Connection,
    key: str,
    workstation_id: str,
    signature: str,
    person_name: str,
    published_at: str,
    read_at: str,
) -> None:
    """Remember a journal as merged (inside the transaction that merged it)."""
    conn.execute(
        "INSERT OR REPLACE INTO team_journals (team_folder, workstation_id, signature, "
        "person_name, published_at, read_at) VALUES (?, ?, ?, ?, ?, ?)",
        [key, workstation_id, signature, person_name, published_at, read_at],
    )


def last_read_at(store: Store, team_dir: Path) -> datetime | None:
    """When the team folder was last read from this data folder, if ever."""
    row = store.conn.execute(
        "SELECT read_at FROM team_folders WHERE team_folder = ?", [folder_key(team_dir)]
    ).fetchone()
    return parse_instant(str(row[0])) if row and row[0] else None
