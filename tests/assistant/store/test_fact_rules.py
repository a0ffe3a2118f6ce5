"""The shape a fact from elsewhere must have: whatever the rules let in, Kontokoll can read."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.clock import local_date, parse_instant
from assistant.records import CheckRole, DailyCheck
from assistant.store.fact_rules import RULES
from assistant.store.rows import from_row, to_row
from assistant.store.schema import FACT_TABLES, MIGRATIONS
from tests.factories import FRIDAY, account, at, check, person

_conn = sqlite3.connect(":memory:")


def _valid(table: str, column: str, value: object) -> bool:
    rule = RULES[table][column]
    row = _conn.execute(f"SELECT coalesce({rule.sql('x')}, 0) FROM (SELECT ? AS x)", [value])
    return bool(row.fetchone()[0]) and (rule.value is None or rule.value(str(value)))


# Texts near the shape of an instant: each character of a real one, or a character
# that is close to it (another digit, a sign, a space, a letter), or one left out.
_NEAR = st.sampled_from("0123456789-:T+Z. x")


@st.composite
def near_instants(draw: st.DrawFn) -> str:
    real = draw(
        st.datetimes(
            min_value=datetime(1890, 1, 1),
            max_value=datetime(3010, 1, 1),
            timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)), None]),
        )
    ).isoformat()
    chars = list(real)
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(chars) - 1))
        if draw(st.booleans()):
            chars[position] = draw(_NEAR)
        else:
            del chars[position]
    return "".join(chars)


@settings(max_examples=1500, deadline=None)
@given(near_instants())
@example("2026-02-30T10:00:00+00:00")
@example("2026-01-01T24:00:00")
@example("2026-01-01T10:00:00+24:00")
@example("0001-01-01T00:00:00+01:00")
@example("2026-01-01T10:00:00.1234567")
def test_every_instant_the_rules_let_in_reads_back_as_a_swedish_day(text: str) -> None:
    if _valid("daily_checks", "recorded_at", text):
        local_date(parse_instant(text).astimezone(UTC))


@settings(max_examples=800, deadline=None)
@given(near_instants().map(lambda text: text[:10]))
@example("2026-02-29")
@example("0000-01-01")
def test_every_day_the_rules_let_in_reads_back(text: str) -> None:
    if _valid("daily_checks", "day", text):
        date.fromisoformat(text)


def test_what_kontokoll_itself_writes_is_let_in() -> None:
    asa = person("Åsa Öberg")
    made = check(account("Lidingö stad", officers=[asa]), FRIDAY, by=asa)
    row = to_row(made)
    for column, rule in RULES["daily_checks"].items():
        if column in row:
            assert _valid("daily_checks", column, row[column]), (column, row[column], rule)
    assert from_row(DailyCheck, row).role is CheckRole.OFFICER
    assert _valid("daily_checks", "recorded_at", at(FRIDAY).isoformat())


def test_every_column_of_every_fact_table_has_a_rule() -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(";".join(MIGRATIONS))
    for table in FACT_TABLES:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        assert columns - {"origin"} == set(RULES[table]), table
