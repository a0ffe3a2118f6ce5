"""A readable copy of a data folder's database, made without writing to it or beside it.

A person whose log is damaged must still be able to look at what it holds and
export the review. The database is therefore never opened by SQLite where it
lies: its bytes (and its write-ahead log's) are read into memory, and what can
be read of them is written into a new database in a temporary folder of the
copy's own, which the store then opens read-only
(:meth:`~assistant.store.database.Store.open_read_only`). Nothing is migrated
or chained in the data folder, and the file keeps its bytes and its time.

A file SQLite finds whole is copied as it is (and brought to this version's
schema, in the copy). A damaged one is read page by page
(:mod:`assistant.store.pages`): each table's pages are found from the schema's
own records where those can be read, and a page no tree leads to any more
is given to the table whose facts it holds, known by the ids in the log's
chain, or else by its rows' shape. What was lost is counted by the facts the
chain and the tables' own indexes know of that could not be read.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from assistant.files import PRIVATE, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.store import pages
from assistant.store.connection import newer_kontokoll, run_migrations, transaction
from assistant.store.pages import INDEX_INTERIOR, INDEX_LEAF, TABLE_LEAF, Cell, PageFile, Value
from assistant.store.schema import FACT_TABLES, MIGRATIONS, SCHEMA_VERSION

COPY_NAME = "kontokoll-read-only.db"
_DERIVED = ("revoked_workstations", "role_holders")
"""Worked out from the facts, so worked out anew in the copy rather than read."""
_WORKSTATION_KEYS = frozenset({"id", "me", "chain_begun", "chain_begun_with", "derived_from"})


@dataclass(frozen=True)
class ReadableCopy:
    """What could be read of a database, copied to ``copy``; the database itself is untouched.

    ``damaged`` says whether SQLite found the file damaged (else it was copied
    whole). ``facts`` counts the records read (``checks`` of them daily
    checks), ``lost`` the records the log's chain or indexes know of that
    could not be read. ``unread_pages`` are pages cut off or garbled and
    ``unread_records`` records that could not be decoded or placed: where
    either is above nought, more may be lost than ``lost`` says.
    ``wal_unread`` says the write-ahead log beside the file could not be read.
    """

    source: Path
    copy: Path
    damaged: bool
    facts: int
    checks: int
    lost: int = 0
    unread_pages: int = 0
    unread_records: int = 0
    wal_unread: bool = False

    @property
    def more_may_be_lost(self) -> bool:
        return bool(self.unread_pages or self.unread_records or self.wal_unread)


def _refused(template: str, path: Path) -> UserError:
    return UserError(Message("Storage", template, {"path": str(path)}))


def read_only_copy(path: Path, folder: Path) -> ReadableCopy:
    """Copy what can be read of the database at ``path`` into ``folder``; see the module.

    Raises :class:`UserError` when there is nothing to read: no file, an empty
    one, one written by a newer Kontokoll, or one in which no record of a log
    can be found.
    """
    if not path.is_file():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Storage",
                "There is no database {path} to open read-only. Check the data folder "
                "(--data-dir) and try again.",
            ),
            path,
        )
    data = path.read_bytes()
    if not data:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} is empty (0 bytes): there is nothing in it to read, "
                "not even read-only. Nothing has been changed. Restore the file from a backup.",
            ),
            path,
        )
    wal_file = path.with_name(f"{path.name}-wal")
    wal = wal_file.read_bytes() if wal_file.is_file() else b""
    image, wal_read = pages.with_wal(data, wal)
    version = pages.user_version(image)
    if version is not None and version > SCHEMA_VERSION:
        raise newer_kontokoll(path, version)
    copy = folder / COPY_NAME
    found = _copied_whole(path, image, copy) or _read_page_by_page(path, image, copy)
    if found.facts == 0 and found.damaged and not _holds_a_log(copy):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Storage",
                "Nothing of the log could be read from the database {path}: the file is "
                "damaged throughout, or is no Kontokoll database. Nothing has been changed. "
                "Restore the file from a backup, or ask IT for help.",
            ),
            path,
        )
    if not wal_read:
        found = ReadableCopy(**{**found.__dict__, "wal_unread": True})
    return found


def _copied_whole(path: Path, image: bytes, copy: Path) -> ReadableCopy | None:
    """The file copied as it is, if SQLite finds it whole; None if it is damaged."""
    if not image.startswith(pages.MAGIC):
        return None
    whole = bytearray(image)
    whole[18:20] = b"\x01\x01"  # the write-ahead log is laid over already: no -wal to look for
    write_file_atomically(copy, bytes(whole), mode=PRIVATE)
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            if [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]:
                raise sqlite3.DatabaseError("damaged")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            with transaction(conn):
                run_migrations(conn, version)
            facts, checks = _counted(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        copy.unlink()
        return None
    return ReadableCopy(path, copy, damaged=False, facts=facts, checks=checks)


def _counted(conn: sqlite3.Connection) -> tuple[int, int]:
    counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in FACT_TABLES}
    return sum(counts.values()), counts["daily_checks"]


def _holds_a_log(copy: Path) -> bool:
    conn = sqlite3.connect(copy)
    try:
        return bool(conn.execute("SELECT 1 FROM workstation LIMIT 1").fetchone())
    finally:
        conn.close()


# -- reading a damaged file ------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
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
def _tables() -> dict[str, _Table]:
    """This Kontokoll's tables, learnt by building its schema step by step in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        widths: dict[str, set[int]] = {}
        for step in MIGRATIONS:
            conn.executescript(step)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                widths.setdefault(name, set()).add(
                    len(conn.execute(f"PRAGMA table_info({name})").fetchall())
                )
        tables = {}
        for name, seen in widths.items():
            info = conn.execute(f"PRAGMA table_info({name})").fetchall()
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
            tables[name] = _Table(
                name,
                tuple((str(r[1]), str(r[2]), bool(r[3])) for r in info),
                frozenset(seen),
                rowid="WITHOUT ROWID" not in sql.upper(),
            )
        return tables
    finally:
        conn.close()


