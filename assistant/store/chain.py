"""The tamper-evident log: every fact hashed, and chained to its workstation's previous fact.

Each fact a workstation records gets a place in that workstation's chain: its
``fact_hash`` is the SHA-256 of its content (:func:`fact_hash`), and the
chain's ``link`` at that place is the SHA-256 of the previous link and that
hash. A fact changed, removed or slipped in afterwards with an SQLite tool
no longer matches its place, so :func:`check_chains` finds it; a chain cut
short is found against a head signed by its workstation (``chain_heads``,
see :mod:`assistant.signing`).

Facts are chained in the transaction that records them
(:func:`chain_new_facts`, run by :meth:`Store.transaction
<assistant.store.database.Store.transaction>`); what a workstation held
before this version is chained once, at the upgrade, and the log says when
(:func:`begin_chain`): those facts cannot be proven older than that.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.store.fact_rules import RULES, first_fact_out_of_shape
from assistant.store.schema import FACT_KEYS, FACT_TABLES

GENESIS = "0" * 64
"""The link before a chain's first fact."""
_OUT_OF_SHAPE = QT_TRANSLATE_NOOP(
    "Storage",
    "The entry was not saved: it is not in a form colleagues' Kontokoll can take in "
    "({reason}). A text may be too long; shorten it and save again.",
)
HEAD_FORMAT = "kontokoll-chain-head-1"
"""Begins the text a chain's head is signed as: a later format signs something else."""
CHAINED_COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(sorted(RULES[table])) for table in FACT_TABLES
}
"""The columns a fact's hash covers, by name. Frozen with the chain's format: a column
added to a fact table later needs a new format, not a silent change of every hash."""


def fact_hash(table: str, values: tuple[object, ...]) -> str:
    """The SHA-256 of a fact of ``table`` whose :data:`CHAINED_COLUMNS` hold ``values``.

    The content is written as compact JSON (text as UTF-8, not escaped), the
    same on every platform and Python version.
    """
    return hashlib.sha256(_ENCODE([table, *values]).encode("utf-8")).hexdigest()


def _blob(value: object) -> object:
    """A value JSON has no word for: bytes (put into a log by some other tool) as hex."""
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(f"a fact holds a {type(value).__name__}")


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_blob).encode
"""Made once: ``json.dumps`` with options makes a new encoder for every fact it is given."""


def next_link(link: str, hashed: str) -> str:
    """The chain's link after ``link`` once the fact hashed ``hashed`` is added."""
    return hashlib.sha256(f"{link}{hashed}".encode("ascii")).hexdigest()


def head_text(workstation_id: str, seq: int, link: str) -> bytes:
    """What a workstation signs to vouch for its chain up to ``seq``."""
    return f"{HEAD_FORMAT}\n{workstation_id}\n{seq}\n{link}".encode()


def _selected(table: str, prefix: str = "") -> str:
    return ", ".join(f"{prefix}{column}" for column in CHAINED_COLUMNS[table])


# -- chaining ----------------------------------------------------------------------------


