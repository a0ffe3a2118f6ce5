"""The records in the workstation's database: each comes back as it was saved.

People, accounts, checks with their removals and evidence, and the days
checked; a changed fact supersedes the old one, which stays in the history,
never edited; what is saved together is saved whole or not at all; and the
workstation remembers who uses it. Opening, upgrading and refusing a
database are :mod:`tests.assistant.store.test_opening`'s.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.records import Evidence, Role
from assistant.rules.accounts import AccountDraft, changed_account
from assistant.store.database import Store
from tests.assistant.store.database_file import raw
from tests.factories import FRIDAY, RECORDED_BY, account, at, check, person

SCREENSHOT_SHA = "ab" + "0" * 62
OTHER_SHA = "cd" + "1" * 62


def evidence(sha256: str = SCREENSHOT_SHA) -> Evidence:
    return Evidence(
        sha256=sha256,
        original_name="kommentar.png",
        media_type="image/png",
        size=2048,
        recorded_at=at(FRIDAY, 10, 5),
        recorded_by=RECORDED_BY,
    )


def count(store: Store, table: str) -> int:
    """How many rows ``table`` holds, superseded facts too."""
    [(rows,)] = raw(store.path, f"SELECT count(*) FROM {table}")
    assert isinstance(rows, int)
    return rows


# -- records round-trip ----------------------------------------------------------------


def test_people_come_back_as_they_were_saved(data_dir: Path) -> None:
    asa = person(roles=(Role.OFFICER, Role.DEPUTY, Role.REGISTRAR))
    saving = Store.open(data_dir)
    saving.add_people([asa])
    saving.close()
    reading = Store.open(data_dir)
    try:
        assert reading.people() == {asa.person_id: asa}
    finally:
        reading.close()


def test_accounts_come_back_as_they_were_saved(store: Store) -> None:
    asa, per = person("Åsa Öberg"), person("Per Ek", "per.ek@lidingo.se")
    facebook = account(officers=[asa], deputies=[per], active_since=date(2026, 3, 15))
    store.add_accounts([facebook], [asa, per])
    assert store.accounts() == {facebook.account_id: facebook}
    assert store.people() == {asa.person_id: asa, per.person_id: per}


def test_a_check_with_removals_and_evidence_comes_back_as_it_was_saved(store: Store) -> None:
    facebook = account()
    store.add_accounts([facebook])
    logged = check(facebook, FRIDAY, screenshots=[SCREENSHOT_SHA, OTHER_SHA])
    store.add_check(logged, [evidence(SCREENSHOT_SHA), evidence(OTHER_SHA)])
    assert store.checks() == [logged]
    assert [r.screenshot_sha256 for r in store.checks()[0].removals] == [
        SCREENSHOT_SHA,
        OTHER_SHA,
    ]
    assert store.evidence(SCREENSHOT_SHA) == evidence(SCREENSHOT_SHA)
    assert store.evidence("f" * 64) is None


def test_a_check_logged_after_stockholm_midnight_is_still_late_when_read_back(
    store: Store,
) -> None:
    facebook = account()
    thursday = date(2026, 11, 19)
    late = check(facebook, thursday, recorded_at=at(FRIDAY, 0, 30))  # 23:30 UTC on Thursday
    store.add_check(late)
    (read_back,) = store.checks()
    assert read_back.recorded_at == late.recorded_at
    assert read_back.day == thursday
    assert read_back.is_late


def test_evidence_already_known_is_kept_once(store: Store) -> None:
    facebook = account()
    store.add_check(check(facebook, FRIDAY, screenshots=[SCREENSHOT_SHA]), [evidence()])
    store.add_check(check(facebook, FRIDAY, screenshots=[SCREENSHOT_SHA]), [evidence()])
    assert len(store.checks()) == 2
    assert count(store, "evidence") == 1


def test_checks_can_be_asked_for_by_account_and_days(store: Store) -> None:
    facebook, instagram = account(), account("Bibliotek", platform="instagram")
    monday, thursday = date(2026, 11, 16), date(2026, 11, 19)
    logged = [check(a, d) for a in (facebook, instagram) for d in (monday, thursday, FRIDAY)]
    for one in logged:
        store.add_check(one)
    assert store.checks(account_ids=[instagram.account_id]) == logged[3:]
    assert store.checks(first=thursday) == sorted(
        [c for c in logged if c.day >= thursday], key=lambda c: (c.day, c.recorded_at)
    )
    assert {c.day for c in store.checks(last=monday)} == {monday}
    assert store.checks(account_ids=[]) == []


def test_the_checked_days_are_the_days_of_the_current_checks(store: Store) -> None:
    city, library = account("Lidingö stad"), account("Bibliotek", url="https://b.se")
    store.add_accounts([city, library])
    monday, tuesday = date(2026, 11, 16), date(2026, 11, 17)
    first = check(city, monday)
    store.add_check(first)
    store.add_check(check(city, monday, supersedes=first))  # a correction: still one day
    store.add_check(check(city, tuesday))
    store.add_check(check(library, date(2026, 10, 1)))  # outside the window

    days = store.checked_days([city.account_id, library.account_id], monday, date(2026, 11, 20))
    assert days == {city.account_id: {monday, tuesday}}
    expected = {c.day for c in store.checks([city.account_id], monday, date(2026, 11, 20))}
    assert days[city.account_id] == expected
    assert store.checked_days([], monday, tuesday) == {}


# -- facts are superseded, never edited --------------------------------------------------


def test_a_changed_account_supersedes_the_old_version_which_stays_in_the_history(
    store: Store,
) -> None:
    original = account(active_since=date(2026, 1, 1))
    store.add_accounts([original])
    draft = AccountDraft(
        platform=original.platform,
        name="Lidingö stad – officiell",
        url=original.url,
        department="Kommunikationsenheten",
        officer_ids=original.officer_ids,
        deputy_ids=original.deputy_ids,
        registrar_access=True,
        active_since=original.active_since,
    )
    changed = changed_account(original, draft, recorded_at=at(FRIDAY), recorded_by=RECORDED_BY)
    store.add_accounts([changed])

    assert store.accounts() == {original.account_id: changed}
    assert changed.supersedes == original.id
    assert store.account_versions()[original.account_id] == [original, changed]


def test_a_corrected_check_replaces_the_old_one_which_is_no_longer_listed(store: Store) -> None:
    facebook = account()
    wrong = check(facebook, FRIDAY)
    store.add_check(wrong)
    corrected = check(facebook, FRIDAY, recorded_at=at(FRIDAY, 11), supersedes=wrong)
    store.add_check(corrected)
    assert store.checks() == [corrected]
    # The old fact is still in the journal.
    assert count(store, "daily_checks") == 2


# -- all or nothing ----------------------------------------------------------------------


def test_a_check_whose_removal_lacks_its_screenshot_record_is_not_saved_at_all(
    store: Store,
) -> None:
    facebook = account()
    broken = check(facebook, FRIDAY, screenshots=[SCREENSHOT_SHA, OTHER_SHA])
    # Only the first screenshot's record comes along: the second removal breaks the
    # foreign key, after the evidence, the check and the first removal were inserted.
    with pytest.raises(UserError, match="does not fit the log"):
        store.add_check(broken, [evidence(SCREENSHOT_SHA)])
    assert store.checks() == []
    assert store.evidence(SCREENSHOT_SHA) is None
    assert count(store, "removals") == 0


def test_accounts_and_their_people_are_saved_together_or_not_at_all(store: Store) -> None:
    asa = person()
    store.add_people([asa])
    facebook = account(officers=[asa])
    with pytest.raises(UserError, match="nothing was saved"):
        store.add_accounts([facebook], [person("Per Ek"), asa])  # asa's row already exists
    assert store.accounts() == {}
    assert list(store.people()) == [asa.person_id]


# -- who uses this workstation -----------------------------------------------------------


def test_the_workstation_remembers_who_uses_it(data_dir: Path) -> None:
    opened = Store.open(data_dir)
    assert opened.me() is None
    opened.set_me("first-person")
    opened.set_me("second-person")
    assert opened.me() == "second-person"
    opened.close()
    reopened = Store.open(data_dir)
    try:
        assert reopened.me() == "second-person"
    finally:
        reopened.close()
