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

# A correction hides what it corrects only when made by whoever recorded that, or by an
# officer of its account, and not from a revoked workstation: anyone else withdraws it
# (with a reason) and logs anew.
_REVOKED_IDS = "(SELECT workstation_id FROM revoked_workstations)"
_BY_AN_OFFICER = (
    "EXISTS (SELECT 1 FROM accounts a, json_each(a.officer_ids) j "
    "WHERE a.account_id = o.account_id AND j.value = s.recorded_by "
    f"AND a.origin NOT IN {_REVOKED_IDS})"
)
_SUPERSEDED = (
    "{p}id NOT IN (SELECT s.supersedes FROM {table} s JOIN {table} o ON o.id = s.supersedes "
    # "> ''" (every id is text, never empty) lets SQLite seek the few corrections in the
    # supersedes index; with "IS NOT NULL" beside the join it scans every check.
    f"WHERE s.supersedes > '' AND (s.recorded_by = o.recorded_by{{officer}}) "
    f"AND s.origin NOT IN {_REVOKED_IDS})"
)
_WITHDRAWN = "{p}{key} NOT IN (SELECT fact_id FROM withdrawals WHERE kind = '{table}')"
_REVOKED = "{p}origin NOT IN " + _REVOKED_IDS


def current(
    table: str, prefix: str = "", *, versioned: bool = True, withdrawn: bool = False
) -> str:
    """The condition that a row of ``table`` (named ``prefix`` + column) counts.

    ``versioned`` tables have a ``supersedes`` column; ``withdrawn`` keeps the
    withdrawn rows in (for the pages that show them marked).
    """
    conditions = [not_revoked(prefix)]
    if versioned:
        officer = "" if table == "revisions" else f" OR {_BY_AN_OFFICER}"
        conditions.append(_SUPERSEDED.format(p=prefix, table=table, officer=officer))
    if not withdrawn:
        conditions.append(not_withdrawn(table, prefix))
    return " AND ".join(conditions)


def not_withdrawn(table: str, prefix: str = "", key: str = "id") -> str:
    """The condition that nobody withdrew the row of ``table`` whose ``key`` is named so."""
    return _WITHDRAWN.format(p=prefix, key=key, table=table)


def not_revoked(prefix: str = "") -> str:
    """The condition that the row did not come from a revoked workstation."""
    return _REVOKED.format(p=prefix)
