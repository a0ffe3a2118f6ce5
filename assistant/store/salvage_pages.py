"""Finding a damaged database's rows in its pages, for the tables SQLite could not read.

Part of :mod:`assistant.store.salvage`. Each table's pages are found from its
root, as the schema's own records name it; a page no tree leads to any more
(its parent garbled, say) is given to the table whose facts it holds, known
by the ids in the log's chain, or else by its rows' shape. What the chain
and the tables' own keys know of is gathered too, so that what was lost can
be counted. Only the pages that are needed are decoded: the tables SQLite
read whole are left to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from assistant.store.pages import (
    INDEX_INTERIOR,
    INDEX_LEAF,
    TABLE_LEAF,
    Cell,
    PageFile,
    UnreadableError,
    Value,
)
from assistant.store.schema import FACT_TABLES, MIGRATIONS

DERIVED = ("revoked_workstations", "role_holders")
"""Worked out from the facts, so worked out anew in the copy rather than read."""
_WORKSTATION_KEYS = frozenset({"id", "me", "chain_begun", "chain_begun_with", "derived_from"})

Root = tuple[str, str, str]
"""What a b-tree's root page holds, as the schema says: its kind, its name and its table."""
Rows = dict[tuple[Value, ...], tuple[Value, ...]]
"""A table's rows found, by rowid (or, in the chain, by its key), in the file's order."""


@dataclass(frozen=True)
class Table:
    """One of this Kontokoll's tables: its columns now, and how many it had at each version."""

    name: str
    columns: tuple[tuple[str, str, bool], ...]  # name, declared type, NOT NULL
    widths: frozenset[int]
    rowid: bool = True

    def fits(self, values: tuple[Value, ...]) -> bool:
        """Whether a row of ``values`` could be one of this table's."""
        if len(values) not in self.widths:
            return False
        for (_name, kind, not_null), value in zip(self.columns, values, strict=False):
            if value is None:
                if not_null:
                    return False
            elif not isinstance(value, str if kind == "TEXT" else int):
                return False
        return True


@cache
def tables() -> dict[str, Table]:
    """This Kontokoll's tables, learnt by building its schema step by step in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        widths: dict[str, set[int]] = {}
        for step in MIGRATIONS:
            conn.executescript(step)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                width = len(conn.execute(f"PRAGMA table_info({name})").fetchall())
                widths.setdefault(name, set()).add(width)
        made = {}
        for name, seen in widths.items():
            info = conn.execute(f"PRAGMA table_info({name})").fetchall()
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
            made[name] = Table(
                name,
                tuple((str(r[1]), str(r[2]), bool(r[3])) for r in info),
                frozenset(seen),
                rowid="WITHOUT ROWID" not in sql.upper(),
            )
        return made
    finally:
        conn.close()


@dataclass
class PagesFound:
    """What the pages gave: rows by table, the facts the log knows of, and what was lost.

    ``unread_pages`` are pages a tree points to that are cut off or garbled (or,
    with no schema to follow, pages that hold nothing readable);
    ``unread_records`` records that could not be decoded or given to a table.
    """

    rows: dict[str, Rows] = field(default_factory=dict)
    known: list[tuple[str, str]] = field(default_factory=list)
    unread_pages: int = 0
    unread_records: int = 0

    def add(self, table: str, cells: Iterable[Cell]) -> None:
        kept = self.rows.setdefault(table, {})
        for cell in cells:
            key = (cell.rowid,) if cell.rowid is not None else cell.values[:2]
            kept.setdefault(key, cell.values)

    def know(self, table: Value, fact_id: Value) -> None:
        if table in FACT_TABLES and isinstance(table, str) and isinstance(fact_id, str):
            self.known.append((table, fact_id))


def schema_record(cell: Cell) -> tuple[int, Root] | None:
    """A row of SQLite's own table of the schema: a root page and what it holds."""
    values = cell.values
    if cell.rowid is None or len(values) != 5:
        return None
    kind, name, table, root, _sql = values
    if kind not in ("table", "index") or not isinstance(name, str) or not isinstance(table, str):
        return None
    if not isinstance(root, int) or root < 2:
        return None
    return root, (str(kind), name, table)


