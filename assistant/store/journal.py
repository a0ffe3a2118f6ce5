"""A workstation's journal: the facts it recorded, as one SQLite file for the team folder.

A journal holds every fact table (:data:`assistant.store.schema.FACT_TABLES`) with
only the facts recorded on its own workstation, and a one-row ``journal``
table saying whose it is. It is stamped with Kontokoll's ``application_id``
and the schema version in its header, so a reader can refuse a file that is
not a journal, or one from a newer Kontokoll, from its first 100 bytes.

Journals are built and read on local copies: the team folder only ever sees
whole files copied in and out (see :mod:`assistant.team.files`), never SQLite
working on a network share. The functions here work on the store's own
connection; what fails in the local database comes out of them as
:class:`~assistant.store.connection.StorageError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant import __version__
from assistant.store.connection import storage_errors, transaction
from assistant.store.database import Store
from assistant.store.schema import FACT_TABLES, SCHEMA_VERSION

APPLICATION_ID = 0x4B4B4A31  # "KKJ1": a Kontokoll journal
"""Written into the file header, so a journal is known without opening it as a database."""
HEADER_SIZE = 100
_SQLITE_MAGIC = b"SQLite format 3\x00"

# SQLite's primary result codes for a file that is not (or no longer) a database.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


@dataclass(frozen=True)
class JournalInfo:
    """Whose journal it is, from its ``journal`` table."""

    workstation_id: str
    person_id: str
    person_name: str
    published_at: str
    schema_version: int
    kontokoll_version: str


class NotAJournalError(Exception):
    """The file's header is not that of a Kontokoll journal."""


class NewerJournalError(Exception):
    """The journal was written by a newer Kontokoll; ``version`` is its schema version."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class DamagedJournalError(Exception):
    """The journal could not be read as a database (truncated, corrupt, tables missing)."""


class _DamageFoundError(DamagedJournalError):
    """Damage found while a journal's facts were copied: its whole transaction is undone."""


class OwnJournalError(Exception):
    """The journal carries this workstation's own id, under another file's name."""


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


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA {schema}.table_info({table})").fetchall()]


def build_journal(
    store: Store,
    path: Path,
    *,
    workstation_id: str,
    person_id: str,
    person_name: str,
    published_at: str,
) -> dict[str, int]:
    """Write this workstation's facts from ``store`` into a new journal file at ``path``.

    ``path`` must not exist yet, and should be local: the caller copies the
    finished file to the team folder. Returns how many facts of each table it
    holds, read in the same transaction as the facts themselves. Raises
    ``OSError`` when the file cannot be made there (the data folder full or
    closed to writing).
    """
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
                    names = [c for c in _columns(conn, "main", table) if c != "origin"]
                    # No constraints are needed in a journal: the reader's tables have them.
                    # In the order of the key, each journal adds to the reader's index in order.
                    conn.execute(
                        f"CREATE TABLE outbox.{table} AS SELECT {', '.join(names)} "
                        f"FROM main.{table} WHERE origin = '' ORDER BY {names[0]}"
                    )
                    counts[table] = int(
                        conn.execute(f"SELECT count(*) FROM outbox.{table}").fetchone()[0]
                    )
                conn.execute(
                    "CREATE TABLE outbox.journal (workstation_id TEXT NOT NULL, person_id TEXT NOT "
                    "NULL, person_name TEXT NOT NULL, published_at TEXT NOT NULL, "
                    "schema_version INTEGER NOT NULL, kontokoll_version TEXT NOT NULL)"
                )
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
    return counts


