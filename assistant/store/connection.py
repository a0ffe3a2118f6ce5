"""The data folder's SQLite connection: opened, migrated, its transactions and its errors.

Everything below :class:`~assistant.store.database.Store` that touches SQLite
itself lives here, so that there is one way of each thing:

- :func:`open_connection` opens (creating or migrating) a data folder's
  database, and sorts what can go wrong into messages a person can act on;
- :func:`transaction` is the one way to open a transaction (``BEGIN
  IMMEDIATE``), rolled back on any exception;
- :class:`StorageError` is what the store raises instead of SQLite's own
  errors, sorted once, in :func:`storage_error`; :func:`not_saved` says a
  failed write in the person's words.

The schema version is ``PRAGMA user_version``. Migrations are numbered steps
(:mod:`assistant.store.schema`) run in one transaction after the file has
been copied aside; a database written by a newer Kontokoll is refused rather
than guessed at.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from assistant.files import PRIVATE, move_to_new_name
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.paths import DATABASE_NAME, keep_private
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION

PAGE_SIZE = 8192
"""Bytes per database page, for databases made from now on; older ones keep theirs."""
_SQLITE_FULL = 13
BUSY_TIMEOUT = 10.0
"""Seconds a statement waits for another program's lock before it fails as busy."""


class Trouble(Enum):
    """What kind of failure a :class:`StorageError` is, for what to tell the person."""

    BUSY = "busy"
    """Another program holds the database: try again in a moment."""
    DOES_NOT_FIT = "does not fit"
    """A fact contradicts the log (a constraint failed): a fault in Kontokoll, not the user's."""
    FAILED = "failed"
    """Anything else: the disk full, the file damaged or closed to writing."""
    READ_ONLY = "read-only"
    """The log is open read-only (a copy of a damaged one): nothing may be written."""


class StorageError(Exception):
    """The database failed at its work; raised by the store instead of SQLite's own errors.

    ``reason`` is SQLite's own words, which the messages built on this error
    quote; ``trouble`` says what kind of failure it is.
    """

    def __init__(self, reason: str, trouble: Trouble) -> None:
        super().__init__(reason)
        self.reason = reason
        self.trouble = trouble


def storage_error(error: sqlite3.Error) -> StorageError:
    """SQLite's ``error`` as a :class:`StorageError`: the one place that sorts them."""
    reason = str(error)
    if isinstance(error, sqlite3.IntegrityError):
        trouble = Trouble.DOES_NOT_FIT
    elif "locked" in reason or "busy" in reason:
        trouble = Trouble.BUSY
    else:
        trouble = Trouble.FAILED
    return StorageError(reason, trouble)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Let SQLite's errors raised in the block out as :class:`StorageError`."""
    try:
        yield
    except sqlite3.Error as error:
        raise storage_error(error) from error


def not_saved(error: StorageError) -> UserError:
    """What a person is told when a write failed: nothing was saved, and what to do."""
    if error.trouble is Trouble.DOES_NOT_FIT:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "Saving failed because the entry does not fit the log ({reason}); "
            "nothing was saved. Please report this to whoever supports Kontokoll.",
        )
    elif error.trouble is Trouble.READ_ONLY:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "The log is open read-only, so nothing was saved. To record again, restore the "
            "database from a backup (IT can help), then start Kontokoll as usual.",
        )
    elif error.trouble is Trouble.BUSY:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "The database is busy with another program; nothing was saved. Try again in a moment.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "Saving failed ({reason}); nothing was saved. Check the free disk space and try again.",
        )
    return _storage_error(template, reason=error.reason)


def not_read(error: StorageError) -> UserError:
    """What a person is told when the log could not be read; nothing was changed."""
    return _storage_error(
        QT_TRANSLATE_NOOP("Storage", "The log could not be read ({reason})."),
        reason=error.reason,
    )


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[None]:
    """One transaction on ``conn``: committed when the block ends, rolled back on any exception.

    It begins ``IMMEDIATE``, taking the write lock at once, so a write waits
    for another program's (up to :data:`BUSY_TIMEOUT`) at its start rather
    than failing half-way. ``immediate=False`` is for a transaction that
    only reads this database (and may write a scratch file attached to it):
    it holds up nobody's writes. Inside a transaction already open, the
    block is a savepoint of it, undone on its own should it fail. SQLite's
    errors come out as they are: the caller sorts them.
    """
    nested = conn.in_transaction
    conn.execute("SAVEPOINT nested" if nested else "BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
        conn.execute("RELEASE nested" if nested else "COMMIT")
    except BaseException:
        if conn.in_transaction:  # some errors have rolled it all back already
            conn.execute("ROLLBACK TO nested" if nested else "ROLLBACK")
            if nested:
                conn.execute("RELEASE nested")
        raise


# -- opening ---------------------------------------------------------------------


def _storage_error(template: str, **values: object) -> UserError:
    return UserError(Message("Storage", template, values))


class DamagedDatabaseError(UserError):
    """The database cannot be read as it is: it may still be opened read-only to look and export."""


def newer_kontokoll(path: Path, found: int) -> UserError:
    """What a person is told of a database written by a newer Kontokoll than this one."""
    return _storage_error(
        QT_TRANSLATE_NOOP(
            "Storage",
            "The database {path} was written by a newer Kontokoll (schema "
            "version {found}; this version knows up to {known}). Install the "
            "newer Kontokoll. The database has not been changed.",
        ),
        path=str(path),
        found=found,
        known=SCHEMA_VERSION,
    )


def open_connection(path: Path) -> sqlite3.Connection:
    """The connection to the database at ``path``, created or migrated to this Kontokoll's schema.

    Raises :class:`UserError` for what a person can mend: a damaged file,
    one from a newer Kontokoll, a locked or unwritable one.
    """
    if path.exists() and path.stat().st_size == 0:
        # SQLite would take it for a new, empty database and write one into it. A log
        # cut to nothing is not a new log: it is left as it is, for a backup to replace.
        raise _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} is empty (0 bytes): the log it held has been lost or cut "
                "off. Nothing has been changed. Restore the file from a backup, or move it "
                "aside to start a new log.",
            ),
            path=str(path),
        )
    if not path.exists():
        _make_new(path)
    if path.exists() and not os.access(path, os.W_OK):
        raise _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} is read-only, so nothing could be saved. Ask IT "
                "to give you write access to it, or choose another data folder.",
            ),
            path=str(path),
        )
    try:
        # Personal data: the database and its -wal and -shm files (which SQLite gives
        # the database's own permissions) are the user's alone on Linux and macOS.
        for kept in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
            if kept.exists():
                keep_private(kept, PRIVATE)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    except (sqlite3.Error, OSError) as error:
        raise _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} cannot be opened ({reason}). Check that the "
                "data folder exists and that you may write to it.",
            ),
            path=str(path),
            reason=str(error),
        ) from error
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        # A journal attached for merging may come from anyone: nothing in its schema
        # (a view, a trigger, a default) may run a function with side effects.
        conn.execute("PRAGMA trusted_schema = OFF")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise newer_kontokoll(path, version)
        conn.execute("PRAGMA journal_mode = WAL")
        if version < SCHEMA_VERSION:
            _migrate(conn, path, version)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise open_failure(path, error) from error
    except UserError:
        conn.close()
        raise
    return conn


