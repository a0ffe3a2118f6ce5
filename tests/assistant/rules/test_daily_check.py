"""The daily check as entered: no screenshot, no removal; a diary number for a confidential post.

These rules lived only in the check and removal dialogs; now they are the
core's, tested without Qt, and the dialogs show their refusals.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from assistant.messages import UserError
from assistant.pack.reader import default_pack
from assistant.records import CheckRole, DailyCheck, Evidence, RemovalAction
from assistant.rules.cover import CoverNow, cover_of_check, covers_on, record_absence
from assistant.rules.daily_check import (
    CheckEntry,
    RemovalEntry,
    check_removal,
    check_role,
    check_steps_ticked,
    daily_check,
    logged_before,
    needs_diary_number,
)
from tests.factories import FRIDAY, RECORDED_BY, account, at, person

PACK = default_pack()
ASA = person("Åsa Öberg", "asa.oberg@lidingo.se")
PER = person("Per Ek", "per.ek@lidingo.se")
PEOPLE = {p.person_id: p for p in (ASA, PER)}
CITY = account(officers=[ASA], deputies=[PER])
SHOT = Evidence(
    sha256="ab" * 32,
    original_name="inlagg.png",
    media_type="image/png",
    size=1234,
    recorded_at=at(FRIDAY),
    recorded_by=RECORDED_BY,
)


def removal(**changes: object) -> RemovalEntry:
    entry = RemovalEntry(
        ground="defamation",
        action=RemovalAction.DELETED,
        post="Kommentar 12:04 av okänd",
        diary_number="",
        screenshot=SHOT,
    )
    return replace(entry, **changes)  # type: ignore[arg-type]


def entry(**changes: object) -> CheckEntry:
    made = CheckEntry(account_id=CITY.account_id, day=FRIDAY, checked_by=ASA.person_id)
    return replace(made, **changes)  # type: ignore[arg-type]


def logged(made: CheckEntry, *, cover: CoverNow | None = None, today: date = FRIDAY) -> DailyCheck:
    return daily_check(
        made,
        account=CITY if made.account_id == CITY.account_id else None,
        people=PEOPLE,
        pack=PACK,
        cover=cover,
        today=today,
        recorded_at=at(today, 11),
        recorded_by=ASA.person_id,
    )


def refused(made: CheckEntry) -> UserError:
    with pytest.raises(UserError) as caught:
        logged(made)
    return caught.value


def test_a_removal_without_a_screenshot_is_refused_naming_the_screenshot() -> None:
    with pytest.raises(UserError) as caught:
        check_removal(removal(screenshot=None), PACK)
    assert caught.value.field == "screenshot"
    assert "screenshot" in caught.value.render()


def test_a_removal_must_say_which_post_it_was() -> None:
    with pytest.raises(UserError) as caught:
        check_removal(removal(post="   "), PACK)
    assert caught.value.field == "post"


def test_a_confidential_post_needs_its_diary_number() -> None:
    assert needs_diary_number(PACK, "confidential")
    assert not needs_diary_number(PACK, "defamation")
    with pytest.raises(UserError) as caught:
        check_removal(removal(ground="confidential", diary_number=""), PACK)
    assert caught.value.field == "diary_number"
    check_removal(removal(ground="confidential", diary_number="KS/2026:123"), PACK)


def test_a_ground_the_pack_does_not_know_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        check_removal(removal(ground="because"), PACK)
    assert caught.value.field == "ground"
    assert "because" in caught.value.render()


def test_a_check_carries_its_removals_with_their_screenshots() -> None:
    made = logged(
        entry(
            removals=(
                removal(),
                removal(ground="confidential", diary_number=" KS/2026:123 ", post=" Inlägg "),
            ),
            notes="  Lugnt.  ",
            reviewed=("posts", "comments", "not_a_step"),
        )
    )
    assert made.account_id == CITY.account_id
    first, second = made.removals
    assert first.check_id == second.check_id == made.id
    assert first.screenshot_sha256 == SHOT.sha256
    assert (second.diary_number, second.post) == ("KS/2026:123", "Inlägg")
    assert made.notes == "Lugnt."
    assert made.reviewed == ("posts", "comments")
    assert made.role is CheckRole.OFFICER


def test_a_diary_number_is_dropped_where_the_ground_needs_none() -> None:
    made = logged(entry(removals=(removal(diary_number="KS/1"),)))
    assert made.removals[0].diary_number == ""


def test_one_removal_without_a_screenshot_refuses_the_whole_check() -> None:
    error = refused(entry(removals=(removal(), removal(screenshot=None))))
    assert error.field == "screenshot"


def test_no_account_chosen_is_refused_naming_the_account() -> None:
    assert refused(entry(account_id="")).field == "account"


def test_a_day_to_come_cannot_be_checked() -> None:
    error = refused(entry(day=FRIDAY + timedelta(days=1)))
    assert error.field == "day"


def test_a_day_before_the_account_opened_or_after_it_closed_is_refused() -> None:
    assert refused(entry(day=date(2025, 12, 31))).field == "day"
    closed = replace(CITY, closed_on=date(2026, 11, 19))

    with pytest.raises(UserError) as caught:
        daily_check(
            entry(),
            account=closed,
            people=PEOPLE,
            pack=PACK,
            cover=None,
            today=FRIDAY,
            recorded_at=at(FRIDAY),
            recorded_by=ASA.person_id,
        )
    assert "closed" in caught.value.render()


def test_who_checked_must_be_a_known_person() -> None:
    assert refused(entry(checked_by="nobody")).field == "checked_by"


def test_counts_are_whole_numbers_within_reason() -> None:
    assert refused(entry(questions_answered=-1)).field == "counts"
    assert refused(entry(messages_to_registrar=10_000)).field == "counts"


def test_a_deputy_checks_as_deputy_and_an_officer_as_officer() -> None:
    assert check_role(CITY, ASA.person_id, None) is CheckRole.OFFICER
    assert check_role(CITY, PER.person_id, None) is CheckRole.DEPUTY


def test_a_check_made_while_covering_says_for_whom_and_is_a_deputys() -> None:
    away = record_absence(
        person_id=ASA.person_id,
        first_day=FRIDAY,
        last_day=FRIDAY + timedelta(days=7),
        covers={CITY.account_id: PER.person_id},
        handover="",
        accounts={CITY.account_id: CITY},
        people=PEOPLE,
        recorded_at=at(FRIDAY, 8),
        recorded_by=ASA.person_id,
    )
    cover = cover_of_check(CITY, covers_on([away], FRIDAY).get(CITY.account_id), PER.person_id)
    assert cover is not None
    made = logged(entry(checked_by=PER.person_id), cover=cover)
    assert made.covering_for == ASA.person_id
    assert made.role is CheckRole.DEPUTY


def test_a_role_chosen_by_the_person_is_kept() -> None:
    made = logged(entry(checked_by=PER.person_id, role=CheckRole.OFFICER))
    assert made.role is CheckRole.OFFICER


# -- who checked, beyond doubt ---------------------------------------------------------

MARIA = person("Maria Lind", "maria.lind@lidingo.se")  # a manager, not of the account


def checked_by(who: str, *, away: tuple[str, ...] = (), cover: CoverNow | None = None) -> None:
    daily_check(
        entry(checked_by=who),
        account=CITY,
        people={**PEOPLE, MARIA.person_id: MARIA},
        pack=PACK,
        cover=cover,
        today=FRIDAY,
        recorded_at=at(FRIDAY, 11),
        recorded_by=ASA.person_id,
        away=away,
    )


def test_someone_neither_officer_nor_deputy_of_the_account_cannot_have_checked_it() -> None:
    with pytest.raises(UserError, match="Maria Lind is neither an officer nor a deputy") as no:
        checked_by(MARIA.person_id)
    assert no.value.field == "checked_by"


def test_a_deputy_covering_for_the_absent_officer_may_check_it() -> None:
    asa_away = record_absence(
        person_id=ASA.person_id,
        first_day=FRIDAY,
        last_day=FRIDAY,
        covers={CITY.account_id: MARIA.person_id},
        handover="",
        accounts={CITY.account_id: replace(CITY, deputy_ids=(MARIA.person_id,))},
        people={**PEOPLE, MARIA.person_id: MARIA},
        recorded_at=at(FRIDAY),
        recorded_by=ASA.person_id,
    )
    cover = covers_on([asa_away], FRIDAY)[CITY.account_id]
    checked_by(MARIA.person_id, cover=cover)  # named to cover, though not the account's deputy


def test_a_person_recorded_as_away_cannot_have_checked() -> None:
    with pytest.raises(UserError, match="Åsa Öberg is recorded as away on 2026-11-20"):
        checked_by(ASA.person_id, away=(ASA.person_id,))
    checked_by(PER.person_id, away=(ASA.person_id,))  # her deputy can


def test_a_check_with_no_step_ticked_is_refused_naming_the_steps() -> None:
    with pytest.raises(UserError) as caught:
        check_steps_ticked(entry())
    assert caught.value.field == "reviewed"
    check_steps_ticked(entry(reviewed=("posts",)))


def test_a_day_checked_already_is_found_unless_its_check_was_withdrawn() -> None:
    morning = replace(logged(entry(reviewed=("posts",))), recorded_at=at(FRIDAY, 9))
    noon = logged(entry(reviewed=("posts",)))
    thursday = logged(entry(day=FRIDAY - timedelta(days=1), reviewed=("posts",)))
    checks = [noon, thursday, morning]

    assert logged_before(checks, (), CITY.account_id, FRIDAY) == [morning, noon]
    assert logged_before(checks, {morning.id}, CITY.account_id, FRIDAY) == [noon]
    assert logged_before(checks, (), "another-account", FRIDAY) == []


def test_a_check_of_a_day_before_the_account_came_into_kontokoll_is_refused() -> None:
    """Registered on Wednesday though open since January: Tuesday is not kept here, so a
    check of it would be stored and shown nowhere."""
    registered = replace(CITY, kept_since=FRIDAY - timedelta(days=2))
    with pytest.raises(UserError) as caught:
        daily_check(
            entry(day=FRIDAY - timedelta(days=3)),
            account=registered,
            people=PEOPLE,
            pack=PACK,
            cover=None,
            today=FRIDAY,
            recorded_at=at(FRIDAY, 11),
            recorded_by=ASA.person_id,
        )
    assert caught.value.field == "day"
    assert "from 2026-11-18, the day it came into the register" in caught.value.render()
