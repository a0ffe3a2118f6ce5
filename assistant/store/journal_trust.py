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

import dataclasses
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.signing import signature_holds
from assistant.store.chain import (
    CHAINED_COLUMNS,
    GENESIS,
    fact_hash,
    head_text,
    next_link,
    plain_cursor,
    tail,
)
from assistant.store.journal import EarlierPartUnreadError, RefusedJournalError
from assistant.store.schema import FACT_KEYS

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
    places: list[tuple[str, int, str, str, str, str]] = dataclasses.field(default_factory=list)
    """The chain as worked out from the journal's facts, as rows of the log's ``chain``."""


def check_signed_journal(
    conn: sqlite3.Connection,
    schema: str,
    workstation_id: str,
    tables: set[str],
    columns: Mapping[str, list[str]],
    schema_version: int,
    expected_key: str | None = None,
    first_place: int | None = None,
) -> Trust:
    """Hold the attached journal to its signed chain; raises RefusedJournalError if it fails.

    ``expected_key`` is the key it must be signed with, when known beforehand
    (this workstation's own journal); else the key pinned for its workstation.
    ``first_place`` makes it a segment, whose chain begins at that place: it
    is read on from the link this log holds at the place before, and raises
    :class:`EarlierPartUnreadError` while that place is not here yet.
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
    first = first_place or 1
    known = _read_before(conn, schema, workstation_id, first, own=expected_key is not None)
    if first_place is None and seq < known[0]:
        raise RefusedJournalError(
            f"it holds {seq} facts, fewer than the {known[0]} read from it before"
        )
    if seq < first - 1:
        raise RefusedJournalError("its signed head lies before its first place")
    if known[0] >= first:
        _require_known_order(conn, schema, workstation_id, first, min(known[0], seq))
    hashes = _hash_facts(conn, schema, columns, new_only=expected_key is None)
    _hold_known_to_their_places(conn, workstation_id, first, known[0], hashes)
    if seq <= known[0]:
        # A segment read before (or written again): all it holds is here, proven.
        if tail(conn, workstation_id, up_to=seq) != (seq, link) or hashes:
            raise RefusedJournalError("its history differs from what was read from it before")
        places = []
    else:
        places = _walk_chain(conn, schema, workstation_id, seq, link, hashes, known)
    first_seen = _pinned_key(conn, workstation_id) is None
    head = (head_id, seq, link, public_key, signature, signed_at)
    return Trust(True, public_key, first_seen, head, places)


def _read_before(
    conn: sqlite3.Connection, schema: str, workstation_id: str, first: int, *, own: bool
) -> tuple[int, str]:
    """The place and link a journal beginning at place ``first`` is read on from.

    What was read from its workstation before was proven then: only what is new
    to this log is hashed, and the chain is worked on from the place read last.
    This workstation's own journal, taken back into a restored log, is proven
    from its first place on: from the very beginning, or for a later segment
    from the place before it, which the segments taken back before it brought.
    """
    began = conn.execute(f"SELECT min(seq) FROM {schema}.chain").fetchone()[0]
    if began is not None and began != first:
        raise RefusedJournalError(f"its chain begins at place {began}, not at {first}")
    if own and first == 1:
        return (0, GENESIS)
    known = tail(conn, workstation_id, up_to=first - 1) if own else tail(conn, workstation_id)
    if known[0] < first - 1:
        raise EarlierPartUnreadError(
            f"the part of its journal before place {first} has not been read yet"
        )
    return known


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


def _hash_facts(
    conn: sqlite3.Connection, schema: str, columns: Mapping[str, list[str]], *, new_only: bool
) -> dict[tuple[str, str], str]:
    """The journal's facts (with ``new_only``, those this log lacks), hashed from their content."""
    hashes: dict[tuple[str, str], str] = {}
    for table, present in columns.items():
        chained = CHAINED_COLUMNS[table]
        if not set(chained) <= set(present):
            raise RefusedJournalError(f"its {table} lack columns its chain covers")
        key = FACT_KEYS[table]
        # An evidence file may already be here from another workstation that kept the
        # same file: it is hashed all the same, for its place in this journal's chain.
        lacking = (
            f" WHERE NOT EXISTS (SELECT 1 FROM main.{table} m WHERE m.{key} = j.{key})"
            if new_only and table != "evidence"
            else ""
        )
        cursor = plain_cursor(conn)
        selected = ", ".join(f"j.{column}" for column in chained)
        for row in cursor.execute(f"SELECT j.{key}, {selected} FROM {schema}.{table} j{lacking}"):
            hashes[(table, row[0])] = fact_hash(table, row[1:])
    return hashes


