"""Which facts count: the SQL condition every query of the log's current entries shares.

A fact counts when no later version supersedes it, nobody withdrew it
(:class:`~assistant.corrections.Withdrawal`) and it did not come from a
workstation the information unit revoked
(:class:`~assistant.corrections.Revocation`; the table
``revoked_workstations`` holds those in force). Queries that show the log as
it was kept, withdrawn entries too, leave the withdrawals out.
"""

from __future__ import annotations

_SUPERSEDED = "{p}id NOT IN (SELECT supersedes FROM {table} WHERE supersedes IS NOT NULL)"
_WITHDRAWN = "{p}{key} NOT IN (SELECT fact_id FROM withdrawals WHERE kind = '{table}')"
_REVOKED = "{p}origin NOT IN (SELECT workstation_id FROM revoked_workstations)"


def current(
    table: str, prefix: str = "", *, versioned: bool = True, withdrawn: bool = False
) -> str:
    """The condition that a row of ``table`` (named ``prefix`` + column) counts.

    ``versioned`` tables have a ``supersedes`` column; ``withdrawn`` keeps the
    withdrawn rows in (for the pages that show them marked).
    """
    conditions = [not_revoked(prefix)]
    if versioned:
        conditions.append(_SUPERSEDED.format(p=prefix, table=table))
    if not withdrawn:
        conditions.append(not_withdrawn(table, prefix))
    return " AND ".join(conditions)


def not_withdrawn(table: str, prefix: str = "", key: str = "id") -> str:
    """The condition that nobody withdrew the row of ``table`` whose ``key`` is named so."""
    return _WITHDRAWN.format(p=prefix, key=key, table=table)


def not_revoked(prefix: str = "") -> str:
    """The condition that the row did not come from a revoked workstation."""
    return _REVOKED.format(p=prefix)
