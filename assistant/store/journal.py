"""A workstation's journal: the facts it recorded, as one SQLite file for the team folder.

A journal holds every fact table (:data:`assistant.store.schema.FACT_TABLES`) with
only the facts recorded on its own workstation, and a one-row ``journal``
table saying whose it is. It is stamped with Kontokoll's ``application_id``
and the schema version in its header, so a reader can refuse a file that is
not a journal, or one from a newer Kontokoll, from its first 100 bytes.
Merging journals in is :mod:`assistant.store.journal_merge`'s.

Journals are built and read on local copies: the team folder only ever sees
whole files copied in and out (see :mod:`assistant.team.files`), never SQLite
working on a network share. The functions here work on the store's own
connection; what fails in the local database comes out of them as
:class:`~assistant.store.connection.StorageError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from assistant import __version__
from assistant.signing import WorkstationKey
from assistant.store import chain
from assistant.store.connection import storage_errors, transaction
from assistant.store.database import Store
from assistant.store.schema import FACT_TABLES, SCHEMA_VERSION

SEGMENTED_SINCE = 8
"""The schema version from which a journal is published in segments."""
APPLICATION_ID = 0x4B4B4A31  # "KKJ1": a Kontokoll journal
"""Written into the file header, so a journal is known without opening it as a database."""
HEADER_SIZE = 100
SIZE_LIMIT = 256 << 20
"""Bytes a journal may have to be read: a workstation's ten years take a few megabytes.

A larger file is refused before it is copied, so no file on the share can fill
the data folder or hold the merge for minutes."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_JOURNAL_COLUMNS = (
    "(workstation_id TEXT NOT NULL, person_id TEXT NOT NULL, person_name TEXT NOT NULL, "
    "published_at TEXT NOT NULL, schema_version INTEGER NOT NULL, kontokoll_version TEXT NOT NULL)"
)
"""The one-row ``journal`` table: whose the journal is."""


@dataclass(frozen=True)
class JournalInfo:
    """Whose journal it is, from its ``journal`` table."""

    workstation_id: str
    person_id: str
    person_name: str
    published_at: str
    schema_version: int
    kontokoll_version: str
    first_seen: bool = False
    """Signed by a workstation whose key was seen here for the first time: a new colleague."""


class NotAJournalError(Exception):
    """The file's header is not that of a Kontokoll journal."""


class NewerJournalError(Exception):
    """The journal was written by a newer Kontokoll; ``version`` is its schema version."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class OversizedJournalError(Exception):
    """The journal is larger than :data:`SIZE_LIMIT`; ``size`` is its size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class DamagedJournalError(Exception):
    """The journal could not be read as a database (truncated, corrupt, tables missing)."""


class OwnJournalError(Exception):
    """The journal carries this workstation's own id, under another file's name."""


