"""Facts in bulk: years of a made-up log written at once, for the demo and the benchmarks.

The demo's municipality (:mod:`assistant.demo.build`) and the benchmarks'
teams hold hundreds of thousands of checks, far too many to record one by
one. A bulk load writes them as plain rows (``executemany``) in one
transaction, with a large cache while the indexes grow, and leaves the
database's log emptied once done. The rows go through the real schema, so
its constraints hold as for any write.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from assistant.store.connection import storage_errors
from assistant.store.database import Store
from assistant.store.rows import to_row
from assistant.store.schema import TABLES


class BulkLoad:
    """The facts of one bulk load, added in its transaction (see :func:`bulk_load`)."""

    def __init__(self, store: Store) -> None:
        self._conn = store._conn

    def add(self, records: Sequence[Any]) -> None:
        """Records all of one kind (people, accounts, evidence, cullings…), in its table."""
        if records:
            rows = [to_row(record) for record in records]
            columns = list(rows[0])
            self.add_rows(
                TABLES[type(records[0])], columns, [tuple(row[c] for c in columns) for row in rows]
            )

    def add_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows of ``table`` as tuples in the order of ``columns``: the fastest way in."""
        marks = ", ".join("?" * len(columns))
        self._conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


@contextmanager
def bulk_load(store: Store) -> Iterator[BulkLoad]:
    """One transaction for a bulk load: all of it is written, or, on any exception, none.

    What fails in SQLite comes out as
    :class:`~assistant.store.connection.StorageError`. Other writes of the
    store may take part (they are savepoints of this transaction).
    """
    with storage_errors():
        store._conn.execute("PRAGMA cache_size = -262144")  # 256 MB: the indexes grow fast
    with store.transaction():
        yield BulkLoad(store)
    with storage_errors():
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