def read_pages(
    file: PageFile,
    roots: Mapping[int, Root] | None,
    read_already: set[str],
    chained: Callable[[], dict[str, str]],
) -> PagesFound:
    """The rows of every table not in ``read_already``, from the pages of ``file``.

    ``roots`` are the schema's root pages, as SQLite read them; None if it could
    not, and they are then looked for among all pages. ``chained`` gives the
    chain's fact ids and their tables as already copied (for pages no tree
    leads to).
    """
    found = PagesFound()
    decoded: dict[int, list[Cell]] = {}

    def cells_of(number: int) -> list[Cell]:
        if number not in decoded:
            decoded[number] = []
            with contextlib.suppress(UnreadableError):
                decoded[number] = list(file.cells(number))
        return decoded[number]

    owned, lost = file.tree(1)
    if roots is None:
        roots = {}
        for number in range(1, file.page_count + 1):
            for cell in cells_of(number):
                if (entry := schema_record(cell)) is not None:
                    roots.setdefault(*entry)
                    owned.append(number)
    owned_pages = set(owned)
    damaged: set[str] = set()  # the tables some of whose pages could not be read
    for root, (kind, name, table) in sorted(roots.items(), key=lambda r: r[1][0] != "table"):
        reached, unreachable = file.tree(root)
        reached = [number for number in reached if number not in owned_pages]
        owned_pages.update(reached)
        lost += unreachable
        if table not in tables() or table in DERIVED or table in read_already:
            continue
        facts_lost = damaged & set(FACT_TABLES) if name == "chain_fact" else {table} & damaged
        if kind == "index" and not facts_lost:
            continue  # the facts it names were read whole: its keys know of nothing more
        bad_before = file.bad_cells
        for number in reached:
            _from_tree(kind, name, table, cells_of(number), found)
        if unreachable or file.bad_cells > bad_before:
            damaged.add(table)
    orphans = _orphans(file, owned_pages, cells_of)
    for number, cells in orphans.items():
        if file.kind(number) in (INDEX_LEAF, INDEX_INTERIOR) and "chain" not in read_already:
            index_rows_of_the_chain(cells, found)
    if any(file.kind(number) == TABLE_LEAF for number in orphans):
        by_id = {**chained(), **_chain_in(found)}
        for number in orphans:
            if file.kind(number) != TABLE_LEAF:
                continue
            owner = owner_of(orphans[number], by_id)
            if owner is None:
                found.unread_records += len(orphans[number])
            elif owner not in read_already:
                found.add(owner, orphans[number])
    found.unread_pages = lost
    found.unread_records += file.bad_cells
    return found


def _from_tree(kind: str, name: str, table: str, cells: list[Cell], found: PagesFound) -> None:
    if kind == "table":
        found.add(table, cells)
        if table == "chain":
            for cell in cells:
                found.know(cell.values[2], cell.values[3])
    elif name == "chain_fact":
        for cell in cells:
            found.know(cell.values[0], cell.values[1])
    elif name == f"sqlite_autoindex_{table}_1":
        for cell in cells:
            found.know(table, cell.values[0])


def _orphans(
    file: PageFile, owned: set[int], cells_of: Callable[[int], list[Cell]]
) -> dict[int, list[Cell]]:
    """The pages holding rows that no tree leads to; the chain's among them taken in at once."""
    free = file.free_pages()
    orphans = {}
    for number in range(1, file.page_count + 1):
        if number in owned or number in free or file.kind(number) is None:
            continue
        cells = cells_of(number)
        if cells and number not in file.overflow_pages:
            orphans[number] = cells
    return orphans


def _chain_in(found: PagesFound) -> dict[str, str]:
    return {
        values[3]: str(values[2])
        for values in found.rows.get("chain", {}).values()
        if isinstance(values[3], str)
    }


def owner_of(page_cells: list[Cell], chained: Mapping[str, str]) -> str | None:
    """The table a page of rows no tree leads to belongs to, if it can be told: by the
    chain's word for its facts, else by the shape of its rows."""
    known = tables()
    votes = Counter(chained.get(str(cell.values[0])) for cell in page_cells if cell.values)
    votes.pop(None, None)
    if votes:
        table = votes.most_common(1)[0][0]
        if table in known and all(known[table].fits(cell.values) for cell in page_cells):
            return table
    if all(cell.values and cell.values[0] in _WORKSTATION_KEYS for cell in page_cells):
        workstation = known["workstation"]
        return "workstation" if all(workstation.fits(c.values) for c in page_cells) else None
    shaped = [
        name for name in FACT_TABLES if all(known[name].fits(cell.values) for cell in page_cells)
    ]
    return shaped[0] if len(shaped) == 1 else None


def index_rows_of_the_chain(page_cells: list[Cell], found: PagesFound) -> None:
    """A page of an index (or of the chain) no tree leads to: the chain's rows and facts."""
    chain = tables()["chain"]
    for cell in page_cells:
        values = cell.values
        if chain.fits(values):
            found.add("chain", [cell])
            found.know(values[2], values[3])
        elif len(values) == 5 and isinstance(values[4], int):
            found.know(values[0], values[1])  # the chain's index of facts
