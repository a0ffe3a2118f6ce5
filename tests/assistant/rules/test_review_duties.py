"""The review's cullings and documentations: each deadline in the period, on time or late.

The duty log is built in a real store (:mod:`tests.assistant.rules.review_records`)
and the review read back over a year, a month or up to a day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.pack.reader import default_pack
from assistant.records import LargerChange, new_id
from assistant.rules.review import DutyDates, ReviewFilter, review_of
from assistant.rules.review_days import ReviewDeadline
from assistant.store.database import Store
from tests.assistant.rules.review_records import (
    CALENDAR,
    YEAR_2026,
    _by,
    add_duty,
    culling,
    documentation,
    review,
)
from tests.factories import account


def test_cullings_on_time_and_late_across_a_year(store: Store) -> None:
    city = account(active_since=date(2026, 1, 1))
    store.add_accounts([city])
    # Due 1 April: culled 20 March, on time; then due 20 June: culled 1 July, late;
    # then due 1 October: culled 30 September, on time; then due 30 December: not done.
    for day in (date(2025, 12, 1), date(2026, 3, 20), date(2026, 7, 1), date(2026, 9, 30)):
        add_duty(store, culling(city, day))
    (reviewed,) = review(store, YEAR_2026, today=date(2027, 1, 15)).accounts
    assert reviewed.culling_deadlines == (
        ReviewDeadline(date(2026, 4, 1), date(2026, 3, 20)),
        ReviewDeadline(date(2026, 6, 20), date(2026, 7, 1)),
        ReviewDeadline(date(2026, 10, 1), date(2026, 9, 30)),
        ReviewDeadline(date(2026, 12, 30), None),
    )
    assert (reviewed.cullings_due, reviewed.cullings_on_time) == (4, 2)


def test_an_account_never_culled_misses_one_culling_each_interval(store: Store) -> None:
    city = account(active_since=date(2026, 1, 1))
    store.add_accounts([city])
    (reviewed,) = review(store, YEAR_2026, today=date(2027, 1, 15)).accounts
    assert [d.due_on for d in reviewed.culling_deadlines] == [
        date(2026, 4, 1),
        date(2026, 7, 1),
        date(2026, 10, 1),
    ]
    assert reviewed.cullings_on_time == 0


def test_a_culling_not_yet_due_counts_only_once_done(store: Store) -> None:
    city = account("Lidingö stad", active_since=date(2026, 9, 1))
    library = account("Lidingö bibliotek", active_since=date(2026, 9, 1))
    store.add_accounts([city, library])
    add_duty(store, culling(library, date(2026, 11, 25)))
    # Both are due by 1 December; on 30 November only the library's counts.
    culled, not_yet = review(store, YEAR_2026, today=date(2026, 11, 30)).accounts
    assert culled.account.name == "Lidingö bibliotek"
    assert (culled.cullings_due, culled.cullings_on_time) == (1, 1)
    assert (not_yet.cullings_due, not_yet.cullings_on_time) == (0, 0)


def test_cullings_before_the_period_set_the_clock_but_do_not_count(store: Store) -> None:
    city = account(active_since=date(2025, 6, 1))
    store.add_accounts([city])
    add_duty(store, culling(city, date(2025, 11, 15)))  # due 1 Sep 2025: late
    add_duty(store, culling(city, date(2026, 2, 10)))  # due 15 Feb 2026: on time
    (reviewed,) = review(store, YEAR_2026, today=date(2026, 4, 1)).accounts
    assert reviewed.culling_deadlines == (ReviewDeadline(date(2026, 2, 15), date(2026, 2, 10)),)


def test_documentation_rounds_in_march_and_october(store: Store) -> None:
    city = account("Lidingö stad", active_since=date(2026, 1, 1))
    late_opened = account("Lidingö bibliotek", active_since=date(2026, 3, 2))
    store.add_accounts([city, late_opened])
    add_duty(store, documentation(city, date(2026, 3, 10)))
    add_duty(store, documentation(city, date(2026, 11, 5)))
    add_duty(store, documentation(late_opened, date(2026, 10, 30)))
    library, reviewed = review(store, YEAR_2026, today=date(2027, 1, 15)).accounts
    assert reviewed.documentation_deadlines == (
        ReviewDeadline(date(2026, 3, 31), date(2026, 3, 10)),
        ReviewDeadline(date(2026, 10, 31), date(2026, 11, 5)),  # late
    )
    assert (reviewed.documentations_due, reviewed.documentations_on_time) == (2, 1)
    # Not yet active on 1 March: only the October round is the library's.
    assert (library.documentations_due, library.documentations_on_time) == (1, 1)


def test_an_account_closed_during_a_round_owes_no_documentation_for_it(store: Store) -> None:
    closed = replace(account(active_since=date(2025, 1, 1)), closed_on=date(2026, 3, 10))
    store.add_accounts([closed])
    (reviewed,) = review(store, YEAR_2026, today=date(2026, 12, 1)).accounts
    assert reviewed.documentation_deadlines == ()
    assert reviewed.documentations_due == 0


def test_a_round_under_way_counts_only_once_documented(store: Store) -> None:
    city = account("Lidingö stad", active_since=date(2026, 1, 1))
    library = account("Lidingö bibliotek", active_since=date(2026, 1, 1))
    store.add_accounts([city, library])
    add_duty(store, documentation(city, date(2026, 3, 10)))
    add_duty(store, documentation(city, date(2026, 10, 5)))
    add_duty(store, documentation(library, date(2026, 3, 10)))
    library_review, city_review = review(store, YEAR_2026, today=date(2026, 10, 15)).accounts
    assert (city_review.documentations_due, city_review.documentations_on_time) == (2, 2)
    assert (library_review.documentations_due, library_review.documentations_on_time) == (1, 1)


def test_a_larger_change_not_documented_in_two_weeks_is_late(store: Store) -> None:
    city = account(active_since=date(2026, 1, 1))
    store.add_accounts([city])
    add_duty(store, LargerChange(new_id(), city.account_id, date(2026, 5, 4), "Nytt namn", *_by()))
    add_duty(store, documentation(city, date(2026, 5, 25)))
    may = ReviewFilter(date(2026, 5, 1), date(2026, 5, 31))
    (reviewed,) = review(store, may, today=date(2026, 6, 1)).accounts
    assert reviewed.documentation_deadlines == (
        ReviewDeadline(date(2026, 5, 18), date(2026, 5, 25), after_change=True),
    )
    assert reviewed.documentations_on_time == 0


def test_the_duty_log_and_its_dates_give_the_same_review(store: Store) -> None:
    city = account(active_since=date(2026, 1, 1))
    store.add_accounts([city])
    add_duty(store, culling(city, date(2026, 3, 20)))
    add_duty(store, documentation(city, date(2026, 10, 2)))
    today = date(2027, 1, 15)
    log = store.duty_log()
    by_log, by_dates = (
        review_of([city], {}, duties, default_pack(), CALENDAR, YEAR_2026, today)
        for duties in (log, DutyDates.of(log))
    )
    assert by_log == by_dates == review(store, YEAR_2026, today)
    assert by_log.accounts[0].cullings_on_time == by_log.accounts[0].documentations_on_time == 1