def chain_new_facts(
    conn: sqlite3.Connection, workstation_id: str, *, check_shape: bool = True
) -> int:
    """Chain this workstation's facts recorded since the last call; returns how many.

    New facts are found past each table's mark (the last row chained); facts
    brought back from this workstation's own journal arrive with their places
    and are not chained twice. Runs inside the caller's transaction.
    """
    marks = dict(conn.execute("SELECT fact_table, last_rowid FROM chain_marks").fetchall())
    # One statement tells which tables have rows past their marks: most writes touch one or two.
    newest = conn.execute(
        "SELECT " + ", ".join(f"(SELECT max(rowid) FROM {table})" for table in FACT_TABLES)
    ).fetchone()
    grown = [
        (table, int(marks.get(table, 0)), last)
        for table, last in zip(FACT_TABLES, newest, strict=True)
        if last is not None and last != marks.get(table, 0)
    ]
    if not grown:
        return 0
    seq, link = tail(conn, workstation_id)
    added = 0
    for table, mark, last in grown:
        key = FACT_KEYS[table]
        rules = RULES[table]
        # What this workstation records must be what every colleague's Kontokoll accepts:
        # each new fact is held to the rules in the very statement that reads it.
        shaped = " AND ".join(rule.sql(column) for column, rule in rules.items())
        rows = (
            plain_cursor(conn)
            .execute(
                f"SELECT {key}, coalesce({shaped}, 0), {_selected(table)} FROM {table} AS f "
                "WHERE rowid > ? AND origin = '' AND NOT EXISTS (SELECT 1 FROM chain "
                f"WHERE fact_table = '{table}' AND fact_id = f.{key} AND workstation_id = ?) "
                "ORDER BY rowid",
                [mark, workstation_id],
            )
            .fetchall()
        )
        places = []
        for row in rows:
            values = row[2:]
            if check_shape and not (row[1] and _values_in_shape(table, values)):
                wrong = first_fact_out_of_shape(
                    conn, "main", {table: [key, *CHAINED_COLUMNS[table]]}, after={table: mark}
                )
                raise UserError(Message("Storage", _OUT_OF_SHAPE, {"reason": wrong or table}))
            hashed = fact_hash(table, values)
            link = next_link(link, hashed)
            seq += 1
            places.append((workstation_id, seq, table, row[0], hashed, link))
        if places:
            conn.executemany("INSERT INTO chain VALUES (?, ?, ?, ?, ?, ?)", places)
            added += len(places)
        conn.execute(
            "INSERT INTO chain_marks VALUES (?, ?) "
            "ON CONFLICT (fact_table) DO UPDATE SET last_rowid = excluded.last_rowid",
            [table, last],
        )
    return added


def _values_in_shape(table: str, values: tuple[object, ...]) -> bool:
    """The checks of JSON columns, on one fact's values (in :data:`CHAINED_COLUMNS` order)."""
    for column, value in zip(CHAINED_COLUMNS[table], values, strict=True):
        check = RULES[table][column].value
        if check is not None and not (isinstance(value, str) and check(value)):
            return False
    return True


def workstations(conn: sqlite3.Connection) -> list[str]:
    """Every workstation that has a chain here, found by seeking the key, not by a scan.

    A ten-year log holds hundreds of thousands of places but a few dozen
    workstations: one seek each is a thousandth of reading them all.
    """
    found: list[str] = []
    while row := conn.execute(
        "SELECT workstation_id FROM main.chain WHERE workstation_id > ? "
        "ORDER BY workstation_id LIMIT 1",
        [found[-1] if found else ""],
    ).fetchone():
        found.append(str(row[0]))
    return found


