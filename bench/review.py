"""How long the manager's review takes to read: what the Review screen waits for.

    python -m bench.review [--accounts 200 --people 60 --years 10 --runs 7]
    python -m bench.review --data-dir DIR   # a folder made by `kontokoll demo`, as of today

Makes the demo municipality (:func:`assistant.demo.build.make_demo`: daily checks,
removals, cullings, documentation and absences for every year) or opens
``--data-dir``, then times, on the real store, ``reading.review`` for every
account as the Review's worker reads it (nothing kept from before) over

- this quarter, the last 365 days (the issue's target: under 100 ms at 200
  accounts) and last calendar year;
- one department's last 365 days;
- all the years;

each beside its reference measured in the same run: SQLite handing over the
period's check rows (account, day, when logged), nothing worked out. Then
writing the last 365 days' review as CSV and as XLSX. Each figure is the
median and the spread (fastest–slowest) of the runs; nothing is asserted.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assistant.demo.build import make_demo
from assistant.exports.review import write_review_csv, write_review_xlsx
from assistant.paths import DATABASE_NAME
from assistant.rules.review import ReviewFilter
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace, open_workspace
from bench.timing import Timing, timed

TODAY = date(2026, 11, 20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="a demo folder to use, as of today")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.data_dir:
            data_dir, today = args.data_dir, date.today()
            what = f"{args.data_dir}, as of {today}"
        else:
            data_dir, today = Path(folder) / "data", TODAY
            made = make_demo(
                data_dir, accounts=args.accounts, people=args.people, years=args.years, today=today
            )
            what = f"{args.accounts} accounts, {args.people} people, {args.years} years"
            what += f" ({made.checks:,} checks)"
        print(f"{what}; median (fastest–slowest) of {args.runs} runs")
        with open_workspace(data_dir) as workspace:
            _measure(workspace, data_dir, today, args.runs, Path(folder))


def _measure(workspace: Workspace, data_dir: Path, today: date, runs: int, out: Path) -> None:
    raw = sqlite3.connect(data_dir / DATABASE_NAME)

    def review(first: date, last: date, department: str = "") -> Callable[[], object]:
        def read() -> object:
            workspace.log.clear()  # as the Review's worker: nothing read before is kept
            return reading.review(workspace, ReviewFilter(first, last, department), today)

        return read

    def rows(first: date, last: date) -> Callable[[], object]:
        sql = "SELECT account_id, day, recorded_at FROM daily_checks WHERE day BETWEEN ? AND ?"
        return lambda: raw.execute(sql, (first.isoformat(), last.isoformat())).fetchall()

    quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    year_ago = today - timedelta(days=364)
    oldest = raw.execute("SELECT min(day) FROM daily_checks").fetchone()[0]
    periods = [
        ("this quarter", quarter, today, ""),
        ("the last 365 days (target < 100 ms)", year_ago, today, ""),
        ("last calendar year", date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), ""),
        ("one department, the last 365 days", year_ago, today, reading.departments(workspace)[0]),
        ("all the years", date.fromisoformat(oldest) if oldest else year_ago, today, ""),
    ]
    results: list[tuple[str, Timing, str]] = []
    for label, first, last, department in periods:
        count = raw.execute(
            "SELECT count(*) FROM daily_checks WHERE day BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat()),
        ).fetchone()[0]
        reading_it = timed(runs, review(first, last, department))
        reference = timed(runs, rows(first, last))
        results.append((f"review, {label}", reading_it, f"  = {reading_it.ratio(reference):.2f} ×"))
        results.append((f"  reference: its {count:,} check rows", reference, ""))
    raw.close()
    figures = reading.review(workspace, ReviewFilter(year_ago, today), today)
    people = reading.people(workspace)
    pack = workspace.pack
    csv_path, xlsx_path = out / "granskning.csv", out / "granskning.xlsx"
    results.append(
        (
            "CSV of the last 365 days",
            timed(
                runs,
                lambda: write_review_csv(
                    figures, csv_path, pack=pack, language="sv", people=people
                ),
            ),
            "",
        )
    )
    generated = datetime(2026, 11, 20, 9, tzinfo=UTC)
    results.append(
        (
            "XLSX of the last 365 days, with its missed days",
            timed(
                max(1, runs // 2),
                lambda: write_review_xlsx(
                    figures,
                    xlsx_path,
                    pack=pack,
                    language="sv",
                    generated_at=generated,
                    people=people,
                ),
            ),
            "",
        )
    )
    print(f"  {len(figures.accounts)} accounts reviewed over the last 365 days")
    for label, timing, note in results:
        print(f"  {label + ':':52}{timing}{note}")


if __name__ == "__main__":
    main()
