"""Damaged and strange journals in the team folder, and a data folder restored from backup.

A journal damaged on the share (cut short, bytes changed), one that says it is
another workstation's, or one the share will not give: none of them may stop
the merge, raise, or make the whole folder count as out of reach, and a
damaged file is not copied again until its workstation publishes anew. A
workstation whose data folder is restored from an older backup takes its
newer facts back from its own journal before writing it again.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

from assistant.team import sync as team
from tests.assistant.team.office import Office, desk, record_check
from tests.factories import FRIDAY, at, check, person


def damaged_copies(whole: bytes, count: int) -> list[bytes]:
    """The journal cut short at several lengths, and with a few bytes changed at random places."""
    rng = random.Random(5)
    cut = [whole[:length] for length in range(100, len(whole), max(1, len(whole) // 8))]
    flipped = []
    for _ in range(count - len(cut)):
        data = bytearray(whole)
        start = rng.randrange(100, len(whole) - 8)
        for offset in range(start, start + 8):
            data[offset] ^= 0xA5
        flipped.append(bytes(data))
    return cut + flipped


def test_a_journal_damaged_any_which_way_never_stops_the_others(
    office: Office, tmp_path: Path
) -> None:
    for day in range(2, 16):
        record_check(office.deputy, FRIDAY.replace(day=day))
    office.deputy.sync(office.team_dir, 9)
    officers = record_check(office.officer)
    office.officer.sync(office.team_dir, 9, 1)
    journal = office.deputy.journal(office.team_dir)
    whole = journal.read_bytes()
    before = tmp_path / "manager-before"
    shutil.copytree(office.manager.data_dir, before)

    for number, damaged in enumerate(damaged_copies(whole, 40)):
        manager = tmp_path / f"manager-{number}"
        shutil.copytree(before, manager)
        journal.write_bytes(damaged)

        result = team.merge(manager, office.team_dir, at(FRIDAY, 10))
        again = team.merge(manager, office.team_dir, at(FRIDAY, 10, 5))

        assert result.problem is None, (number, result.problem)
        assert result.read
        # Damage SQLite notices, or damage to the facts that their signed chain gives away.
        assert all(
            "damaged" in str(s.reason) or "was refused" in str(s.reason) for s in result.skipped
        )
        with sqlite3.connect(manager / "kontokoll.db") as conn:
            ids = {row[0] for row in conn.execute("SELECT id FROM daily_checks")}
        assert officers.id in ids  # the sound journal is merged whatever the other's state
        # Read once: the same damaged file is not copied and said again every few minutes.
        assert (again.journals_read, again.skipped, again.problem) == (0, (), None)


def test_a_journal_damaged_part_way_is_left_out_whole_and_the_others_merged(
    office: Office,
) -> None:
    # The deputy's journal opens and says whose it is, but its removals are
    # damaged: hundreds of its checks are copied before the damage shows.
    with office.deputy.store() as store:
        city = next(iter(store.accounts().values()))
        for offset in range(600):
            store.add_check(check(city, FRIDAY - timedelta(days=offset), by=office.deputy.user))
    office.deputy.sync(office.team_dir, 9)
    officers = record_check(office.officer)
    office.officer.sync(office.team_dir, 9, 1)
    journal = office.deputy.journal(office.team_dir)
    with sqlite3.connect(journal) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'removals'"
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(journal.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = b"\xff" * 64
    journal.write_bytes(bytes(data))

    def deputys_checks() -> int:
        with sqlite3.connect(office.manager.data_dir / "kontokoll.db") as conn:
            (count,) = conn.execute(
                "SELECT count(*) FROM daily_checks WHERE checked_by = ?",
                [office.deputy.user.person_id],
            ).fetchone()
        conn.close()
        return int(count)

    before = deputys_checks()
    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10))

    assert result.problem is None
    assert [s.file_name for s in result.skipped] == [journal.name]
    assert "is damaged and was not read" in str(result.skipped[0].reason)
    merged = office.manager.check_ids()
    assert officers.id in merged  # merged in the same batch, and kept
    assert deputys_checks() == before  # none of the damaged journal's checks, not even half


def test_a_journal_that_says_it_is_another_workstations_is_not_taken_in(
    office: Office,
) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    journal = office.officer.journal(office.team_dir)
    # Renamed on the share: its facts would otherwise be taken as another workstation's.
    posing = team.journals_dir(office.team_dir) / "0000-posing.kontokoll"
    shutil.copyfile(journal, posing)
    journal.unlink()

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10))

    (skipped,) = result.skipped
    assert skipped.file_name == "0000-posing.kontokoll"
    assert "was refused" in str(skipped.reason)
    assert made.id not in office.manager.check_ids()


def test_a_journal_with_no_workstation_in_it_is_not_taken_for_this_ones_own(
    office: Office,
) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    journal = office.officer.journal(office.team_dir)
    with sqlite3.connect(journal) as conn:
        conn.execute("UPDATE journal SET workstation_id = ''")
    conn.close()

    result = office.manager.sync(office.team_dir, 10)

    assert [s.file_name for s in result.skipped] == [journal.name]
    own = {r[0] for r in office.manager.rows("SELECT id FROM daily_checks WHERE origin = ''")}
    assert made.id not in own


def test_a_journal_the_share_will_not_open_is_named_and_the_rest_are_read(
    office: Office,
) -> None:
    made = record_check(office.officer)
    office.officer.sync(office.team_dir, 9)
    # Sorted before the others: a file the share refuses (here a folder in its place).
    (team.journals_dir(office.team_dir) / "0000-locked.kontokoll").mkdir()

    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10))

    assert result.reachable
    assert result.read
    (skipped,) = result.skipped
    assert skipped.file_name == "0000-locked.kontokoll"
    assert "could not be opened" in str(skipped.reason)
    assert made.id in office.manager.check_ids()


def test_a_data_folder_restored_from_backup_takes_back_what_it_had_published(
    office: Office, tmp_path: Path
) -> None:
    before = record_check(office.deputy, FRIDAY.replace(day=18))
    office.deputy.sync(office.team_dir, 9)
    backup = tmp_path / "backup"
    shutil.copytree(office.deputy.data_dir, backup)
    since = record_check(office.deputy, FRIDAY.replace(day=19), screenshot=b"a screenshot")
    office.deputy.sync(office.team_dir, 10)
    # The disk fails; last night's backup is put back.
    shutil.rmtree(office.deputy.data_dir)
    shutil.copytree(backup, office.deputy.data_dir)

    office.deputy.sync(office.team_dir, 11)

    assert {before.id, since.id} <= office.deputy.check_ids()
    own = {r[0] for r in office.deputy.rows("SELECT id FROM daily_checks WHERE origin = ''")}
    assert since.id in own  # the deputy's own again, so published again
    newcomer = desk(tmp_path, "newcomer", person("Ny Kollega", "ny.kollega@lidingo.se"))
    newcomer.sync(office.team_dir, 12)
    assert {before.id, since.id} <= newcomer.check_ids()


def test_evidence_gone_from_the_share_or_damaged_there_is_written_again_once_a_session(
    office: Office, tmp_path: Path
) -> None:
    kept, lost = b"a screenshot kept", b"a screenshot lost"
    record_check(office.deputy, FRIDAY.replace(day=18), screenshot=kept)
    record_check(office.deputy, FRIDAY.replace(day=19), screenshot=lost)
    office.deputy.sync(office.team_dir, 9)
    files = {p.read_bytes(): p for p in (office.team_dir / "evidence").rglob("*.png")}
    files[lost].unlink()
    files[kept].write_bytes(b"cut sh")  # damaged on the share

    office.deputy.sync(office.team_dir, 10)  # an ordinary publish looks at new files only
    assert not files[lost].exists()

    team.sync(office.deputy.data_dir, office.team_dir, at(FRIDAY, 11), recheck_evidence=True)
    assert files[lost].read_bytes() == lost
    assert files[kept].read_bytes() == kept
    office.manager.sync(office.team_dir, 12)
    fetched = {p.read_bytes() for p in (office.manager.data_dir / "evidence").rglob("*.png")}
    assert {kept, lost} <= fetched


def test_a_restored_data_folder_that_records_before_its_first_sync_keeps_one_chain(
    office: Office, tmp_path: Path
) -> None:
    """Recorded after the restore, before the journal is taken back: all of it reaches the team."""
    from assistant.workspace.data_folder import open_workspace
    from assistant.workspace.verification import verify_log

    before = record_check(office.deputy, FRIDAY.replace(day=17))
    office.deputy.sync(office.team_dir, 9)
    backup = tmp_path / "backup"
    shutil.copytree(office.deputy.data_dir, backup)
    lost = record_check(office.deputy, FRIDAY.replace(day=18))
    office.deputy.sync(office.team_dir, 10)
    team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10, 5))
    shutil.rmtree(office.deputy.data_dir)
    shutil.copytree(backup, office.deputy.data_dir)
    after = record_check(office.deputy, FRIDAY.replace(day=19))  # before any sync

    office.deputy.sync(office.team_dir, 11)
    result = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 11, 5))

    assert result.skipped == ()
    assert {before.id, lost.id, after.id} <= office.deputy.check_ids()
    assert {before.id, lost.id, after.id} <= office.manager.check_ids()
    for desk_ in (office.deputy, office.manager):
        workspace = open_workspace(desk_.data_dir)
        try:
            assert verify_log(workspace).holds, [str(p) for p in verify_log(workspace).problems]
        finally:
            workspace.close()
