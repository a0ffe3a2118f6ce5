"""``kontokoll ics``: the duty calendar written from the command line, as .ics or .csv.

Run on a data folder with Lidingö stad's account
(:mod:`tests.assistant.exports.calendar_folder`), closed first as the
command opens it itself.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.clock import FixedClock
from assistant.records import Account, Person
from assistant.store.database import Store
from assistant.workspace.data_folder import Workspace
from tests.assistant.exports.calendar_folder import NOW, events


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.run(cli.parse(list(argv)), clock=FixedClock(NOW), out=out)
    return code, out.getvalue()


@pytest.fixture
def data_with_city(workspace: Workspace, city: Account, data_dir: Path) -> Path:
    workspace.close()
    return data_dir


def test_kontokoll_ics_writes_the_calendar_and_says_how_many_dates(
    data_with_city: Path, tmp_path: Path
) -> None:
    path = tmp_path / "uppgifter.ics"
    code, printed = run("--data-dir", str(data_with_city), "ics", "--out", str(path))
    assert code == 0
    assert printed.strip() == f"Dates of every duty written to {path}: 7."
    assert len(events(path)) == 7
    assert all(e.decoded("dtstamp") == NOW for e in events(path).values())


def test_kontokoll_ics_writes_csv_for_a_csv_file_or_when_asked(
    data_with_city: Path, tmp_path: Path
) -> None:
    by_suffix, asked = tmp_path / "uppgifter.csv", tmp_path / "uppgifter.txt"
    assert run("--data-dir", str(data_with_city), "ics", "--out", str(by_suffix))[0] == 0
    common = ("--data-dir", str(data_with_city), "ics", "--out", str(asked))
    code, printed = run(*common, "--format", "csv", "--months", "1")
    assert code == 0
    assert printed.strip() == f"Dates of every duty written to {asked}: 1."
    assert by_suffix.read_bytes().startswith("\ufeffDate;Duty;".encode())
    assert asked.read_text("utf-8-sig").splitlines()[1].startswith("2026-12-01;Revision")


def test_kontokoll_ics_writes_the_duties_of_the_person_at_the_workstation_unless_all(
    data_with_city: Path, tmp_path: Path, asa: Person
) -> None:
    store = Store.open(data_with_city)
    store.set_me(asa.person_id)  # the officer of Lidingö stad: its cullings are hers
    store.close()
    mine, every = tmp_path / "mina.ics", tmp_path / "alla.ics"
    code, printed = run("--data-dir", str(data_with_city), "ics", "--out", str(mine))
    assert code == 0
    assert printed.strip() == (
        f"Dates of your duties written to {mine}: 4. For every duty in the municipality, add --all."
    )
    assert all(uid.startswith("culling-") for uid in events(mine))
    code, printed = run("--data-dir", str(data_with_city), "ics", "--out", str(every), "--all")
    assert code == 0
    assert printed.strip() == f"Dates of every duty written to {every}: 7."
    assert events(every).keys() > events(mine).keys()


@pytest.mark.parametrize("months", ["0", "37", "tolv"])
def test_kontokoll_ics_refuses_months_it_cannot_cover(
    data_with_city: Path, tmp_path: Path, months: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uppgifter.ics"
    argv = ("--data-dir", str(data_with_city), "ics", "--out", str(path), "--months", months)
    code, printed = run(*argv)
    assert code == 1
    assert printed == ""
    error = capsys.readouterr().err
    assert f"“{months}” is not a number of months" in error
    assert "from 1 to 36" in error
    assert not path.exists()


def test_kontokoll_ics_into_a_missing_folder_exits_with_the_message(
    data_with_city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "saknas" / "uppgifter.ics"
    code, _ = run("--data-dir", str(data_with_city), "ics", "--out", str(path))
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
