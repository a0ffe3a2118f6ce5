"""The store's one way to open a transaction, and what it raises instead of SQLite's errors.

- :func:`transaction` is the one way to open a transaction (``BEGIN
  IMMEDIATE``), rolled back on any exception;
- :class:`StorageError` is what the store raises instead of SQLite's own
  errors, sorted once, in :func:`storage_error`; :func:`not_saved` says a
  failed write in the person's words.

Also the one read of a database file the store makes without opening it as
a data folder's: :func:`holds_a_log`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.paths import DATABASE_NAME


class Trouble(Enum):
    """What kind of failure a :class:`StorageError` is, for what to tell the person."""

    BUSY = "busy"
    """Another program holds the database: try again in a moment."""
    DOES_NOT_FIT = "does not fit"
    """A fact contradicts the log (a constraint failed): a fault in Kontokoll, not the user's."""
    FAILED = "failed"
    """Anything else: the disk full, the file damaged or closed to writing."""


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


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[None]:
    """One transaction on ``conn``: committed when the block ends, rolled back on any exception.

    It begins ``IMMEDIATE``, taking the write lock at once, so a write waits
    for another program's at its start rather than failing half-way.
    ``immediate=False`` is for a transaction that only reads this database
    (and may write a scratch file attached to it): it holds up nobody's
    writes. Inside a transaction already open, the
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


def _storage_error(template: str, **values: object) -> UserError:
    return UserError(Message("Storage", template, values))


def holds_a_log(data_dir: Path) -> bool:
    """Whether the data folder's database already holds people or accounts: a log in use.

    The database is only read, never migrated or changed, to find out. One
    that cannot be read counts as holding a log: it may well be one.
    """
    path = data_dir / DATABASE_NAME
    if not path.exists():
        return False
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
