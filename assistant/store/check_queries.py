"""The store's queries of the daily checks: recording one, and reading those that count.

Part of :class:`~assistant.store.database.Store` (it inherits them), kept apart
so each module holds one idea. What counts is :mod:`assistant.store.current`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.records import DailyCheck, Evidence, Removal
from assistant.store.current import current, not_withdrawn
from assistant.store.rows import from_row, to_row

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils


class CheckQueries:
    """Writing and reading the daily checks and their removals (a mixin of the store)."""

    if TYPE_CHECKING:  # the store's own, which these queries use

        def _writing(self) -> AbstractContextManager[sqlite_utils.Database]: ...

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

        def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]: ...

    def add_check(self, check: DailyCheck, evidence: Iterable[Evidence] = ()) -> None:
        """Record a check with its removals and their evidence in one transaction."""
        with self._writing() as db:
            db.table("evidence").insert_all((to_row(e) for e in evidence), pk="sha256", ignore=True)
            db.table("daily_checks").insert(to_row(check))
            db.table("removals").insert_all(to_row(r) for r in check.removals)

    def checked_days(
        self, account_ids: Iterable[str], first: date, last: date
    ) -> dict[str, set[date]]:
        """Per account, the days from ``first`` to ``last`` that have a current check."""
        ids = list(account_ids)
        if not ids:
            return {}
        rows = self._rows(
            "SELECT DISTINCT account_id, day FROM daily_checks "
            f"WHERE {current('daily_checks')} "
            f"AND account_id IN ({', '.join('?' * len(ids))}) AND day >= ? AND day <= ?",
            [*ids, first.isoformat(), last.isoformat()],
        )
        result: dict[str, set[date]] = {}
        for account_id, day in rows:
            result.setdefault(account_id, set()).add(date.fromisoformat(day))
        return result

    def checks(
        self,
        account_ids: Iterable[str] | None = None,
        first: date | None = None,
        last: date | None = None,
        *,
        withdrawn: bool = False,
    ) -> list[DailyCheck]:
        """Current checks (not superseded, not withdrawn), optionally for some accounts and days.

        ``withdrawn`` brings the withdrawn checks and removals too, for a page
        that shows them marked (:meth:`withdrawals` says which they are).
        """
        where = [current("daily_checks", withdrawn=withdrawn)]
        params: list[Any] = []
        if account_ids is not None:
            ids = list(account_ids)
            where.append(f"account_id IN ({', '.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
        if first is not None:
            where.append("day >= ?")
            params.append(first.isoformat())
        if last is not None:
            where.append("day <= ?")
            params.append(last.isoformat())
        condition = " AND ".join(where)
        rows = self._query(
            f"SELECT * FROM daily_checks WHERE {condition} ORDER BY day, recorded_at", params
        )
        removals: dict[str, list[Removal]] = {}
        kept = "" if withdrawn else f"{not_withdrawn('removals')} AND "
        for row in self._query(
            f"SELECT * FROM removals WHERE {kept}check_id IN "
            f"(SELECT id FROM daily_checks WHERE {condition}) ORDER BY recorded_at",
            params,
        ):
            removals.setdefault(str(row["check_id"]), []).append(from_row(Removal, row))
        return [
            from_row(DailyCheck, row, removals=tuple(removals.get(str(row["id"]), ())))
            for row in rows
        ]
