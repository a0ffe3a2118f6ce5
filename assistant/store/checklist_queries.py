"""The store's queries of the guided checklists: runs, their steps' marks, their finishes.

Part of :class:`~assistant.store.database.Store` (it inherits them), kept apart
so each module holds one idea. A run called off (withdrawn, see
:mod:`assistant.rules.withdrawals`) no longer counts, nor do its steps' marks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.records import Account, ChecklistFinish, ChecklistRun, Evidence, StepMark
from assistant.store.current import not_revoked, not_withdrawn
from assistant.store.rows import from_row, to_row

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils


class ChecklistQueries:
    """Writing and reading the checklists' records (a mixin of the store)."""

    if TYPE_CHECKING:  # the store's own, which these queries use

        def _writing(self) -> AbstractContextManager[sqlite_utils.Database]: ...

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

        def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]: ...

    def add_run(self, run: ChecklistRun) -> None:
        with self._writing() as db:
            db.table("checklist_runs").insert(to_row(run))

    def add_step_mark(self, mark: StepMark, evidence: Iterable[Evidence] = ()) -> None:
        """Record a step done (or undone) and any evidence file it names, together."""
        with self._writing() as db:
            db.table("evidence").insert_all((to_row(e) for e in evidence), pk="sha256", ignore=True)
            db.table("step_marks").insert(to_row(mark))

    def add_finish(self, finish: ChecklistFinish, accounts: Iterable[Account] = ()) -> None:
        """Record a finished run, with any account version that finishing brings."""
        with self._writing() as db:
            db.table("checklist_finishes").insert(to_row(finish))
            db.table("accounts").insert_all(to_row(a) for a in accounts)

    def checklist_records(
        self, account_id: str | None = None, *, withdrawn: bool = False
    ) -> tuple[list[ChecklistRun], list[StepMark], list[ChecklistFinish]]:
        """Every run that counts (of one account, or of all), with all their marks and
        finishes; ``withdrawn`` keeps the runs called off in (for the account's page)."""
        conditions = ([] if withdrawn else [not_withdrawn("checklist_runs")]) + (
            ["account_id = ?"] if account_id else []
        )
        runs_where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        params = [account_id] if account_id else []
        runs = self._query(
            f"SELECT * FROM checklist_runs {runs_where} ORDER BY recorded_at", params
        )
        of_runs = (
            f"WHERE {not_revoked()} AND run_id IN (SELECT id FROM checklist_runs {runs_where})"
        )
        marks = self._query(f"SELECT * FROM step_marks {of_runs} ORDER BY recorded_at", params)
        finishes = self._query(f"SELECT * FROM checklist_finishes {of_runs}", params)
        return (
            [from_row(ChecklistRun, row) for row in runs],
            [from_row(StepMark, row) for row in marks],
            [from_row(ChecklistFinish, row) for row in finishes],
        )

    def first_finishes(self) -> dict[str, dict[str, date]]:
        """Per account and checklist id, the first day a run of it was finished.

        A run counts its first finish recorded (a second, from another
        workstation, changes nothing), as :func:`assistant.rules.checklists.run_states` has it.
        """
        rows = self._rows(
            "SELECT r.account_id, r.checklist_id, min(f.finished_on) FROM checklist_runs r "
            "JOIN checklist_finishes f ON f.id = (SELECT id FROM checklist_finishes "
            f"WHERE run_id = r.id AND {not_revoked()} ORDER BY recorded_at, id LIMIT 1) "
            f"WHERE {not_withdrawn('checklist_runs', 'r.')} "
            "GROUP BY r.account_id, r.checklist_id"
        )
        result: dict[str, dict[str, date]] = {}
        for account_id, checklist_id, day in rows:
            result.setdefault(str(account_id), {})[str(checklist_id)] = date.fromisoformat(day)
        return result
