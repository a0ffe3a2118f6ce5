"""The one file writer: whole or not at all, never half a file, still there after a power cut."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from assistant.files import (
    copy_file_atomically,
    temporary_prefix,
    write_file_atomically,
    write_json_atomically,
)
from assistant.team.files import is_temporary
from tests.factories import FRIDAY, at

posix_only = pytest.mark.skipif(os.name != "posix", reason="modes and folder syncs are POSIX")


class SyncedFiles:
    """What ``os.fsync`` was called on: how many files, and which folders (by inode)."""

    def __init__(self) -> None:
        self.files = 0
        self.folders: list[int] = []


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> SyncedFiles:
    real_fsync = os.fsync
    seen = SyncedFiles()

    def counting_fsync(fd: int) -> None:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            seen.folders.append(status.st_ino)
        else:
            seen.files += 1
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counting_fsync)
    return seen


@pytest.fixture
def usual_umask() -> Iterator[None]:
    earlier = os.umask(0o022)
    yield
    os.umask(earlier)


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_whole_content_is_written(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    written = write_file_atomically(target, b"%PDF-1.4 the plan")
    assert target.read_bytes() == b"%PDF-1.4 the plan"
    assert written is not None
    assert written.st_size == len(b"%PDF-1.4 the plan")
    assert names_in(tmp_path) == ["plan.pdf"]


def test_a_write_that_fails_half_way_leaves_the_earlier_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b'{"language": "sv"}')

    def half_then_disk_full(out: BinaryIO) -> None:
        out.write(b'{"lang')
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_file_atomically(target, half_then_disk_full)
    assert target.read_bytes() == b'{"language": "sv"}'
    assert names_in(tmp_path) == ["settings.json"]


def test_a_rename_that_fails_leaves_the_earlier_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.kontokoll"
    target.write_bytes(b"the earlier journal")

    def share_goes_away(source: Any, destination: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", share_goes_away)
    with pytest.raises(OSError, match="Input/output error"):
        write_file_atomically(target, b"the new journal")
    assert target.read_bytes() == b"the earlier journal"
    assert names_in(tmp_path) == ["journal.kontokoll"]


def test_a_failed_sync_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "guideline-pack.toml"
    target.write_bytes(b"the pack in force")

    def disk_fails(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_fails)
    with pytest.raises(OSError, match="Input/output error"):
        write_file_atomically(target, b"another pack")
    assert target.read_bytes() == b"the pack in force"
    assert names_in(tmp_path) == ["guideline-pack.toml"]


def test_the_content_is_written_under_a_hidden_temporary_name_beside_the_target(
    tmp_path: Path,
) -> None:
    target = tmp_path / "journal.kontokoll"
    seen: list[str] = []

    def look(out: BinaryIO) -> None:
        out.write(b"facts")
        seen.extend(names_in(tmp_path))

    write_file_atomically(target, look)
    (temporary,) = seen
    assert temporary.startswith(temporary_prefix(target))
    assert is_temporary(temporary)  # the team folder's readers skip it


def test_an_earlier_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "reminders.json"
    target.write_bytes(b"old")
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"


def test_new_only_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "ab" / "abcdef.png"
    target.parent.mkdir()
    target.write_bytes(b"the stored screenshot")
    assert write_file_atomically(target, b"something else", new_only=True) is None
    assert target.read_bytes() == b"the stored screenshot"
    assert names_in(target.parent) == ["abcdef.png"]


def test_new_only_writes_a_free_name(tmp_path: Path) -> None:
    target = tmp_path / "abcdef.png"
    written = write_file_atomically(target, b"a screenshot", new_only=True)
    assert written is not None
    assert target.read_bytes() == b"a screenshot"
    assert names_in(tmp_path) == ["abcdef.png"]


def test_new_only_on_a_share_without_hard_links_looks_before_renaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_hard_links(source: Any, destination: Any) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    free = tmp_path / "free.png"
    taken = tmp_path / "taken.png"
    taken.write_bytes(b"the stored screenshot")
    assert write_file_atomically(free, b"a screenshot", new_only=True) is not None
    assert write_file_atomically(taken, b"something else", new_only=True) is None
    assert free.read_bytes() == b"a screenshot"
    assert taken.read_bytes() == b"the stored screenshot"
    assert names_in(tmp_path) == ["free.png", "taken.png"]


@posix_only
def test_the_file_and_its_folder_are_synced(tmp_path: Path, synced: SyncedFiles) -> None:
    write_file_atomically(tmp_path / "settings.json", b"{}")
    assert synced.files == 1
    assert synced.folders == [tmp_path.stat().st_ino]


@posix_only
def test_a_new_only_file_and_its_folder_are_synced(tmp_path: Path, synced: SyncedFiles) -> None:
    write_file_atomically(tmp_path / "abcdef.png", b"a screenshot", new_only=True)
    assert synced.files == 1
    assert synced.folders == [tmp_path.stat().st_ino]


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_a_new_file_can_be_read_by_colleagues(tmp_path: Path) -> None:
    target = tmp_path / "journal.kontokoll"
    write_file_atomically(target, b"facts")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_a_replaced_file_keeps_its_mode_when_asked(tmp_path: Path) -> None:
    kept = tmp_path / "review.csv"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_file_atomically(kept, b"new", keep_mode=True)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640

    fresh = tmp_path / "other.csv"
    write_file_atomically(fresh, b"new", keep_mode=True)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_a_file_larger_than_a_chunk_is_copied_whole(tmp_path: Path) -> None:
    source = tmp_path / "local.kontokoll"
    data = os.urandom(3 * (1 << 20) + 17)
    source.write_bytes(data)
    target = tmp_path / "team" / "officer.kontokoll"
    target.parent.mkdir()
    written = copy_file_atomically(source, target)
    assert target.read_bytes() == data
    assert written is not None
    assert written.st_size == len(data)
    assert copy_file_atomically(source, target, new_only=True) is None
    assert names_in(target.parent) == ["officer.kontokoll"]


def test_a_missing_source_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "team" / "officer.kontokoll"
    target.parent.mkdir()
    with pytest.raises(FileNotFoundError):
        copy_file_atomically(tmp_path / "gone.kontokoll", target)
    assert names_in(target.parent) == []


def test_json_is_written_for_a_person_to_read(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_json_atomically(target, {"team_folder": "Sociala medier – Lidingö"})
    assert target.read_text("utf-8") == '{\n  "team_folder": "Sociala medier – Lidingö"\n}'


@pytest.mark.skipif(os.name != "nt", reason="only Windows refuses to replace a file being read")
def test_on_windows_a_file_being_read_is_replaced_once_the_reader_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "officer.kontokoll"
    target.write_bytes(b"old")
    real_replace = os.replace
    refusals: list[object] = []

    def being_read(source: Any, destination: Any) -> None:
        if len(refusals) < 2:
            refusals.append(destination)
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", being_read)
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(refusals) == 2


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_the_data_folders_own_files_are_the_users_alone(tmp_path: Path) -> None:
    """Screenshots of removed (perhaps confidential) posts and the settings stay private."""
    from assistant.settings import Settings, save_settings
    from assistant.store.evidence import EvidenceStore

    evidence = EvidenceStore(tmp_path / "evidence")
    kept = evidence.add_bytes(b"a screenshot", "inlagg.png", recorded_at=at(FRIDAY), recorded_by="")
    stored = evidence.find(kept)
    assert stored is not None
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    save_settings(tmp_path, Settings())
    assert stat.S_IMODE((tmp_path / "settings.json").stat().st_mode) == 0o600


@posix_only
def test_an_export_can_be_read_by_colleagues_whatever_the_umask(tmp_path: Path) -> None:
    from assistant.exports.files import write_atomically

    before = os.umask(0o077)
    try:
        write_atomically(tmp_path / "granskning.csv", b"Konto;Andel\n")
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "granskning.csv").stat().st_mode) == 0o644
