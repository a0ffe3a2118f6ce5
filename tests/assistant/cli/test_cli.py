"""The command line: ``kontokoll status`` and ``accounts import`` on a real data folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant import __version__
from assistant.cli import main as cli
from assistant.clock import FixedClock
from assistant.records import CheckRole
from assistant.store.database import Store
from tests.factories import FRIDAY, account, at, check, person

REPOSITORY = Path(__file__).resolve().parents[3]
SATURDAY = date(2026, 11, 21)


def run(*argv: str, clock: FixedClock | None = None) -> tuple[int, str]:
    """Run ``kontokoll ARGV`` in-process; the exit code and what it printed."""
    out = io.StringIO()
    code = cli.run(cli.parse(list(argv)), clock=clock or FixedClock(at(FRIDAY)), out=out)
    return code, out.getvalue()


def status_json(data_dir: Path, *extra: str, clock: FixedClock | None = None) -> dict[str, Any]:
    code, printed = run("--data-dir", str(data_dir), "status", "--json", *extra, clock=clock)
    assert code == 0
    report: dict[str, Any] = json.loads(printed)
    return report


@pytest.fixture
def two_accounts(data_dir: Path) -> Path:
    """Lidingö stad, checked most days by Åsa or her deputy Per; the library, never checked.

    A third account only starts in December and is not reported in November.
    """
    asa, per = person("Åsa Öberg"), person("Per Ek", "per.ek@lidingo.se")
    city = account("Lidingö stad", officers=[asa], deputies=[per], active_since=date(2026, 11, 2))
    library = account(
        "Lidingö bibliotek",
        platform="instagram",
        url="https://www.instagram.com/lidingobibliotek",
        officers=[per],
        active_since=date(2026, 11, 16),
    )
    planned = account("Kulturhuset", platform="tiktok", active_since=date(2026, 12, 1))
    store = Store.open(data_dir)
    try:
        store.add_accounts([city, library, planned], [asa, per])
        for day in range(2, 21):
            when = date(2026, 11, day)
            if when.weekday() < 5 and day not in (5, 10, 17, 19):
                store.add_check(check(city, when, by=asa))
        # Thursday's check was logged by the deputy, late, on Friday morning.
        thursday = date(2026, 11, 19)
        late = check(city, thursday, by=per, role=CheckRole.DEPUTY, recorded_at=at(FRIDAY, 8))
        store.add_check(late)
    finally:
        store.close()
    return data_dir


def test_status_json_reports_each_active_accounts_check_and_missed_days(two_accounts: Path) -> None:
    report = status_json(two_accounts, "--date", "2026-11-20")
    assert report["date"] == "2026-11-20"
    assert report["working_day"] is True
    library, city = report["accounts"]
    assert {k: library[k] for k in ("name", "platform", "checked", "missed_days")} == {
        "name": "Lidingö bibliotek",
        "platform": "instagram",
        "checked": False,
        "missed_days": ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"],
    }
    assert {k: city[k] for k in ("name", "platform", "checked", "missed_days")} == {
        "name": "Lidingö stad",
        "platform": "facebook",
        "checked": True,
        "missed_days": ["2026-11-05", "2026-11-10", "2026-11-17"],
    }
    stored = Store.open(two_accounts)
    try:
        ids = {a.name: a.account_id for a in stored.accounts().values()}
    finally:
        stored.close()
    assert (library["id"], city["id"]) == (ids["Lidingö bibliotek"], ids["Lidingö stad"])


def test_status_on_a_saturday_is_not_a_working_day_and_nothing_is_checked(
    two_accounts: Path,
) -> None:
    report = status_json(two_accounts, "--date", SATURDAY.isoformat())
    assert report["date"] == "2026-11-21"
    assert report["working_day"] is False
    assert [a["checked"] for a in report["accounts"]] == [False, False]
    # Friday was checked, so Saturday reports the same missed days as Friday did.
    assert report["accounts"][1]["missed_days"] == ["2026-11-05", "2026-11-10", "2026-11-17"]


def test_status_without_a_date_reports_the_clocks_stockholm_day(two_accounts: Path) -> None:
    # 23:30 UTC on Friday is already Saturday in Stockholm.
    late_friday_utc = FixedClock(at(SATURDAY, 0, 30))
    report = status_json(two_accounts, clock=late_friday_utc)
    assert report["date"] == "2026-11-21"


def test_status_finds_the_data_folder_through_the_environment(
    two_accounts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KONTOKOLL_DATA_DIR", str(two_accounts))
    code, printed = run("status", "--json", "--date", "2026-11-20")
    assert code == 0
    assert len(json.loads(printed)["accounts"]) == 2


def test_status_as_text_says_what_was_checked_and_missed(two_accounts: Path) -> None:
    code, printed = run("--data-dir", str(two_accounts), "status", "--date", "2026-11-20")
    assert code == 0
    lines = printed.splitlines()
    assert lines[0] == "2026-11-20 is a working day."
    assert lines[1].startswith("Lidingö bibliotek (Instagram): not checked; missed days: ")
    assert lines[1].endswith("2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19")
    assert lines[2] == (
        "Lidingö stad (Facebook): checked by Åsa Öberg; "
        "missed days: 2026-11-05, 2026-11-10, 2026-11-17"
    )


def test_status_on_an_empty_data_folder_says_how_to_add_accounts(data_dir: Path) -> None:
    code, printed = run("--data-dir", str(data_dir), "status", "--date", "2026-11-21")
    assert code == 0
    assert "2026-11-21 is not a working day" in printed
    assert "kontokoll accounts import" in printed


def test_a_data_folder_that_cannot_be_written_exits_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("I am a file")
    code, printed = run("--data-dir", str(not_a_folder), "status")
    assert code == 2
    assert printed == ""
    assert str(not_a_folder) in capsys.readouterr().err


# -- accounts import ---------------------------------------------------------------------


def test_accounts_import_saves_the_register(data_dir: Path, tmp_path: Path) -> None:
    register = tmp_path / "konton.csv"
    register.write_text(
        "plattform;namn;adress;förvaltning;ansvarig;ersättare;aktiv_sedan\n"
        "Facebook;Lidingö stad;facebook.com/lidingostad;Kommunledning;Åsa Öberg;Per Ek;\n"
        "Blogg;Stadsarkitekten;blogg.lidingo.se;Stadsbyggnad;Per Ek;;2026-01-01\n",
        encoding="utf-8-sig",
    )
    code, printed = run("--data-dir", str(data_dir), "accounts", "import", str(register))
    assert code == 0
    assert printed.strip() == "Imported 2 accounts from konton.csv."

    report = status_json(data_dir, "--date", "2026-11-20")
    assert [(a["name"], a["platform"], a["checked"]) for a in report["accounts"]] == [
        ("Lidingö stad", "facebook", False),
        ("Stadsarkitekten", "blog", False),
    ]
    # Imported today without a start date: nothing missed yet.
    assert report["accounts"][0]["missed_days"] == []


def test_a_bad_register_is_refused_whole_and_nothing_is_saved(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "konton.csv"
    register.write_text(
        "plattform;namn;adress\n"
        "Facebook;Lidingö stad;facebook.com/lidingostad\n"
        "Myspace;Gammalt;myspace.com/lidingo\n",
        encoding="utf-8",
    )
    code, printed = run("--data-dir", str(data_dir), "accounts", "import", str(register))
    assert code == 1
    assert printed == ""
    assert "Row 3, column plattform" in capsys.readouterr().err

    store = Store.open(data_dir)
    try:
        assert store.accounts() == {}
        assert store.people() == {}
    finally:
        store.close()


def test_version_prints_the_version_and_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Kontokoll {__version__}"


def test_a_malformed_date_is_refused_with_a_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for text in ("20 november", "0001-01-05"):
        code, printed = run("--data-dir", str(data_dir), "status", "--date", text)
        assert code == 1
        assert printed == ""
        assert f"“{text}” is not a date" in capsys.readouterr().err


# -- the real command --------------------------------------------------------------------


def test_the_kontokoll_command_prints_parseable_status_json(two_accounts: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "--data-dir",
            str(two_accounts),
            "status",
            "--json",
            "--date",
            "2026-11-20",
        ],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")
    report = json.loads(finished.stdout.decode("utf-8"))
    assert report["date"] == "2026-11-20"
    assert report["working_day"] is True
    assert [a["name"] for a in report["accounts"]] == ["Lidingö bibliotek", "Lidingö stad"]


def test_the_kontokoll_command_draws_the_review_as_a_pdf_without_a_display(
    two_accounts: Path, tmp_path: Path
) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    if not sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"  # only Linux is guessed to have no display
    path = tmp_path / "granskning.pdf"
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            *("--data-dir", str(two_accounts), "report"),
            *("--from", "2026-11-01", "--to", "2026-11-20", "--out", str(path)),
        ],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")
    assert path.read_bytes().startswith(b"%PDF")
    assert str(path) in finished.stdout.decode("utf-8")


def test_the_core_loads_without_qt() -> None:
    """Every module of the core, in every sub-package, imports with no Qt and no UI loaded."""
    program = (
        "import importlib, pkgutil, sys, assistant\n"
        "names = [m.name for m in pkgutil.walk_packages(assistant.__path__, 'assistant.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'ui'))\n"
        "assert not loaded, loaded\n"
        "assert 'assistant.rules.daily_check' in names and 'assistant.store.journal' in names\n"
        "print(len(names))\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", program], cwd=REPOSITORY, capture_output=True, check=False
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")
    assert int(finished.stdout) > 60  # every module, not only the sub-packages
