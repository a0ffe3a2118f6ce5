"""Whether a journal is what its workstation signed: its chain, its head, its key.

A journal from this version on carries its workstation's chain of facts and
the chain's head, signed with the workstation's key (see
:mod:`assistant.store.chain` and :mod:`assistant.signing`). Before any fact of
it is merged, :func:`check_signed_journal` holds it to all of this:

- the head's signature holds, by the key first seen from that workstation
  (pinned here then, and in the log from then on);
- the chain runs unbroken from its first place to the head;
- every fact hashes to its place, and every place has its fact;
- it extends what was read from that workstation before, never rewrites it.

A journal that fails is refused whole. One written by an older Kontokoll
carries no chain: it is merged as before, its facts counted as unproven,
unless its workstation has signed before (then it is an impostor's).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.signing import signature_holds
from assistant.store.chain import CHAINED_COLUMNS, GENESIS, fact_hash, head_text, next_link
from assistant.store.journal import RefusedJournalError
from assistant.store.schema import FACT_KEYS, FACT_TABLES

_HEX = frozenset("0123456789abcdef")
SIGNED_SINCE = 6
"""The schema version from which every journal carries its signed chain."""


@dataclass(frozen=True)
class Trust:
    """What checking a journal found: whether it is signed, and its key seen for the first time."""

    signed: bool
    public_key: str = ""
    first_seen: bool = False
    head: tuple[str, int, str, str, str, str] | None = None
    """The signed head as checked: workstation, place, link, key, signature, when signed."""


def check_signed_journal(
    conn: sqlite3.Connection,
    schema: str,
    workstation_id: str,
    tables: set[str],
    columns: Mapping[str, list[str]],
    schema_version: int,
    expected_key: str | None = None,
) -> Trust:
    """Hold the attached journal to its signed chain; raises RefusedJournalError if it fails.

    ``expected_key`` is the key it must be signed with, when known beforehand
    (this workstation's own journal); else the key pinned for its workstation.
    """
    pinned = expected_key or _pinned_key(conn, workstation_id)
    if "chain_head" not in tables or "chain" not in tables:
        if schema_version >= SIGNED_SINCE:
            raise RefusedJournalError(
                "it carries no signature, though it says it was written by a Kontokoll that signs"
            )
        if pinned is not None:
            raise RefusedJournalError(
                "it carries no signature, though its workstation has signed its journal before"
            )
        return Trust(signed=False)
    heads = conn.execute(
        "SELECT workstation_id, seq, link, public_key, signature, signed_at "
        f"FROM {schema}.chain_head"
    ).fetchall()
    if len(heads) != 1 or not _head_in_shape(heads[0]):
        raise RefusedJournalError("its signed head is not as Kontokoll writes it")
    head_id, seq, link, public_key, signature, signed_at = heads[0]
    if head_id != workstation_id:
        raise RefusedJournalError(f"its head is signed for {str(head_id)[:40]!r}")
    if not signature_holds(public_key, head_text(head_id, seq, link), signature):
        raise RefusedJournalError("its signature does not hold: it was changed after signing")
    if pinned is not None and pinned != public_key:
        raise RefusedJournalError(
            "it is signed with another key than the one first seen from its workstation"
        )
    places = _walk_chain(conn, schema, workstation_id, seq, link)
    if expected_key is None:  # this workstation's own journal may be ahead of a restored log
        _require_known_history(conn, workstation_id, places)
    _hold_facts_to_places(conn, schema, columns, {place[0]: place[1] for place in places.values()})
    first_seen = _pinned_key(conn, workstation_id) is None
    head = (head_id, seq, link, public_key, signature, signed_at)
    return Trust(signed=True, public_key=public_key, first_seen=first_seen, head=head)


def _pinned_key(conn: sqlite3.Connection, workstation_id: str) -> str | None:
    row = conn.execute(
        "SELECT public_key FROM main.workstation_keys WHERE workstation_id = ?", [workstation_id]
    ).fetchone()
    return str(row[0]) if row else None


def _is_hex(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and set(value) <= _HEX


def _head_in_shape(head: tuple[object, ...]) -> bool:
    workstation, seq, link, public_key, signature, signed_at = head
    return (
        isinstance(workstation, str)
        and isinstance(signed_at, str)
        and len(signed_at) <= 40
        and isinstance(seq, int)
        and seq >= 0
        and _is_hex(link, 64)
        and _is_hex(public_key, 64)
        and _is_hex(signature, 128)
    )


def _walk_chain(
    conn: sqlite3.Connection, schema: str, workstation_id: str, seq: int, link: str
) -> dict[int, tuple[tuple[str, str], str, str]]:
    """The journal's chain, place by place, checked link by link up to its signed head.

    Returns per place the fact it holds (table and key), its hash and the link.
    """
    places: dict[int, tuple[tuple[str, str], str, str]] = {}
    named: set[tuple[str, str]] = set()
    running = GENESIS
    rows = conn.execute(
        "SELECT workstation_id, seq, fact_table, fact_id, fact_hash, link "
        f"FROM {schema}.chain ORDER BY seq"
    )
    for number, row in enumerate(rows, start=1):
        owner, place, table, fact_id, hashed, recorded = row
        if owner != workstation_id or place != number or table not in FACT_TABLES:
            raise RefusedJournalError(f"its chain is broken at place {number}")
        if not isinstance(fact_id, str) or not _is_hex(hashed, 64):
            raise RefusedJournalError(f"its chain is broken at place {number}")
        running = next_link(running, hashed)
        if running != recorded or (table, fact_id) in named:
            raise RefusedJournalError(f"its chain is broken at place {number}")
        named.add((table, fact_id))
        places[number] = ((table, fact_id), hashed, running)
    if len(places) != seq or running != link:
        raise RefusedJournalError("its chain does not end at its signed head")
    return places


def _require_known_history(
    conn: sqlite3.Connection,
    workstation_id: str,
    places: Mapping[int, tuple[tuple[str, str], str, str]],
) -> None:
    """A journal must hold all that was read from its workstation before, unchanged."""
    row = conn.execute(
        "SELECT seq, link FROM main.chain WHERE workstation_id = ? ORDER BY seq DESC LIMIT 1",
        [workstation_id],
    ).fetchone()
    if row is None:
        return
    known_seq, known_link = int(row[0]), str(row[1])
    if known_seq > len(places):
        raise RefusedJournalError(
            f"it holds {len(places)} facts, fewer than the {known_seq} read from it before"
        )
    if places[known_seq][2] != known_link:
        raise RefusedJournalError("its history differs from what was read from it before")


def _hold_facts_to_places(
    conn: sqlite3.Connection,
    schema: str,
    columns: Mapping[str, list[str]],
    places: dict[tuple[str, str], str],
) -> None:
    """Every fact in the journal hashes to its place, and every place has its fact."""
    for table, present in columns.items():
        chained = CHAINED_COLUMNS[table]
        if not set(chained) <= set(present):
            raise RefusedJournalError(f"its {table} lack columns its chain covers")
        key = FACT_KEYS[table]
        rows = conn.execute(f"SELECT {key}, {', '.join(chained)} FROM {schema}.{table}")
        for row in rows:
            if places.pop((table, row[0]), None) != fact_hash(table, tuple(row)[1:]):
                raise RefusedJournalError(
                    f"{table} {str(row[0])[:40]!r} is not as its workstation signed it"
                )
    if places:
        (table, fact_id), _hash = next(iter(places.items()))
        raise RefusedJournalError(f"its chain names {table} {fact_id[:40]!r}, which it lacks")


def cut_own_chain_to_journal(conn: sqlite3.Connection, schema: str, workstation_id: str) -> int:
    """Make room for this workstation's own journal in a log restored from an older backup.

    The log's chain and the journal's agree up to some place; what the log
    recorded after that (since the restore) loses its places, to be chained
    again after the journal's facts are taken back. Returns the places cut.
    """
    ours = conn.execute(
        "SELECT seq, link FROM main.chain WHERE workstation_id = ? ORDER BY seq", [workstation_id]
    ).fetchall()
    theirs = dict(conn.execute(f"SELECT seq, link FROM {schema}.chain").fetchall())
    agreed = 0
    for seq, link in ours:
        if theirs.get(seq) != link:
            break
        agreed = seq
    cut = conn.execute(
        "DELETE FROM main.chain WHERE workstation_id = ? AND seq > ?", [workstation_id, agreed]
    ).rowcount
    if cut:
        conn.execute("DELETE FROM main.chain_marks")  # every unchained own fact is found again
    return int(cut)


def pin_and_add_chain(
    conn: sqlite3.Connection, schema: str, workstation_id: str, trust: Trust, first_seen: str
) -> None:
    """Keep a signed journal's chain and head, and pin its key if it was seen for the first time."""
    if not trust.signed:
        return
    if trust.first_seen:
        conn.execute(
            "INSERT OR IGNORE INTO main.workstation_keys (workstation_id, public_key, first_seen) "
            "VALUES (?, ?, ?)",
            [workstation_id, trust.public_key, first_seen],
        )
    places = "workstation_id, seq, fact_table, fact_id, fact_hash, link"
    conn.execute(f"INSERT OR IGNORE INTO main.chain SELECT {places} FROM {schema}.chain")
    assert trust.head is not None  # every signed journal's head was checked
    conn.execute("INSERT OR REPLACE INTO main.chain_heads VALUES (?, ?, ?, ?, ?, ?)", trust.head)