def _require_known_order(
    conn: sqlite3.Connection, schema: str, workstation_id: str, first: int, last: int
) -> None:
    """From ``first`` to ``last``, places read before, the journal's chain names the facts read."""
    theirs = conn.execute(
        f"SELECT seq, fact_table, fact_id FROM {schema}.chain WHERE seq <= ? ORDER BY seq",
        [last],
    )
    ours = conn.execute(
        "SELECT seq, fact_table, fact_id FROM main.chain WHERE workstation_id = ? "
        "AND seq BETWEEN ? AND ? ORDER BY seq",
        [workstation_id, first, last],
    )
    count = 0
    for mine, its in zip(ours, theirs, strict=False):
        count += 1
        if tuple(mine) != tuple(its):
            raise RefusedJournalError("its history differs from what was read from it before")
    if count != last - first + 1:
        raise RefusedJournalError("its history differs from what was read from it before")


def _hold_known_to_their_places(
    conn: sqlite3.Connection,
    workstation_id: str,
    first: int,
    known_seq: int,
    hashes: dict[tuple[str, str], str],
) -> None:
    """A fact at a place read before, but missing here, must be the fact proven then."""
    if known_seq < first or not hashes:
        return
    rows = conn.execute(
        "SELECT fact_table, fact_id, fact_hash FROM main.chain "
        "WHERE workstation_id = ? AND seq BETWEEN ? AND ?",
        [workstation_id, first, known_seq],
    )
    for table, fact_id, hashed in rows:
        found = hashes.pop((table, fact_id), None)
        if found is not None and found != hashed:
            raise RefusedJournalError(
                f"{table} {str(fact_id)[:40]!r} is not as its workstation signed it"
            )


def _walk_chain(
    conn: sqlite3.Connection,
    schema: str,
    workstation_id: str,
    seq: int,
    link: str,
    hashes: dict[tuple[str, str], str],
    known: tuple[int, str],
) -> list[tuple[str, int, str, str, str, str]]:
    """The journal's chain past ``known``, worked out place by place up to its signed head.

    A journal carries only the order of its facts; their hashes and the links
    are worked out here, so a fact changed on the share breaks the link its
    workstation signed. Every new fact must have one place, and every new
    place its fact.
    """
    places = []
    number, running = known
    rows = conn.execute(
        f"SELECT seq, fact_table, fact_id FROM {schema}.chain WHERE seq > ? ORDER BY seq",
        [number],
    )
    for place, table, fact_id in rows:
        number += 1
        hashed = hashes.pop((table, fact_id), None)
        if place != number or hashed is None:
            raise RefusedJournalError(f"its chain is broken at place {number}")
        running = next_link(running, hashed)
        places.append((workstation_id, number, str(table), str(fact_id), hashed, running))
    if hashes:
        (table, fact_id), _hash = next(iter(hashes.items()))
        raise RefusedJournalError(
            f"{table} {str(fact_id)[:40]!r} is not as its workstation signed it"
        )
    if number != seq or running != link:
        raise RefusedJournalError("its facts are not as its workstation signed them")
    return places


def cut_own_chain_to_journal(conn: sqlite3.Connection, workstation_id: str, trust: Trust) -> int:
    """Make room for this workstation's own journal in a log restored from an older backup.

    The log's chain and the journal's (or the segment's) agree up to some
    place; what the log recorded after that (since the restore) loses its
    places, to be chained again after the journal's facts are taken back.
    Returns the places cut.
    """
    theirs = {place[1]: place[5] for place in trust.places}
    if not theirs:
        return 0
    ours = conn.execute(
        "SELECT seq, link FROM main.chain WHERE workstation_id = ? AND seq BETWEEN ? AND ? "
        "ORDER BY seq",
        [workstation_id, min(theirs), max(theirs)],
    )
    differs = next((seq for seq, link in ours if theirs[seq] != link), None)
    if differs is None:
        return 0  # the log holds that part as the journal does, and perhaps more
    cut = conn.execute(
        "DELETE FROM main.chain WHERE workstation_id = ? AND seq >= ?", [workstation_id, differs]
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
    conn.executemany("INSERT OR IGNORE INTO main.chain VALUES (?, ?, ?, ?, ?, ?)", trust.places)
    assert trust.head is not None  # every signed journal's head was checked
    conn.execute("INSERT OR REPLACE INTO main.chain_heads VALUES (?, ?, ?, ?, ?, ?)", trust.head)
