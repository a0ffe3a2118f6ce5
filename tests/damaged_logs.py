"""Real logs with real damage, for the tests of opening a damaged log read-only.

A small made-up municipality's log (``kontokoll demo``: four accounts, a year
of daily checks) is made once per test session and copied into each test's
data folder, where the test damages it the ways disks and copies do: cut
short, a block of 4 KiB overwritten with random bytes in the middle, the
header or the whole first page zeroed, emptied to 0 bytes.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from assistant.demo.build import make_demo
from assistant.paths import DATABASE_NAME
from tests.factories import FRIDAY

BLOCK = 4096


def make_demo_log(folder: Path) -> Path:
    """A small demo log made in ``folder`` (which must not exist yet), closed and whole."""
    make_demo(folder, accounts=4, people=8, years=1, seed=3, today=FRIDAY)
    return folder


def copy_log(template: Path, data_dir: Path) -> Path:
    """The demo log copied into ``data_dir``; returns the database file."""
    shutil.copytree(template, data_dir, dirs_exist_ok=True)
    return data_dir / DATABASE_NAME


def cut_in_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def garble_the_middle(path: Path) -> None:
    """4 KiB of random bytes written over the middle of the file."""
    noise = random.Random(14).randbytes(BLOCK)
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(noise)


def garble_the_checks(path: Path) -> None:
    """4 KiB of random bytes written over the start of a page of daily checks mid-file."""
    leaves = [
        int(str(page))
        for (page,) in rows(
            path, "SELECT pageno FROM dbstat WHERE name = 'daily_checks' AND pagetype = 'leaf'"
        )
    ]
    size = int(str(rows(path, "PRAGMA page_size")[0][0]))
    page = sorted(leaves)[len(leaves) // 2]
    with path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(random.Random(14).randbytes(BLOCK))


def garble_the_root_of_the_checks(path: Path) -> None:
    """4 KiB of random bytes over the start of the page that leads to every page of checks."""
    (root,) = rows(path, "SELECT rootpage FROM sqlite_master WHERE name = 'daily_checks'")[0]
    size = int(str(rows(path, "PRAGMA page_size")[0][0]))
    with path.open("r+b") as file:
        file.seek((int(str(root)) - 1) * size)
        file.write(random.Random(15).randbytes(BLOCK))


def zero_the_header(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(bytes(100))


def zero_the_first_page(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(bytes(BLOCK))


def empty(path: Path) -> None:
    os.truncate(path, 0)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut in half": cut_in_half,
    "4 KiB garbled in the middle": garble_the_middle,
    "4 KiB of checks garbled": garble_the_checks,
    "the root of the checks garbled": garble_the_root_of_the_checks,
    "header zeroed": zero_the_header,
    "first page zeroed": zero_the_first_page,
}


def fingerprint(data_dir: Path) -> dict[str, tuple[str, int, int]]:
    """Every file in the data folder's top level: its SHA-256, size and modification time."""
    return {
        entry.name: (
            hashlib.sha256(entry.read_bytes()).hexdigest(),
            entry.stat().st_size,
            entry.stat().st_mtime_ns,
        )
        for entry in sorted(data_dir.iterdir())
        if entry.is_file()
    }


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows read from a whole database file, past the store, leaving no file beside it."""
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()