@contextmanager
def _made_locally(path: Path) -> Iterator[None]:
    """SQLite unable to open the file at ``path`` comes out as the ``OSError`` it is."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            raise OSError(0, str(error), str(path)) from error
        raise


@dataclass(frozen=True)
class JournalToMerge:
    """A local copy of a journal, whose file name says whose it is, and what to note with it.

    ``workstation_id`` comes from the journal's file name in the team folder: a
    journal that says inside it is someone else's is not merged.
    """

    path: Path
    workstation_id: str
    noted: Callable[[JournalInfo], None]


MergeOutcome = (
    tuple[JournalInfo, dict[str, int]] | DamagedJournalError | NewerJournalError | OwnJournalError
)
"""Whose journal it was and the facts each table gained, or why it was not merged."""


def merge_batch_size(store: Store) -> int:
    """How many journals one transaction merges: as many as SQLite lets one attach at once."""
    return max(1, store._conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) - 1)


def merge_journals(
    store: Store,
    journals: Sequence[JournalToMerge],
    *,
    own_workstation_id: str,
    wanted_since: str,
) -> list[MergeOutcome]:
    """Add the facts of the journals that ``store`` lacks, all in one transaction.

    Facts merge by id: a fact already here is left as it is. Each new fact's
    ``origin`` is its journal's workstation. Only columns both sides know are
    copied; a column an older journal lacks gets the local default. It runs
    in :meth:`Store.merging <assistant.store.database.Store.merging>`, with
    foreign keys off (a fact may refer to one in a journal not merged yet).
    The evidence files that new evidence facts name are noted in
    ``evidence_wanted`` (since ``wanted_since``), to be fetched afterwards.
    Each journal's ``noted`` runs after its facts, in the same transaction.

    One transaction for several journals writes each index page once rather
    than once per journal. Should one of them turn out damaged, while its
    facts are copied or when the transaction commits, the transaction is
    rolled back and the journals are merged again one transaction each, so
    the sound ones still count. (A savepoint per journal would spare that
    second pass, but costs every first merge an eighth of its time: SQLite
    then copies each page it changes to a statement journal first.) At most
    :func:`merge_batch_size` journals can be given.

    Returns an outcome per journal, in order. Errors of the local database
    (busy, disk full) come out as ``StorageError``, and nothing is merged.
    """
    with storage_errors():
        outcomes = _merge(store._conn, journals, own_workstation_id, wanted_since, own_facts=False)
    if any(not isinstance(outcome, Exception) for outcome in outcomes):
        store._journals_merged = True  # for the checkpoint after the whole merge
    return outcomes


def take_back_journal(store: Store, path: Path, workstation_id: str, *, wanted_since: str) -> None:
    """Merge this workstation's own journal (a local copy at ``path``) back in, as its own facts.

    For a data folder restored from a backup older than its journal in the
    team folder: what the journal holds that the folder lacks is taken back,
    to be published again. Foreign keys are off meanwhile: the facts come in
    the journal's own order.
    """
    conn = store._conn
    with storage_errors():
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            journal = JournalToMerge(path, workstation_id, lambda _info: None)
            _merge(conn, [journal], workstation_id, wanted_since, own_facts=True)
        finally:
            conn.execute("PRAGMA foreign_keys = ON")


def _merge(
    conn: sqlite3.Connection,
    journals: Sequence[JournalToMerge],
    own_workstation_id: str,
    wanted_since: str,
    own_facts: bool,
) -> list[MergeOutcome]:
    """:func:`merge_journals` on the bare connection; ``own_facts`` takes the facts back as own."""
    try:
        outcomes = _merge_together(conn, journals, own_workstation_id, wanted_since, own_facts)
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise
        outcomes = [_DamageFoundError(str(error))]
    if not any(isinstance(outcome, _DamageFoundError) for outcome in outcomes):
        return outcomes
    if len(journals) == 1:
        return [DamagedJournalError(str(outcomes[-1]))]
    return [
        outcome
        for journal in journals
        for outcome in _merge(conn, [journal], own_workstation_id, wanted_since, own_facts)
    ]


def _merge_together(
    conn: sqlite3.Connection,
    journals: Sequence[JournalToMerge],
    own_workstation_id: str,
    wanted_since: str,
    own_facts: bool,
) -> list[MergeOutcome]:
    outcomes: list[MergeOutcome | None] = [None] * len(journals)
    attached: dict[int, str] = {}
    try:
        for number, journal in enumerate(journals):
            try:
                conn.execute(f"ATTACH DATABASE ? AS journal{number}", [str(journal.path)])
            except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
                outcomes[number] = DamagedJournalError(str(error))
                continue
            attached[number] = f"journal{number}"
        with transaction(conn):
            for number, schema in attached.items():
                outcome = _merge_attached(
                    conn, schema, journals[number], own_workstation_id, wanted_since, own_facts
                )
                if isinstance(outcome, _DamageFoundError):
                    raise outcome  # the whole transaction is undone
                outcomes[number] = outcome
    except _DamageFoundError as found:
        return [found.with_traceback(None)]  # its text is what is kept, not its frames
    finally:
        for schema in attached.values():
            conn.execute(f"DETACH DATABASE {schema}")
    return [outcome for outcome in outcomes if outcome is not None]


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite found a file that is not (or no longer) a sound database."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _merge_attached(
    conn: sqlite3.Connection,
    schema: str,
    journal: JournalToMerge,
    own_workstation_id: str,
    wanted_since: str,
    own_facts: bool,
) -> MergeOutcome:
    # Only the text of an error is kept: an exception kept whole would keep its
    # frames, and with them a statement on the journal, which could then not be detached.
    try:
        info, columns = _read_journal(conn, schema)
    except NewerJournalError as newer:
        return NewerJournalError(newer.version)
    except DamagedJournalError as damaged:
        return DamagedJournalError(str(damaged))
    if info.workstation_id == own_workstation_id and not own_facts:
        return OwnJournalError(info.workstation_id)
    if info.workstation_id != journal.workstation_id:
        return DamagedJournalError(f"it says it is the journal of {info.workstation_id!r}")
    origin = "" if own_facts else info.workstation_id
    try:
        added = _add_facts(conn, schema, origin, columns, wanted_since)
        journal.noted(info)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        if isinstance(error, sqlite3.DatabaseError) and not _is_damage(error):
            raise
        return _DamageFoundError(str(error))
    return info, added


def _add_facts(
    conn: sqlite3.Connection,
    schema: str,
    origin: str,
    columns: dict[str, str],
    wanted_since: str,
) -> dict[str, int]:
    last_evidence = conn.execute("SELECT max(rowid) FROM main.evidence").fetchall()[0][0]
    added: dict[str, int] = {}
    for table, names in columns.items():
        before = conn.total_changes
        conn.execute(
            f"INSERT OR IGNORE INTO main.{table} ({names}, origin) "
            f"SELECT {names}, ? FROM {schema}.{table}",
            [origin],
        )
        added[table] = conn.total_changes - before
    if added.get("evidence"):
        # The files the new evidence facts name are fetched after the merge.
        conn.execute(
            "INSERT OR IGNORE INTO main.evidence_wanted (sha256, wanted_since) "
            "SELECT sha256, ? FROM main.evidence WHERE rowid > ?",
            [wanted_since, last_evidence or 0],
        )
    return added


def _read_journal(conn: sqlite3.Connection, schema: str) -> tuple[JournalInfo, dict[str, str]]:
    """Whose the attached journal is, and per fact table the columns to copy."""
    try:
        rows = conn.execute(
            "SELECT workstation_id, person_id, person_name, published_at, schema_version, "
            f"kontokoll_version FROM {schema}.journal"
        ).fetchall()
        if not rows:
            raise DamagedJournalError("no journal row")
        row = rows[0]
        info = JournalInfo(
            str(row[0]), str(row[1]), str(row[2]), str(row[3]), int(row[4]), str(row[5])
        )
        if info.schema_version > SCHEMA_VERSION:
            raise NewerJournalError(info.schema_version)
        present = {
            str(r[0]) for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master").fetchall()
        }
        columns: dict[str, str] = {}
        for table in FACT_TABLES:
            if table not in present:
                continue  # a journal from before the table existed
            theirs = set(_columns(conn, schema, table))
            shared = [c for c in _columns(conn, "main", table) if c in theirs and c != "origin"]
            if shared:
                columns[table] = ", ".join(shared)
    except (sqlite3.DatabaseError, ValueError, TypeError, UnicodeDecodeError) as error:
        raise DamagedJournalError(str(error)) from None
    return info, columns
