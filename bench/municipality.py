"""A made-up municipality's log for benchmarks and screenshots (by :mod:`assistant.demo.build`).

``fill(data_dir, accounts=50, years=2)`` records people, accounts, absences,
a daily check for most working days (some missed, some logged late),
removals, cullings, documentations and revisions, as ``kontokoll demo`` does.
The first person is the workstation's user.

    python -m bench.municipality DIR [--accounts 200 --people 60 --years 10]

fills DIR and prints how long it took and how large the database is.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from assistant.demo.build import DemoSummary, make_demo
from assistant.paths import DATABASE_NAME


def fill(
    data_dir: Path,
    accounts: int = 50,
    years: int = 2,
    today: date = date(2026, 11, 20),
    seed: int = 1,
    people: int = 16,
) -> DemoSummary:
    """Fill ``data_dir`` with a reproducible log up to ``today``."""
    return make_demo(
        data_dir, accounts=accounts, people=people, years=years, seed=seed, today=today
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    summary = fill(
        args.data_dir, accounts=args.accounts, years=args.years, seed=args.seed, people=args.people
    )
    seconds = time.perf_counter() - start
    size = (args.data_dir / DATABASE_NAME).stat().st_size / 1e6
    print(
        f"{summary.accounts} accounts, {summary.people} people, {args.years} years: "
        f"{summary.checks} checks, {summary.removals} removals, {summary.cullings} cullings, "
        f"{summary.documentations} documentations, {summary.absences} absences, "
        f"{summary.evidence_files} evidence files"
    )
    print(f"made in {seconds:.1f} s; database {size:.0f} MB")


if __name__ == "__main__":
    main()
