"""The ``kontokoll sync`` command: what it says it published and read, and when it cannot.

It syncs as the app does, with the team folder from the settings or from
``--team-folder``; with none set, or one out of reach, it fails with a
message that says what to do, and nothing recorded is lost.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.clock import FixedClock
from assistant.settings import Settings, save_settings
from tests.assistant.team.office import Office, record_check
from tests.factories import FRIDAY, at


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.run(cli.parse(list(argv)), clock=FixedClock(at(FRIDAY, 12)), out=out)
    return code, out.getvalue()


def test_kontokoll_sync_says_what_it_published_and_read(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    record_check(office.officer)
    team_dir = str(office.team_dir)

    officer = str(office.officer.data_dir)

    code, printed = run("--data-dir", officer, "sync", "--team-folder", team_dir)

    assert code == 0
    assert printed.splitlines() == [
        f"Published this workstation's journal to {team_dir}.",
        # The deputy's first journal, published before the register reached him.
        "Read the changed journals; new facts: 0.",
    ]
    save_settings(office.deputy.data_dir, Settings(team_folder=team_dir))
    code, printed = run("--data-dir", str(office.deputy.data_dir), "sync")
    assert code == 0
    assert printed.splitlines() == [
        f"Published this workstation's journal to {team_dir}.",
        "Read the changed journals of Åsa Öberg; new facts: 1.",
    ]
    code, printed = run("--data-dir", officer, "sync", "--team-folder", team_dir)
    assert printed.splitlines() == [
        "Read the changed journals of Per Ek; new facts: 0.",
    ]
    assert capsys.readouterr().err == ""


def test_kontokoll_sync_without_a_team_folder_says_where_to_set_one(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, printed = run("--data-dir", str(data_dir), "sync")

    assert code == 1
    assert printed == ""
    error = capsys.readouterr().err
    assert "No team folder is set" in error
    assert "Settings → Team," in error
    assert "--team-folder" in error


def test_kontokoll_sync_to_a_folder_out_of_reach_fails_without_losing_anything(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    made = record_check(office.officer)
    away = office.team_dir.parent / "unmounted-share"

    officer = str(office.officer.data_dir)

    code, _printed = run("--data-dir", officer, "sync", "--team-folder", str(away))

    assert code == 1
    assert f"The team folder {away} cannot be reached" in capsys.readouterr().err
    assert not away.exists()
    assert made.id in office.officer.check_ids()