@dataclass
class _Found:
    """What has been found in the file so far."""

    rows: dict[str, dict[tuple[Value, ...], tuple[Value, ...]]] = field(default_factory=dict)
    known: dict[str, set[str]] = field(default_factory=dict)  # fact ids the log knows of
    unplaced: int = 0

    def add(self, table: str, cells: Iterable[Cell]) -> None:
        kept = self.rows.setdefault(table, {})
        for cell in cells:
            key = (cell.rowid,) if cell.rowid is not None else cell.values[:2]
            kept.setdefault(key, cell.values)

    def know(self, table: str, fact_id: Value) -> None:
        if table in FACT_TABLES and isinstance(fact_id, str):
            self.known.setdefault(table, set()).add(fact_id)


def _read_page_by_page(path: Path, image: bytes, copy: Path) -> ReadableCopy:
    file = pages.page_file(image)
    tables = _tables()
    cells: dict[int, list[Cell]] = {}
    for number in range(1, file.page_count + 1):
        with contextlib.suppress(pages.UnreadableError):
            cells[number] = list(file.cells(number))
    found = _Found()
    owned = _pages_of_the_schema(file, cells, tables, found)
    skipped = owned | file.overflow_pages | file.free_pages()
    left = {n: c for n, c in cells.items() if n not in skipped and c}
    # The chain first: it tells whose the pages of facts are that no tree leads to.
    for number, page_cells in left.items():
        if file.kind(number) in (INDEX_LEAF, INDEX_INTERIOR):
            _index_page_without_tree(page_cells, tables["chain"], found)
    chained = {
        values[3]: str(values[2])
        for values in found.rows.get("chain", {}).values()
        if isinstance(values[3], str)
    }
    for number, page_cells in left.items():
        if file.kind(number) == TABLE_LEAF:
            table = _owner_of(page_cells, tables, chained)
            if table is None:
                found.unplaced += len(page_cells)
            else:
                found.add(table, page_cells)
    read = set(cells) | file.overflow_pages | skipped
    expected = max(pages.header_page_count(image) or 0, file.page_count)
    unread = expected - len(read & set(range(1, expected + 1)))
    facts, checks, lost = _write_copy(copy, tables, found)
    return ReadableCopy(
        path,
        copy,
        damaged=True,
        facts=facts,
        checks=checks,
        lost=lost,
        unread_pages=max(unread, 0),
        unread_records=file.bad_cells + found.unplaced,
    )


def _schema_record(cell: Cell) -> tuple[str, str, str, int] | None:
    """A row of SQLite's own table of the schema: kind, name, table and root page."""
    values = cell.values
    if cell.rowid is None or len(values) != 5:
        return None
    kind, name, table, root, _sql = values
    if kind not in ("table", "index") or not isinstance(name, str) or not isinstance(table, str):
        return None
    if not isinstance(root, int) or root < 2:
        return None
    return str(kind), name, table, root


