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

import sqlite3
from collections.abc import Callable, Mapping

from assistant.records import CheckRole, RemovalAction, Role

_DIGIT = "[0-9]"
_DAY = f"{_DIGIT * 4}-{_DIGIT * 2}-{_DIGIT * 2}"
_TIME = f"{_DIGIT * 2}:{_DIGIT * 2}:{_DIGIT * 2}"
_OFFSET = "[+-][012][0-9]:[0-5][0-9]"
_FRACTION = "." + _DIGIT * 6

EARLIEST_DAY = "1900-01-01"
"""No fact is dated before this day, nor after :data:`LATEST_DAY`: far outside any log."""
LATEST_DAY = "2999-12-31"

SHORT = 200
"""Most a name, an id or a choice may hold, in characters."""
LONG = 100_000
"""Most a note, a post's text or a snapshot may hold."""

Rule = Callable[[str], str]
"""Makes the SQL condition a valid value of the column (named by its argument) meets."""


def _text(limit: int) -> Rule:
    return lambda c: f"(typeof({c}) = 'text' AND length({c}) <= {limit})"


def _id(c: str) -> str:
    return f"(typeof({c}) = 'text' AND length({c}) BETWEEN 1 AND {SHORT})"


def _optional_id(c: str) -> str:
    return f"({c} IS NULL OR {_id(c)})"


def _count(c: str) -> str:
    return f"(typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 1000000)"


def _size(c: str) -> str:
    return f"(typeof({c}) = 'integer' AND {c} >= 0)"


def _flag(c: str) -> str:
    return f"(typeof({c}) = 'integer' AND {c} IN (0, 1))"


def _day(c: str) -> str:
    # Counted in days, 2026-02-30 is 2026-03-02: only a real day comes back as itself.
    return (
        f"(typeof({c}) = 'text' AND {c} GLOB '{_DAY}' AND date({c}, '+0 days') = {c} "
        f"AND {c} BETWEEN '{EARLIEST_DAY}' AND '{LATEST_DAY}')"
    )


def _optional_day(c: str) -> str:
    return f"({c} IS NULL OR {_day(c)})"


def _instant(c: str) -> str:
    """An instant as Kontokoll writes it: ``YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM]``."""
    tail = f"substr({c}, 20)"
    return (
        f"(typeof({c}) = 'text' AND {_day(f'substr({c}, 1, 10)')} "
        f"AND substr({c}, 11, 9) GLOB 'T{_TIME}' "
        f"AND substr({c}, 12, 2) < '24' AND time(substr({c}, 12, 8)) = substr({c}, 12, 8) "
        f"AND ({tail} = '' OR {tail} GLOB '{_OFFSET}' OR {tail} GLOB '{_FRACTION}' "
        f"OR {tail} GLOB '{_FRACTION}{_OFFSET}') "
        f"AND (length({tail}) < 6 OR substr({tail}, -5, 2) < '24'))"
    )


def _sha256(c: str) -> str:
    return f"(typeof({c}) = 'text' AND length({c}) = 64 AND {c} NOT GLOB '*[^0-9a-f]*')"


def _optional_sha256(c: str) -> str:
    return f"({c} = '' OR {_sha256(c)})"


def _one_of(values: type[CheckRole] | type[RemovalAction]) -> Rule:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return lambda c: f"(typeof({c}) = 'text' AND {c} IN ({allowed}))"


def _json_list(item: str) -> Rule:
    """A JSON list of texts; ``item`` is the condition each (``value``) must meet."""
    return lambda c: (
        f"(typeof({c}) = 'text' AND length({c}) <= {LONG} AND json_valid({c}) "
        f"AND json_type({c}) = 'array' AND NOT EXISTS (SELECT 1 FROM json_each({c}) "
        f"WHERE NOT (type = 'text' AND {item})))"
    )


def _json_texts(c: str) -> str:
    """A JSON object whose every value is text."""
    return (
        f"(typeof({c}) = 'text' AND length({c}) <= {LONG} AND json_valid({c}) "
        f"AND json_type({c}) = 'object' AND NOT EXISTS (SELECT 1 FROM json_each({c}) "
        f"WHERE type <> 'text' OR length(value) > {LONG}))"
    )


def _json_object(c: str) -> str:
    return (
        f"(typeof({c}) = 'text' AND length({c}) <= {LONG} AND json_valid({c}) "
        f"AND json_type({c}) = 'object')"
    )


_ROLES = _json_list(f"value IN ({', '.join(repr(r.value) for r in Role)})")
_IDS = _json_list(f"length(value) BETWEEN 1 AND {SHORT}")
_CHOICES = _json_list(f"length(value) <= {SHORT}")
_RECORDED = {"recorded_at": _instant, "recorded_by": _id}

