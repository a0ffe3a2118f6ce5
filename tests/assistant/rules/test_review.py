"""The manager's review: figures per account over a period, checked against hand-counted days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from assistant.pack.reader import default_pack
from assistant.records import (
    Account,
    CheckRole,
    Culling,
    DailyCheck,
    Documentation,
    DutyRecord,
    Evidence,
    LargerChange,
    Person,
    Removal,
    RemovalAction,
    new_id,
)
from assistant.rules.review import (
    DutyDates,
    Review,
    ReviewFilter,
    departments,
    review_of,
    tally_checks,
)
from assistant.rules.review_days import DayMark, ReviewDeadline, longest_gap
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from assistant.workspace import reading
from tests.factories import RECORDED_BY, account, at, check, person, workspace_on

CALENDAR = WorkingCalendar()
NOVEMBER = ReviewFilter(date(2026, 11, 1), date(2026, 11, 30))
YEAR_2026 = ReviewFilter(date(2026, 1, 1), date(2026, 12, 31))
SCREENSHOT = Evidence("b" * 64, "skärmbild.png", "image/png", 1024, at(date(2026, 11, 2)), "")

ON, LATE, MISSED = DayMark.ON_TIME, DayMark.LATE, DayMark.MISSED
OFF, INACTIVE = DayMark.NOT_WORKING_DAY, DayMark.NOT_ACTIVE


def nov(day: int) -> date:
    return date(2026, 11, day)


def removed(of: DailyCheck, *grounds: str) -> DailyCheck:
    """``of`` with one removal per ground, each proven by the same screenshot."""
    removals = tuple(
        Removal(
            id=new_id(),
            check_id=of.id,
            ground=ground,
            action=RemovalAction.DELETED,
            post="Ett inlägg som bröt mot reglerna",
            screenshot_sha256=SCREENSHOT.sha256,
            diary_number="",
            recorded_at=of.recorded_at,
            recorded_by=RECORDED_BY,
        )
        for ground in grounds
    )
    return replace(of, removals=removals)


def counted(of: DailyCheck, messages: int = 0, cases: int = 0) -> DailyCheck:
    return replace(of, messages_to_registrar=messages, cases_forwarded=cases)


def add_checks(store: Store, *checks: DailyCheck) -> None:
    for one in checks:
        store.add_check(one, [SCREENSHOT] if one.removals else [])


def review(store: Store, review_filter: ReviewFilter, today: date) -> Review:
    return reading.review(
        workspace_on(store, pack=default_pack(), calendar=CALENDAR), review_filter, today
    )


@pytest.fixture
def asa() -> Person:
    return person("Åsa Öberg")


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


def _by() -> tuple[datetime, str]:
    return at(nov(20)), RECORDED_BY


def add_duty(store: Store, record: DutyRecord) -> None:
    store.add_duty_record(record, [SCREENSHOT])


def culling(of: Account, day: date) -> Culling:
    return Culling(new_id(), of.account_id, day, "", day, day, "Gamla inlägg", "", "", *_by())


def documentation(of: Account, day: date) -> Documentation:
    return Documentation(new_id(), of.account_id, day, "", SCREENSHOT.sha256, "", *_by())


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
    assert read == whole


def test_a_check_logged_before_midnight_is_on_time_and_after_it_late(
    store: Store, november: Account
) -> None:
    city = review(store, NOVEMBER, today=date(2026, 12, 1)).accounts[0]
    marks = dict(zip(NOVEMBER_DAYS, city.marks, strict=True))
    assert marks[nov(19)] is ON  # 23:30 on the day
    assert marks[nov(20)] is LATE  # 00:30 the next day


NOVEMBER_DAYS = tuple(nov(d) for d in range(1, 31))


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


def test_the_longest_gap_is_broken_by_a_late_check() -> None:
    assert longest_gap([MISSED, MISSED, LATE, MISSED, OFF, MISSED, INACTIVE, MISSED]) == 2


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


# -- which accounts ------------------------------------------------------------------


@pytest.fixture
def register(store: Store, asa: Person, per: Person) -> dict[str, str]:
    """Four accounts in two departments, one planned, one opened in December."""
    accounts = {
        "city": account("Lidingö stad", officers=[asa], deputies=[per]),
        "library": account(
            "Bibliotek",
            platform="instagram",
            officers=[per],
            department="Kultur- och fritidsförvaltningen",
        ),
        "school": account("Kulturskolan", department="Kultur- och fritidsförvaltningen"),
        "planned": replace(account("Planerat konto"), planned=True),
        "later": account("Senare konto", active_since=date(2026, 12, 1)),
    }
    store.add_accounts(accounts.values(), [asa, per])
    return {key: a.account_id for key, a in accounts.items()}


def names(result: Review) -> list[str]:
    return [a.account.name for a in result.accounts]


def test_accounts_are_in_name_order_and_only_those_active_in_the_period(
    store: Store, register: dict[str, str]
) -> None:
    assert names(review(store, NOVEMBER, nov(20))) == ["Bibliotek", "Kulturskolan", "Lidingö stad"]


def test_a_department_picks_its_own_accounts(store: Store, register: dict[str, str]) -> None:
    culture = replace(NOVEMBER, department="Kultur- och fritidsförvaltningen")
    assert names(review(store, culture, nov(20))) == ["Bibliotek", "Kulturskolan"]
    nobody = replace(NOVEMBER, department="Kultur")  # exact names only
    assert names(review(store, nobody, nov(20))) == []


def test_people_pick_the_accounts_where_they_are_officer_or_deputy(
    store: Store, register: dict[str, str], asa: Person, per: Person
) -> None:
    of_asa = replace(NOVEMBER, person_ids=frozenset({asa.person_id}))
    assert names(review(store, of_asa, nov(20))) == ["Lidingö stad"]
    of_per = replace(NOVEMBER, person_ids=frozenset({per.person_id}))
    assert names(review(store, of_per, nov(20))) == ["Bibliotek", "Lidingö stad"]


def test_chosen_accounts_are_the_only_ones(store: Store, register: dict[str, str]) -> None:
    chosen = replace(NOVEMBER, account_ids=frozenset({register["school"], register["later"]}))
    assert names(review(store, chosen, nov(20))) == ["Kulturskolan"]


def test_the_departments_are_listed_once_in_order(register: dict[str, str], store: Store) -> None:
    assert departments(store.accounts().values()) == [
        "Kommunledningsförvaltningen",
        "Kultur- och fritidsförvaltningen",
    ]


# -- culling and documentation -------------------------------------------------------


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


def test_a_review_of_nobody_is_empty(store: Store) -> None:
    result = review(store, NOVEMBER, nov(20))
    assert result.accounts == ()
    assert result.days == NOVEMBER_DAYS
    assert result.days[-1] - result.days[0] == timedelta(days=29)
