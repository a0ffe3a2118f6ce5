"""The database file read directly, past the store, for the store's tests.

What no record says (a pragma, the tables there are, a superseded row, a
backup's contents) is read straight from the file with :func:`raw`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read a database file directly, bypassing the store."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()
