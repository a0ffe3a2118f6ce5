"""The queries behind the manager's review: lean rows, not whole records.

A year's review of a city's accounts covers some 50,000 checks. Building a
:class:`~assistant.records.DailyCheck` for each would take most of a second,
so these queries let SQLite group them: per account and day, whether a
current check exists and when the first was logged, with the day's sums;
removals counted per ground; the days of the recurring duties. Like
:meth:`assistant.store.database.Store.checks`, they leave out superseded and withdrawn
entries.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from assistant.clock import STOCKHOLM
from assistant.rules.review import CheckTally, DutyDates
from assistant.store.current import current, not_withdrawn
from assistant.store.database import Store

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _where(
    table: str, account_ids: Collection[str] | None, *, prefix: str = "", versioned: bool = True
) -> tuple[str, list[Any]]:
    """The condition for current rows of ``table`` (of some accounts), and its parameters."""
    conditions = [current(table, prefix, versioned=versioned)]
    params: list[Any] = []
    if account_ids is not None:
        if account_ids:
            conditions.append(f"{prefix}account_id IN ({', '.join('?' * len(account_ids))})")
            params.extend(account_ids)
        else:
            conditions.append("0")
    return " AND ".join(conditions), params


def check_tallies(
    store: Store, account_ids: Collection[str] | None, first: date, last: date
) -> dict[str, CheckTally]:
    """Per account, the tally of its current checks for the days ``first`` to ``last``.

    ``account_ids`` None means every account. A day's checks were logged on
    the day when the first of them was recorded before the next Stockholm
    midnight (the rule of :attr:`~assistant.records.DailyCheck.is_late`).
    """
    where, params = _where("daily_checks", account_ids)
    period = [first.isoformat(), last.isoformat()]
    days: dict[str, dict[date, bool]] = {}
    sums: dict[str, list[int]] = {}
    parsed: dict[str, tuple[date, int]] = {}
    rows = store._rows(
        # Seconds since 1970 (whole seconds, rounded down) compare exactly with a
        # midnight, whatever offset or fraction the stored instant was written with.
        "SELECT account_id, day, min(CAST(strftime('%s', recorded_at) AS INTEGER)), "
        "sum(messages_to_registrar), sum(cases_forwarded) "
        f"FROM daily_checks WHERE {where} AND day >= ? AND day <= ? GROUP BY account_id, day",
        [*params, *period],
    )
    for account_id, day_text, first_logged, messages, cases in rows:
        day_and_midnight = parsed.get(day_text)
        if day_and_midnight is None:
            day_and_midnight = parsed[day_text] = _day_and_next_midnight(day_text)
        day, midnight = day_and_midnight
        own = days.get(account_id)
        if own is None:
            own = days[account_id] = {}
            sums[account_id] = [0, 0]
        own[day] = first_logged is not None and first_logged < midnight
        totals = sums[account_id]
        totals[0] += messages
        totals[1] += cases
    grounds = removals_by_ground(store, account_ids, first, last)
    return {
        account_id: CheckTally(
            own, sums[account_id][0], sums[account_id][1], grounds.get(account_id, {})
        )
        for account_id, own in days.items()
    }


def _day_and_next_midnight(day_text: str) -> tuple[date, int]:
    """The day, and the Stockholm midnight that ends it in seconds since 1970."""
    day = date.fromisoformat(day_text)
    midnight = datetime.combine(day + timedelta(days=1), time(0), STOCKHOLM)
    return day, int((midnight - _EPOCH).total_seconds())


def removals_by_ground(
    store: Store, account_ids: Collection[str] | None, first: date, last: date
) -> dict[str, dict[str, int]]:
    """Per account, how many posts were removed on each ground in current checks of the days."""
    where, params = _where("daily_checks", account_ids, prefix="c.")
    rows = store._rows(
        "SELECT c.account_id, r.ground, count(*) FROM removals r "
        "JOIN daily_checks c ON c.id = r.check_id "
        f"WHERE {where} AND {not_withdrawn('removals', 'r.')} AND c.day >= ? AND c.day <= ? "
        "GROUP BY c.account_id, r.ground ORDER BY c.account_id, r.ground",
        [*params, first.isoformat(), last.isoformat()],
    )
    result: dict[str, dict[str, int]] = {}
    for account_id, ground, count in rows:
        result.setdefault(account_id, {})[ground] = count
    return result


def duty_dates(store: Store, account_ids: Collection[str] | None = None) -> DutyDates:
    """The days of the current cullings, documentation and larger changes, per account."""

    def dates(table: str, column: str, versioned: bool = True) -> dict[str, list[date]]:
        where, params = _where(table, account_ids, versioned=versioned)
        result: dict[str, list[date]] = {}
        for account_id, day in store._rows(
            f"SELECT account_id, {column} FROM {table} WHERE {where} ORDER BY {column}", params
        ):
            result.setdefault(account_id, []).append(date.fromisoformat(day))
        return result

    return DutyDates(
        cullings=dates("cullings", "done_on"),
        documentations=dates("documentations", "done_on"),
        # A larger change is never superseded: it has no column for it.
        larger_changes=dates("larger_changes", "changed_on", versioned=False),
    )
