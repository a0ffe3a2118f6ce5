"""Merging the team's journals into this workstation's log, trusting nothing in them.

A journal in the team folder may have been written by anyone who reaches the
share, so it is read defensively before any fact of it counts:

- it must hold only what Kontokoll writes: the ``journal`` table and the fact
  tables, with no view, trigger or index of its own (a view could run a
  query without end while the merge holds the write lock);
- it must speak for the workstation its file name says, and not for this one;
- every fact must be in shape (:mod:`assistant.store.fact_rules`);
- its reading may take at most :data:`TIME_LIMIT` seconds.

A journal that fails any of these is refused whole (never half merged, never
a crash); the others are merged. Only the columns both sides know are copied.
The reading itself is :mod:`assistant.store.journal_reading`'s, the signed
chain :mod:`assistant.store.journal_trust`'s.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.store.chain import chain_new_facts
from assistant.store.connection import storage_errors, transaction
from assistant.store.database import Store
from assistant.store.journal import (
    SEGMENTED_SINCE,
    DamagedJournalError,
    JournalInfo,
    NewerJournalError,
    OwnJournalError,
    RefusedJournalError,
    SegmentMarkerError,
)
from assistant.store.journal_reading import (
    claimed_elsewhere,
    granted_in_anothers_name,
    is_damage,
    is_interrupt,
    read_journal,
)
from assistant.store.journal_trust import (
    check_signed_journal,
    cut_own_chain_to_journal,
    pin_and_add_chain,
)

TIME_LIMIT = 60.0
"""Seconds one journal's facts may take to check and copy: a ten-year journal takes well
under one. One that takes longer is refused, so no file can hold up everyone's saves."""


class _DamageFoundError(DamagedJournalError):
    """Damage found while a journal's facts were copied: its whole transaction is undone."""


class _TooSlowError(RefusedJournalError):
    """A journal's reading passed the time limit: its whole transaction is undone."""


@dataclass(frozen=True)
class JournalToMerge:
    """A local copy of a journal, whose file name says whose it is, and what to note with it.

    ``workstation_id`` comes from the journal's file name in the team folder: a
    journal that says inside it is someone else's is not merged.
    """

    path: Path
    workstation_id: str
    noted: Callable[[JournalInfo], None]
    expected_key: str | None = None
    """The key it must be signed with, when known (this workstation's own); else the pinned."""
    first_place: int | None = None
    """For a segment of a journal, the place its chain begins at (its file name says)."""


@dataclass(frozen=True)
class _Merging:
    """How a merge goes: whose workstation this is, when the files it names were wanted,
    how long a journal may take, and whether its facts are taken back as this one's own."""

    own_workstation_id: str
    wanted_since: str
    time_limit: float = TIME_LIMIT
    own_facts: bool = False


MergeOutcome = (
    tuple[JournalInfo, dict[str, int]]
    | DamagedJournalError
    | NewerJournalError
    | OwnJournalError
    | RefusedJournalError
    | SegmentMarkerError
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
    time_limit: float = TIME_LIMIT,
) -> list[MergeOutcome]:
    """Add the facts of the journals that ``store`` lacks, all in one transaction.

    Facts merge by id: a fact already here is left as it is. Each new fact's
    ``origin`` is its journal's workstation. It runs in :meth:`Store.merging
    <assistant.store.database.Store.merging>`, with foreign keys off (a fact
    may refer to one in a journal not merged yet). The evidence files that
    new evidence facts name are noted in ``evidence_wanted`` (since
    ``wanted_since``), to be fetched afterwards. Each journal's ``noted`` runs
    after its facts, in the same transaction.

    One transaction for several journals writes each index page once rather
    than once per journal. Should one of them turn out damaged or too slow,
    while its facts are copied or when the transaction commits, the
    transaction is rolled back and the journals are merged again one
    transaction each, so the sound ones still count. (A savepoint per journal
    would spare that second pass, but costs every first merge an eighth of
    its time: SQLite then copies each page it changes to a statement journal
    first.) At most :func:`merge_batch_size` journals can be given.

    Returns an outcome per journal, in order. Errors of the local database
    (busy, disk full) come out as ``StorageError``, and nothing is merged.
    """
    with storage_errors():
        outcomes = _merge(
            store._conn, journals, _Merging(own_workstation_id, wanted_since, time_limit)
        )
    if any(not isinstance(outcome, Exception) for outcome in outcomes):
        store._journals_merged = True  # for the checkpoint after the whole merge
    return outcomes


def take_back_journal(
    store: Store,
    path: Path,
    workstation_id: str,
    *,
    wanted_since: str,
    public_key: str,
    first_place: int | None = None,
) -> MergeOutcome:
    """Merge this workstation's own journal (a local copy at ``path``) back in, as its own facts.

    For a data folder restored from a backup older than its journal in the
    team folder: what the journal holds that the folder lacks is taken back,
    to be published again. The journal is checked as any other is first, and
    must be signed with this workstation's own key (``public_key``); a
    segment (``first_place``) is taken back after the segments before it.
    Foreign keys are off meanwhile: the facts come in the journal's own order.
    Returns what came of it, as :func:`merge_journals` does.
    """
    conn = store._conn
    with storage_errors():
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            journal = JournalToMerge(
                path, workstation_id, lambda _info: None, public_key, first_place
            )
            how = _Merging(workstation_id, wanted_since, own_facts=True)
            return _merge(conn, [journal], how)[0]
        finally:
            conn.execute("PRAGMA foreign_keys = ON")


