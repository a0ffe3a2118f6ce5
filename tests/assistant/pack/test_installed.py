"""Another municipality's pack: installed into the data folder, refused when broken, removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.pack.errors import PackError
from assistant.pack.installed import (
    INSTALLED_PACK_NAME,
    install_pack,
    installed_pack_path,
    load_current_pack,
    remove_installed_pack,
)
from assistant.pack.reader import default_pack
from assistant.workspace.data_folder import open_workspace
from tests.packs import OTHER_MUNICIPALITY, changed, line_of


def pack_file(folder: Path, source: str, name: str = "exempelby.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(source, encoding="utf-8")
    return path


def installed(data_dir: Path) -> Path:
    return data_dir / INSTALLED_PACK_NAME


def test_installed_pack_is_a_copy_in_the_data_folder(tmp_path: Path, data_dir: Path) -> None:
    source = pack_file(tmp_path / "downloads", OTHER_MUNICIPALITY)
    pack = install_pack(data_dir, source)
    assert INSTALLED_PACK_NAME == "guideline-pack.toml"
    assert installed_pack_path(data_dir) == installed(data_dir)
    assert (pack.id, pack.version, pack.culling_interval_months) == ("exempelby", "2025.2", 4)
    assert pack.source == installed(data_dir)
    assert installed(data_dir).read_bytes() == source.read_bytes()
    # Only the pack: no temporary file is left behind.
    assert sorted(p.name for p in data_dir.iterdir()) == [INSTALLED_PACK_NAME]


def test_installed_pack_is_used_from_then_on(tmp_path: Path, data_dir: Path) -> None:
    install_pack(data_dir, pack_file(tmp_path / "downloads", OTHER_MUNICIPALITY))
    pack, problem = load_current_pack(data_dir)
    assert problem is None
    assert pack.id == "exempelby"
    assert pack.platform("mastodon").can_remove_others_posts is False
    workspace = open_workspace(data_dir)
    try:
        assert workspace.pack.id == "exempelby"
        assert workspace.pack_problem is None
    finally:
        workspace.close()


def test_installed_pack_stays_in_force_when_the_original_changes(
    tmp_path: Path, data_dir: Path
) -> None:
    source = pack_file(tmp_path / "downloads", OTHER_MUNICIPALITY)
    install_pack(data_dir, source)
    source.write_text("this is no longer a pack", encoding="utf-8")
    moved = source.rename(tmp_path / "moved.toml")
    pack, problem = load_current_pack(data_dir)
    assert (pack.id, problem) == ("exempelby", None)
    assert moved.exists()


def test_a_newer_pack_replaces_the_installed_one(tmp_path: Path, data_dir: Path) -> None:
    install_pack(data_dir, pack_file(tmp_path / "a", OTHER_MUNICIPALITY))
    newer = changed('version = "2025.2"', 'version = "2026.1"')
    pack = install_pack(data_dir, pack_file(tmp_path / "b", newer))
    assert pack.version == "2026.1"
    assert load_current_pack(data_dir)[0].version == "2026.1"
    assert installed(data_dir).read_text(encoding="utf-8") == newer


BROKEN = [
    pytest.param('id = "assignment"', 'id "assignment"', "", "", 'id "assignment"', id="syntax"),
    pytest.param('version = "2025.2"\n', "", "pack", "version", "[pack]", id="missing-field"),
    pytest.param(
        'evidence = "url"\nrequired',
        'evidence = "photo"\nrequired',
        "checklists.getting_started.steps[2]",
        "evidence",
        'evidence = "photo"',
        id="bad-evidence-kind",
    ),
]


@pytest.mark.parametrize(("old", "new", "section", "field", "needle"), BROKEN)
def test_broken_pack_is_refused_and_the_installed_one_is_untouched(
    tmp_path: Path, data_dir: Path, old: str, new: str, section: str, field: str, needle: str
) -> None:
    install_pack(data_dir, pack_file(tmp_path / "good", OTHER_MUNICIPALITY))
    before = installed(data_dir).read_bytes()
    broken_source = changed(old, new)
    broken = pack_file(tmp_path / "broken", broken_source)

    with pytest.raises(PackError) as caught:
        install_pack(data_dir, broken)

    error = caught.value
    assert error.file == broken
    assert (error.section, error.field) == (section, field)
    assert error.line == line_of(broken_source, needle)
    assert f"line {error.line}" in error.render()
    assert installed(data_dir).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [INSTALLED_PACK_NAME]
    pack, problem = load_current_pack(data_dir)
    assert (pack.id, problem) == ("exempelby", None)


@pytest.mark.parametrize(("old", "new", "section", "field", "needle"), BROKEN)
def test_broken_pack_leaves_a_data_folder_without_a_pack_empty(
    tmp_path: Path, data_dir: Path, old: str, new: str, section: str, field: str, needle: str
) -> None:
    with pytest.raises(PackError):
        install_pack(data_dir, pack_file(tmp_path / "broken", changed(old, new)))
    assert list(data_dir.iterdir()) == []
    assert load_current_pack(data_dir) == (default_pack(), None)


def test_missing_source_file_is_a_pack_error(tmp_path: Path, data_dir: Path) -> None:
    absent = tmp_path / "absent.toml"
    with pytest.raises(PackError) as caught:
        install_pack(data_dir, absent)
    assert caught.value.file == absent
    assert list(data_dir.iterdir()) == []


def test_failed_write_keeps_the_installed_pack_and_leaves_no_temporary_file(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_pack(data_dir, pack_file(tmp_path / "good", OTHER_MUNICIPALITY))
    before = installed(data_dir).read_bytes()
    newer = pack_file(tmp_path / "newer", changed('version = "2025.2"', 'version = "2026.1"'))

    def disk_full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(UserError) as caught:
        install_pack(data_dir, newer)
    assert not isinstance(caught.value, PackError)
    assert "No space left on device" in caught.value.render()
    assert str(data_dir) in caught.value.render()
    assert installed(data_dir).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [INSTALLED_PACK_NAME]


def test_removing_the_installed_pack_brings_back_the_shipped_one(
    tmp_path: Path, data_dir: Path
) -> None:
    install_pack(data_dir, pack_file(tmp_path / "downloads", OTHER_MUNICIPALITY))
    pack = remove_installed_pack(data_dir)
    assert pack is default_pack()
    assert pack.id == "lidingo"
    assert not installed(data_dir).exists()
    assert load_current_pack(data_dir) == (default_pack(), None)
    # Removing again, with nothing installed, is harmless.
    assert remove_installed_pack(data_dir) is default_pack()


def test_no_installed_pack_means_the_shipped_one(data_dir: Path) -> None:
    pack, problem = load_current_pack(data_dir)
    assert pack is default_pack()
    assert problem is None
    assert list(data_dir.iterdir()) == []


def test_damaged_installed_copy_falls_back_to_the_shipped_pack_with_the_error(
    tmp_path: Path, data_dir: Path
) -> None:
    install_pack(data_dir, pack_file(tmp_path / "downloads", OTHER_MUNICIPALITY))
    damaged = changed("culling_interval_months = 4", "culling_interval_months = 0")
    installed(data_dir).write_text(damaged, encoding="utf-8")

    pack, problem = load_current_pack(data_dir)

    assert pack is default_pack()
    assert problem is not None
    assert problem.file == installed(data_dir)
    assert (problem.section, problem.field) == ("pack", "culling_interval_months")
    assert problem.line == line_of(damaged, "culling_interval_months")
    # The damaged copy is left where it is, for the user to mend or replace.
    assert installed(data_dir).read_text(encoding="utf-8") == damaged


def test_workspace_reports_a_damaged_pack_and_use_pack_clears_it(
    tmp_path: Path, data_dir: Path
) -> None:
    installed(data_dir).write_text("[pack\n", encoding="utf-8")
    workspace = open_workspace(data_dir)
    try:
        assert workspace.pack is default_pack()
        assert workspace.pack_problem is not None
        assert workspace.pack_problem.file == installed(data_dir)
        assert workspace.pack_problem.line == 1

        new_pack = install_pack(data_dir, pack_file(tmp_path / "downloads", OTHER_MUNICIPALITY))
        workspace.use_pack(new_pack)

        assert workspace.pack is new_pack
        assert workspace.pack_problem is None
    finally:
        workspace.close()


def test_the_readme_example_is_a_pack_that_installs(tmp_path: Path, data_dir: Path) -> None:
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Guideline packs / Riktlinjepaket") :]
    example = section[section.index("```toml\n") + len("```toml\n") : section.index("```\n")]
    pack = install_pack(data_dir, pack_file(tmp_path / "readme", example))
    assert pack.id == "exempelby"
    steps = {c.id: c.steps[0] for c in pack.checklists.values()}
    assert [k.value for k in steps["before_start"].evidence] == ["person", "date"]
    assert steps["getting_started"].evidence == ()
    assert steps["closing"].any_evidence is True


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
        ("x = 1\n" * 200_000, "larger than any guideline pack"),
    ],
)
def test_a_nested_or_huge_pack_in_the_data_folder_lets_the_app_start(
    data_dir: Path, text: str, said: str
) -> None:
    installed(data_dir).write_text(text, encoding="utf-8")

    pack, problem = load_current_pack(data_dir)

    assert pack is default_pack()
    assert problem is not None
    assert said in str(problem)
