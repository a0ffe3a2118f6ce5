"""How long the manager's review takes to read: what the Review screen waits for.

    python -m bench.review [--accounts 200 --people 60 --years 10 --runs 5]

Makes the demo municipality (:func:`assistant.demo.build.make_demo`: daily checks,
removals, cullings, documentation and absences for every year), then times,
on the real store, ``reading.review`` for every account over

- the last year (the issue's target: under 0.3 s at 200 accounts);
- one department's last year;
- all the years;

and writing the last year's review as CSV and as XLSX. Figures are printed,
not asserted: they depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assistant.demo.build import make_demo
from assistant.exports.review import write_review_csv, write_review_xlsx
from assistant.rules.review import ReviewFilter
from assistant.workspace import reading
from assistant.workspace.data_folder import open_workspace

TODAY = date(2026, 11, 20)


def timed(runs: int, work: Callable[[], object]) -> float:
    """The median time of ``runs`` runs, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        start = time.perf_counter()
        made_up = make_demo(
            data_dir, accounts=args.accounts, people=args.people, years=args.years, today=TODAY
        )
        made = time.perf_counter() - start
        workspace = open_workspace(data_dir)
        pack = workspace.pack

        def review(first: date, department: str = "") -> Callable[[], object]:
            chosen = ReviewFilter(first, TODAY, department=department)

            def read() -> object:
                workspace.log.clear()  # as the Review's worker: nothing read before is kept
                return reading.review(workspace, chosen, TODAY)

            return read

        year_ago = TODAY - timedelta(days=364)
        everything = date(TODAY.year - args.years, TODAY.month, TODAY.day)
        department = reading.departments(workspace)[0]
        last_year = timed(args.runs, review(year_ago))
        one_department = timed(args.runs, review(year_ago, department))
        all_years = timed(max(1, args.runs // 2), review(everything))
        figures = reading.review(workspace, ReviewFilter(year_ago, TODAY), TODAY)
        csv_path, xlsx_path = Path(folder) / "granskning.csv", Path(folder) / "granskning.xlsx"
        people = reading.people(workspace)
        csv_time = timed(
            args.runs,
            lambda: write_review_csv(figures, csv_path, pack=pack, language="sv", people=people),
        )
        xlsx_time = timed(
            args.runs,
            lambda: write_review_xlsx(
                figures,
                xlsx_path,
                pack=pack,
                language="sv",
                generated_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
                people=people,
            ),
        )
        checks = made_up.checks
        workspace.close()
    print(
        f"{args.accounts} accounts, {args.people} people, {args.years} years "
        f"({checks:,} checks; made in {made:.1f} s); median of {args.runs} runs"
    )
    for label, figure in (
        ("review, every account, last year (target < 300 ms)", last_year),
        ("review, one department, last year", one_department),
        (f"review, every account, all {args.years} years", all_years),
        ("CSV of the last year", csv_time),
        ("XLSX of the last year, with its missed days", xlsx_time),
    ):
        print(f"  {label + ':':<52} {figure:7.1f} ms")


if __name__ == "__main__":
    main()
