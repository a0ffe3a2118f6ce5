"""Whole files in and out of the team folder; a fetched evidence file is kept if it verifies."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from assistant.team.files import LocalWriteError, fetch_evidence, put_file, put_new_bytes

SCREENSHOT = b"\x89PNG\r\n\x1a\n a screenshot of an insulting comment"
SHA256 = hashlib.sha256(SCREENSHOT).hexdigest()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "team" / "evidence" / SHA256[:2] / f"{SHA256}.png"
    path.parent.mkdir(parents=True)
    path.write_bytes(SCREENSHOT)
    return path


def local_target(tmp_path: Path) -> Path:
    return tmp_path / "data" / "evidence" / SHA256[:2] / f"{SHA256}.png"


def test_a_verified_copy_is_kept_beside_nothing_else(shared: Path, tmp_path: Path) -> None:
    target = local_target(tmp_path)
    assert fetch_evidence(shared, target, SHA256)
    assert target.read_bytes() == SCREENSHOT
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_damaged_copy_is_thrown_away(shared: Path, tmp_path: Path) -> None:
    shared.write_bytes(SCREENSHOT[:-5])  # cut off on the share
    target = local_target(tmp_path)
    assert not fetch_evidence(shared, target, SHA256)
    assert list(target.parent.iterdir()) == []


def test_a_copy_already_here_is_left_as_it_is(shared: Path, tmp_path: Path) -> None:
    target = local_target(tmp_path)
    target.parent.mkdir(parents=True)
    target.write_bytes(SCREENSHOT)
    before = target.stat().st_ino
    assert fetch_evidence(shared, target, SHA256)
    assert target.stat().st_ino == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_data_folder_that_fails_is_told_apart_from_the_team_folder(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_fails(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_fails)
    target = local_target(tmp_path)
    with pytest.raises(LocalWriteError):
        fetch_evidence(shared, target, SHA256)
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_a_team_folder_that_fails_mid_read_stays_a_team_folder_error(tmp_path: Path) -> None:
    # Reading /proc/self/mem at offset 0 fails with EIO, as a share that drops does.
    unreadable = Path("/proc/self/mem")
    target = local_target(tmp_path)
    with pytest.raises(OSError, match="Input/output error") as raised:
        fetch_evidence(unreadable, target, SHA256)
    assert not isinstance(raised.value, LocalWriteError)
    assert raised.value.errno == errno.EIO
    assert list(target.parent.iterdir()) == []


def test_a_journal_replaces_the_earlier_one_and_evidence_never_does(tmp_path: Path) -> None:
    local = tmp_path / "local.kontokoll"
    local.write_bytes(b"the new journal")
    team = tmp_path / "team"
    team.mkdir()
    journal = team / "officer.kontokoll"
    journal.write_bytes(b"the earlier journal")
    written = put_file(local, journal, overwrite=True)
    assert written is not None
    assert written.st_ino == journal.stat().st_ino
    assert journal.read_bytes() == b"the new journal"

    assert put_file(local, journal, overwrite=False) is None
    assert not put_new_bytes(b"another readme", journal)
    assert journal.read_bytes() == b"the new journal"
    assert sorted(p.name for p in team.iterdir()) == ["officer.kontokoll"]