def _merge(
    conn: sqlite3.Connection,
    journals: Sequence[JournalToMerge],
    how: _Merging,
) -> list[MergeOutcome]:
    """:func:`merge_journals` on the bare connection (see :class:`_Merging`)."""
    try:
        outcomes = _merge_together(conn, journals, how)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        outcomes = [_DamageFoundError(str(error))]
    spoiled = [o for o in outcomes if isinstance(o, _DamageFoundError | _TooSlowError)]
    if not spoiled:
        return outcomes
    if len(journals) == 1:
        found = spoiled[-1]
        if isinstance(found, _TooSlowError):
            return [RefusedJournalError(found.reason)]
        return [DamagedJournalError(str(found))]
    return [outcome for journal in journals for outcome in _merge(conn, [journal], how)]


def _merge_together(
    conn: sqlite3.Connection,
    journals: Sequence[JournalToMerge],
    how: _Merging,
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
                    conn,
                    schema,
                    journals[number],
                    how,
                )
                if isinstance(outcome, _DamageFoundError | _TooSlowError):
                    raise outcome  # the whole transaction is undone
                outcomes[number] = outcome
    except (_DamageFoundError, _TooSlowError) as found:
        return [found.with_traceback(None)]  # its text is what is kept, not its frames
    finally:
        for schema in attached.values():
            conn.execute(f"DETACH DATABASE {schema}")
    return [outcome for outcome in outcomes if outcome is not None]


def _merge_attached(
    conn: sqlite3.Connection,
    schema: str,
    journal: JournalToMerge,
    how: _Merging,
) -> MergeOutcome:
    # Only the text of an error is kept: an exception kept whole would keep its
    # frames, and with them a statement on the journal, which could then not be detached.
    deadline = time.monotonic() + how.time_limit
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        try:
            info, tables, columns = read_journal(conn, schema)
        except NewerJournalError as newer:
            return NewerJournalError(newer.version)
        except RefusedJournalError as refused:
            return RefusedJournalError(refused.reason)
        except DamagedJournalError as damaged:
            return DamagedJournalError(str(damaged))
        if info.workstation_id == how.own_workstation_id and not how.own_facts:
            return OwnJournalError(info.workstation_id)
        if info.workstation_id != journal.workstation_id:
            return RefusedJournalError(f"it says it is the journal of {info.workstation_id!r}")
        if (
            journal.first_place is None
            and info.schema_version >= SEGMENTED_SINCE
            and tables == {"journal"}
        ):
            return SegmentMarkerError()
        origin = "" if how.own_facts else info.workstation_id
        claimed = claimed_elsewhere(conn, schema, origin, columns) or granted_in_anothers_name(
            conn, schema, info.person_id, columns, origin
        )
        if claimed is not None:
            return RefusedJournalError(claimed)
        try:
            trust = check_signed_journal(
                conn,
                schema,
                info.workstation_id,
                tables,
                columns,
                info.schema_version,
                journal.expected_key,
                journal.first_place,
            )
        except RefusedJournalError as refused:
            return type(refused)(refused.reason)
        except sqlite3.DatabaseError as error:
            if is_interrupt(error) or is_damage(error):
                raise
            return RefusedJournalError(f"its chain cannot be read ({error})")
        if how.own_facts and trust.signed:
            cut_own_chain_to_journal(conn, info.workstation_id, trust)
        added = _add_facts(conn, schema, origin, columns, how.wanted_since)
        pin_and_add_chain(conn, schema, info.workstation_id, trust, how.wanted_since)
        if how.own_facts:
            # What was recorded since the restore is chained after what was taken back.
            chain_new_facts(conn, info.workstation_id, check_shape=False)
        info = dataclasses.replace(info, first_seen=trust.first_seen)
        journal.noted(info)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        if isinstance(error, sqlite3.DatabaseError) and is_interrupt(error):
            return _TooSlowError(f"reading it took longer than {how.time_limit:g} seconds")
        if isinstance(error, sqlite3.DatabaseError) and not is_damage(error):
            raise
        return _DamageFoundError(str(error))
    finally:
        conn.set_progress_handler(None, 0)
    return info, added


def _add_facts(
    conn: sqlite3.Connection,
    schema: str,
    origin: str,
    columns: dict[str, list[str]],
    wanted_since: str,
) -> dict[str, int]:
    last_evidence = conn.execute("SELECT max(rowid) FROM main.evidence").fetchall()[0][0]
    added: dict[str, int] = {}
    for table, names in columns.items():
        listed = ", ".join(names)
        before = conn.total_changes
        conn.execute(
            f"INSERT OR IGNORE INTO main.{table} ({listed}, origin) "
            f"SELECT {listed}, ? FROM {schema}.{table}",
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