def tails(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """Where every workstation's chain stands now: its id, last place and link."""
    return [(workstation, *tail(conn, workstation)) for workstation in workstations(conn)]


def tail(conn: sqlite3.Connection, workstation_id: str, *, up_to: int = 1 << 62) -> tuple[int, str]:
    """The last place of a workstation's chain and its link (0 and :data:`GENESIS` if none).

    With ``up_to``, the last place not past that one.
    """
    row = conn.execute(
        "SELECT seq, link FROM main.chain WHERE workstation_id = ? AND seq <= ? "
        "ORDER BY seq DESC LIMIT 1",
        [workstation_id, up_to],
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def begin_chain(conn: sqlite3.Connection, workstation_id: str, now: datetime) -> None:
    """Chain what this workstation held before chains existed, once, and note when.

    Inside the caller's transaction. A new log notes that it was chained from
    its first fact; an upgraded one, how many facts were chained at the
    upgrade, which cannot be proven older than that moment.
    """
    # What an older Kontokoll recorded is chained as it is, whatever its shape.
    chained = chain_new_facts(conn, workstation_id, check_shape=False)
    conn.executemany(
        "INSERT OR IGNORE INTO workstation (key, value) VALUES (?, ?)",
        [("chain_begun", now.isoformat()), ("chain_begun_with", str(chained))],
    )


# -- checking ------------------------------------------------------------------------------


class Broken(StrEnum):
    """What is wrong with a fact or a place in a chain."""

    CHANGED = "changed"
    """The fact's content no longer hashes to its place: changed after it was recorded."""
    REMOVED = "removed"
    """A place names a fact the log no longer holds."""
    NOT_CHAINED = "not chained"
    """A fact of a chained workstation has no place: slipped into the log from outside."""
    GAP = "gap"
    """Places before this one are gone from the chain."""
    LINK = "link"
    """The place's link does not follow from the one before: the chain was rewritten."""


@dataclass(frozen=True)
class BrokenFact:
    """A fact (or a place in a chain) that does not match the chain: what, which, what is wrong."""

    table: str
    fact_id: str
    problem: Broken


def check_chains(conn: sqlite3.Connection, own_id: str) -> Iterator[BrokenFact]:
    """Every fact or place that does not match its chain, in the database on ``conn``.

    A chain is walked link by link; each fact's content is hashed again and
    held against its place; a place whose fact is gone, and a fact of this
    workstation (``own_id``) with no place, are named. Facts from a
    workstation whose journal carried no chain (an older Kontokoll) are not
    named: :func:`unproven_facts` counts them.
    """
    yield from _check_links(conn)
    chained_origins = _chained_workstations(conn, own_id)
    for table in FACT_TABLES:
        key = FACT_KEYS[table]
        # The places first, read in the order of their index, then the facts in theirs:
        # two plain scans cost a third of looking up each fact's place in turn. Each is
        # kept as one string, "workstation hash": hundreds of thousands of lists and
        # tuples would make Python's garbage collector walk them all, again and again,
        # holding up the window while the log is checked behind it.
        places: dict[object, str] = {}
        more: dict[object, list[str]] = {}  # a second place: evidence kept by two
        for fact_id, workstation, hashed in plain_cursor(conn).execute(
            "SELECT fact_id, workstation_id, fact_hash FROM chain WHERE fact_table = ?", [table]
        ):
            if fact_id in places:
                more.setdefault(fact_id, []).append(f"{workstation} {hashed}")
            else:
                places[fact_id] = f"{workstation} {hashed}"
        rows = plain_cursor(conn).execute(
            f"SELECT {key}, iif(origin = '', ?, origin), {_selected(table)} FROM {table}",
            [own_id],
        )
        for row in rows:
            fact_id, workstation = row[0], row[1]
            first = places.get(fact_id)
            if first is None:
                if ("" if workstation == own_id else workstation) in chained_origins:
                    yield BrokenFact(table, str(fact_id), Broken.NOT_CHAINED)
                continue
            # An evidence file kept by two workstations has a place in each chain: it is
            # held to the one in its own origin's. Any other fact has one place; one held
            # in another's chain had its origin changed, and is held to it all the same.
            found = (first, *more.get(fact_id, ()))
            own_place = [
                hashed
                for place_of, hashed in (place.rsplit(" ", 1) for place in found)
                if place_of == workstation
            ]
            if table == "evidence" and not own_place:
                continue
            recorded = own_place[0] if own_place else None
            if recorded is None or fact_hash(table, row[2:]) != recorded:
                yield BrokenFact(table, str(fact_id), Broken.CHANGED)
        gone = conn.execute(
            f"SELECT fact_id FROM chain c WHERE fact_table = '{table}' "
            f"AND NOT EXISTS (SELECT 1 FROM {table} WHERE {key} = c.fact_id)"
        )
        for (fact_id,) in gone:
            yield BrokenFact(table, str(fact_id), Broken.REMOVED)


def _chained_workstations(conn: sqlite3.Connection, own_id: str) -> set[str]:
    """The origins whose facts must all have a place: this workstation ('') and chained ones."""
    return {"" if found == own_id else found for found in workstations(conn)} | {""}


def _check_links(conn: sqlite3.Connection) -> Iterator[BrokenFact]:
    workstation, seq, link = None, 0, GENESIS
    rows = plain_cursor(conn).execute(
        "SELECT workstation_id, seq, fact_table, fact_id, fact_hash, link FROM chain "
        "ORDER BY workstation_id, seq"
    )
    for workstation_id, place, table, fact_id, hashed, recorded_link in rows:
        if workstation_id != workstation:
            workstation, seq, link = workstation_id, 0, GENESIS
        if place != seq + 1:
            yield BrokenFact(table, str(fact_id), Broken.GAP)  # places before it are gone
            seq, link = place, str(recorded_link)
            continue
        seq = place
        link = next_link(link, str(hashed))
        if link != recorded_link:
            yield BrokenFact(table, str(fact_id), Broken.LINK)
            link = str(recorded_link)  # one break is named once, not for every fact after it


def plain_cursor(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor giving plain tuples, whatever rows the connection makes: hundreds of thousands
    of facts are read at a time here."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


def unproven_facts(conn: sqlite3.Connection, own_id: str) -> int:
    """How many facts came from journals that carried no chain (written by an older Kontokoll)."""
    chained = _chained_workstations(conn, own_id)
    marks = ", ".join("?" * len(chained))
    total = 0
    for table in FACT_TABLES:
        key = FACT_KEYS[table]
        (count,) = conn.execute(
            f"SELECT count(*) FROM {table} f WHERE origin NOT IN ({marks}) AND NOT EXISTS "
            f"(SELECT 1 FROM chain WHERE fact_table = '{table}' AND fact_id = f.{key})",
            list(chained),
        ).fetchone()
        total += int(count)
    return total


def written_after(
    conn: sqlite3.Connection, table: str, ids: Iterable[str], when: datetime
) -> set[str]:
    """Which of these facts of ``table`` their workstation's chain shows were written after
    ``when``, whatever date they carry themselves.

    A chain keeps the order facts were written in, which an SQLite tool cannot
    change unnoticed, while a fact's date is whatever its writer put there. A
    fact is written later if its place comes after that of a fact dated
    ``when`` or later, or after a head its workstation signed (heads are signed
    only by a Kontokoll that chains, which ``when`` must be no later than the
    first of). A fact with no place in a chain is not judged here.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    places = (
        plain_cursor(conn)
        .execute(
            "SELECT fact_id, workstation_id, seq FROM chain WHERE fact_table = ? "
            "AND fact_id IN (SELECT value FROM json_each(?))",
            [table, json.dumps(wanted)],
        )
        .fetchall()
    )
    # Per workstation, the first place known to be written after ``when``: its first signed
    # head, else the first fact dated from ``when`` on. Only the places before the last fact
    # judged are read: an honest fact from before is among the first a chain holds (people
    # come first when a log is chained at the upgrade), a later one is past a head.
    firsts: dict[str, int] = {}
    since = when.isoformat()
    tops: dict[str, int] = {}
    for _, workstation, seq in places:
        tops[str(workstation)] = max(int(seq), tops.get(str(workstation), 0))
    for workstation, top in tops.items():
        (signed,) = conn.execute(
            "SELECT min(seq) FROM chain_heads WHERE workstation_id = ?", [workstation]
        ).fetchone()
        first = top + 1 if signed is None else min(int(signed), top + 1)
        for fact_table in FACT_TABLES:
            (seq,) = conn.execute(
                f"SELECT min(c.seq) FROM chain c JOIN {fact_table} f "
                f"ON c.fact_id = f.{FACT_KEYS[fact_table]} WHERE c.workstation_id = ? "
                "AND c.seq < ? AND c.fact_table = ? "
                "AND julianday(f.recorded_at) >= julianday(?)",
                [workstation, first, fact_table, since],
            ).fetchone()
            if seq is not None:
                first = min(first, int(seq))
        firsts[workstation] = first
    return {
        str(fact_id)
        for fact_id, workstation, seq in places
        if str(workstation) in firsts and int(seq) > firsts[str(workstation)]
    }
