"""The workstation's settings: saved whole, and still there after a power cut."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from assistant.paths import SETTINGS_NAME
from assistant.settings import Settings, load_settings, save_settings


def test_settings_are_saved_and_read_back(data_dir: Path) -> None:
    chosen = Settings(language="sv", due_soon_days=21, team_folder="S:\\Sociala medier")
    save_settings(data_dir, chosen)
    assert load_settings(data_dir) == chosen


@pytest.mark.skipif(os.name != "posix", reason="folders can be synced on POSIX only")
def test_saving_the_settings_puts_the_file_and_its_name_on_the_disk(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    synced: list[str] = []

    def noting_fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", noting_fsync)
    save_settings(data_dir, Settings(language="en"))
    assert synced == ["file", "folder"]


def test_a_save_the_disk_refuses_keeps_the_earlier_settings_readable(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = Settings(language="sv", team_folder="S:\\Sociala medier")
    save_settings(data_dir, earlier)

    def disk_fails(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_fails)
    with pytest.raises(OSError, match="Input/output error"):
        save_settings(data_dir, Settings(language="en"))
    monkeypatch.undo()
    assert load_settings(data_dir) == earlier
    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_NAME]
