"""A journal in segments: a change republishes only the newest, a reader fetches only what changed.

The officer's journal is published in segments of a few places (the app's
are a thousand), so a handful of checks spans several. Segments are real
files in a real team folder, read by real data folders.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from assistant.signing import workstation_key
from assistant.store.database import Store
from assistant.store.journal import APPLICATION_ID, build_journal
from assistant.store.log_check import check_log
from assistant.store.schema import SCHEMA_VERSION
from assistant.store.team_state import chain_reaches
from assistant.team import sync as team
from assistant.team.publish import Published, publish_to
from assistant.team.segments import whole_name
from tests.assistant.team.office import Desk, Office, record_check, workdays
from tests.factories import FRIDAY, at

PER_SEGMENT = 10


def publish(desk: Desk, team_dir: Path, now: datetime) -> Published:
    """Publish the desk's journal as the app does, in segments of :data:`PER_SEGMENT` places."""
    with desk.store() as store:
        return publish_to(store, desk.data_dir, team_dir, now, per_segment=PER_SEGMENT)


def versions(paths: list[Path]) -> dict[str, tuple[bytes, int]]:
    return {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}


def checks_of(desk: Desk) -> int:
    return len(desk.rows("SELECT id FROM daily_checks"))


def places(desk: Desk) -> int:
    """How many places the desk's own chain has: its register facts, then its checks."""
    with desk.store() as store:
        return chain_reaches(store, store.workstation_id())[0]


def test_a_new_check_rewrites_only_the_newest_segment(office: Office) -> None:
    for day in workdays(25):
        record_check(office.officer, day)
    assert places(office.officer) == 29  # the register's 4 facts, then the checks
    assert publish(office.officer, office.team_dir, at(FRIDAY, 9)).segments == 3
    segments = office.officer.segments(office.team_dir)
    assert [p.name.split(".")[1] for p in segments] == ["000000001", "000000011", "000000021"]
    before = versions(segments)

    record_check(office.officer, workdays(26)[-1])
    done = publish(office.officer, office.team_dir, at(FRIDAY, 9, 5))

    assert done.segments == 1
    after = versions(office.officer.segments(office.team_dir))
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {segments[-1].name}
    assert publish(office.officer, office.team_dir, at(FRIDAY, 9, 10)) == Published()


def test_a_colleague_reads_every_segment_then_only_the_one_that_changed(office: Office) -> None:
    for day in workdays(25):
        record_check(office.officer, day)
    publish(office.officer, office.team_dir, at(FRIDAY, 9))
    first = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 1))
    assert first.skipped == ()
    assert first.added_by_table["daily_checks"] == 25
    assert first.journals_read == 2  # the officer's, in three segments, and the deputy's

    # The sealed segments are damaged on the share after the manager read them: the
    # manager, who holds all their places, does not fetch them again.
    for sealed in office.officer.segments(office.team_dir)[:-1]:
        sealed.write_bytes(b"damaged on the share")
    record_check(office.officer, workdays(26)[-1])
    publish(office.officer, office.team_dir, at(FRIDAY, 9, 5))

    again = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 6))
    assert again.skipped == ()
    assert again.added_by_table == {"daily_checks": 1}
    assert checks_of(office.manager) == 26


def test_a_changed_segment_is_refused_and_the_later_ones_wait_until_it_is_mended(
    office: Office,
) -> None:
    for day in workdays(25):
        record_check(office.officer, day)
    publish(office.officer, office.team_dir, at(FRIDAY, 9))
    second = office.officer.segments(office.team_dir)[1]
    with sqlite3.connect(second) as conn:
        conn.execute("UPDATE daily_checks SET notes = 'Inget att rapportera.'")
    conn.close()

    read = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 1))
    reasons = {s.file_name: str(s.reason) for s in read.skipped}
    assert set(reasons) == {p.name for p in office.officer.segments(office.team_dir)[1:]}
    assert "was refused" in reasons[second.name]
    assert "waits" in reasons[office.officer.segments(office.team_dir)[2].name]
    assert checks_of(office.manager) == PER_SEGMENT - 4  # the register's 4 facts come first

    # The officer's Kontokoll finds its segment changed, and writes it again as it was.
    publish(office.officer, office.team_dir, at(FRIDAY, 9, 5))
    mended = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 6))
    assert mended.skipped == ()
    assert checks_of(office.manager) == 25


