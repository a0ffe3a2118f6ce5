"""Swedish working days.

A working day is Monday to Friday unless it is a Swedish public holiday.
Midsommarafton, julafton and nyårsafton are not public holidays by law but are
days off in practice; whether they count as days off is a setting.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from assistant.files import write_file_atomically

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


Holiday = tuple[str, bool]
"""A holiday's Swedish name, and whether it is a de-facto holiday rather than a public one."""


class SwedishHolidays:
    """The holidays of each year, from the ``holidays`` package.

    With a ``cache_file``, each year's table is kept on disk and read back
    without importing the package (which takes longer to load than the main
    window takes to paint). The cache is stamped with the installed package,
    so an upgrade that corrects a holiday is picked up.
    """

    def __init__(self, cache_file: Path | None = None) -> None:
        self.cache_file = cache_file
        self._years: dict[int, dict[date, Holiday]] = {}
        self._stamp = _package_stamp()
        self._loaded = False

    def of_year(self, year: int) -> dict[date, Holiday]:
        table = self._years.get(year)
        if table is None:
            self._load_cache()
            table = self._years.get(year)
        if table is None:
            table = _from_package(year)
            self._years[year] = table
            self._save_cache()
        return table

    def _load_cache(self) -> None:
        if self._loaded or self.cache_file is None:
            return
        self._loaded = True
        try:
            raw = json.loads(self.cache_file.read_text(encoding="utf-8"))
            if raw.get("stamp") != self._stamp:
                return
            for year, rows in raw["years"].items():
                self._years.setdefault(
                    int(year), {date.fromisoformat(d): (name, bool(df)) for d, name, df in rows}
                )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return  # a cache that cannot be read is rebuilt

    def _save_cache(self) -> None:
        if self.cache_file is None:
            return
        payload = {
            "stamp": self._stamp,
            "years": {
                str(year): [[d.isoformat(), name, df] for d, (name, df) in sorted(table.items())]
                for year, table in self._years.items()
            },
        }
        try:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            write_file_atomically(self.cache_file, data)
        except OSError:
            pass  # only a cache: the next start computes it again


def _package_stamp() -> str:
    spec = importlib.util.find_spec("holidays")
    origin = spec.origin if spec and spec.origin else ""
    try:
        info = os.stat(origin)
    except OSError:
        return origin
    return f"{origin}:{info.st_mtime_ns}:{info.st_size}"


def _from_package(year: int) -> dict[date, Holiday]:
    import holidays

    def table(*categories: str) -> Any:
        return holidays.country_holidays("SE", years=year, language="sv", categories=categories)

    result: dict[date, Holiday] = {
        day: (name, True) for day, name in table(holidays.DE_FACTO).items()
    }
    result.update((day, (name, False)) for day, name in table(holidays.PUBLIC).items())
    return result


class WorkingCalendar:
    """Answers which days are working days, given which de-facto holidays are off."""

    def __init__(
        self,
        de_facto_days_off: frozenset[str] = frozenset(DE_FACTO_DAYS),
        holidays: SwedishHolidays | None = None,
    ) -> None:
        unknown = de_facto_days_off - set(DE_FACTO_DAYS)
        if unknown:
            raise ValueError(f"unknown de-facto holidays: {sorted(unknown)}")
        self.de_facto_days_off = de_facto_days_off
        self.holidays = holidays or _SHARED
        self._days_off: dict[int, frozenset[date]] = {}

    def days_off(self, year: int) -> frozenset[date]:
        """The weekdays of a year that are not working days."""
        days = self._days_off.get(year)
        if days is None:
            days = frozenset(
                day
                for day, (_name, de_facto) in self.holidays.of_year(year).items()
                if not de_facto or de_facto_name(day) in self.de_facto_days_off
            )
            self._days_off[year] = days
        return days

    def holiday_name(self, day: date) -> str:
        """The Swedish name of the holiday on ``day``, or ""."""
        return self.holidays.of_year(day.year).get(day, ("", False))[0]

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        return day not in self.days_off(day.year)

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


_SHARED = SwedishHolidays()
"""The in-memory table used by calendars given no cache of their own."""


def holiday_names(year: int) -> dict[date, str]:
    """Every public and de-facto holiday of a year with its Swedish name."""
    return {day: name for day, (name, _) in _SHARED.of_year(year).items()}
