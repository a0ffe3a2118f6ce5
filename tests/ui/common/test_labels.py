"""How Kontokoll writes dates and times: Swedish days and Swedish clocks."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from ui.common.labels import checked_by_text, clock_time, day_and_time, swedish_day


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


def test_a_check_logged_by_someone_else_says_who_logged_it() -> None:
    from assistant.records import people_of
    from tests.factories import FRIDAY, account, check, person

    asa, per, maria = person("Åsa Öberg"), person("Per Ek"), person("Maria Lind")
    people = people_of([asa, per, maria])
    city = account("Lidingö stad", officers=[asa], deputies=[per])
    own = dataclasses.replace(check(city, FRIDAY, by=asa), recorded_by=asa.person_id)
    for_her = dataclasses.replace(own, recorded_by=maria.person_id)
    covering = dataclasses.replace(for_her, checked_by=per.person_id, covering_for=asa.person_id)

    assert checked_by_text(own, people) == "Åsa Öberg"
    assert checked_by_text(for_her, people) == "Åsa Öberg (logged by Maria Lind)"
    assert checked_by_text(covering, people) == (
        "Per Ek, covering for Åsa Öberg (logged by Maria Lind)"
    )
