"""A store that only reads: of a copy of the database, for a damaged log to be looked at.

The database is not opened where it lies: what can be read of it is copied
into a temporary folder of its own (:mod:`assistant.store.salvage`) and the
copy opened read-only, so the file in the data folder keeps its bytes and its
time, damaged or not. Every write is refused, with a message saying the log
is open read-only (:class:`~assistant.store.connection.Trouble`), and SQLite
itself is told to refuse one too. The copy's folder goes when the store that
made it is closed.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from assistant.paths import DATABASE_NAME
from assistant.store import connection
from assistant.store.connection import storage_errors
from assistant.store.database import Store
from assistant.store.salvage import ReadableCopy, read_only_copy


def open_read_only(data_dir: Path) -> Store:
    """A read-only store of what can be read of the database in ``data_dir``.

    Raises :class:`~assistant.messages.UserError` when there is nothing to
    read: no database, an empty one, or one from a newer Kontokoll.
    """
    return open_copy(copy_for_reading(data_dir))


def copy_for_reading(data_dir: Path) -> ReadableCopy:
    """Copy what can be read of the database in ``data_dir`` into a temporary folder of its
    own, for :func:`open_copy`. It may take a while (half a minute for a damaged log of ten
    years of a big city), and may run on any thread."""
    path = data_dir / DATABASE_NAME
    folder = Path(tempfile.mkdtemp(prefix="kontokoll-read-only-"))
    try:
        found = read_only_copy(path, folder)
        # Who holds which role, and what is revoked, worked out anew from what was read.
        making = Store(sqlite3.connect(found.copy, isolation_level=None), path)
        try:
            with storage_errors(), connection.transaction(making._conn):
                making._note_derived()
        finally:
            making.close()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return found


def open_copy(found: ReadableCopy) -> Store:
    """The read-only store of a copy :func:`copy_for_reading` made, on this thread; closing it
    removes the copy and its folder."""
    try:
        store = on_copy(found)
    except BaseException:
        discard(found)
        raise
    store._copy_folder = found.copy.parent
    return store


def discard(found: ReadableCopy) -> None:
    """Remove a copy that will not be opened after all (its window closed meanwhile)."""
    shutil.rmtree(found.copy.parent, ignore_errors=True)


def on_copy(found: ReadableCopy) -> Store:
    """A read-only connection to a copy :func:`open_read_only` made (for another thread)."""
    conn = sqlite3.connect(f"{found.copy.as_uri()}?mode=ro", uri=True, isolation_level=None)
    store = Store(conn, found.source)
    store.read_only = found
    with storage_errors():
        conn.execute("PRAGMA query_only = ON")
    store._know_schema()
    return store


def reopened(store: Store) -> Store:
    """The same database on a connection of its own: read-only if ``store`` is."""
    if store.read_only is not None:
        return on_copy(store.read_only)
    return Store.open(store.path.parent)