class RefusedJournalError(Exception):
    """The journal was read but is not what Kontokoll writes: none of it is taken in.

    ``reason`` names what is wrong (a view in it, a table it should not hold,
    a fact out of shape, a reading that took too long), for the person's message.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SegmentMarkerError(Exception):
    """The file under a segmented journal's old name (see :func:`build_marker`): no facts in it.

    Not an error: what a merge gives for it, so it is noted as read and nothing more.
    """


class EarlierPartUnreadError(RefusedJournalError):
    """A segment of a journal whose earlier places have not been read here yet.

    Not a fault of the segment's own: it is read once the segment before it has
    been, so it is tried again at the next merge rather than remembered as refused.
    """


def check_header(header: bytes) -> int:
    """The schema version of a journal, from its first 100 bytes; raises if it cannot be read."""
    if len(header) < HEADER_SIZE or not header.startswith(_SQLITE_MAGIC):
        raise NotAJournalError
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAJournalError
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise NewerJournalError(version)
    return version


def own_facts_count(store: Store) -> dict[str, int]:
    """How many facts of each table were recorded on this workstation: what a journal holds."""
    return {
        table: int(store._rows(f"SELECT count(*) FROM {table} WHERE origin = ''")[0][0])
        for table in FACT_TABLES
    }


def columns_of(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    """The columns of ``table`` in the database attached as ``schema``, in their order."""
    return [str(row[1]) for row in conn.execute(f"PRAGMA {schema}.table_info({table})").fetchall()]


def build_journal(
    store: Store,
    path: Path,
    *,
    workstation_id: str,
    person_id: str,
    person_name: str,
    published_at: str,
    key: WorkstationKey,
    places: tuple[int, int] | None = None,
) -> tuple[dict[str, int], SignedHead]:
    """Write this workstation's facts from ``store`` into a new journal file at ``path``.

    With the facts go their chain and its head, signed with ``key``, so a
    reader can tell every fact is this workstation's, unchanged. ``places``
    (the first and last place of its chain, both included) makes it one
    segment of the journal: the facts at those places only, and the head at
    the last of them. ``path`` must not exist yet, and should be local: the
    caller copies the finished file to the team folder. Returns how many facts
    of each table it holds, read in the same transaction as the facts
    themselves, and the signed head. Raises ``OSError`` when the file cannot
    be made there (the data folder full or closed to writing).
    """
    first, last = places or (1, 1 << 62)
    conn = store._conn
    with storage_errors(), _made_locally(path):
        conn.execute("ATTACH DATABASE ? AS outbox", [str(path)])
        try:
            # A scratch file: if building fails it is thrown away, so no rollback journal is needed.
            conn.execute("PRAGMA outbox.journal_mode = OFF")
            conn.execute("PRAGMA outbox.synchronous = OFF")
            conn.execute(f"PRAGMA outbox.application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA outbox.user_version = {SCHEMA_VERSION}")
            # Deferred: this database is only read, so nobody's writes wait for the building.
            with transaction(conn, immediate=False):
                counts: dict[str, int] = {}
                for table in FACT_TABLES:
                    names = [c for c in columns_of(conn, "main", table) if c != "origin"]
                    # No constraints are needed in a journal: the reader's tables have them.
                    # In the order of the key, each journal adds to the reader's index in order.
                    in_places = (
                        f" AND {names[0]} IN (SELECT fact_id FROM main.chain WHERE "
                        f"workstation_id = ? AND seq BETWEEN ? AND ? AND fact_table = '{table}')"
                        if places
                        else ""
                    )
                    conn.execute(
                        f"CREATE TABLE outbox.{table} AS SELECT {', '.join(names)} "
                        f"FROM main.{table} WHERE origin = ''{in_places} ORDER BY {names[0]}",
                        [workstation_id, first, last] if places else [],
                    )
                    counts[table] = int(
                        conn.execute(f"SELECT count(*) FROM outbox.{table}").fetchone()[0]
                    )
                # Only the order of the facts: a reader works out their hashes and the links
                # itself, from the facts, so a third of the journal is not spent on them.
                conn.execute(
                    "CREATE TABLE outbox.chain AS SELECT seq, fact_table, fact_id FROM main.chain "
                    "WHERE workstation_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
                    [workstation_id, first, last],
                )
                seq, link = chain.tail(conn, workstation_id, up_to=last)
                head = SignedHead(
                    workstation_id,
                    seq,
                    link,
                    key.public_hex,
                    key.sign(chain.head_text(workstation_id, seq, link)),
                    published_at,
                )
                conn.execute(
                    "CREATE TABLE outbox.chain_head (workstation_id TEXT, seq INTEGER, link TEXT, "
                    "public_key TEXT, signature TEXT, signed_at TEXT)"
                )
                conn.execute("INSERT INTO outbox.chain_head VALUES (?, ?, ?, ?, ?, ?)", head)
                conn.execute(f"CREATE TABLE outbox.journal {_JOURNAL_COLUMNS}")
                conn.execute(
                    "INSERT INTO outbox.journal VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        workstation_id,
                        person_id,
                        person_name,
                        published_at,
                        SCHEMA_VERSION,
                        __version__,
                    ],
                )
        finally:
            conn.execute("DETACH DATABASE outbox")
    return counts, head


def build_marker(
    path: Path, *, workstation_id: str, person_id: str, person_name: str, published_at: str
) -> None:
    """Write, at ``path``, the file that stands under a segmented journal's old name.

    It says whose the journal is and, in its header, that a Kontokoll of this
    schema wrote it: a Kontokoll from before segments reads that header, says
    the journal is a newer Kontokoll's and asks for the update, rather than go
    on reading an old whole journal that no longer grows. It holds no facts.
    """
    with _made_locally(path):
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(f"CREATE TABLE journal {_JOURNAL_COLUMNS}")
            conn.execute(
                "INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?)",
                [workstation_id, person_id, person_name, published_at, SCHEMA_VERSION, __version__],
            )
        finally:
            conn.close()


class SignedHead(NamedTuple):
    """A chain's head as its workstation signed it: as kept in ``chain_heads``."""

    workstation_id: str
    seq: int
    link: str
    public_key: str
    signature: str
    signed_at: str


def note_own_head(store: Store, head: SignedHead) -> None:
    """Keep the head this workstation signed (and published), to check its own log against."""
    with store.transaction():
        store._conn.execute("INSERT OR REPLACE INTO chain_heads VALUES (?, ?, ?, ?, ?, ?)", head)
        store._conn.execute(
            "INSERT OR IGNORE INTO workstation_keys (workstation_id, public_key, first_seen) "
            "VALUES (?, ?, ?)",
            [head.workstation_id, head.public_key, head.signed_at],
        )


@contextmanager
def _made_locally(path: Path) -> Iterator[None]:
    """SQLite unable to open the file at ``path`` comes out as the ``OSError`` it is."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            raise OSError(0, str(error), str(path)) from error
        raise
