"""Swedish working days: the days on which an account must be checked."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.workdays import (
    DE_FACTO_DAYS,
    JULAFTON,
    MIDSOMMARAFTON,
    NYARSAFTON,
    SwedishHolidays,
    WorkingCalendar,
    holiday_names,
)

EVERY_DE_FACTO_DAY_OFF = WorkingCalendar()
NO_DE_FACTO_DAY_OFF = WorkingCalendar(frozenset())

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
de_facto_choices = st.frozensets(st.sampled_from(DE_FACTO_DAYS))
calendars = de_facto_choices.map(WorkingCalendar)
examples = settings(max_examples=60, deadline=None)


@st.composite
def ranges(draw: st.DrawFn, longest: int = 70) -> tuple[date, date]:
    first = draw(days)
    return first, first + timedelta(days=draw(st.integers(0, longest)))


# -- known dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "why"),
    [
        (date(2026, 4, 3), "Långfredagen"),
        (date(2026, 4, 6), "Annandag påsk"),
        (date(2026, 5, 1), "Första maj"),
        (date(2026, 5, 14), "Kristi himmelsfärdsdag"),
        (date(2025, 6, 6), "Nationaldagen on a Friday"),
        (date(2026, 1, 6), "Trettondedag jul"),
        (date(2026, 12, 25), "Juldagen"),
        (date(2026, 1, 1), "Nyårsdagen"),
    ],
)
def test_public_holidays_on_weekdays_are_days_off(day: date, why: str) -> None:
    assert day.weekday() < 5, why
    assert not EVERY_DE_FACTO_DAY_OFF.is_working_day(day), why
    assert not NO_DE_FACTO_DAY_OFF.is_working_day(day), why


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 6, 19), MIDSOMMARAFTON),
        (date(2026, 12, 24), JULAFTON),
        (date(2026, 12, 31), NYARSAFTON),
        (date(2025, 6, 20), MIDSOMMARAFTON),
    ],
)
def test_de_facto_holidays_are_days_off_by_default_and_working_days_when_not_chosen(
    day: date, name: str
) -> None:
    assert not EVERY_DE_FACTO_DAY_OFF.is_working_day(day)
    assert NO_DE_FACTO_DAY_OFF.is_working_day(day)
    others = frozenset(DE_FACTO_DAYS) - {name}
    assert WorkingCalendar(others).is_working_day(day)
    assert not WorkingCalendar(frozenset({name})).is_working_day(day)


def test_alla_helgons_dag_falls_on_a_saturday_and_the_friday_before_is_a_working_day() -> None:
    alla_helgons_dag = date(2026, 10, 31)
    assert holiday_names(2026)[alla_helgons_dag] == "Alla helgons dag"
    assert alla_helgons_dag.weekday() == 5
    assert not EVERY_DE_FACTO_DAY_OFF.is_working_day(alla_helgons_dag)
    assert EVERY_DE_FACTO_DAY_OFF.is_working_day(date(2026, 10, 30))
    assert EVERY_DE_FACTO_DAY_OFF.is_working_day(date(2026, 11, 2))


def test_nationaldagen_on_a_saturday_takes_no_weekday_off() -> None:
    assert date(2026, 6, 6).weekday() == 5
    assert EVERY_DE_FACTO_DAY_OFF.is_working_day(date(2026, 6, 5))
    assert EVERY_DE_FACTO_DAY_OFF.is_working_day(date(2026, 6, 8))


def test_an_ordinary_week_has_five_working_days() -> None:
    week = list(EVERY_DE_FACTO_DAY_OFF.working_days(date(2026, 11, 16), date(2026, 11, 22)))
    assert week == [date(2026, 11, d) for d in (16, 17, 18, 19, 20)]


def test_christmas_week_2026_has_two_working_days_by_default() -> None:
    week = list(EVERY_DE_FACTO_DAY_OFF.working_days(date(2026, 12, 21), date(2026, 12, 27)))
    assert week == [date(2026, 12, 21), date(2026, 12, 22), date(2026, 12, 23)]


def test_holiday_names_are_swedish_and_include_the_de_facto_days() -> None:
    names = holiday_names(2026)
    assert names[date(2026, 6, 19)] == "Midsommarafton"
    assert names[date(2026, 12, 24)] == "Julafton"
    assert names[date(2026, 4, 3)] == "Långfredagen"


def test_previous_working_day_skips_the_weekend_and_easter() -> None:
    assert EVERY_DE_FACTO_DAY_OFF.previous_working_day(date(2026, 11, 23)) == date(2026, 11, 20)
    # Tuesday after Easter: Monday and Good Friday are holidays.
    assert EVERY_DE_FACTO_DAY_OFF.previous_working_day(date(2026, 4, 7)) == date(2026, 4, 2)


def test_previous_working_day_after_new_year_goes_back_past_christmas() -> None:
    # Friday 2 January 2026; 1 January is a holiday, 31 December is nyårsafton.
    assert EVERY_DE_FACTO_DAY_OFF.previous_working_day(date(2026, 1, 2)) == date(2025, 12, 30)
    assert NO_DE_FACTO_DAY_OFF.previous_working_day(date(2026, 1, 2)) == date(2025, 12, 31)


@pytest.mark.parametrize("name", ["trettondagsafton", "Midsommarafton", "", "christmas"])
def test_unknown_de_facto_holidays_are_rejected(name: str) -> None:
    with pytest.raises(ValueError, match="unknown de-facto"):
        WorkingCalendar(frozenset({JULAFTON, name}))


# -- the holiday cache in the data folder ----------------------------------------------


def test_a_calendar_with_a_holiday_cache_answers_like_one_without(tmp_path: Path) -> None:
    cache = tmp_path / "holidays-cache.json"
    first = WorkingCalendar(holidays=SwedishHolidays(cache))
    assert first.days_off(2026) == EVERY_DE_FACTO_DAY_OFF.days_off(2026)
    assert cache.is_file()
    again = WorkingCalendar(frozenset(), holidays=SwedishHolidays(cache))
    assert again.days_off(2026) == NO_DE_FACTO_DAY_OFF.days_off(2026)
    assert again.holiday_name(date(2026, 6, 19)) == "Midsommarafton"


def test_a_damaged_holiday_cache_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "holidays-cache.json"
    cache.write_text('{"stamp": "half a fi', encoding="utf-8")
    calendar = WorkingCalendar(holidays=SwedishHolidays(cache))
    assert not calendar.is_working_day(date(2026, 6, 19))
    assert date(2026, 6, 19).isoformat() in cache.read_text(encoding="utf-8")


def test_a_holiday_cache_from_another_holidays_package_is_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "holidays-cache.json"
    stale = {"stamp": "an older package", "years": {"2026": [["2026-11-20", "Påhittad", False]]}}
    cache.write_text(json.dumps(stale), encoding="utf-8")
    calendar = WorkingCalendar(holidays=SwedishHolidays(cache))
    assert calendar.is_working_day(date(2026, 11, 20))


# -- properties -----------------------------------------------------------------


@examples
@given(day=days, calendar=calendars)
def test_weekends_are_never_working_days(day: date, calendar: WorkingCalendar) -> None:
    saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    assert not calendar.is_working_day(saturday)
    assert not calendar.is_working_day(saturday + timedelta(days=1))


@examples
@given(year=st.integers(2000, 2060), calendar=calendars)
def test_public_holidays_are_never_working_days(year: int, calendar: WorkingCalendar) -> None:
    public = holidays.country_holidays("SE", years=year, categories=(holidays.PUBLIC,))
    assert public, "the holidays package knows Sweden's public holidays"
    for day in public:
        assert not calendar.is_working_day(day), public[day]


@examples
@given(year=st.integers(2000, 2060), chosen=de_facto_choices)
def test_a_de_facto_holiday_on_a_weekday_is_off_exactly_when_chosen(
    year: int, chosen: frozenset[str]
) -> None:
    calendar = WorkingCalendar(chosen)
    eves = {
        MIDSOMMARAFTON: next(d for d, n in holiday_names(year).items() if n == "Midsommarafton"),
        JULAFTON: date(year, 12, 24),
        NYARSAFTON: date(year, 12, 31),
    }
    for name, day in eves.items():
        if day.weekday() < 5:
            assert calendar.is_working_day(day) == (name not in chosen), (name, day)


@examples
@given(span=ranges(), calendar=calendars)
def test_working_days_are_exactly_the_days_that_are_working_days(
    span: tuple[date, date], calendar: WorkingCalendar
) -> None:
    first, last = span
    every_day = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    assert list(calendar.working_days(first, last)) == [
        day for day in every_day if calendar.is_working_day(day)
    ]


@examples
@given(span=ranges(), split=st.integers(0, 70), calendar=calendars)
def test_working_day_counts_add_up_over_adjacent_ranges(
    span: tuple[date, date], split: int, calendar: WorkingCalendar
) -> None:
    first, last = span
    middle = min(first + timedelta(days=split), last)
    before = len(list(calendar.working_days(first, middle)))
    after = len(list(calendar.working_days(middle + timedelta(days=1), last)))
    assert before + after == len(list(calendar.working_days(first, last)))


@examples
@given(span=ranges())
def test_more_days_off_never_means_more_working_days(span: tuple[date, date]) -> None:
    first, last = span
    fewer = set(NO_DE_FACTO_DAY_OFF.working_days(first, last))
    assert set(EVERY_DE_FACTO_DAY_OFF.working_days(first, last)) <= fewer


@examples
@given(day=days, calendar=calendars)
def test_previous_working_day_is_the_nearest_earlier_working_day(
    day: date, calendar: WorkingCalendar
) -> None:
    previous = calendar.previous_working_day(day)
    assert previous < day
    assert calendar.is_working_day(previous)
    between = list(calendar.working_days(previous + timedelta(days=1), day - timedelta(days=1)))
    assert between == []


def test_an_empty_range_has_no_working_days() -> None:
    assert list(EVERY_DE_FACTO_DAY_OFF.working_days(date(2026, 11, 20), date(2026, 11, 19))) == []