RULES: Mapping[str, Mapping[str, Rule]] = {
    "people": {
        "id": _id,
        "person_id": _id,
        "name": _text(SHORT),
        "email": _text(SHORT),
        "roles": _ROLES,
        "supersedes": _optional_id,
        **_RECORDED,
    },
    "accounts": {
        "id": _id,
        "account_id": _id,
        "platform": _text(SHORT),
        "name": _text(SHORT),
        "url": _text(2000),
        "department": _text(SHORT),
        "officer_ids": _IDS,
        "deputy_ids": _IDS,
        "registrar_access": _flag,
        "active_since": _day,
        "supersedes": _optional_id,
        "planned": _flag,
        "closed_on": _optional_day,
        **_RECORDED,
    },
    "evidence": {
        "sha256": _sha256,
        "original_name": _text(SHORT),
        "media_type": _text(SHORT),
        "size": _size,
        **_RECORDED,
    },
    "daily_checks": {
        "id": _id,
        "account_id": _id,
        "day": _day,
        "checked_by": _id,
        "role": _one_of(CheckRole),
        "reviewed": _CHOICES,
        "questions_answered": _count,
        "cases_forwarded": _count,
        "messages_to_registrar": _count,
        "notes": _text(LONG),
        "supersedes": _optional_id,
        "covering_for": _text(SHORT),
        **_RECORDED,
    },
    "removals": {
        "id": _id,
        "check_id": _id,
        "ground": _text(SHORT),
        "action": _one_of(RemovalAction),
        "post": _text(LONG),
        "screenshot_sha256": _sha256,
        "diary_number": _text(SHORT),
        **_RECORDED,
    },
    "checklist_runs": {
        "id": _id,
        "account_id": _id,
        "checklist_id": _text(SHORT),
        "pack_id": _text(SHORT),
        "pack_version": _text(SHORT),
        "checklist": _json_object,
        **_RECORDED,
    },
    "step_marks": {
        "id": _id,
        "run_id": _id,
        "step_id": _text(SHORT),
        "answers": _json_texts,
        "done": _flag,
        "supersedes": _optional_id,
        **_RECORDED,
    },
    "checklist_finishes": {"id": _id, "run_id": _id, "finished_on": _day, **_RECORDED},
    "cullings": {
        "id": _id,
        "account_id": _id,
        "done_on": _day,
        "done_by": _id,
        "period_from": _day,
        "period_to": _day,
        "removed": _text(LONG),
        "not_removable": _text(LONG),
        "evidence_sha256": _optional_sha256,
        "supersedes": _optional_id,
        **_RECORDED,
    },
    "documentations": {
        "id": _id,
        "account_id": _id,
        "done_on": _day,
        "done_by": _id,
        "screenshot_sha256": _sha256,
        "note": _text(LONG),
        "supersedes": _optional_id,
        **_RECORDED,
    },
    "revisions": {
        "id": _id,
        "done_on": _day,
        "done_by": _id,
        "note": _text(LONG),
        "supersedes": _optional_id,
        **_RECORDED,
    },
    "larger_changes": {
        "id": _id,
        "account_id": _id,
        "changed_on": _day,
        "description": _text(LONG),
        **_RECORDED,
    },
    "absences": {
        "id": _id,
        "absence_id": _id,
        "person_id": _id,
        "first_day": _day,
        "last_day": _day,
        "covers": _json_texts,
        "handover": _text(LONG),
        "cancelled": _flag,
        "supersedes": _optional_id,
        **_RECORDED,
    },
}
"""Per fact table, per column (``origin`` aside), what a valid value is."""


def first_fact_out_of_shape(
    conn: sqlite3.Connection, schema: str, tables: Mapping[str, list[str]]
) -> str | None:
    """What is wrong with the first fact out of shape in the attached ``schema``, or None.

    ``tables`` names, per fact table, the columns the journal has; a column
    the rules require but the journal lacks is left to the local default.
    The answer names the table, the fact's first column (its id) and the
    column that is wrong, for the message that refuses the journal.
    """
    for table, columns in tables.items():
        rules = [(c, RULES[table][c]) for c in columns if c in RULES[table]]
        if not rules:
            continue
        every = " AND ".join(rule(column) for column, rule in rules)
        key = columns[0]
        # One pass over the table; only a fact found wrong is looked at column by column.
        row = conn.execute(
            f"SELECT rowid, {key} FROM {schema}.{table} WHERE NOT coalesce({every}, 0) LIMIT 1"
        ).fetchone()
        if row is None:
            continue
        for column, rule in rules:
            (valid,) = conn.execute(
                f"SELECT coalesce({rule(column)}, 0) FROM {schema}.{table} WHERE rowid = ?",
                [row[0]],
            ).fetchone()
            if not valid:
                return f"{table} {str(row[1])[:40]!r}: {column} is not as Kontokoll writes it"
    return None
