"""``kontokoll --read-only``: IT exports the review from a damaged log, without the app.

The commands that only read run on a copy of what can be read; the ones that
record refuse; a damaged log opened without the flag says how to read it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.clock import FixedClock
from tests.damaged_logs import copy_log, cut_in_half, fingerprint, garble_the_checks
from tests.factories import FRIDAY, at

REPOSITORY = Path(__file__).resolve().parents[3]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.run(cli.parse(list(argv)), clock=FixedClock(at(FRIDAY)), out=out)
    return code, out.getvalue()


@pytest.fixture
def damaged(demo_log: Path, data_dir: Path) -> Path:
    """The demo log cut in half: SQLite can no longer open it at all."""
    cut_in_half(copy_log(demo_log, data_dir))
    return data_dir


def test_the_review_is_exported_from_a_damaged_log_read_only(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(damaged)
    out = tmp_path / "granskning.csv"

    code, printed = run(
        *("--data-dir", str(damaged), "--read-only", "report"),
        *("--from", "2026-01-01", "--to", "2026-11-20", "--out", str(out)),
    )

    assert code == 0, capsys.readouterr().err
    assert str(out) in printed
    with out.open(encoding="utf-8-sig") as file:
        table = list(csv.reader(file, delimiter=";"))
    assert len(table) == 1 + 4  # the heading and the four accounts
    said = capsys.readouterr().err
    assert "Read-only: the database" in said
    assert "is damaged" in said
    assert "could not be read" in said
    assert fingerprint(damaged) == before


def test_without_read_only_a_damaged_log_is_refused_and_says_how_to_read_it(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _printed = run("--data-dir", str(damaged), "status")

    assert code == 2
    said = capsys.readouterr().err
    assert "damaged" in said
    assert f"kontokoll --data-dir {damaged} --read-only report" in said


def test_the_status_of_a_damaged_log_is_told_read_only_and_its_json_stays_clean(
    demo_log: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garble_the_checks(copy_log(demo_log, data_dir))

    code, printed = run("status", "--data-dir", str(data_dir), "--read-only", "--json")

    assert code == 0
    assert len(json.loads(printed)["accounts"]) == 4
    assert "Read-only" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["accounts", "import", "register.csv"], ["sync"]])
def test_a_command_that_records_refuses_to_run_read_only(
    damaged: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(damaged)

    code, _printed = run("--data-dir", str(damaged), "--read-only", *command)

    assert code == 2
    assert "cannot run with --read-only" in capsys.readouterr().err
    assert fingerprint(damaged) == before


def test_the_kontokoll_command_draws_a_damaged_logs_review_as_a_pdf(
    damaged: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    path = tmp_path / "granskning.pdf"
    finished = subprocess.run(
        [
            *(sys.executable, "-m", "ui.launcher"),
            *("--data-dir", str(damaged), "--read-only", "report"),
            *("--from", "2026-01-01", "--to", "2026-11-20", "--out", str(path)),
        ],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")
    assert path.read_bytes().startswith(b"%PDF")
