"""How long working out every duty takes: what the GUI thread does on each refresh.

    python -m bench.duties [--accounts 50 --people 16 --years 2 --runs 7]

Fills a data folder with the made-up municipality of ``kontokoll demo``
(daily checks, absences, removals, cullings about every three months,
documentations each March and October), then times, on the real store:

- ``reading.duties``: every duty of the workstation's user, as Today's duty
  list, the tray menu and each reminder read them (nothing kept from before);
- the same for every person (the information unit's view);
- ``reading.calendar_entries`` + ``write_ics`` for twelve months (the export).

The issue names no figures for these; they run on the GUI thread, so they
should stay well under the architecture's 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from assistant.exports.calendar import write_ics
from assistant.workspace import reading
from assistant.workspace.data_folder import open_workspace
from bench.municipality import fill

TODAY = date(2026, 11, 20)


def timed(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--people", type=int, default=16)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        fill(data_dir, accounts=args.accounts, years=args.years, today=TODAY, people=args.people)
        workspace = open_workspace(data_dir)
        me = reading.my_id(workspace)

        def duties(person_id: str | None) -> list[object]:
            workspace.log.clear()  # as after a change: nothing read before is kept
            return list(reading.duties(workspace, TODAY, "sv", person_id))

        mine = timed(args.runs, lambda: duties(me))
        everyone = timed(args.runs, lambda: duties(None))
        count = len(duties(None))
        out = Path(folder) / "uppgifter.ics"

        def export() -> None:
            workspace.log.clear()
            entries = reading.calendar_entries(workspace, TODAY, 12, "sv", everyone=True)
            write_ics(entries, out, now=datetime(2026, 11, 20, 9, tzinfo=UTC))

        exported = timed(args.runs, export)
        workspace.close()
    print(
        f"{args.accounts} accounts, {args.people} people, {args.years} years, "
        f"median of {args.runs} runs"
    )
    print(f"  duties of the workstation's user: {mine:7.1f} ms")
    print(f"  duties of everyone ({count} items):  {everyone:7.1f} ms")
    print(f"  calendar export, 12 months (.ics): {exported:7.1f} ms")


if __name__ == "__main__":
    main()
