"""Reading an attached journal defensively: what it holds, whose it is, and nothing run.

Before any fact of a journal counts, :func:`read_journal` holds it to what
Kontokoll writes: the ``journal`` table and the fact tables (and from schema 6
the chain's order and signed head), no view, trigger, index or virtual table
of its own (reading ``sqlite_master`` runs nothing; a view would run only
when queried), one row saying whose it is, every fact in shape
(:mod:`assistant.store.fact_rules`). :func:`claimed_elsewhere` finds a fact
passed off as another workstation's. :mod:`assistant.store.journal_merge` merges.
"""

from __future__ import annotations

import sqlite3

from assistant.store.fact_rules import first_fact_out_of_shape
from assistant.store.journal import (
    DamagedJournalError,
    JournalInfo,
    NewerJournalError,
    RefusedJournalError,
    columns_of,
)
from assistant.store.schema import FACT_KEYS, FACT_TABLES, SCHEMA_VERSION

_ALLOWED_TABLES = frozenset({"journal", "chain", "chain_head", *FACT_TABLES})

# SQLite's primary result codes for a file that is not (or no longer) a database,
# and for a statement stopped by the progress handler (the time limit).
_SQLITE_INTERRUPT = 9
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite found a file that is not (or no longer) a sound database."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def is_interrupt(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == _SQLITE_INTERRUPT


def claimed_elsewhere(
    conn: sqlite3.Connection, schema: str, origin: str, columns: dict[str, list[str]]
) -> str | None:
    """A fact of the journal that this log already holds as another workstation's, if any.

    A fact is recorded at one workstation only, so a journal that brings a fact
    id already known from elsewhere is passing off another's fact as its own
    (perhaps changed): it is refused rather than let it shadow the original.
    An evidence file is the exception: two workstations may keep the same file.
    """
    for table in columns:
        if table == "evidence":
            continue
        key = FACT_KEYS[table]
        row = conn.execute(
            f"SELECT j.{key} FROM {schema}.{table} j JOIN main.{table} m ON m.{key} = j.{key} "
            "WHERE m.origin <> ? LIMIT 1",
            [origin],
        ).fetchone()
        if row is not None:
            return f"it holds {table} {str(row[0])[:40]!r}, which another workstation recorded"
    return None


_IN_ITS_PERSONS_NAME = (
    "daily_checks",
    "removals",
    "cullings",
    "documentations",
    "revisions",
    "larger_changes",
    "withdrawals",
    "role_grants",
    "revocations",
)
"""The facts a workstation records only as its own person: what counts by who made it."""


def granted_in_anothers_name(
    conn: sqlite3.Connection,
    schema: str,
    person_id: str,
    columns: dict[str, list[str]],
    origin: str,
) -> str | None:
    """A fact in the journal made in another's name than its person's, if any.

    Checks, duties' records, withdrawals, grants and revocations count by who made
    them (a correction only from its recorder, a grant only from a holder), so a
    workstation may only hold its own person's: under their id, or an id they had
    at this workstation before joining the team's record of them. Such an id is
    one of the journal's own versions of them that a later one of its versions
    supersedes, and nobody else's: no version of it reached this log from any
    workstation but ``origin`` (the journal's, as the merge names it), so a
    colleague's id cannot be passed off as a former one. A segment of a journal
    counts the versions that segments of it read before brought too.
    """
    theirs = (
        f"(SELECT id, person_id, supersedes FROM {schema}.people UNION ALL "
        "SELECT id, person_id, supersedes FROM main.people WHERE origin = ?)"
        if "people" in columns
        else "(SELECT id, person_id, supersedes FROM main.people WHERE origin = ?)"
    )
    earlier = conn.execute(
        f"SELECT j.person_id, old.person_id FROM {theirs} j JOIN {theirs} old "
        "ON old.id = j.supersedes WHERE NOT EXISTS (SELECT 1 FROM main.people m "
        "WHERE m.person_id = old.person_id AND m.origin <> ?)",
        [origin, origin, origin],
    ).fetchall()
    own = {person_id}
    grew = True
    while grew:
        grew = False
        for current, former in earlier:
            if current in own and former not in own:
                own.add(former)
                grew = True
    for table in _IN_ITS_PERSONS_NAME:
        if table not in columns:
            continue
        for fact_id, by in conn.execute(f"SELECT id, recorded_by FROM {schema}.{table}"):
            if by not in own:
                return f"it holds {table} {str(fact_id)[:40]!r}, made in another's name"
    return None


def read_journal(
    conn: sqlite3.Connection, schema: str
) -> tuple[JournalInfo, set[str], dict[str, list[str]]]:
    """Whose the attached journal is, the tables it has, and per fact table the columns to copy.

    Raises :class:`RefusedJournalError` for a journal that holds what
    Kontokoll does not write, or a fact out of shape.
    """
    try:
        _require_only_tables(conn, schema)
        rows = conn.execute(
            "SELECT workstation_id, person_id, person_name, published_at, schema_version, "
            f"kontokoll_version FROM {schema}.journal"
        ).fetchall()
        if len(rows) != 1:
            raise RefusedJournalError(f"it has {len(rows)} rows saying whose it is, not one")
        row = rows[0]
        if not all(isinstance(value, str) for value in (*row[:4], row[5])) or not isinstance(
            row[4], int
        ):
            raise RefusedJournalError("the row saying whose it is is not as Kontokoll writes it")
        info = JournalInfo(row[0], row[1], row[2], row[3], row[4], row[5])
        if info.schema_version > SCHEMA_VERSION:
            raise NewerJournalError(info.schema_version)
        present = {
            str(r[0])
            for r in conn.execute(
                f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            ).fetchall()
        }
        columns: dict[str, list[str]] = {}
        for table in FACT_TABLES:
            if table not in present:
                continue  # a journal from before the table existed
            theirs = set(columns_of(conn, schema, table))
            if FACT_KEYS[table] not in theirs:
                raise RefusedJournalError(f"its {table} have no {FACT_KEYS[table]}")
            shared = [c for c in columns_of(conn, "main", table) if c in theirs and c != "origin"]
            columns[table] = shared
        wrong = first_fact_out_of_shape(conn, schema, columns)
        if wrong is not None:
            raise RefusedJournalError(wrong)
    except sqlite3.DatabaseError as error:
        if is_interrupt(error) or is_damage(error):
            raise  # the time limit, or damage: sorted by the caller
        raise DamagedJournalError(str(error)) from None
    except (ValueError, TypeError, UnicodeDecodeError) as error:
        raise DamagedJournalError(str(error)) from None
    return info, present, columns


def _require_only_tables(conn: sqlite3.Connection, schema: str) -> None:
    """Refuse a journal holding a view, a trigger, an index or a table Kontokoll never writes.

    Reading ``sqlite_master`` runs nothing: a view is only text until it is queried.
    """
    listed = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master"
    ).fetchall()
    for kind, name, table, sql in listed:
        virtual = isinstance(sql, str) and sql.lstrip().upper().startswith("CREATE VIRTUAL")
        if kind == "table" and name in _ALLOWED_TABLES and not virtual:
            continue
        own_index = kind == "index" and str(name).startswith("sqlite_autoindex_")
        if own_index and table in _ALLOWED_TABLES:
            continue  # SQLite's own index of a key, as an older Kontokoll's journal may have
        raise RefusedJournalError(
            f"it holds the {kind} {str(name)[:40]!r}, which Kontokoll never writes"
        )