def _pages_of_the_schema(
    file: PageFile, cells: dict[int, list[Cell]], tables: dict[str, _Table], found: _Found
) -> set[int]:
    """The pages reached from each table's and index's root, as the schema's records name
    them. Their rows go to their tables, and the facts the chain and the tables' keys
    name to what is known of."""
    roots: dict[int, tuple[str, str, str]] = {}
    owned_pages = set(file.tree(1))
    for number, page_cells in cells.items():
        for cell in page_cells:
            if (entry := _schema_record(cell)) is not None:
                kind, name, table, root = entry
                roots.setdefault(root, (kind, name, table))
                owned_pages.add(number)
    for root, (kind, name, table) in sorted(roots.items(), key=lambda r: r[1][0] != "table"):
        if table not in tables:
            continue
        reached = [number for number in file.tree(root) if number not in owned_pages]
        owned_pages.update(reached)
        if table in _DERIVED:
            continue
        for number in reached:
            page_cells = cells.get(number, [])
            if kind == "table":
                found.add(table, page_cells)
                if table == "chain":
                    for cell in page_cells:
                        found.know(str(cell.values[2]), cell.values[3])
            elif name == "chain_fact":
                for cell in page_cells:
                    found.know(str(cell.values[0]), cell.values[1])
            elif name == f"sqlite_autoindex_{table}_1":
                for cell in page_cells:
                    found.know(table, cell.values[0])
    return owned_pages


def _index_page_without_tree(page_cells: list[Cell], chain: _Table, found: _Found) -> None:
    """A page of an index (or of the chain) no tree leads to: the chain's rows and facts."""
    for cell in page_cells:
        values = cell.values
        if chain.fits(values):
            found.add("chain", [cell])
            found.know(str(values[2]), values[3])
        elif len(values) == 5 and isinstance(values[4], int) and values[0] in FACT_TABLES:
            found.know(str(values[0]), values[1])  # the chain's index of facts


def _owner_of(
    page_cells: list[Cell], tables: dict[str, _Table], chained: dict[str, str]
) -> str | None:
    """The table a page of rows no tree leads to belongs to, if it can be told: by the
    chain's word for its facts, else by the shape of its rows."""
    votes = Counter(chained.get(str(cell.values[0])) for cell in page_cells if cell.values)
    votes.pop(None, None)
    if votes:
        table = votes.most_common(1)[0][0]
        if table is not None and all(tables[table].fits(cell.values) for cell in page_cells):
            return table
    if all(cell.values and cell.values[0] in _WORKSTATION_KEYS for cell in page_cells):
        return (
            "workstation" if all(tables["workstation"].fits(c.values) for c in page_cells) else None
        )
    shaped = [
        name for name in FACT_TABLES if all(tables[name].fits(cell.values) for cell in page_cells)
    ]
    return shaped[0] if len(shaped) == 1 else None


def _write_copy(copy: Path, tables: dict[str, _Table], found: _Found) -> tuple[int, int, int]:
    """The rows found, written into a new database of this version's schema: its facts, its
    daily checks and how many facts known of are missing."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        with transaction(conn):
            run_migrations(conn, 0)
            for name, rows in found.rows.items():
                _insert(conn, tables[name], rows)
            conn.execute("DELETE FROM workstation WHERE key = 'derived_from'")
        facts, checks = _counted(conn)
        lost = 0
        for table, known in found.known.items():
            key = "sha256" if table == "evidence" else "id"
            present = {str(row[0]) for row in conn.execute(f"SELECT {key} FROM {table}")}
            lost += len(known - present)
    finally:
        conn.close()
    return facts, checks, lost


def _insert(
    conn: sqlite3.Connection, table: _Table, rows: dict[tuple[Value, ...], tuple[Value, ...]]
) -> None:
    """The rows of one table in their first order, keeping their rowids (the chain's marks
    count by them); a row that does not fit, or repeats a key, is left out."""
    for key in sorted(rows, key=str if not table.rowid else lambda k: k[0] or 0):
        values = rows[key]
        if not table.fits(values):
            continue
        names = [column[0] for column in table.columns[: len(values)]]
        if table.rowid:
            names, values = ["rowid", *names], (*key, *values)
        marks = ", ".join("?" * len(names))
        conn.execute(
            f"INSERT OR IGNORE INTO {table.name} ({', '.join(names)}) VALUES ({marks})", values
        )


__all__ = ["COPY_NAME", "ReadableCopy", "read_only_copy"]
