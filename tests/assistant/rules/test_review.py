"""The manager's review: figures per account over a period, checked against hand-counted days.

The log is built in a real store (:mod:`tests.assistant.rules.review_records`).
Which accounts a review covers is :mod:`tests.assistant.rules.test_review_filter`;
its cullings and documentations, :mod:`tests.assistant.rules.test_review_duties`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

import pytest

from assistant.pack.reader import default_pack
from assistant.records import Account, CheckRole, LargerChange, Person, new_id
from assistant.rules.review import ReviewFilter, review_of, tally_checks
from assistant.rules.review_days import DayMark, PeriodDays, ReviewDeadline, missed_of
from assistant.store.chain import tail
from assistant.store.database import Store
from tests.assistant.rules.review_records import (
    CALENDAR,
    NOVEMBER,
    NOVEMBER_DAYS,
    _by,
    add_checks,
    add_duty,
    counted,
    documentation,
    nov,
    removed,
    review,
)
from tests.factories import account, at, check, person

ON, LATE, MISSED = DayMark.ON_TIME, DayMark.LATE, DayMark.MISSED
OFF, INACTIVE = DayMark.NOT_WORKING_DAY, DayMark.NOT_ACTIVE


@pytest.fixture
def per() -> Person:
    return person("Per Ek", "per.ek@lidingo.se")


# -- a month counted by hand ---------------------------------------------------------


@pytest.fixture
def november(store: Store, asa: Person, per: Person) -> Account:
    """Lidingö stad, opened on Wednesday 11 November 2026, checked as listed below.

    November 2026 has no holiday on a weekday. From the 11th its working days
    are 11–13, 16–20, 23–27 and 30: 14 days due.
    """
    city = account("Lidingö stad", officers=[asa], deputies=[per], active_since=nov(11))
    store.add_accounts([city], [asa, per])
    superseded = removed(counted(check(city, nov(25), by=asa), 5, 5), "advertising")
    add_checks(
        store,
        counted(check(city, nov(10), by=asa)),  # before it opened: not counted
        counted(check(city, nov(11), by=asa), messages=1),  # on time
        counted(check(city, nov(12), by=asa, recorded_at=at(nov(13), 8)), cases=2),  # late
        # The deputy's check on Friday counts for the account like the officer's.
        removed(
            counted(check(city, nov(13), by=per, role=CheckRole.DEPUTY)),
            "defamation",
            "defamation",
        ),
        counted(check(city, nov(14), by=asa, recorded_at=at(nov(14), 11)), 2, 1),  # Saturday
        # 16, 17, 18 missed.
        counted(check(city, nov(19), by=asa, recorded_at=at(nov(19), 23, 30))),  # on time
        # Logged at 00:30 on the 21st in Stockholm, still the 20th in UTC: late.
        counted(check(city, nov(20), by=asa, recorded_at=at(nov(21), 0, 30))),
        # Two checks of the 23rd, one of them late: the day is on time.
        counted(check(city, nov(23), by=asa, recorded_at=at(nov(24), 9)), messages=1),
        counted(check(city, nov(23), by=per, role=CheckRole.DEPUTY), cases=1),
        # 24 missed.
        superseded,
        removed(
            counted(check(city, nov(25), by=asa, supersedes=superseded), messages=1),
            "copyright",
        ),
        # 26, 27 missed.
        removed(counted(check(city, nov(30), by=asa)), "copyright"),
    )
    add_duty(store, LargerChange(new_id(), city.account_id, nov(12), "Ny profilbild", *_by()))
    add_duty(store, documentation(city, nov(20)))
    return city


def test_a_month_counted_by_hand(store: Store, november: Account) -> None:
    (city,) = review(store, NOVEMBER, today=date(2026, 12, 1)).accounts
    assert city.account.account_id == november.account_id
    # On time: 11, 13, 19, 23, 25, 30. Late: 12, 20. Missed: 16, 17, 18, 24, 26, 27.
    assert (city.days_due, city.on_time, city.late, city.missed) == (14, 6, 2, 6)
    assert city.share_on_time == pytest.approx(6 / 14)
    assert city.missed_days == tuple(nov(d) for d in (16, 17, 18, 24, 26, 27))
    assert city.longest_gap == 3  # 16–18
    # Messages 1 (11th) + 2 (Saturday) + 1 (23rd) + 1 (25th, corrected; 5 superseded) = 5.
    assert city.messages_to_registrar == 5
    # Cases 2 (12th) + 1 (Saturday) + 1 (23rd) = 4.
    assert city.cases_forwarded == 4
    # The superseded check's advertising removal is gone with it.
    assert city.removals_by_ground == {"defamation": 2, "copyright": 2}
    assert city.removals == 4
    # Opened on the 11th, it is culled first by 11 February: nothing due in November.
    assert (city.cullings_due, city.cullings_on_time) == (0, 0)
    # No round in November; the change of the 12th was documented on the 20th, by the 26th.
    assert (city.documentations_due, city.documentations_on_time) == (1, 1)
    assert city.documentation_deadlines == (ReviewDeadline(nov(26), nov(20), after_change=True),)
    assert city.marks == (
        *[INACTIVE] * 10,  # 1–10: not yet opened (the check of the 10th does not count)
        *(ON, LATE, ON, OFF, OFF),  # 11–15
        *(MISSED, MISSED, MISSED, ON, LATE, OFF, OFF),  # 16–22
        *(ON, MISSED, ON, MISSED, MISSED, OFF, OFF),  # 23–29
        ON,  # 30
    )


def test_the_review_read_from_the_store_matches_the_one_from_whole_checks(
    store: Store, november: Account
) -> None:
    today = date(2026, 12, 1)
    read = review(store, NOVEMBER, today)
    whole = review_of(
        [november],
        tally_checks(store.checks(first=NOVEMBER.first, last=NOVEMBER.last)),
        store.duty_log(),
        default_pack(),
        CALENDAR,
        NOVEMBER,
        today,
    )
    assert dataclasses.replace(read, log_heads=()) == whole
    # What the review was made from: the log's one chain as it stands.
    assert [(h.seq, h.link) for h in read.log_heads] == [tail(store._conn, store.workstation_id())]


def test_a_check_logged_before_midnight_is_on_time_and_after_it_late(
    store: Store, november: Account
) -> None:
    city = review(store, NOVEMBER, today=date(2026, 12, 1)).accounts[0]
    marks = dict(zip(NOVEMBER_DAYS, city.marks, strict=True))
    assert marks[nov(19)] is ON  # 23:30 on the day
    assert marks[nov(20)] is LATE  # 00:30 the next day


def test_deputy_check_counts_for_the_officers_account(
    store: Store, asa: Person, per: Person
) -> None:
    city = account("Lidingö stad", officers=[asa], deputies=[per], active_since=nov(16))
    store.add_accounts([city], [asa, per])
    add_checks(store, *(check(city, nov(d), by=per, role=CheckRole.DEPUTY) for d in range(16, 21)))
    for someone in (asa, per):
        only = replace(NOVEMBER, person_ids=frozenset({someone.person_id}))
        (reviewed,) = review(store, only, today=nov(23)).accounts
        assert (reviewed.days_due, reviewed.on_time, reviewed.missed) == (5, 5, 0)


# -- the daily check -----------------------------------------------------------------


def test_the_longest_gap_runs_over_a_weekend(store: Store) -> None:
    city = account(active_since=nov(2))
    store.add_accounts([city])
    # Checked every working day except Thursday 12 to Tuesday 17: four working days.
    add_checks(
        store,
        *(
            check(city, day)
            for day in CALENDAR.working_days(nov(2), nov(20))
            if not nov(12) <= day <= nov(17)
        ),
    )
    (reviewed,) = review(store, NOVEMBER, today=nov(23)).accounts
    assert reviewed.longest_gap == 4
    assert reviewed.missed_days == (nov(12), nov(13), nov(16), nov(17))


def test_the_longest_gap_is_broken_by_a_late_check_and_not_by_a_weekend() -> None:
    days = [nov(d) for d in range(2, 10)]  # Monday 2 to Monday 9 November
    period = PeriodDays.of(days, [CALENDAR.is_working_day(day) for day in days])
    marks = [MISSED, MISSED, LATE, MISSED, MISSED, OFF, OFF, MISSED]
    assert missed_of(period, marks) == (3, [nov(2), nov(3), nov(5), nov(6), nov(9)])
    assert missed_of(period, [MISSED, LATE, MISSED, LATE, ON, OFF, OFF, MISSED]) == (
        1,
        [nov(2), nov(4), nov(9)],
    )


def test_today_is_not_missed_while_it_lasts_and_counts_once_checked(store: Store) -> None:
    city = account("Lidingö stad", active_since=nov(16))
    library = account("Lidingö bibliotek", active_since=nov(16))
    store.add_accounts([city, library])
    add_checks(store, *(check(city, nov(d)) for d in range(16, 21)))
    add_checks(store, *(check(library, nov(d)) for d in range(16, 20)))
    not_yet, checked = review(store, NOVEMBER, today=nov(20)).accounts
    assert checked.account.name == "Lidingö stad"
    assert (checked.days_due, checked.on_time, checked.missed) == (5, 5, 0)
    assert (not_yet.days_due, not_yet.on_time, not_yet.missed) == (4, 4, 0)
    assert not_yet.marks[19] is DayMark.TODAY  # the 20th: not checked yet, not missed
    assert not_yet.missed_days == ()


def test_days_after_today_are_not_active_and_not_counted(store: Store) -> None:
    city = account(active_since=nov(2))
    store.add_accounts([city])
    (reviewed,) = review(store, NOVEMBER, today=nov(18)).accounts
    # 2–6, 9–13, 16 and 17 have gone by unchecked; the 18th is today.
    assert reviewed.days_due == reviewed.missed == 12
    assert reviewed.marks[17:] == (DayMark.TODAY,) + (INACTIVE,) * 12  # 18, then 19–30
    assert len(reviewed.marks) == len(NOVEMBER_DAYS)


def test_a_closed_account_is_counted_until_the_day_it_closed(store: Store) -> None:
    closed = replace(account("Gamla kontot", active_since=date(2026, 1, 1)), closed_on=nov(18))
    store.add_accounts([closed])
    add_checks(store, *(check(closed, nov(d)) for d in (2, 3, 4, 5, 6, 9, 10)))
    (reviewed,) = review(store, NOVEMBER, today=date(2026, 12, 1)).accounts
    # Working days 2–17 are due: 12 of them, 7 checked; from the 18th it is closed.
    assert (reviewed.days_due, reviewed.on_time, reviewed.missed) == (12, 7, 5)
    assert reviewed.marks[17:] == (INACTIVE,) * 13


def test_holidays_are_not_working_days(store: Store) -> None:
    city = account(active_since=date(2026, 12, 21))
    store.add_accounts([city])
    christmas = ReviewFilter(date(2026, 12, 21), date(2027, 1, 8))
    (reviewed,) = review(store, christmas, today=date(2027, 1, 11)).accounts
    # 21–23, 28–30 December, 4, 5, 7, 8 January: christmas, new year and
    # epiphany (6 January) are days off.
    assert reviewed.missed_days == (
        *(date(2026, 12, d) for d in (21, 22, 23, 28, 29, 30)),
        *(date(2027, 1, d) for d in (4, 5, 7, 8)),
    )
    assert reviewed.marks[3] is OFF  # julafton
