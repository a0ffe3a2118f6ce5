"""How long working out every duty takes: what the GUI thread does on each refresh.

    python -m bench.duties [--accounts 50 --people 16 --years 2 --runs 7]
    python -m bench.duties --data-dir DIR   # a folder made by `kontokoll demo`, as of today

Fills a data folder with the made-up municipality of ``kontokoll demo``
(daily checks, absences, removals, cullings about every three months,
documentations each March and October), or opens ``--data-dir``, then
times, on the real store, each as the median and the spread (fastest to
slowest) of the runs:

- ``reading.duties``: every duty of the workstation's user, as Today's duty
  list, the tray menu and each reminder read them (nothing kept from before);
- the same for every person (the information unit's view);
- ``reading.calendar_entries`` for twelve months, every duty (the export's
  dates), beside its reference measured in the same run: reading the same
  records from SQLite (the register's lives, the people and the duty log),
  nothing planned. The ratio says what planning costs on top of reading;
  it stays the same as the log grows when the planning is linear;
- the whole export: those dates + ``write_ics``.

The duties run on the GUI thread, so they should stay well under the
architecture's 50 ms; the export runs on a worker thread.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from assistant.exports.calendar import write_ics
from assistant.rules.calendar import CalendarEntry
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace, open_workspace
from bench.municipality import fill
from bench.timing import timed

TODAY = date(2026, 11, 20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--people", type=int, default=16)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="a demo folder to use, as of today")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.data_dir:
            data_dir, today = args.data_dir, date.today()
            what = f"{args.data_dir}, as of {today}"
        else:
            data_dir, today = Path(folder) / "data", TODAY
            fill(
                data_dir, accounts=args.accounts, years=args.years, today=today, people=args.people
            )
            what = f"{args.accounts} accounts, {args.people} people, {args.years} years"
        print(f"{what}, median (fastest–slowest) of {args.runs} runs")
        _measure(open_workspace(data_dir), today, args.runs, Path(folder) / "uppgifter.ics")


def _measure(workspace: Workspace, today: date, runs: int, out: Path) -> None:
    with workspace:
        me = reading.my_id(workspace)

        def duties(person_id: str | None) -> list[object]:
            workspace.log.clear()  # as after a change: nothing read before is kept
            return list(reading.duties(workspace, today, "sv", person_id))

        def records() -> None:
            workspace.log.clear()
            workspace.log.lives()
            workspace.log.people()
            workspace.log.first_recorded_on()
            workspace.store.duty_log()

        def dates() -> list[CalendarEntry]:
            workspace.log.clear()
            return reading.calendar_entries(workspace, today, 12, "sv", everyone=True)

        def export() -> None:
            write_ics(dates(), out, now=datetime(2026, 11, 20, 9, tzinfo=UTC))

        mine = timed(runs, lambda: duties(me))
        everyone = timed(runs, lambda: duties(None))
        count = len(duties(None))
        read = timed(runs, records)
        planned = timed(runs, dates)
        events = len(dates())
        exported = timed(runs, export)
    rows = [
        ("duties of the workstation's user", mine, ""),
        (f"duties of everyone ({count} items)", everyone, ""),
        ("reading the calendar's records (reference)", read, ""),
        (
            f"calendar dates, 12 months ({events} events)",
            planned,
            f"  = {planned.median / read.median:.2f} × the reference",
        ),
        ("calendar export, 12 months (.ics)", exported, ""),
    ]
    for label, timing, note in rows:
        print(f"  {label + ':':46}{timing}{note}")


if __name__ == "__main__":
    main()
