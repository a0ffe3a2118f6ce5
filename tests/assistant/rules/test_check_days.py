"""The daily check: which days are checked, checked late, missed or still due."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.records import CheckRole
from assistant.rules.check_days import (
    STATUS_WINDOW_DAYS,
    DayState,
    account_days,
    accounts_of,
    day_state,
    missed_working_days,
    overview,
    todays_check,
)
from assistant.workdays import WorkingCalendar
from tests.factories import FRIDAY, account, at, check, person

CALENDAR = WorkingCalendar()
MONDAY = date(2026, 11, 16)
THURSDAY = date(2026, 11, 19)
SATURDAY = date(2026, 11, 21)
SUNDAY = date(2026, 11, 22)
NEXT_MONDAY = date(2026, 11, 23)


def november(*days: int) -> tuple[date, ...]:
    return tuple(date(2026, 11, d) for d in days)


# -- missed working days ----------------------------------------------------------


def test_today_is_due_not_missed_while_it_lasts() -> None:
    facebook = account(active_since=MONDAY)
    assert missed_working_days(facebook, [], CALENDAR, FRIDAY) == november(16, 17, 18, 19)
    assert day_state(FRIDAY, [], CALENDAR, FRIDAY) is DayState.DUE


def test_yesterday_without_a_check_is_missed_today() -> None:
    facebook = account(active_since=MONDAY)
    checks = [check(facebook, day) for day in november(16, 17, 18)]
    assert missed_working_days(facebook, checks, CALENDAR, FRIDAY) == november(19)
    assert day_state(THURSDAY, [], CALENDAR, FRIDAY) is DayState.MISSED


def test_days_before_the_account_became_active_are_not_missed() -> None:
    facebook = account(active_since=date(2026, 11, 18))
    assert missed_working_days(facebook, [], CALENDAR, FRIDAY) == november(18, 19)


def test_an_account_that_starts_today_has_missed_nothing() -> None:
    facebook = account(active_since=FRIDAY)
    assert missed_working_days(facebook, [], CALENDAR, FRIDAY) == ()


def test_the_weekend_is_not_missed() -> None:
    facebook = account(active_since=MONDAY)
    checks = [check(facebook, day) for day in november(16, 17, 18, 19, 20)]
    assert missed_working_days(facebook, checks, CALENDAR, NEXT_MONDAY) == ()


def test_midsommarafton_is_missed_only_where_it_is_a_working_day() -> None:
    facebook = account(active_since=date(2026, 6, 15))
    checks = [check(facebook, date(2026, 6, day)) for day in (15, 16, 17, 18)]
    monday_after = date(2026, 6, 22)
    assert missed_working_days(facebook, checks, CALENDAR, monday_after) == ()
    midsommarafton_worked = WorkingCalendar(frozenset())
    assert missed_working_days(facebook, checks, midsommarafton_worked, monday_after) == (
        date(2026, 6, 19),
    )


def test_deputy_check_counts_for_the_officers_account() -> None:
    officer, deputy = person("Åsa Öberg"), person("Per Ek", "per.ek@lidingo.se")
    facebook = account(officers=[officer], deputies=[deputy], active_since=MONDAY)
    checks = [check(facebook, day, by=officer) for day in november(16, 18, 19)]
    checks.append(check(facebook, date(2026, 11, 17), by=deputy, role=CheckRole.DEPUTY))
    assert missed_working_days(facebook, checks, CALENDAR, FRIDAY) == ()


def test_another_accounts_check_does_not_count() -> None:
    facebook = account(active_since=MONDAY)
    instagram = account("Lidingö bibliotek", platform="instagram", active_since=MONDAY)
    checks = [check(instagram, day) for day in november(16, 17, 18, 19)]
    assert missed_working_days(facebook, checks, CALENDAR, FRIDAY) == november(16, 17, 18, 19)


def test_only_the_last_thirty_days_are_reported() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    missed = missed_working_days(facebook, [], CALENDAR, FRIDAY)
    window_start = FRIDAY - timedelta(days=STATUS_WINDOW_DAYS)
    assert missed == tuple(CALENDAR.working_days(window_start, THURSDAY))
    assert missed[0] == date(2026, 10, 21)
    assert len(missed) == 22


def test_the_window_can_be_narrowed() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    assert missed_working_days(facebook, [], CALENDAR, FRIDAY, window_days=7) == november(
        13, 16, 17, 18, 19
    )


def test_a_late_check_fills_the_day() -> None:
    facebook = account(active_since=MONDAY)
    checks = [check(facebook, day) for day in november(16, 17, 18)]
    checks.append(check(facebook, THURSDAY, recorded_at=at(FRIDAY, 9)))
    assert missed_working_days(facebook, checks, CALENDAR, FRIDAY) == ()


# -- late checks and Stockholm's midnight --------------------------------------------


def test_a_check_logged_on_a_later_day_is_late() -> None:
    facebook = account(active_since=MONDAY)
    late = check(facebook, THURSDAY, recorded_at=at(FRIDAY, 9))
    assert late.is_late
    assert day_state(THURSDAY, [late], CALENDAR, FRIDAY) is DayState.LATE


def test_a_check_logged_after_stockholm_midnight_is_late_though_utc_is_the_day_before() -> None:
    facebook = account(active_since=MONDAY)
    # 00:30 on Friday in Stockholm (winter time, UTC+1) is 23:30 on Thursday in UTC.
    after_midnight = at(FRIDAY, 0, 30)
    assert after_midnight.astimezone(UTC).date() == THURSDAY
    late = check(facebook, THURSDAY, recorded_at=after_midnight)
    assert late.is_late
    assert day_state(THURSDAY, [late], CALENDAR, FRIDAY) is DayState.LATE


def test_in_summer_time_lateness_is_judged_by_the_stockholm_day() -> None:
    facebook = account(active_since=date(2026, 6, 1))
    # 23:30 on 18 June in Stockholm (summer time, UTC+2) is on time; 01:30 on
    # 19 June in Stockholm is still 18 June in UTC, yet late.
    evening = check(facebook, date(2026, 6, 18), recorded_at=at(date(2026, 6, 18), 23, 30))
    assert not evening.is_late
    night = check(facebook, date(2026, 6, 18), recorded_at=at(date(2026, 6, 19), 1, 30))
    assert night.recorded_at.astimezone(UTC).date() == date(2026, 6, 18)
    assert night.is_late


def test_a_day_with_an_on_time_check_is_checked_even_if_a_late_one_follows() -> None:
    facebook = account(active_since=MONDAY)
    on_time = check(facebook, THURSDAY)
    late = check(facebook, THURSDAY, recorded_at=at(FRIDAY, 8))
    assert day_state(THURSDAY, [on_time, late], CALENDAR, FRIDAY) is DayState.CHECKED


def test_today_checked_is_checked() -> None:
    facebook = account(active_since=MONDAY)
    assert day_state(FRIDAY, [check(facebook, FRIDAY)], CALENDAR, FRIDAY) is DayState.CHECKED


# -- days that are not working days ----------------------------------------------------


def test_weekends_and_holidays_are_not_working_days_unless_checked() -> None:
    facebook = account(active_since=date(2026, 12, 21))
    sunday_check = check(facebook, date(2026, 12, 27))
    monday_after_christmas = date(2026, 12, 28)
    states = {
        d.day: d.state
        for d in account_days(facebook, [sunday_check], CALENDAR, monday_after_christmas)
    }
    assert states[date(2026, 12, 24)] is DayState.NOT_WORKING_DAY  # julafton
    assert states[date(2026, 12, 25)] is DayState.NOT_WORKING_DAY  # juldagen
    assert states[date(2026, 12, 26)] is DayState.NOT_WORKING_DAY  # Saturday
    assert states[date(2026, 12, 27)] is DayState.CHECKED  # a Sunday someone checked anyway
    assert states[date(2026, 12, 23)] is DayState.MISSED
    assert states[monday_after_christmas] is DayState.DUE


def test_julafton_is_missed_where_it_is_a_working_day() -> None:
    facebook = account(active_since=date(2026, 12, 21))
    julafton_worked = WorkingCalendar(frozenset({"midsommarafton", "nyarsafton"}))
    states = {
        d.day: d.state for d in account_days(facebook, [], julafton_worked, date(2026, 12, 28))
    }
    assert states[date(2026, 12, 24)] is DayState.MISSED


def test_a_day_after_today_is_in_the_future() -> None:
    assert day_state(SATURDAY, [], CALENDAR, FRIDAY) is DayState.FUTURE
    assert day_state(NEXT_MONDAY, [], CALENDAR, FRIDAY) is DayState.FUTURE


# -- the account page --------------------------------------------------------------------


def test_account_days_run_from_today_back_to_the_day_the_account_became_active() -> None:
    facebook = account(active_since=MONDAY)
    checks = [
        check(facebook, MONDAY),
        check(facebook, date(2026, 11, 17), recorded_at=at(date(2026, 11, 18), 8)),
    ]
    page = account_days(facebook, checks, CALENDAR, NEXT_MONDAY)
    assert [d.day for d in page] == [NEXT_MONDAY - timedelta(days=n) for n in range(8)]
    assert [d.state for d in page] == [
        DayState.DUE,  # Monday 23
        DayState.NOT_WORKING_DAY,  # Sunday
        DayState.NOT_WORKING_DAY,  # Saturday
        DayState.MISSED,  # Friday 20
        DayState.MISSED,  # Thursday 19
        DayState.MISSED,  # Wednesday 18
        DayState.LATE,  # Tuesday 17, logged on Wednesday
        DayState.CHECKED,  # Monday 16
    ]
    assert page[-1].checks == (checks[0],)


def test_account_days_can_start_later_than_the_account() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    page = account_days(facebook, [], CALENDAR, FRIDAY, first=MONDAY)
    assert [d.day for d in page] == [FRIDAY - timedelta(days=n) for n in range(5)]


def test_account_days_show_each_days_checks_in_the_order_they_were_logged() -> None:
    facebook = account(active_since=MONDAY)
    second = check(facebook, MONDAY, recorded_at=at(MONDAY, 15))
    first = check(facebook, MONDAY, recorded_at=at(MONDAY, 9))
    page = account_days(facebook, [second, first], CALENDAR, MONDAY)
    assert page[0].checks == (first, second)


# -- Today -----------------------------------------------------------------------------


def test_todays_check_is_the_first_logged_for_today_on_that_account() -> None:
    facebook = account(active_since=MONDAY)
    instagram = account("Lidingö bibliotek", platform="instagram", active_since=MONDAY)
    later = check(facebook, FRIDAY, recorded_at=at(FRIDAY, 14))
    earlier = check(facebook, FRIDAY, recorded_at=at(FRIDAY, 8))
    others = [check(instagram, FRIDAY, recorded_at=at(FRIDAY, 7)), check(facebook, THURSDAY)]
    assert todays_check(facebook, [later, *others, earlier], FRIDAY) == earlier
    assert todays_check(facebook, others, FRIDAY) is None


def test_overview_lists_accounts_active_today_in_name_order() -> None:
    officer = person()
    library = account(
        "lidingö bibliotek", platform="instagram", officers=[officer], active_since=MONDAY
    )
    city = account("Lidingö stad", officers=[officer], active_since=date(2026, 11, 18))
    planned = account("Kulturhuset", platform="tiktok", active_since=date(2026, 12, 1))
    checks = [check(city, FRIDAY), check(library, MONDAY), check(city, THURSDAY)]
    rows = overview([city, planned, library], checks, CALENDAR, FRIDAY)
    assert [row.account for row in rows] == [library, city]
    assert rows[0].todays_check is None
    assert rows[0].missed_days == november(17, 18, 19)
    assert rows[1].todays_check == checks[0]
    assert rows[1].missed_days == november(18)


def test_an_account_not_yet_active_is_not_on_today() -> None:
    planned = account(active_since=NEXT_MONDAY)
    assert overview([planned], [], CALENDAR, FRIDAY) == []
    assert [row.account for row in overview([planned], [], CALENDAR, NEXT_MONDAY)] == [planned]


def test_accounts_of_a_person_are_those_they_are_officer_or_deputy_for() -> None:
    asa, per, eva = person("Åsa"), person("Per"), person("Eva")
    city = account("Lidingö stad", officers=[asa], deputies=[per])
    library = account("Lidingö bibliotek", officers=[per])
    register = {a.account_id: a for a in (city, library)}
    assert accounts_of(register, asa.person_id) == [city]
    assert accounts_of(register, per.person_id) == [city, library]
    assert accounts_of(register, eva.person_id) == []


# -- properties ------------------------------------------------------------------------


@st.composite
def histories(draw: st.DrawFn) -> tuple[date, date, frozenset[date]]:
    """A today, the day the account became active, and some days that were checked."""
    today = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
    active_since = today - timedelta(days=draw(st.integers(0, 60)))
    offsets = draw(st.frozensets(st.integers(0, 60), max_size=40))
    return today, active_since, frozenset(active_since + timedelta(days=n) for n in offsets)


@settings(max_examples=60, deadline=None)
@given(history=histories(), late=st.booleans())
def test_missed_and_checked_working_days_make_up_the_window_without_overlap(
    history: tuple[date, date, frozenset[date]], late: bool
) -> None:
    today, active_since, checked_days = history
    facebook = account(active_since=active_since)
    checks = [
        check(facebook, day, recorded_at=at(day + timedelta(days=1 if late else 0), 9))
        for day in checked_days
    ]
    missed = set(missed_working_days(facebook, checks, CALENDAR, today))

    first = max(active_since, today - timedelta(days=STATUS_WINDOW_DAYS))
    window = set(CALENDAR.working_days(first, today - timedelta(days=1)))
    checked_working = window & checked_days
    assert missed | checked_working == window
    assert not missed & checked_working
    assert all(CALENDAR.is_working_day(day) for day in missed)
    assert all(first <= day < today for day in missed)


@settings(max_examples=60, deadline=None)
@given(history=histories())
def test_the_account_page_and_today_agree_on_missed_days(
    history: tuple[date, date, frozenset[date]],
) -> None:
    today, active_since, checked_days = history
    facebook = account(active_since=active_since)
    checks = [check(facebook, day) for day in checked_days]
    page = account_days(facebook, checks, CALENDAR, today)
    on_page = {d.day for d in page if d.state is DayState.MISSED}
    window_start = today - timedelta(days=STATUS_WINDOW_DAYS)
    assert {d for d in on_page if d >= window_start} == set(
        missed_working_days(facebook, checks, CALENDAR, today)
    )
    assert all(d.state is not DayState.FUTURE for d in page)
    assert [d.day for d in page] == sorted((d.day for d in page), reverse=True)
