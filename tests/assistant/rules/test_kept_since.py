"""An account that came into Kontokoll's register after it opened owes nothing from before.

Four accounts opened in 2019–2022 and imported on 4 December 2026 once showed 22
missed days each, culling "overdue since 2019" and a year's review at 0 % on time.
Kontokoll keeps an account's log from the day its first version was recorded: no
day before then is missed, the first culling falls due an interval after it, and
no documentation round before it is owed. Real store, as the register reads it.
"""

from __future__ import annotations

from datetime import date, datetime

from assistant.clock import STOCKHOLM
from assistant.records import Account
from assistant.rules.check_days import account_days, missed_working_days
from assistant.rules.recurring import culling_deadline, documentation_deadlines
from assistant.rules.review_days import DayMark
from assistant.store.database import Store
from tests.assistant.rules.review_records import CALENDAR, YEAR_2026, add_duty, culling, review
from tests.factories import account

IMPORTED = date(2026, 12, 4)  # a Friday
TODAY = date(2026, 12, 10)


def _imported(store: Store, active_since: date = date(2019, 3, 1)) -> Account:
    made = account(
        active_since=active_since, recorded_at=datetime(2026, 12, 4, 9, tzinfo=STOCKHOLM)
    )
    store.add_accounts([made])
    return store.accounts()[made.account_id]


def test_the_register_knows_the_day_each_account_came_into_kontokoll(store: Store) -> None:
    assert _imported(store).kept_since == IMPORTED


def test_no_day_before_the_import_is_missed(store: Store) -> None:
    city = _imported(store)
    missed = missed_working_days(city, [], CALENDAR, TODAY)
    assert missed == (date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9))
    assert min(d.day for d in account_days(city, [], CALENDAR, TODAY)) == IMPORTED


def test_the_first_culling_falls_due_an_interval_after_the_import(store: Store) -> None:
    deadline = culling_deadline(_imported(store), [], 3, 14)
    assert (deadline.since, deadline.due_on) == (IMPORTED, date(2027, 3, 4))


def test_a_culling_logged_from_before_the_import_still_sets_the_clock(store: Store) -> None:
    city = _imported(store)
    add_duty(store, culling(city, date(2026, 11, 2)))
    deadline = culling_deadline(city, store.duty_log().cullings, 3, 14)
    assert deadline.due_on == date(2027, 2, 2)


def test_no_documentation_round_before_the_import_is_owed(store: Store) -> None:
    # The October round closed before the import: nothing is owed until March.
    assert documentation_deadlines(_imported(store), [], [], (3, 10), TODAY) == []


def test_a_review_of_the_year_counts_only_the_days_kept(store: Store) -> None:
    _imported(store)
    (reviewed,) = review(store, YEAR_2026, today=TODAY).accounts
    assert reviewed.days_due == 4  # 4, 7, 8 and 9 December; today is still open
    assert reviewed.missed == 4
    assert reviewed.cullings_due == 0
    assert reviewed.documentations_due == 0
    assert set(reviewed.marks[: (IMPORTED - YEAR_2026.first).days]) == {DayMark.NOT_ACTIVE}


def test_an_account_registered_as_it_opened_owes_from_its_opening(store: Store) -> None:
    """Kept since before it opened (planned, or registered ahead): owed from the opening."""
    city = _imported(store, active_since=date(2026, 12, 7))
    assert city.duties_since == date(2026, 12, 7)
    assert missed_working_days(city, [], CALENDAR, TODAY) == (
        date(2026, 12, 7),
        date(2026, 12, 8),
        date(2026, 12, 9),
    )
