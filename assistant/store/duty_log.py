"""Reading the recurring duties' log: the current cullings, documentation, revisions and
larger changes, of one account or of all, in full or each account's newest only.

:meth:`assistant.store.database.Store.duty_log` hands its query function in;
this module composes the statements and builds the records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any

from assistant.records import Culling, Documentation, DutyLog, LargerChange, Revision
from assistant.store.current import current as counts
from assistant.store.rows import from_row
from assistant.store.schema import TABLES

Query = Callable[[str, Sequence[Any]], list[dict[str, Any]]]
"""Runs a statement with its parameters; the rows as dictionaries."""


def read_duty_log(
    query: Query, account_id: str | None, latest: bool, withdrawn: bool = False
) -> DutyLog:
    """The current records of the recurring duties (of ``account_id``, or of every account).

    ``latest`` keeps only each account's newest culling, documentation and
    larger change: all that what is due next depends on, and far less to read
    from a log of many years. ``withdrawn`` keeps the withdrawn records in.
    """

    def current(cls: type[Any], order: str, per_account: bool = True) -> tuple[Any, ...]:
        table = TABLES[cls]
        versioned = "supersedes" in {f.name for f in fields(cls)}
        where = [counts(table, versioned=versioned, withdrawn=withdrawn)]
        params: list[Any] = []
        if per_account and account_id is not None:
            where.append("account_id = ?")
            params.append(account_id)
        condition = " AND ".join(where)
        chosen = f"SELECT * FROM {table} WHERE {condition}"
        if latest and per_account:
            # SQLite fills the other columns from the row holding the max: each account's
            # newest (by day, then when it was logged; the day has a fixed length), found
            # in one pass, where numbering every row per account sorted them all first.
            chosen = (
                f"SELECT *, max({order} || ' ' || recorded_at) AS newest FROM {table} "
                f"WHERE {condition} GROUP BY account_id"
            )
        rows = query(f"{chosen} ORDER BY {order}, recorded_at", params)
        return tuple(from_row(cls, row) for row in rows)

    return DutyLog(
        cullings=current(Culling, "done_on"),
        documentations=current(Documentation, "done_on"),
        revisions=current(Revision, "done_on", per_account=False),
        larger_changes=current(LargerChange, "changed_on"),
    )
