"""The introduction is remembered as seen per data folder, and a bad file means not seen."""

from __future__ import annotations

from pathlib import Path

from assistant.introduction import INTRODUCTION_NAME, introduction_seen, mark_introduction_seen


def test_a_new_data_folder_has_not_seen_the_introduction(data_dir: Path) -> None:
    assert not introduction_seen(data_dir)


def test_the_introduction_once_marked_is_seen_in_that_folder_only(
    data_dir: Path, tmp_path: Path
) -> None:
    mark_introduction_seen(data_dir)

    assert introduction_seen(data_dir)
    other = tmp_path / "other"
    other.mkdir()
    assert not introduction_seen(other)


def test_an_unreadable_file_counts_as_not_seen(data_dir: Path) -> None:
    for text in ("not json", "[true]", '{"seen": "yes"}'):
        (data_dir / INTRODUCTION_NAME).write_text(text, encoding="utf-8")
        assert not introduction_seen(data_dir), text
