"""Which facts count: the SQL condition every query of the log's current entries shares.

A fact counts when no later version supersedes it that its own recorder or an
officer of its account made (anyone else withdraws it and logs anew), nobody
withdrew it
(:class:`~assistant.corrections.Withdrawal`) and it did not come from a
workstation the information unit revoked
(:class:`~assistant.corrections.Revocation`; the table
``revoked_workstations`` holds those in force). Queries that show the log as
it was kept, withdrawn entries too, leave the withdrawals out.
"""

from __future__ import annotations

_REVOKED_IDS = "(SELECT workstation_id FROM revoked_workstations)"
_MANAGERS = "(SELECT person_id FROM role_holders WHERE role = 'manager')"
_REVOKED = "{p}origin NOT IN " + _REVOKED_IDS
# The account a withdrawn or corrected record (named e, or o) belongs to, for its officers.
_ACCOUNT_OF = {
    "daily_checks": "{e}.account_id",
    "cullings": "{e}.account_id",
    "documentations": "{e}.account_id",
    "larger_changes": "{e}.account_id",
    "checklist_runs": "{e}.account_id",
    "removals": "(SELECT c.account_id FROM daily_checks c WHERE c.id = {e}.check_id)",
}


def officer_of(account: str, person: str) -> str:
    """The condition that ``person`` is an officer in the current version of ``account``."""
    return (
        "EXISTS (SELECT 1 FROM accounts a, json_each(a.officer_ids) j "
        f"WHERE a.account_id = {account} AND j.value = {person} "
        f"AND a.origin NOT IN {_REVOKED_IDS} "
        "AND a.id NOT IN (SELECT supersedes FROM accounts WHERE supersedes IS NOT NULL))"
    )


def _allowed(table: str, entry: str, by: str, *, managers: bool) -> str:
    """Who may withdraw or correct a record: its recorder, an officer of its account, and
    (withdrawing) a manager."""
    allowed = [f"{by} = {entry}.recorded_by"]
    if table in _ACCOUNT_OF:
        allowed.append(officer_of(_ACCOUNT_OF[table].format(e=entry), by))
    if managers:
        allowed.append(f"{by} IN {_MANAGERS}")
    return "(" + " OR ".join(allowed) + ")"


def withdrawn(table: str, column: str = "w.fact_id") -> str:
    """The statement giving ``column`` of each withdrawal of ``table``'s records that counts:
    made, from a workstation not revoked, by someone who may
    (:func:`assistant.rules.withdrawals.may_withdraw`'s rule, in SQL).

    A checklist run once finished is never called off: a withdrawal of it (made on
    another workstation before the finish was merged) does not count, and what
    finishing changed stays.
    """
    finished = (
        f" AND e.id NOT IN (SELECT run_id FROM checklist_finishes WHERE {not_revoked()})"
        if table == "checklist_runs"
        else ""
    )
    return (
        f"SELECT {column} FROM withdrawals w JOIN {table} e ON e.id = w.fact_id "
        f"WHERE w.kind = '{table}' AND w.origin NOT IN {_REVOKED_IDS} "
        f"AND {_allowed(table, 'e', 'w.recorded_by', managers=True)}{finished}"
    )


def _superseded(table: str, prefix: str) -> str:
    # "> ''" (every id is text, never empty) lets SQLite seek the few corrections in the
    # supersedes index; with "IS NOT NULL" beside the join it scans every check.
    return (
        f"{prefix}id NOT IN (SELECT s.supersedes FROM {table} s "
        f"JOIN {table} o ON o.id = s.supersedes WHERE s.supersedes > '' "
        f"AND s.origin NOT IN {_REVOKED_IDS} "
        f"AND {_allowed(table, 'o', 's.recorded_by', managers=False)})"
    )


def current(
    table: str, prefix: str = "", *, versioned: bool = True, withdrawn: bool = False
) -> str:
    """The condition that a row of ``table`` (named ``prefix`` + column) counts.

    ``versioned`` tables have a ``supersedes`` column; ``withdrawn`` keeps the
    withdrawn rows in (for the pages that show them marked).
    """
    conditions = [not_revoked(prefix)]
    if versioned:
        conditions.append(_superseded(table, prefix))
    if not withdrawn:
        conditions.append(not_withdrawn(table, prefix))
    return " AND ".join(conditions)


def not_withdrawn(table: str, prefix: str = "", key: str = "id") -> str:
    """The condition that nobody who may withdrew ``table``'s row (``prefix`` + ``key``)."""
    return f"{prefix}{key} NOT IN ({withdrawn(table)})"


def not_revoked(prefix: str = "") -> str:
    """The condition that the row did not come from a revoked workstation."""
    return _REVOKED.format(p=prefix)
