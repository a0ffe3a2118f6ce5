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
from datetime import date, datetime, time, timedelta
from typing import Any

from assistant.clock import STOCKHOLM, parse_instant
from assistant.rules.review import CheckTally, DutyDates
from assistant.store.current import current, not_withdrawn
from assistant.store.database import Store


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

    One row per account: a year of a city's checks is some 50,000, and
    handing each to Python costs more than the rest of the review. Each check
    comes as its day and a mark SQLite can tell for an instant written in UTC:
    ``o`` logged before 22:00 UTC of the day (before the next Stockholm
    midnight in summer and winter alike), ``l`` from 23:00 UTC (after it in
    both); an instant in the hour between, or written with another offset,
    comes whole and is told here by the day's own midnight.
    """
    where, params = _where("daily_checks", account_ids)
    rows = store._rows(
        "SELECT account_id, group_concat(day || CASE "
        "WHEN recorded_at NOT GLOB '*+00:00' THEN '?' || recorded_at "
        "WHEN recorded_at < day || 'T22' THEN 'o' "
        "WHEN recorded_at >= day || 'T23' THEN 'l' "
        "ELSE '?' || recorded_at END, ','), "
        "sum(messages_to_registrar), sum(cases_forwarded) "
        f"FROM daily_checks WHERE {where} AND day >= ? AND day <= ? GROUP BY account_id",
        [*params, first.isoformat(), last.isoformat()],
    )
    grounds = removals_by_ground(store, account_ids, first, last)
    parsed: dict[str, date] = {}
    tallies = {}
    for account_id, marked, messages, cases in rows:
        own: dict[date, bool] = {}
        for entry in marked.split(","):
            day = parsed.get(entry[:10])
            if day is None:
                day = parsed[entry[:10]] = date.fromisoformat(entry[:10])
            mark = entry[10]
            on_the_day = mark == "o" or (mark == "?" and _before_midnight(entry[11:], day))
            if on_the_day or day not in own:
                own[day] = on_the_day
        tallies[account_id] = CheckTally(own, messages, cases, grounds.get(account_id, {}))
    return tallies


def _before_midnight(instant: str, day: date) -> bool:
    """Whether ``instant`` (as stored) falls before the Stockholm midnight that ends ``day``."""
    midnight = datetime.combine(day + timedelta(days=1), time(0), STOCKHOLM)
    return parse_instant(instant) < midnight


def removals_by_ground(
    store: Store, account_ids: Collection[str] | None, first: date, last: date
) -> dict[str, dict[str, int]]:
    """Per account, how many posts were removed on each ground in current checks of the days."""
    where, params = _where("daily_checks", account_ids, prefix="c.")
    rows = store._rows(
        # CROSS JOIN keeps SQLite to reading the removals, each with its check, rather
        # than looking for removals under every check of the period: a city removes a
        # post on few days, and the period's checks are some 50,000.
        "SELECT c.account_id, r.ground, count(*) FROM removals r "
        "CROSS JOIN daily_checks c ON c.id = r.check_id "
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
