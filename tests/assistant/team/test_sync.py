"""The team folder: workstations share their facts and evidence through journals.

Every test uses real data folders and one real team folder in ``tmp_path``:
the officer's, the deputy's and the manager's workstations, each with its
own database, publishing and merging as the app does.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from assistant.paths import EVIDENCE_DIR_NAME
from assistant.records import CheckRole
from assistant.settings import Settings, load_settings, save_settings
from assistant.store.evidence import EvidenceStore
from assistant.store.schema import SCHEMA_VERSION
from assistant.team import sync as team
from tests.assistant.team.office import (
    SCREENSHOT,
    THURSDAY,
    Office,
    after_deputys_check,
    make_office,
    only_account,
    record_check,
)
from tests.factories import FRIDAY, at


@pytest.fixture
def office(tmp_path: Path) -> Office:
    return make_office(tmp_path)


# -- a deputy's check reaches everyone ---------------------------------------------


def test_the_register_reaches_the_deputys_workstation(office: Office) -> None:
    published = office.officer.sync(office.team_dir)
    assert published.reachable
    assert published.published

    read = office.deputy.sync(office.team_dir, 10, 1)

    assert read.reachable
    assert read.read
    assert read.journals_read == 1
    assert read.read_from == ("Åsa Öberg",)
    assert read.added_by_table == {"people": 3, "accounts": 1}
    with office.deputy.store() as store:
        assert {p.name for p in store.people().values()} == {"Åsa Öberg", "Per Ek", "Maria Lind"}
        (city,) = store.accounts().values()
        assert city.name == "Lidingö stad"
        assert city.deputy_ids == (office.deputy.user.person_id,)


def test_a_deputys_check_appears_in_the_officers_and_the_managers_view(office: Office) -> None:
    made = after_deputys_check(office)

    office.deputy.sync(office.team_dir, 11)
    officer_read = office.officer.sync(office.team_dir, 11, 5)
    manager_read = office.manager.sync(office.team_dir, 11, 10)

    assert officer_read.added_by_table == {"evidence": 1, "daily_checks": 1, "removals": 1}
    assert officer_read.evidence_fetched == 1
    assert officer_read.evidence_missing == 0
    for seen_by in (office.officer, office.manager):
        with seen_by.store() as store:
            (seen,) = store.checks([only_account(seen_by)])
            assert seen == made
            assert seen.covering_for == office.officer.user.person_id
            assert seen.role is CheckRole.DEPUTY
            (removal,) = seen.removals
            evidence = store.evidence(removal.screenshot_sha256)
            assert evidence is not None
            kept = EvidenceStore(seen_by.data_dir / EVIDENCE_DIR_NAME).find(evidence)
            assert kept is not None
            assert kept.read_bytes() == SCREENSHOT
    # The manager's workstation also has the register, from the officer's journal.
    with office.manager.store() as store:
        assert len(store.people()) == 3
        assert len(store.accounts()) == 1
    assert sorted(manager_read.read_from) == ["Per Ek", "Åsa Öberg"]


def test_facts_merged_remember_which_workstation_they_came_from(office: Office) -> None:
    after_deputys_check(office)
    office.deputy.sync(office.team_dir, 11)
    office.officer.sync(office.team_dir, 11, 5)
    with office.deputy.store() as store:
        deputy_id = store.workstation_id()
    origins = dict(office.officer.rows("SELECT 'check', origin FROM daily_checks"))
    own = {row[0] for row in office.officer.rows("SELECT DISTINCT origin FROM people")}
    assert origins == {"check": deputy_id}
    assert own == {""}


def test_a_second_sync_with_nothing_new_writes_and_adds_nothing(office: Office) -> None:
    after_deputys_check(office)
    # The manager's name reaches her own journal only once she has read the register.
    for minute in (0, 20, 40):
        for desk_ in office.everyone:
            desk_.sync(office.team_dir, 11, minute)
    journals = {p.name: p.stat().st_mtime_ns for p in team.journals_dir(office.team_dir).iterdir()}

    again = [desk_.sync(office.team_dir, 12) for desk_ in office.everyone]

    for result in again:
        assert result.reachable
        assert result.read
        assert result.problem is None
        assert not result.published
        assert result.journals_read == 0
        assert result.added == 0
        assert result.evidence_published == 0
        assert result.evidence_fetched == 0
    after = {p.name: p.stat().st_mtime_ns for p in team.journals_dir(office.team_dir).iterdir()}
    assert after == journals


def test_a_correction_from_another_workstation_wins(office: Office) -> None:
    made = after_deputys_check(office)
    office.deputy.sync(office.team_dir, 11)
    office.officer.sync(office.team_dir, 11, 5)
    # Back at work, Åsa corrects the deputy's count of answered questions and her own e-mail.
    corrected = dataclasses.replace(
        made,
        id="correction-of-the-deputys-check",
        removals=(),
        questions_answered=5,
        supersedes=made.id,
        recorded_at=at(FRIDAY, 13),
        recorded_by=office.officer.user.person_id,
    )
    new_email = dataclasses.replace(
        office.officer.user,
        id="asa-new-email",
        email="asa.oberg@stad.lidingo.se",
        supersedes=office.officer.user.id,
        recorded_at=at(FRIDAY, 13),
    )
    with office.officer.store() as store:
        store.add_check(corrected)
        store.add_people([new_email])

    office.officer.sync(office.team_dir, 13, 5)
    office.deputy.sync(office.team_dir, 13, 10)

    with office.deputy.store() as store:
        (current,) = store.checks()
        assert current.id == corrected.id
        assert current.questions_answered == 5
        assert store.people()[new_email.person_id].email == "asa.oberg@stad.lidingo.se"


def test_a_correction_may_arrive_before_what_it_corrects(office: Office) -> None:
    """The manager reads Åsa's correction of her deputy's check before the deputy's journal."""
    office.officer.sync(office.team_dir, 8)
    office.deputy.sync(office.team_dir, 8, 5)
    original = record_check(office.deputy, THURSDAY)
    office.deputy.sync(office.team_dir, 9)
    office.officer.sync(office.team_dir, 9, 5)
    # The manager is kept from the deputy's journal for a while: a copy taken aside.
    deputy_journal = office.deputy.journal(office.team_dir)
    aside = deputy_journal.with_name(".aside")
    deputy_journal.rename(aside)
    with office.officer.store() as store:
        store.add_check(
            dataclasses.replace(
                original,
                id="officer-correction",
                removals=(),
                notes="Missade ett meddelande till registrator.",
                messages_to_registrar=1,
                supersedes=original.id,
                recorded_at=at(FRIDAY, 9, 30),
                recorded_by=office.officer.user.person_id,
            )
        )
    office.officer.sync(office.team_dir, 10)

    early = office.manager.sync(office.team_dir, 10, 5)
    assert early.read
    assert early.problem is None
    assert early.added_by_table["daily_checks"] == 1

    aside.rename(deputy_journal)
    office.manager.sync(office.team_dir, 10, 10)
    with office.manager.store() as store:
        (current,) = store.checks()
        assert current.id == "officer-correction"


