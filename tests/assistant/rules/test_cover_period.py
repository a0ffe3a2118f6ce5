"""Absences read for a period: those overlapping it (in any version), not all ever recorded."""

from __future__ import annotations

from datetime import date, timedelta

from assistant.store.database import Store
from tests.assistant.rules.test_cover import ACCOUNTS, NEXT_FRIDAY, PEOPLE, absence
from tests.factories import FRIDAY


def test_only_the_absences_overlapping_a_period_are_read(store: Store) -> None:
    store.add_people(PEOPLE.values())
    store.add_accounts(ACCOUNTS.values())
    two_years_ago = absence(first_day=date(2024, 11, 4), last_day=date(2024, 11, 15))
    store.add_absence(two_years_ago)
    now = absence()
    store.add_absence(now)
    next_month = absence(first_day=date(2026, 12, 14), last_day=date(2026, 12, 18))
    store.add_absence(next_month)
    # Moved later: its newest version begins after the day, an older one on it.
    moved = absence(first_day=FRIDAY + timedelta(days=3), earlier=now)
    store.add_absence(moved)

    assert store.absences(ending_from=FRIDAY, starting_by=FRIDAY) == {now.absence_id: moved}
    assert set(store.absences(date(2024, 11, 15), NEXT_FRIDAY)) == {
        two_years_ago.absence_id,
        now.absence_id,
    }
    assert store.absences(date(2024, 11, 16), date(2026, 11, 19)) == {}
    assert len(store.absences()) == 3
