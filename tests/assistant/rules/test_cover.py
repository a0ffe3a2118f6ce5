"""Absences and cover: who checks an officer's accounts while they are away."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from assistant.messages import UserError
from assistant.records import Absence, Role
from assistant.rules.cover import (
    away_on,
    cancel_absence,
    cover_of_check,
    covered_by,
    covers_on,
    duty_holders,
    record_absence,
    upcoming,
)
from assistant.store.database import Store
from tests.factories import FRIDAY, account, at, person

ASA = person("Åsa Öberg", "asa.oberg@lidingo.se")
PER = person("Per Ek", "per.ek@lidingo.se", roles=(Role.DEPUTY,))
EVA = person("Eva Sjö", "eva.sjo@lidingo.se", roles=(Role.OFFICER, Role.DEPUTY))
FACEBOOK = account(officers=[ASA], deputies=[PER, EVA])
LIBRARY = account("Lidingö bibliotek", platform="instagram", officers=[ASA], deputies=[EVA])
PEOPLE = {p.person_id: p for p in (ASA, PER, EVA)}
ACCOUNTS = {a.account_id: a for a in (FACEBOOK, LIBRARY)}
NEXT_FRIDAY = FRIDAY + timedelta(days=7)


def absence(**changes: Any) -> Absence:
    values: dict[str, Any] = {
        "person_id": ASA.person_id,
        "first_day": FRIDAY,
        "last_day": NEXT_FRIDAY,
        "covers": {FACEBOOK.account_id: PER.person_id, LIBRARY.account_id: EVA.person_id},
        "handover": "  Två ärenden väntar på svar från bygglov.  ",
        "accounts": ACCOUNTS,
        "people": PEOPLE,
        "recorded_at": at(FRIDAY, 8),
        "recorded_by": ASA.person_id,
    }
    values.update(changes)
    return record_absence(**values)


def test_each_account_is_covered_by_its_own_deputy_for_the_days_of_the_absence() -> None:
    away = absence()
    assert away.handover == "Två ärenden väntar på svar från bygglov."
    for day in (FRIDAY, NEXT_FRIDAY):
        covers = covers_on([away], day)
        assert {k: c.deputy_id for k, c in covers.items()} == {
            FACEBOOK.account_id: PER.person_id,
            LIBRARY.account_id: EVA.person_id,
        }
        assert {c.absent_id for c in covers.values()} == {ASA.person_id}
    assert covers_on([away], FRIDAY - timedelta(days=1)) == {}
    assert covers_on([away], NEXT_FRIDAY + timedelta(days=1)) == {}
    assert list(covered_by(covers_on([away], FRIDAY), PER.person_id)) == [FACEBOOK.account_id]
    assert away_on([away], ASA.person_id, FRIDAY) == away
    assert away_on([away], PER.person_id, FRIDAY) is None


def test_a_later_recorded_cover_wins_where_two_absences_overlap() -> None:
    first = absence()
    second = absence(
        covers={FACEBOOK.account_id: EVA.person_id},
        recorded_at=at(FRIDAY, 9),
        recorded_by=EVA.person_id,
    )
    covers = covers_on([second, first], FRIDAY)
    assert covers[FACEBOOK.account_id].deputy_id == EVA.person_id
    assert covers[LIBRARY.account_id].deputy_id == EVA.person_id


def test_a_cancelled_absence_covers_nothing_and_is_no_longer_upcoming() -> None:
    away = absence()
    called_off = cancel_absence(away, recorded_at=at(FRIDAY, 9), recorded_by=ASA.person_id)
    assert (called_off.absence_id, called_off.supersedes) == (away.absence_id, away.id)
    assert covers_on([called_off], FRIDAY) == {}
    assert upcoming([called_off], FRIDAY) == []
    assert upcoming([away], NEXT_FRIDAY) == [away]
    assert upcoming([away], NEXT_FRIDAY + timedelta(days=1)) == []


def test_a_changed_absence_is_a_new_version_of_the_same_absence(store: Store) -> None:
    store.add_people(PEOPLE.values())
    store.add_accounts(ACCOUNTS.values())
    away = absence()
    store.add_absence(away)
    longer = absence(last_day=NEXT_FRIDAY + timedelta(days=7), earlier=away)
    store.add_absence(longer)
    assert store.absences() == {away.absence_id: longer}
    assert longer.supersedes == away.id


def test_duties_go_to_the_deputy_covering_and_to_any_officer_not_away() -> None:
    [cover] = covered_by(covers_on([absence()], FRIDAY), PER.person_id).values()
    assert duty_holders(FACEBOOK, None) == (ASA.person_id,)
    assert duty_holders(FACEBOOK, cover) == (PER.person_id,)
    shared = account(officers=[ASA, EVA], deputies=[PER])
    assert duty_holders(shared, cover) == (PER.person_id, EVA.person_id)
    no_officer = account(deputies=[PER, EVA])
    assert duty_holders(no_officer, None) == (PER.person_id, EVA.person_id)


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"last_day": FRIDAY - timedelta(days=1)}, "ends on 2026-11-19 before it begins"),
        ({"last_day": date(2027, 12, 31)}, "longer than a year"),
        ({"last_day": FRIDAY + timedelta(days=366)}, "longer than a year"),
        ({"covers": {}}, "Choose a deputy for at least one account"),
        ({"covers": {"gone": PER.person_id}}, "not in the register"),
        ({"covers": {FACEBOOK.account_id: "nobody"}}, "Choose who covers Lidingö stad"),
        ({"covers": {FACEBOOK.account_id: ASA.person_id}}, "Åsa Öberg cannot cover"),
        ({"person_id": "nobody"}, "Choose who is away"),
    ],
)
def test_an_absence_that_does_not_add_up_is_refused_with_what_to_mend(
    changes: dict[str, Any], says: str
) -> None:
    with pytest.raises(UserError, match=says):
        absence(**changes)


def test_absences_over_before_a_day_are_left_out_with_all_their_versions(store: Store) -> None:
    store.add_people(PEOPLE.values())
    store.add_accounts(ACCOUNTS.values())
    last_year = absence(first_day=date(2025, 7, 1), last_day=date(2025, 7, 31))
    store.add_absence(last_year)
    now = absence()
    store.add_absence(now)
    # Moved earlier: its newest version ends before the day, an older one after it.
    moved = absence(last_day=FRIDAY + timedelta(days=1), earlier=now)
    store.add_absence(moved)

    assert store.absences(ending_from=NEXT_FRIDAY) == {now.absence_id: moved}
    assert set(store.absences()) == {last_year.absence_id, now.absence_id}


def test_a_whole_year_away_is_accepted_and_a_day_more_is_not() -> None:
    assert absence(last_day=FRIDAY + timedelta(days=365)).last_day == date(2027, 11, 20)
    with pytest.raises(UserError, match="longer than a year"):
        absence(last_day=FRIDAY + timedelta(days=366))


def test_a_shorter_cover_inside_a_longer_one_holds_when_the_longer_ones_note_is_changed() -> None:
    long_leave = absence()  # Friday to next Friday, Per covers Facebook
    # Per is off Monday to Wednesday; Eva takes Facebook for those days.
    monday = FRIDAY + timedelta(days=3)
    carved_out = absence(
        first_day=monday,
        last_day=monday + timedelta(days=2),
        covers={FACEBOOK.account_id: EVA.person_id},
        recorded_at=at(FRIDAY, 9),
    )
    note_changed = absence(
        handover="Bygglov har svarat.", recorded_at=at(FRIDAY, 10), earlier=long_leave
    )

    for versions in ([long_leave, carved_out], [carved_out, note_changed]):
        facebook_on = {
            day: covers_on(versions, day)[FACEBOOK.account_id].deputy_id
            for day in (FRIDAY, monday + timedelta(days=1), NEXT_FRIDAY)
        }
        assert facebook_on == {
            FRIDAY: PER.person_id,
            monday + timedelta(days=1): EVA.person_id,
            NEXT_FRIDAY: PER.person_id,
        }


def test_a_deputy_away_on_any_of_the_days_cannot_be_chosen_to_cover() -> None:
    monday = FRIDAY + timedelta(days=3)
    per_away = Absence(
        id="v1",
        absence_id="a1",
        person_id=PER.person_id,
        first_day=monday,
        last_day=monday,
        covers={},
        handover="",
        recorded_at=at(FRIDAY, 7),
        recorded_by=PER.person_id,
    )
    with pytest.raises(UserError, match="Per Ek is away from 2026-11-23 to 2026-11-23"):
        absence(absences=[per_away])
    # Called off, or on other days, it is no hindrance.
    called_off = cancel_absence(per_away, recorded_at=at(FRIDAY, 8), recorded_by=PER.person_id)
    assert absence(absences=[called_off]).covers[FACEBOOK.account_id] == PER.person_id
    later = replace(per_away, first_day=date(2026, 12, 1), last_day=date(2026, 12, 2))
    assert absence(absences=[later]).covers[FACEBOOK.account_id] == PER.person_id


def test_an_officer_checks_as_officer_while_a_fellow_officer_is_covered() -> None:
    shared = account(officers=[ASA, EVA], deputies=[PER])
    away = absence(accounts={shared.account_id: shared}, covers={shared.account_id: PER.person_id})
    cover = covers_on([away], FRIDAY)[shared.account_id]
    assert cover_of_check(shared, cover, EVA.person_id) is None
    assert cover_of_check(shared, cover, ASA.person_id) is None
    assert cover_of_check(shared, cover, PER.person_id) == cover
    assert cover_of_check(shared, None, PER.person_id) is None