def open_failure(path: Path, error: sqlite3.DatabaseError) -> UserError:
    """What a person is told when the database at ``path`` could not be opened or upgraded."""
    if _result_code(error) == _SQLITE_FULL:
        return _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The disk holding the database {path} is full, so Kontokoll cannot start. "
                "Nothing has been changed. Free some disk space and start again.",
            ),
            path=str(path),
        )
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} is locked by another program. Close other "
                "Kontokoll windows or commands and try again.",
            ),
            path=str(path),
        )
    return DamagedDatabaseError(
        Message(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} is damaged and cannot be read ({reason}). "
                "Nothing has been changed. Restore the file from a backup, or move "
                "it aside to start with an empty database.",
            ),
            {"path": str(path), "reason": str(error)},
        )
    )


def _result_code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF


def _make_new(path: Path) -> None:
    """Make a new, empty database at ``path``, whole or not at all.

    It is made under a temporary name and takes its name only when made, so
    that ``path`` never exists as an empty file of Kontokoll's making: an
    empty ``path`` is then always a log that was lost, and is refused. Made
    by another program meanwhile, the other's is kept. What fails is left
    for the opening that follows to say.
    """
    temp = path.with_name(f".{path.name}.new-{secrets.token_hex(6)}")
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            # Only a new, empty file takes a page size. Larger pages make merging a
            # team's years of checks about a sixth faster (bench/team.py).
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode = WAL")
            with transaction(conn):
                run_migrations(conn, 0)
        finally:
            conn.close()
        move_to_new_name(temp, path)
    except (OSError, sqlite3.Error):
        pass  # opening the database says what is wrong with the folder or the disk
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def run_migrations(conn: sqlite3.Connection, version: int) -> None:
    """Bring the database from schema ``version`` to this Kontokoll's, in the open transaction."""
    for number in range(version + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS[number - 1].split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    # Copy aside anything that already holds data, even an unversioned file.
    holds_data = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if version > 0 or holds_data:
        _copy_aside(conn, path, version)
    begun = False
    try:
        with transaction(conn):
            begun = True
            run_migrations(conn, version)
    except sqlite3.Error as error:
        if not begun:
            raise  # locked by another program: said as any failure to open is
        raise _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} could not be upgraded to this version of Kontokoll "
                "({reason}). It has been left as it was. Free some disk space and start "
                "again, or ask IT for help.",
            ),
            path=str(path),
            reason=str(error),
        ) from error


def _copy_aside(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Copy the database to ``kontokoll.db.v<version>.backup`` before it is upgraded.

    The copy is made under a temporary name and takes its name only when
    whole: an upgrade cut off while copying leaves no backup that opens
    empty or half. An earlier copy is never overwritten.
    """
    temp = path.with_name(f".{path.name}.backup-{secrets.token_hex(6)}")
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
        backup = sqlite3.connect(temp)
        try:
            conn.backup(backup)
        finally:
            backup.close()
        number = 1
        backup_path = path.with_name(f"{path.name}.v{version}.backup")
        while not move_to_new_name(temp, backup_path):
            number += 1
            backup_path = path.with_name(f"{path.name}.v{version}.backup{number}")
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def holds_a_log(data_dir: Path) -> bool:
    """Whether the data folder's database already holds people or accounts: a log in use.

    The database is only read, never migrated or changed, to find out. One
    that cannot be read counts as holding a log: it may well be one.
    """
    path = data_dir / DATABASE_NAME
    if not path.exists():
        return False
    if path.stat().st_size == 0:
        return True  # a log cut to nothing: refused when opened, never taken for a new one
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM accounts) OR EXISTS (SELECT 1 FROM people)"
            ).fetchone()
        finally:
            conn.close()
        return bool(row[0])
    except sqlite3.Error as error:
        # An empty database has no tables yet; anything else may be a log we cannot read.
        return "no such table" not in str(error)
