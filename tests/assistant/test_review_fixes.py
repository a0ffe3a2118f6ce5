"""Refusals and edge cases found in review: each named for what the user would meet."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from assistant.clock import STOCKHOLM, until_next_day
from assistant.messages import UserError
from assistant.pack.reader import default_pack
from assistant.paths import DATABASE_NAME
from assistant.records import Role
from assistant.rules.accounts import AccountDraft, draft_problems, workstation_user
from assistant.rules.csv_import import plan_import
from assistant.store.database import Store
from tests.factories import FRIDAY, account, at, person

NOON = at(FRIDAY, 12)


def plan(path: Path) -> None:
    plan_import(path, default_pack(), {}, {}, recorded_at=NOON, recorded_by="", today=FRIDAY)


def test_a_day_ends_at_swedish_midnight_also_when_the_clocks_change() -> None:
    evening = datetime(2026, 11, 20, 23, 59, 30, tzinfo=STOCKHOLM)
    assert until_next_day(evening) == 30
    # The night summer time ends is 25 hours long: 01:00 local to midnight is 24 hours.
    before_change = datetime(2026, 10, 25, 1, 0, tzinfo=STOCKHOLM)
    assert until_next_day(before_change) == 23 * 3600 + 3600
    assert until_next_day(datetime(2026, 11, 20, 22, 59, 30, tzinfo=UTC)) == 30


def test_someone_already_in_the_register_is_not_added_twice_at_first_start() -> None:
    asa = person("Åsa Öberg", email="")
    people = {asa.person_id: asa}
    me = workstation_user(
        people, " Åsa Öberg ", "asa.oberg@lidingo.se", frozenset({Role.OFFICER}), NOON
    )
    assert me.person_id == asa.person_id
    assert me.supersedes == asa.id
    assert me.email == "asa.oberg@lidingo.se"


def test_a_namesake_with_another_email_is_another_person() -> None:
    other = person("Åsa Öberg", email="asa.oberg@botkyrka.se")
    me = workstation_user(
        {other.person_id: other}, "Åsa Öberg", "asa.oberg@lidingo.se", frozenset(), NOON
    )
    assert me.person_id != other.person_id
    assert me.supersedes is None


def test_the_account_dialog_refuses_an_address_already_registered() -> None:
    existing = account("Lidingö stad", url="https://www.facebook.com/lidingostad")
    register = {existing.account_id: existing}
    draft = AccountDraft(
        "facebook", "Kopia", "facebook.com/LidingoStad/", "", (), (), False, date(2026, 1, 1)
    )
    (problem,) = draft_problems(draft, ["facebook"], register)
    assert "Lidingö stad" in problem.render()
    # Editing the account itself keeps its own address.
    assert draft_problems(draft, ["facebook"], register, editing=existing.account_id) == []


def test_a_read_only_database_is_refused_when_opened_not_at_the_first_save(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(data_dir).close()
    database = data_dir / DATABASE_NAME
    os.chmod(database, 0o444)
    if os.access(database, os.W_OK):  # root may write anything: ask as an ordinary user would
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != database)
    try:
        with pytest.raises(UserError, match="read-only"):
            Store.open(data_dir)
    finally:
        os.chmod(database, 0o644)


def test_a_csv_file_the_csv_reader_chokes_on_gets_a_message(tmp_path: Path) -> None:
    path = tmp_path / "konton.csv"
    path.write_text("plattform;namn;adress\nFacebook;" + "x" * 200_000 + ";https://a.se\n")
    with pytest.raises(UserError, match="cannot be read as CSV near line"):
        plan(path)


def test_an_address_with_a_control_character_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "konton.csv"
    path.write_text("plattform;namn;adress;aktiv_sedan\nFacebook;A;https://a.se/\x01x;2026-01-01\n")
    with pytest.raises(UserError) as refused:
        plan(path)
    assert "Row 2, column adress" in refused.value.render()


@pytest.mark.parametrize("start", ["0001-01-01", "2027-01-01"])
def test_an_imported_start_date_must_lie_between_1990_and_today(tmp_path: Path, start: str) -> None:
    path = tmp_path / "konton.csv"
    path.write_text(f"plattform;namn;adress;aktiv_sedan\nFacebook;A;https://a.se;{start}\n")
    with pytest.raises(UserError) as refused:
        plan(path)
    assert "Row 2, column aktiv_sedan" in refused.value.render()
