"""Swedish working days.

A working day is Monday to Friday unless it is a Swedish public holiday.
Midsommarafton, julafton and nyårsafton are not public holidays by law but are
days off in practice; whether they count as days off is a setting.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

import holidays

MIDSOMMARAFTON = "midsommarafton"
JULAFTON = "julafton"
NYARSAFTON = "nyarsafton"
DE_FACTO_DAYS = (MIDSOMMARAFTON, JULAFTON, NYARSAFTON)


def de_facto_name(day: date) -> str:
    """Which of the de-facto holidays a date is; the package marks them, the date names them."""
    if day.month == 6:
        return MIDSOMMARAFTON
    if (day.month, day.day) == (12, 24):
        return JULAFTON
    if (day.month, day.day) == (12, 31):
        return NYARSAFTON
    return ""


@lru_cache(maxsize=64)
def _days_off(year: int, de_facto_days_off: frozenset[str]) -> frozenset[date]:
    public = holidays.country_holidays(
        "SE", years=year, language="sv", categories=(holidays.PUBLIC,)
    )
    de_facto = holidays.country_holidays(
        "SE", years=year, language="sv", categories=(holidays.DE_FACTO,)
    )
    days = set(public.keys())
    days.update(day for day in de_facto if de_facto_name(day) in de_facto_days_off)
    return frozenset(days)


def holiday_names(year: int) -> dict[date, str]:
    """Every public and de-facto holiday of a year with its Swedish name."""
    table = holidays.country_holidays(
        "SE", years=year, language="sv", categories=(holidays.PUBLIC, holidays.DE_FACTO)
    )
    return dict(table.items())


class WorkingCalendar:
    """Answers which days are working days, given which de-facto holidays are off."""

    def __init__(self, de_facto_days_off: frozenset[str] = frozenset(DE_FACTO_DAYS)) -> None:
        unknown = de_facto_days_off - set(DE_FACTO_DAYS)
        if unknown:
            raise ValueError(f"unknown de-facto holidays: {sorted(unknown)}")
        self.de_facto_days_off = de_facto_days_off

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        return day not in _days_off(day.year, self.de_facto_days_off)

    def working_days(self, first: date, last: date) -> Iterator[date]:
        """The working days from ``first`` to ``last``, both included."""
        day = first
        while day <= last:
            if self.is_working_day(day):
                yield day
            day += timedelta(days=1)

    def previous_working_day(self, day: date) -> date:
        day -= timedelta(days=1)
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day