def test_a_restored_data_folder_takes_its_later_segments_back(office: Office) -> None:
    for day in workdays(12):
        record_check(office.officer, day)
    publish(office.officer, office.team_dir, at(FRIDAY, 9))
    backup = office.officer.data_dir.with_name("backup")
    shutil.copytree(office.officer.data_dir, backup)
    for day in workdays(30)[12:]:
        record_check(office.officer, day)
    publish(office.officer, office.team_dir, at(FRIDAY, 9, 5))
    team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 6))

    shutil.rmtree(office.officer.data_dir)
    shutil.copytree(backup, office.officer.data_dir)
    assert checks_of(office.officer) == 12
    record_check(office.officer, FRIDAY)  # recorded before the restored folder syncs
    publish(office.officer, office.team_dir, at(FRIDAY, 10))

    assert checks_of(office.officer) == 31
    later = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 10, 1))
    assert later.skipped == ()
    assert checks_of(office.manager) == 31
    for desk in (office.officer, office.manager):
        with desk.store() as store:
            found = check_log(store, workstation_key(desk.data_dir).public_hex)
        assert found.broken == []
        assert [head.problem for head in found.heads] == [None] * len(found.heads)


def test_a_colleague_who_read_the_whole_journal_reads_nothing_twice(office: Office) -> None:
    for day in workdays(25):
        record_check(office.officer, day)
    # The officer's Kontokoll of schema 7 published its journal whole, and the manager read it.
    whole = team.journals_dir(office.team_dir) / whole_name(_workstation(office.officer))
    for segment in office.officer.segments(office.team_dir):
        segment.unlink()
    with office.officer.store() as store:
        _build_whole_journal(store, office.officer.data_dir, whole)
    first = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 1))
    assert first.added_by_table["daily_checks"] == 25

    publish(office.officer, office.team_dir, at(FRIDAY, 9, 5))  # the updated Kontokoll
    with whole.open("rb") as marker:
        header = marker.read(100)
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    # A Kontokoll of schema 7 refuses this header as a newer one's and asks for the update.
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION > 7
    for sealed in office.officer.segments(office.team_dir)[:-1]:
        sealed.write_bytes(b"never read again: the manager holds these places")

    after = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, 6))
    assert after.skipped == ()
    assert after.added == 0
    assert checks_of(office.manager) == 25


def _workstation(desk: Desk) -> str:
    with desk.store() as store:
        return store.workstation_id()


def _build_whole_journal(store: Store, data_dir: Path, path: Path) -> None:
    """The journal as a Kontokoll of schema 7 wrote it: every fact in one file."""
    local = data_dir / "whole.tmp"
    build_journal(
        store,
        local,
        workstation_id=store.workstation_id(),
        person_id=store.me() or "",
        person_name="Åsa Öberg",
        published_at=at(FRIDAY, 9).isoformat(),
        key=workstation_key(data_dir),
    )
    with sqlite3.connect(local) as conn:
        conn.execute("PRAGMA user_version = 7")
        conn.execute("UPDATE journal SET schema_version = 7")
    conn.close()
    shutil.move(local, path)


def test_a_file_planted_far_ahead_of_a_chain_waits_without_being_copied(office: Office) -> None:
    record_check(office.officer)
    publish(office.officer, office.team_dir, at(FRIDAY, 9))
    planted = team.journals_dir(office.team_dir) / (
        f"{_workstation(office.officer)}.000999001.kontokoll"
    )
    planted.write_bytes(b"not a journal at all, and it would be copied at every merge")

    for minute in (1, 2):
        read = team.merge(office.manager.data_dir, office.team_dir, at(FRIDAY, 9, minute))
        # Named as waiting, never opened: opening it would have said it is no journal.
        (waiting,) = read.skipped
        assert waiting.file_name == planted.name
        assert "waits" in str(waiting.reason)
    assert checks_of(office.manager) == 1
