"""The workstation's database: its schema, facts never edited, and refusing what it cannot read."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.paths import DATABASE_NAME
from assistant.records import Evidence, Role
from assistant.rules.accounts import AccountDraft, changed_account
from assistant.store import connection as store_module
from assistant.store.connection import PAGE_SIZE
from assistant.store.database import Store
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION
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


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read a database file directly, bypassing the store."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def count(store: Store, table: str) -> int:
    """How many rows ``table`` holds, superseded facts too."""
    [(rows,)] = raw(store.path, f"SELECT count(*) FROM {table}")
    assert isinstance(rows, int)
    return rows


def tables(path: Path) -> set[str]:
    return {str(row[0]) for row in raw(path, "SELECT name FROM sqlite_master WHERE type='table'")}


# -- the schema ----------------------------------------------------------------------


def test_a_new_database_is_created_at_the_current_schema_version(data_dir: Path) -> None:
    opened = Store.open(data_dir)
    try:
        assert opened.schema_version == SCHEMA_VERSION == 5
    finally:
        opened.close()
    path = data_dir / DATABASE_NAME
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]
    assert raw(path, "PRAGMA page_size") == [(PAGE_SIZE,)] == [(8192,)]
    assert raw(path, "PRAGMA user_version") == [(5,)]
    assert {"people", "accounts", "evidence", "daily_checks", "removals"} <= tables(path)
    assert {"checklist_runs", "step_marks", "checklist_finishes"} <= tables(path)
    assert {"cullings", "documentations", "absences"} <= tables(path)


def test_a_log_from_the_first_version_keeps_its_accounts_active_after_the_upgrade(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    Store.open(data_dir).close()
    monkeypatch.undo()
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    conn.execute(
        "INSERT INTO accounts VALUES ('v1', 'a1', 'facebook', 'Lidingö stad', "
        "'https://www.facebook.com/lidingostad', 'KLF', '[]', '[]', 1, '2026-01-01', NULL, "
        "'2026-01-01T09:00:00+00:00', 'someone')"
    )
    conn.commit()
    conn.close()

    upgraded = Store.open(data_dir)
    try:
        [kept] = upgraded.accounts().values()
    finally:
        upgraded.close()
    assert (kept.name, kept.planned, kept.closed_on) == ("Lidingö stad", False, None)
    assert kept.is_active_on(date(2026, 11, 20))
    assert (data_dir / f"{DATABASE_NAME}.v1.backup").is_file()


def test_opening_a_current_database_again_changes_nothing_and_leaves_no_backup(
    data_dir: Path,
) -> None:
    first = Store.open(data_dir)
    first.add_people([person()])
    first.close()
    again = Store.open(data_dir)
    try:
        assert again.schema_version == SCHEMA_VERSION
        assert len(again.people()) == 1
    finally:
        again.close()
    assert list(data_dir.glob("*.backup")) == []


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


# -- refusing what cannot be read ------------------------------------------------------


def test_a_database_from_a_newer_kontokoll_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / DATABASE_NAME
    newer = SCHEMA_VERSION + 1
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE from_the_future (id TEXT)")
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(UserError) as refused:
        Store.open(data_dir)

    text = refused.value.render()
    assert f"schema version {newer}" in text
    assert f"knows up to {SCHEMA_VERSION}" in text
    assert str(path) in text
    assert path.read_bytes() == before
    assert list(data_dir.glob("*.backup")) == []


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / DATABASE_NAME
    garbage = b"garbage bytes, not SQLite \x00\xff" * 200
    path.write_bytes(garbage)

    with pytest.raises(UserError) as refused:
        Store.open(data_dir)

    assert str(path) in refused.value.render()
    assert "damaged" in refused.value.render()
    assert path.read_bytes() == garbage


def test_a_data_folder_that_does_not_exist_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        Store.open(tmp_path / "no" / "such" / "folder")
    assert "cannot be opened" in refused.value.render()


# -- migrations --------------------------------------------------------------------------

SPARE = "CREATE TABLE spare_notes (id TEXT PRIMARY KEY, account_id TEXT NOT NULL)"


def with_a_second_version(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """Pretend this Kontokoll knows one more schema step than it does."""
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, step))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def test_migrating_copies_the_file_aside_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asa = person()
    old = Store.open(data_dir)
    old.add_people([asa])
    old.close()

    with_a_second_version(monkeypatch, SPARE)
    migrated = Store.open(data_dir)
    try:
        assert migrated.schema_version == SCHEMA_VERSION + 1
        assert migrated.people() == {asa.person_id: asa}
    finally:
        migrated.close()
    assert "spare_notes" in tables(data_dir / DATABASE_NAME)

    backup = data_dir / f"{DATABASE_NAME}.v{SCHEMA_VERSION}.backup"
    assert backup.is_file()
    assert raw(backup, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(backup, "SELECT person_id FROM people") == [(asa.person_id,)]
    assert "spare_notes" not in tables(backup)


def test_a_failing_migration_leaves_the_database_at_its_old_version_with_its_data(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asa = person()
    old = Store.open(data_dir)
    old.add_people([asa])
    old.close()

    # The second statement fails after the first has run: both must be undone.
    with_a_second_version(monkeypatch, SPARE + "; CREATE TABLE people (id TEXT)")
    with pytest.raises(UserError):
        Store.open(data_dir)

    path = data_dir / DATABASE_NAME
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert "spare_notes" not in tables(path)
    assert raw(path, "SELECT person_id FROM people") == [(asa.person_id,)]


def test_an_unversioned_database_with_tables_is_copied_aside_before_kontokoll_adds_its_own(
    data_dir: Path,
) -> None:
    path = data_dir / DATABASE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('kept')")
    conn.commit()
    conn.close()

    Store.open(data_dir).close()

    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(path, "SELECT text FROM notes") == [("kept",)]
    backup = data_dir / f"{DATABASE_NAME}.v0.backup"
    assert backup.is_file()
    assert tables(backup) == {"notes"}
    assert raw(backup, "SELECT text FROM notes") == [("kept",)]


def test_a_brand_new_database_needs_no_backup(data_dir: Path) -> None:
    Store.open(data_dir).close()
    assert list(data_dir.glob("*.backup")) == []


def test_a_failed_upgrade_leaves_the_database_as_it_was_and_keeps_every_copy(
    data_dir: Path,
) -> None:
    path = data_dir / DATABASE_NAME
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE people (name TEXT)")  # in the way of migration 1
    old.execute("INSERT INTO people VALUES ('Åsa')")
    old.commit()
    old.close()

    for attempt in (1, 2):
        with pytest.raises(UserError, match="could not be upgraded") as refused:
            Store.open(data_dir)
        assert "left as it was" in refused.value.render()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("SELECT name FROM people").fetchall() == [("Åsa",)]
        conn.close()
        copies = sorted(p.name for p in data_dir.glob(f"{DATABASE_NAME}.v0.backup*"))
        assert len(copies) == attempt  # the first copy is never overwritten


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
