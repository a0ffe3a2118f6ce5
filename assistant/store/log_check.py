"""The whole local log held to its proof: SQLite's own check, every chain, every signed head.

:func:`check_log` reads; it changes nothing. What it finds is sorted by
:mod:`assistant.workspace.verification` into what a person is told, together
with the check of the evidence files themselves.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum

from assistant.signing import signature_holds
from assistant.store.chain import BrokenFact, check_chains, head_text, tails, unproven_facts
from assistant.store.connection import StorageError, Trouble, storage_errors, transaction
from assistant.store.database import Store
from assistant.store.schema import FACT_TABLES


class HeadProblem(StrEnum):
    """What is wrong with a workstation's chain measured against the head it signed."""

    SIGNATURE = "signature"
    """The head's signature does not hold by the workstation's pinned key."""
    CUT = "cut"
    """The chain is shorter than the signed head: facts recorded before it are gone."""
    REWRITTEN = "rewritten"
    """The chain's link at the signed place differs: its history was rewritten."""


@dataclass(frozen=True)
class HeadCheck:
    """One workstation's latest signed head, and what is wrong with its chain, if anything."""

    workstation_id: str
    seq: int
    signed_at: str
    problem: HeadProblem | None


@dataclass
class LogCheck:
    """What :func:`check_log` found in the database."""

    integrity: list[str] = field(default_factory=list)
    """SQLite's own findings (``PRAGMA quick_check``), empty when the file is sound."""
    broken: list[BrokenFact] = field(default_factory=list)
    heads: list[HeadCheck] = field(default_factory=list)
    facts: int = 0
    workstations: int = 0
    unproven: int = 0
    """Facts from journals of an older Kontokoll, which carried no chain."""
    chained_at_upgrade: int = 0
    chain_begun: str = ""
    evidence: list[tuple[str, str, str]] = field(default_factory=list)
    """Every evidence fact: its SHA-256, original name and origin, for its file to be checked."""


def log_heads(store: Store, own_name: str) -> list[tuple[str, int, str]]:
    """Where each workstation's chain stands, with whose it is (a name where one is known).

    This workstation's is named ``own_name`` (its user's); others' after the
    person their journal last named.
    """
    conn = store._conn
    own_id = store.workstation_id()
    with storage_errors():
        # Read in the order published, so each workstation is named as its latest journal
        # (or segment of it, named after the workstation and a place) named its person.
        named = {
            str(stem).split(".")[0]: str(name)
            for stem, name in conn.execute(
                "SELECT workstation_id, person_name FROM team_journals "
                "WHERE person_name <> '' ORDER BY published_at"
            )
        }
        named[own_id] = own_name
        return [(named.get(ws) or ws, seq, link) for ws, seq, link in tails(conn)]


def check_log(store: Store, own_public_key: str | None) -> LogCheck:
    """Check the log in one read transaction, so it is one moment's log that is checked.

    ``own_public_key`` is this workstation's key (None if it has none yet):
    its own heads are held to it, other workstations' to the keys pinned
    when their journals were first read.
    """
    conn = store._conn
    own_id = store.workstation_id()
    found = LogCheck()
    try:
        _check_into(conn, own_id, own_public_key, found)
    except StorageError as error:
        if error.trouble is not Trouble.FAILED:
            raise  # busy: said as any failure to read is
        found.integrity.append(error.reason)  # damage SQLite met while reading the facts
    return found


def _check_into(
    conn: sqlite3.Connection, own_id: str, own_public_key: str | None, found: LogCheck
) -> None:
    with storage_errors(), transaction(conn, immediate=False):
        # quick_check reads every page and row, as integrity_check does, but leaves out
        # matching each index to its table: a tenth of the time on a ten-year log.
        found.integrity = [
            str(row[0]) for row in conn.execute("PRAGMA quick_check(20)") if row[0] != "ok"
        ]
        if found.integrity:
            return  # a damaged file's rows cannot be trusted to be read at all
        found.broken = list(check_chains(conn, own_id))
        found.unproven = unproven_facts(conn, own_id)
        found.facts = sum(
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in FACT_TABLES
        )
        found.workstations = int(
            conn.execute("SELECT count(DISTINCT workstation_id) FROM chain").fetchone()[0]
        )
        begun = dict(
            conn.execute(
                "SELECT key, value FROM workstation "
                "WHERE key IN ('chain_begun', 'chain_begun_with')"
            ).fetchall()
        )
        found.chain_begun = str(begun.get("chain_begun", ""))
        found.chained_at_upgrade = int(begun.get("chain_begun_with", 0) or 0)
        found.heads = _check_heads(conn, own_id, own_public_key)
        found.evidence = [
            (str(sha), str(name), str(origin))
            for sha, name, origin in conn.execute(
                "SELECT sha256, original_name, origin FROM evidence"
            )
        ]


def _check_heads(
    conn: sqlite3.Connection, own_id: str, own_public_key: str | None
) -> list[HeadCheck]:
    pinned = dict(conn.execute("SELECT workstation_id, public_key FROM workstation_keys"))
    if own_public_key:
        pinned[own_id] = own_public_key
    checks = []
    latest = conn.execute(
        "SELECT h.workstation_id, h.seq, h.link, h.public_key, h.signature, h.signed_at "
        "FROM chain_heads h WHERE h.seq = (SELECT max(seq) FROM chain_heads "
        "WHERE workstation_id = h.workstation_id) ORDER BY h.workstation_id"
    ).fetchall()
    for workstation_id, seq, link, public_key, signature, signed_at in latest:
        key = pinned.get(workstation_id, public_key)
        problem: HeadProblem | None = None
        if key != public_key or not signature_holds(
            key, head_text(workstation_id, seq, link), signature
        ):
            problem = HeadProblem.SIGNATURE
        else:
            row = conn.execute(
                "SELECT link FROM chain WHERE workstation_id = ? AND seq = ?",
                [workstation_id, seq],
            ).fetchone()
            if seq > 0 and row is None:
                problem = HeadProblem.CUT
            elif seq > 0 and row[0] != link:
                problem = HeadProblem.REWRITTEN
        checks.append(HeadCheck(str(workstation_id), int(seq), str(signed_at), problem))
    return checks