# -- nobody writes another person's file -----------------------------------------


def test_a_journal_holds_only_its_own_workstations_facts(office: Office) -> None:
    after_deputys_check(office)
    office.deputy.sync(office.team_dir, 11)
    office.officer.sync(office.team_dir, 11, 5)
    record_check(office.officer, THURSDAY)
    office.officer.sync(office.team_dir, 11, 10)

    with office.officer.store() as store:
        officer_id = store.workstation_id()
    conn = sqlite3.connect(office.officer.journal(office.team_dir))
    try:
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("people", "accounts", "daily_checks", "removals", "evidence")
        }
        whose = conn.execute("SELECT workstation_id, person_name, schema_version FROM journal")
        assert whose.fetchall() == [(officer_id, "Åsa Öberg", SCHEMA_VERSION)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    # Åsa's own check is there; the deputy's check and its removal are not.
    assert counts == {"people": 3, "accounts": 1, "daily_checks": 1, "removals": 0, "evidence": 0}


def test_a_workstation_never_writes_another_ones_journal(office: Office) -> None:
    after_deputys_check(office)
    office.deputy.sync(office.team_dir, 11)
    deputy_journal = office.deputy.journal(office.team_dir)
    before = (deputy_journal.read_bytes(), deputy_journal.stat().st_mtime_ns)

    for minute in (5, 10, 15):
        record_check(office.officer, date(2026, 11, 16 + minute // 5))
        office.officer.sync(office.team_dir, 11, minute)
        office.manager.sync(office.team_dir, 11, minute)

    assert (deputy_journal.read_bytes(), deputy_journal.stat().st_mtime_ns) == before
    names = {p.name for p in team.journals_dir(office.team_dir).iterdir()}
    # A segment and the marker under the old name per workstation, no temporary file left.
    assert len(names) == 6
    assert not any(name.startswith(".") for name in names)


def test_without_a_team_folder_nothing_is_made_in_its_place(office: Office) -> None:
    gone = office.team_dir / "not-connected"

    result = office.officer.sync(gone)

    assert not result.reachable
    assert not result.read
    assert result.problem is not None
    assert str(gone) in str(result.problem)
    assert not gone.exists()
    with office.officer.store() as store:
        assert team.last_read_at(store, gone) is None


def test_when_the_team_was_last_read_is_kept(office: Office) -> None:
    office.officer.sync(office.team_dir, 9, 45)
    with office.officer.store() as store:
        assert team.last_read_at(store, office.team_dir) == at(FRIDAY, 9, 45)


def test_the_team_folder_is_a_setting_of_its_own(data_dir: Path) -> None:
    assert Settings().team_folder == ""
    assert team.team_dir_of(Settings()) is None
    save_settings(data_dir, Settings(team_folder=" /srv/delad/kontokoll "))
    loaded = load_settings(data_dir)
    assert loaded.team_folder == "/srv/delad/kontokoll"
    assert team.team_dir_of(loaded) == Path("/srv/delad/kontokoll")
    (data_dir / "settings.json").write_text('{"team_folder": 42}', encoding="utf-8")
    assert load_settings(data_dir).team_folder == ""


def test_the_facts_may_come_first_and_their_files_at_the_next_merge(office: Office) -> None:
    after_deputys_check(office)
    office.deputy.sync(office.team_dir, 11)

    facts = team.merge(
        office.officer.data_dir, office.team_dir, at(FRIDAY, 11, 5), fetch_files=False
    )
    files = team.merge(office.officer.data_dir, office.team_dir, at(FRIDAY, 11, 6))

    assert facts.added_by_table["daily_checks"] == 1
    assert facts.evidence_fetched == 0
    assert facts.evidence_missing == 1
    assert files.journals_read == 0
    assert files.evidence_fetched == 1
    assert files.evidence_missing == 0


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps the share's own rights")
def test_what_goes_to_the_team_folder_is_the_teams_to_read_and_nobody_elses(
    office: Office,
) -> None:
    record_check(office.officer, screenshot=SCREENSHOT)
    office.officer.sync(office.team_dir, 9)

    journal = office.officer.journal(office.team_dir)
    (shot,) = [p for p in (office.team_dir / EVIDENCE_DIR_NAME).rglob("*") if p.is_file()]
    for published in (journal, shot):
        assert stat.S_IMODE(published.stat().st_mode) == 0o640, published
    (kept,) = [p for p in (office.officer.data_dir / EVIDENCE_DIR_NAME).rglob("*") if p.is_file()]
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
