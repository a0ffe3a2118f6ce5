"""What a fact from elsewhere must look like before it may join the log.

A journal in the team folder can be written by anyone who reaches the share,
so each of its facts is held against the shape Kontokoll itself writes: the
type of every column, dates and instants that Python can read back, the
values an enum allows, JSON of the right kind, SHA-256 names of exactly 64
hex digits, and lengths no person types. One fact out of shape refuses the
whole journal (:func:`first_fact_out_of_shape`), so a bad value can never
reach My day, ``kontokoll status`` or the owner's own log.

The rules are SQL conditions, run by SQLite over the attached journal: a
Python check of every row would cost the first merge of a team's years of
checks several times over.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from assistant.corrections import Withdrawable
from assistant.pack.snapshot import checklist_from_json
from assistant.records import CheckRole, RemovalAction, Role

_DIGIT = "[0-9]"
_DAY = f"{_DIGIT * 4}-{_DIGIT * 2}-{_DIGIT * 2}"

EARLIEST_DAY = "1900-01-01"
"""No fact is dated before this day, nor after :data:`LATEST_DAY`: far outside any log."""
LATEST_DAY = "2999-12-31"

SHORT = 800
"""Most a name, an id or a choice may hold, in bytes of UTF-8 (some 400 Swedish letters)."""
LONG = 400_000
"""Most a note, a post's text or a snapshot may hold, in bytes."""

SqlRule = Callable[[str], str]
"""Makes the SQL condition a valid value of the column (named by its argument) meets."""
ValueRule = Callable[[str], bool]
"""Whether one value of a JSON column (text) is valid: checked once per distinct value."""


@dataclass(frozen=True)
class Rule:
    """What a valid value of one column is: an SQL condition, and for JSON a check of its own.

    The SQL condition is checked for every fact, so it is kept cheap (no JSON
    is parsed per fact, no date function runs for most days); a JSON column's
    values are few and repeat, so each distinct one is parsed once, in Python.
    """

    sql: SqlRule
    value: ValueRule | None = None


# Functions cost SQLite far more per fact than comparisons do, so a value's kind is told
# by comparing: every number sorts before every text, and every text before every blob.
def _is_text(c: str) -> str:
    return f"{c} >= '' AND {c} < x''"


def _bytes(c: str) -> str:
    """The length of ``c`` in bytes: SQLite's ``length`` of a text stops at a NUL in it."""
    return f"length(CAST({c} AS BLOB))"


def _text(limit: int) -> Rule:
    return Rule(lambda c: f"({_is_text(c)} AND {_bytes(c)} <= {limit})")


def _id_sql(c: str) -> str:
    return f"({c} > '' AND {c} < x'' AND {_bytes(c)} <= {SHORT})"


_ID = Rule(_id_sql)
_OPTIONAL_ID = Rule(lambda c: f"({c} IS NULL OR {_id_sql(c)})")
_COUNT = Rule(lambda c: f"(typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 1000000)")
_SIZE = Rule(lambda c: f"(typeof({c}) = 'integer' AND {c} >= 0)")
_FLAG = Rule(lambda c: f"(typeof({c}) = 'integer' AND {c} IN (0, 1))")


def _real_day(c: str) -> str:
    """``c``, shaped ``YYYY-MM-DD…``, begins with a day of the calendar in the years a log spans.

    Counted in days, 2026-02-30 is 2026-03-02: only a real day comes back as
    itself. Days up to the 28th are real in every month, so the date function
    runs for a few facts in ten.
    """
    day = f"substr({c}, 1, 10)"
    return (
        f"CASE WHEN substr({c}, 6, 2) BETWEEN '01' AND '12' "
        f"AND substr({c}, 9, 2) BETWEEN '01' AND '28' THEN 1 "
        f"ELSE date({day}, '+0 days') = {day} END "
        f"AND {c} >= '{EARLIEST_DAY}' AND {c} <= '{LATEST_DAY}~'"
    )


def _day_sql(c: str) -> str:
    return f"({c} < x'' AND {c} GLOB '{_DAY}' AND {_bytes(c)} = 10 AND {_real_day(c)})"


_DAY_RULE = Rule(_day_sql)
_OPTIONAL_DAY = Rule(lambda c: f"({c} IS NULL OR {_day_sql(c)})")
_CLOCK = "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]"
_OFFSET = "[+-][0-2][0-9]:[0-5][0-9]"


