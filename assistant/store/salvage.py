"""A readable copy of a data folder's database, made without writing to it or beside it.

A person whose log is damaged must still be able to look at what it holds and
export the review. The database is therefore never opened by SQLite where it
lies: its bytes (and its write-ahead log's) are read into memory, and what can
be read of them is written into a new database in a temporary folder of the
copy's own, which the store then opens read-only
(:meth:`~assistant.store.database.Store.open_read_only`). Nothing is migrated
or chained in the data folder, and the file keeps its bytes and its time.

A file SQLite finds whole is copied as it is (and brought to this version's
schema, in the copy). Of a damaged one, a copy has its header mended (a
zeroed header, a size that no longer matches a file cut short), and SQLite
copies every table it can still read whole into a new database of this
version's schema; the tables it cannot are read page by page
(:mod:`assistant.store.salvage_pages`). What was lost is counted by the
facts the log's chain and the tables' own keys know of that could not be
read.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.files import PRIVATE, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.store import pages
from assistant.store.connection import newer_kontokoll, run_migrations, transaction
from assistant.store.pages import PageFile, Value
from assistant.store.salvage_pages import DERIVED, Root, Rows, Table, read_pages, tables
from assistant.store.schema import FACT_KEYS, FACT_TABLES, SCHEMA_VERSION

COPY_NAME = "kontokoll-read-only.db"
_AS_FOUND = "as-found.db"


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
    found = _copied_whole(path, image, copy) or _salvaged(path, image, folder)
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
        found = replace(found, wal_unread=True)
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


# -- a damaged file ---------------------------------------------------------------------


def _salvaged(path: Path, image: bytes, folder: Path) -> ReadableCopy:
    """What can be read of a damaged file: SQLite's reading where it can, the pages' elsewhere."""
    file = pages.page_file(image)
    as_found = folder / _AS_FOUND
    write_file_atomically(as_found, _mended(image, file), mode=PRIVATE)
    copy = folder / COPY_NAME
    conn = sqlite3.connect(copy.as_uri(), uri=True, isolation_level=None)
    try:
        with transaction(conn):
            run_migrations(conn, 0)
        roots = _schema_of(conn, as_found)
        whole = _copied_by_sqlite(conn, roots) if roots is not None else set()
        found = read_pages(
            pages.page_file(image),
            roots,
            whole,
            lambda: {
                str(i): str(t) for i, t in conn.execute("SELECT fact_id, fact_table FROM chain")
            },
        )
        if roots is not None:
            conn.execute("DETACH DATABASE found")
        with transaction(conn):
            for name, rows in found.rows.items():
                _insert(conn, tables()[name], rows)
            conn.execute("DELETE FROM workstation WHERE key = 'derived_from'")
        lost = _lost(conn, found.known)
        facts, checks = _counted(conn)
    finally:
        conn.close()
        as_found.unlink(missing_ok=True)
    return ReadableCopy(
        path,
        copy,
        damaged=True,
        facts=facts,
        checks=checks,
        lost=lost,
        unread_pages=found.unread_pages,
        unread_records=found.unread_records,
    )


def _mended(image: bytes, file: PageFile) -> bytes:
    """The file's whole pages with a header SQLite accepts: the one it had where there was
    one, saying the file is as long as it is now and has no write-ahead log to look for."""
    size = file.page_size
    mended = bytearray(image[: file.page_count * size])
    if not mended.startswith(pages.MAGIC):
        mended[:100] = bytes(100)
        mended[:16] = pages.MAGIC
        mended[16:18] = struct.pack(">H", 1 if size == 65536 else size)
        mended[21:24] = bytes([64, 32, 32])  # the payload fractions SQLite requires
        mended[44:48] = struct.pack(">I", 4)  # the schema format
        mended[56:60] = struct.pack(">I", 1)  # UTF-8
    mended[18:20] = b"\x01\x01"
    mended[28:32] = struct.pack(">I", file.page_count)
    mended[92:96] = mended[24:28]  # so SQLite believes the size just written
    return bytes(mended)


def _schema_of(conn: sqlite3.Connection, as_found: Path) -> dict[int, Root] | None:
    """The root page of each table and index, as SQLite reads the file's schema (attached as
    ``found``); None if it cannot, and the file is then not attached."""
    try:
        conn.execute("ATTACH DATABASE ? AS found", [f"{as_found.as_uri()}?mode=ro&immutable=1"])
    except sqlite3.DatabaseError:
        return None
    try:
        rows = conn.execute("SELECT type, name, tbl_name, rootpage FROM found.sqlite_master")
        return {
            int(root): (str(kind), str(name), str(table))
            for kind, name, table, root in rows.fetchall()
            if kind in ("table", "index") and isinstance(root, int) and root > 1
        }
    except sqlite3.DatabaseError:
        conn.execute("DETACH DATABASE found")
        return None


def _copied_by_sqlite(conn: sqlite3.Connection, roots: dict[int, Root]) -> set[str]:
    """Copy each table SQLite can read whole into the new database; returns their names."""
    present = {table for kind, _name, table in roots.values() if kind == "table"}
    copied = set()
    for name, table in tables().items():
        if name in DERIVED or name not in present:
            continue
        ours = [column[0] for column in table.columns]
        try:
            theirs = [str(row[1]) for row in conn.execute(f"PRAGMA found.table_info({name})")]
            if not theirs or theirs != ours[: len(theirs)]:
                continue  # not a table of Kontokoll's: its rows are not taken
            columns = ", ".join((["rowid"] if table.rowid else []) + theirs)
            with transaction(conn):
                conn.execute(
                    f"INSERT OR IGNORE INTO main.{name} ({columns}) "
                    f"SELECT {columns} FROM found.{name}"
                )
        except sqlite3.DatabaseError:
            continue  # damaged: read page by page
        copied.add(name)
    return copied


def _insert(conn: sqlite3.Connection, table: Table, rows: Rows) -> None:
    """The rows of one table in their first order, keeping their rowids (the chain's marks
    count by them); a row that does not fit, or repeats a key, is left out."""
    by_width: dict[int, list[tuple[Value, ...]]] = {}
    for key in sorted(rows, key=str if not table.rowid else lambda k: k[0] or 0):
        values = rows[key]
        if table.fits(values):
            by_width.setdefault(len(values), []).append((*key, *values) if table.rowid else values)
    for width, kept in by_width.items():
        names = (["rowid"] if table.rowid else []) + [c[0] for c in table.columns[:width]]
        marks = ", ".join("?" * len(names))
        conn.executemany(
            f"INSERT OR IGNORE INTO {table.name} ({', '.join(names)}) VALUES ({marks})", kept
        )


def _lost(conn: sqlite3.Connection, known: list[tuple[str, str]]) -> int:
    """How many facts the chain (as copied) and the tables' keys know of are not in the copy."""
    conn.execute("CREATE TEMP TABLE known (fact_table TEXT, fact_id TEXT)")
    conn.execute("INSERT INTO temp.known SELECT fact_table, fact_id FROM main.chain")
    conn.executemany("INSERT INTO temp.known VALUES (?, ?)", set(known))
    conn.execute("CREATE INDEX temp.known_by_table ON known (fact_table, fact_id)")
    lost = 0
    for table in FACT_TABLES:
        (missing,) = conn.execute(
            "SELECT count(DISTINCT fact_id) FROM temp.known AS k WHERE fact_table = ? AND "
            f"NOT EXISTS (SELECT 1 FROM main.{table} WHERE {FACT_KEYS[table]} = k.fact_id)",
            [table],
        ).fetchone()
        lost += int(missing)
    conn.execute("DROP TABLE temp.known")
    return lost
