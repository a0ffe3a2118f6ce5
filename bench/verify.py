"""How long ``kontokoll verify`` takes on a big municipality's log, beside SQLite's own check.

    python -m bench.verify [--accounts 200 --people 60 --years 10 --runs 3]

Makes a demo log (``kontokoll demo``'s; 200 accounts over ten years is about
400,000 records and 4,700 evidence files), then times, in turn, the whole
check (:func:`assistant.workspace.verification.verify_log`: SQLite's quick
check, every chain link by link, every record hashed against its place,
every signed head and every evidence file's SHA-256) and, as the reference
in the same run, a bare ``PRAGMA integrity_check`` of the same database.
Prints the median and spread of each and their ratio. Figures only.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from assistant.demo.build import make_demo
from assistant.paths import DATABASE_NAME
from assistant.workspace.data_folder import open_workspace
from assistant.workspace.verification import verify_log


def _integrity_check(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    try:
        conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def _verify(data_dir: Path) -> int:
    workspace = open_workspace(data_dir)
    try:
        return verify_log(workspace).facts
    finally:
        workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "demo"
        make_demo(
            data_dir,
            accounts=args.accounts,
            people=args.people,
            years=args.years,
            today=date(2026, 11, 20),
        )
        checking, reference, facts = [], [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            facts = _verify(data_dir)
            checking.append(time.perf_counter() - start)
            start = time.perf_counter()
            _integrity_check(data_dir)
            reference.append(time.perf_counter() - start)
    print(f"{args.accounts} accounts, {args.years} years: {facts} records")
    for label, times in (("kontokoll verify", checking), ("integrity_check", reference)):
        print(
            f"  {label:18} median {statistics.median(times):6.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f})"
        )
    print(f"  ratio, medians     {statistics.median(checking) / statistics.median(reference):.2f}")


if __name__ == "__main__":
    main()