def _instant_sql(c: str) -> str:
    """An instant as Kontokoll writes it: ``YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM]``.

    What Kontokoll writes (UTC, ``+00:00``) is told by one pattern; any other
    offset, or none, by a few more.
    """
    tail = f"substr({c}, 20)"
    fraction = "." + _DIGIT * 6
    # CASE tries one pattern after another, stopping at the first that fits.
    return (
        f"({c} < x'' AND {c} GLOB '{_DAY}T{_CLOCK}*' AND {_bytes(c)} = length({c}) "
        f"AND length({c}) <= 32 "
        f"AND substr({c}, 12, 2) < '24' "
        f"AND CASE WHEN {tail} = '+00:00' THEN 1 WHEN {tail} GLOB '{fraction}+00:00' THEN 1 "
        f"WHEN {tail} = '' OR {tail} GLOB '{fraction}' THEN 1 "
        f"WHEN {tail} GLOB '{_OFFSET}' OR {tail} GLOB '{fraction}{_OFFSET}' "
        f"THEN substr({tail}, -5, 2) < '24' ELSE 0 END AND {_real_day(c)})"
    )


_INSTANT = Rule(_instant_sql)
_SHA256_SQL = (
    "({c} >= '' AND {c} < x'' AND length(CAST({c} AS BLOB)) = 64 AND {c} NOT GLOB '*[^0-9a-f]*')"
)
_SHA256 = Rule(lambda c: _SHA256_SQL.format(c=c))
_OPTIONAL_SHA256 = Rule(lambda c: f"({c} = '' OR {_SHA256_SQL.format(c=c)})")


def _one_of(values: type[StrEnum]) -> Rule:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    # BINARY: a journal's column may be declared to compare without case ("OFFICER").
    return Rule(lambda c: f"({c} COLLATE BINARY IN ({allowed}))")


def _json(check: ValueRule) -> Rule:
    """JSON text, each distinct value of which ``check`` passes."""
    return Rule(lambda c: f"({_is_text(c)} AND {_bytes(c)} <= {LONG})", check)


