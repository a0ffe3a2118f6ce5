"""How long saving one daily check takes, beside a plain SQLite write in the same run.

    python -m bench.recording [--accounts 50 --years 2 --saves 200]

Makes a demo log (``kontokoll demo``'s), then saves ``--saves`` checks one by
one as the check dialog does (:func:`assistant.workspace.recording.log_check`:
the rules, the transaction, and from schema 6 on the chaining of the new
facts), and as the reference the same number of one-row INSERTs, each
committed, into a scratch SQLite file in the same folder (so the disk's
sync costs both the same). Prints the median and spread of each and their
ratio. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assistant.demo.build import make_demo
from assistant.rules.cover import people_away_on
from assistant.rules.daily_check import CheckEntry
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import open_workspace

TODAY = date(2026, 11, 20)


def _spread(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"median {statistics.median(ms):6.2f} ms  (min {ms[0]:.2f}, max {ms[-1]:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "demo"
        make_demo(data_dir, accounts=args.accounts, people=16, years=args.years, today=TODAY)
        workspace = open_workspace(data_dir)
        me = reading.my_id(workspace) or ""
        account = next(a for a in workspace.log.accounts().values() if a.has_person(me))
        absences = workspace.log.absences().values()
        days = [TODAY + timedelta(days=n) for n in range(1, 800)]
        days = [
            d
            for d in days
            if workspace.calendar.is_working_day(d) and me not in people_away_on(absences, d)
        ][: args.saves]
        saving = []
        for day in days:
            entry = CheckEntry(account.account_id, day, me, reviewed=("posts",))
            now = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9)
            start = time.perf_counter()
            recording.log_check(workspace, entry, now)
            saving.append(time.perf_counter() - start)
        workspace.close()
        scratch = sqlite3.connect(Path(folder) / "scratch.db", isolation_level=None)
        scratch.execute("PRAGMA journal_mode = WAL")
        scratch.execute("CREATE TABLE t (id TEXT PRIMARY KEY, day TEXT, notes TEXT)")
        plain = []
        for number, day in enumerate(days):
            start = time.perf_counter()
            scratch.execute("BEGIN IMMEDIATE")
            scratch.execute("INSERT INTO t VALUES (?, ?, '')", [str(number), day.isoformat()])
            scratch.execute("COMMIT")
            plain.append(time.perf_counter() - start)
        scratch.close()
    print(f"{args.accounts} accounts x {args.years} years, {len(days)} checks saved one by one")
    print(f"  saving a check (log_check)      {_spread(saving)}")
    print(f"  reference: one-row INSERT       {_spread(plain)}")
    ratio = statistics.median(saving) / statistics.median(plain)
    print(f"  ratio, medians                  {ratio:6.2f} x the reference")


if __name__ == "__main__":
    main()
