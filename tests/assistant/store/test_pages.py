"""Reading a database file page by page gives what SQLite itself reads, value for value.

The page reader (:mod:`assistant.store.pages`) is what is left when SQLite gives
up on a damaged file, so on a whole file it must read every row exactly as
SQLite does: long values spread over overflow pages, numbers of every width,
NULLs, blobs, every page size; and tell the page size when the header is gone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.store import pages

values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=3000),
    st.binary(max_size=70000),
)
rows_of_values = st.lists(st.tuples(values, values, values), min_size=1, max_size=40)


def made(
    path: Path, page_size: int, table_rows: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("CREATE TABLE t (a, b, c)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", table_rows)
    conn.commit()
    read = conn.execute("SELECT rowid, a, b, c FROM t ORDER BY rowid").fetchall()
    conn.close()
    return read


def read_by_pages(data: bytes) -> list[tuple[object, ...]]:
    file = pages.page_file(data)
    (root,) = [
        cell.values[3]
        for number in file.tree(1)[0]
        for cell in file.cells(number)
        if cell.values[1] == "t"
    ]
    assert isinstance(root, int)
    found = [
        (cell.rowid, *cell.values) for number in file.tree(root)[0] for cell in file.cells(number)
    ]
    assert file.bad_cells == 0
    return sorted(found, key=lambda row: row[0])  # type: ignore[arg-type,return-value]


@pytest.mark.parametrize("page_size", [512, 4096, 8192, 65536])
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table_rows=rows_of_values)
def test_every_row_is_read_as_sqlite_reads_it(
    tmp_path: Path, page_size: int, table_rows: list[tuple[object, ...]]
) -> None:
    path = tmp_path / "values.db"
    expected = made(path, page_size, table_rows)
    assert read_by_pages(path.read_bytes()) == expected


@pytest.mark.parametrize("page_size", [1024, 4096, 8192, 32768])
def test_the_page_size_is_told_from_the_pages_when_the_header_is_gone(
    tmp_path: Path, page_size: int
) -> None:
    path = tmp_path / "values.db"
    made(path, page_size, [(n, "a check's notes " * 40, None) for n in range(400)])
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)

    assert pages.page_file(bytes(data)).page_size == page_size


def test_a_record_whose_header_does_not_add_up_is_refused() -> None:
    with pytest.raises(pages.UnreadableError):
        pages.record(bytes([5, 1, 1, 1, 1]))  # a header longer than the record