def _parsed(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or JSON nested without end
        return None


def _list_of(allowed: Callable[[str], bool]) -> ValueRule:
    def check(text: str) -> bool:
        items = _parsed(text)
        return isinstance(items, list) and all(
            isinstance(item, str) and allowed(item) for item in items
        )

    return check


def _texts(text: str) -> bool:
    """A JSON object whose every key and value is text."""
    table = _parsed(text)
    return isinstance(table, dict) and all(
        isinstance(value, str) and len(value) <= LONG for value in table.values()
    )


def _a_snapshot(text: str) -> bool:
    """A checklist's snapshot that reads back as a checklist."""
    try:
        checklist_from_json(text)
    except (ValueError, RecursionError):
        return False
    return True


_ROLE_VALUES = frozenset(role.value for role in Role)
_ROLES = _json(_list_of(lambda item: item in _ROLE_VALUES))
_IDS = _json(_list_of(lambda item: 1 <= len(item) <= SHORT))
_CHOICES = _json(_list_of(lambda item: len(item) <= SHORT))
_RECORDED = {"recorded_at": _INSTANT, "recorded_by": _text(SHORT)}  # "" before anyone is known

RULES: Mapping[str, Mapping[str, Rule]] = {
    "people": {
        "id": _ID,
        "person_id": _ID,
        "name": _text(SHORT),
        "email": _text(SHORT),
        "roles": _ROLES,
        "supersedes": _OPTIONAL_ID,
        **_RECORDED,
    },
    "accounts": {
        "id": _ID,
        "account_id": _ID,
        "platform": _text(SHORT),
        "name": _text(SHORT),
        "url": _text(2000),
        "department": _text(SHORT),
        "officer_ids": _IDS,
        "deputy_ids": _IDS,
        "registrar_access": _FLAG,
        "active_since": _DAY_RULE,
        "supersedes": _OPTIONAL_ID,
        "planned": _FLAG,
        "closed_on": _OPTIONAL_DAY,
        **_RECORDED,
    },
    "evidence": {
        "sha256": _SHA256,
        "original_name": _text(SHORT),
        "media_type": _text(SHORT),
        "size": _SIZE,
        **_RECORDED,
    },
    "daily_checks": {
        "id": _ID,
        "account_id": _ID,
        "day": _DAY_RULE,
        "checked_by": _ID,
        "role": _one_of(CheckRole),
        "reviewed": _CHOICES,
        "questions_answered": _COUNT,
        "cases_forwarded": _COUNT,
        "messages_to_registrar": _COUNT,
        "notes": _text(LONG),
        "supersedes": _OPTIONAL_ID,
        "covering_for": _text(SHORT),
        **_RECORDED,
    },
    "removals": {
        "id": _ID,
        "check_id": _ID,
        "ground": _text(SHORT),
        "action": _one_of(RemovalAction),
        "post": _text(LONG),
        "screenshot_sha256": _SHA256,
        "diary_number": _text(SHORT),
        **_RECORDED,
    },
    "checklist_runs": {
        "id": _ID,
        "account_id": _ID,
        "checklist_id": _text(SHORT),
        "pack_id": _text(SHORT),
        "pack_version": _text(SHORT),
        "checklist": _json(_a_snapshot),
        **_RECORDED,
    },
    "step_marks": {
        "id": _ID,
        "run_id": _ID,
        "step_id": _text(SHORT),
        "answers": _json(_texts),
        "done": _FLAG,
        "supersedes": _OPTIONAL_ID,
        **_RECORDED,
    },
    "checklist_finishes": {"id": _ID, "run_id": _ID, "finished_on": _DAY_RULE, **_RECORDED},
    "cullings": {
        "id": _ID,
        "account_id": _ID,
        "done_on": _DAY_RULE,
        "done_by": _text(SHORT),
        "period_from": _DAY_RULE,
        "period_to": _DAY_RULE,
        "removed": _text(LONG),
        "not_removable": _text(LONG),
        "evidence_sha256": _OPTIONAL_SHA256,
        "supersedes": _OPTIONAL_ID,
        **_RECORDED,
    },
    "documentations": {
        "id": _ID,
        "account_id": _ID,
        "done_on": _DAY_RULE,
        "done_by": _text(SHORT),
        "screenshot_sha256": _SHA256,
        "note": _text(LONG),
        "supersedes": _OPTIONAL_ID,
        **_RECORDED,
    },
    "revisions": {
        "id": _ID,
        "done_on": _DAY_RULE,
        "done_by": _text(SHORT),
        "note": _text(LONG),
        "supersedes": _OPTIONAL_ID,
        **_RECORDED,
    },
    "larger_changes": {
        "id": _ID,
        "account_id": _ID,
        "changed_on": _DAY_RULE,
        "description": _text(LONG),
        **_RECORDED,
    },
    "absences": {
        "id": _ID,
        "absence_id": _ID,
        "person_id": _ID,
        "first_day": _DAY_RULE,
        "last_day": _DAY_RULE,
        "covers": _json(_texts),
        "handover": _text(LONG),
        "cancelled": _FLAG,
        "supersedes": _OPTIONAL_ID,
        **_RECORDED,
    },
    "withdrawals": {
        "id": _ID,
        "kind": _one_of(Withdrawable),
        "fact_id": _ID,
        "reason": _text(LONG),
        **_RECORDED,
    },
    "role_grants": {"id": _ID, "person_id": _ID, "role": _one_of(Role), **_RECORDED},
    "revocations": {
        "id": _ID,
        "workstation_id": _ID,
        "reason": _text(LONG),
        **_RECORDED,
    },
}
"""Per fact table, per column (``origin`` aside), what a valid value is."""


def first_fact_out_of_shape(
    conn: sqlite3.Connection,
    schema: str,
    tables: Mapping[str, list[str]],
    after: Mapping[str, int] | None = None,
) -> str | None:
    """What is wrong with the first fact out of shape in the attached ``schema``, or None.

    ``tables`` names, per fact table, the columns the journal has; a column
    the rules require but the journal lacks is left to the local default.
    The answer names the table, the fact's first column (its id) and the
    column that is wrong, for the message that refuses the journal.
    ``after`` checks, per table, only the rows past that rowid (and this
    workstation's own): the facts a save is about to record.
    """
    for table, columns in tables.items():
        rules = [(c, RULES[table][c]) for c in columns if c in RULES[table]]
        if not rules:
            continue
        key = columns[0]
        every = " AND ".join(rule.sql(column) for column, rule in rules)
        only = "" if after is None else f"rowid > {int(after.get(table, 0))} AND origin = '' AND "
        # One pass over the table; only a fact found wrong is looked at column by column.
        row = conn.execute(
            f"SELECT rowid, {key} FROM {schema}.{table} "
            f"WHERE {only}NOT coalesce({every}, 0) LIMIT 1"
        ).fetchone()
        if row is not None:
            for column, rule in rules:
                (valid,) = conn.execute(
                    f"SELECT coalesce({rule.sql(column)}, 0) FROM {schema}.{table} WHERE rowid = ?",
                    [row[0]],
                ).fetchone()
                if not valid:
                    return _wrong(table, row[1], column)
        for column, rule in rules:
            if rule.value is None:
                continue
            rows = conn.execute(
                f"SELECT DISTINCT {column} FROM {schema}.{table} WHERE {only}1"
            ).fetchall()
            for (value,) in rows:
                if not rule.value(value):
                    (fact,) = conn.execute(
                        f"SELECT {key} FROM {schema}.{table} WHERE {only}{column} = ? LIMIT 1",
                        [value],
                    ).fetchone()
                    return _wrong(table, fact, column)
    return None


def _wrong(table: str, fact: object, column: str) -> str:
    return f"{table} {str(fact)[:40]!r}: {column} is not as Kontokoll writes it"
