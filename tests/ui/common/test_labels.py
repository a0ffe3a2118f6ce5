"""How Kontokoll writes dates and times: Swedish days and Swedish clocks."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from ui.common.labels import clock_time, day_and_time, swedish_day


@pytest.fixture
def workstation_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's own time zone set far from Stockholm, as a laptop abroad may have it."""
    if not hasattr(time, "tzset"):
        pytest.skip("this system cannot change the time zone of a running process")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("workstation_in_new_york")
def test_times_are_shown_as_a_swedish_clock_shows_them_whatever_the_machines_zone() -> None:
    late_evening = datetime(2026, 11, 20, 22, 30, tzinfo=UTC)  # 23:30 in Stockholm
    assert datetime(2026, 11, 20, 22, 30, tzinfo=UTC).astimezone().hour == 17  # New York
    assert clock_time(late_evening) == "23:30"
    assert day_and_time(late_evening) == "2026-11-20 23:30"
    assert swedish_day(datetime(2026, 11, 20, 23, 30, tzinfo=UTC)) == "2026-11-21"
    summer = datetime(2026, 6, 19, 6, 5, tzinfo=UTC)  # daylight saving: 08:05 in Stockholm
    assert clock_time(summer) == "08:05"
